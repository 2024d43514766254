import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { identityOfRun, providerName } from '../../shared/knowledge/provider-identity'
import { knownSession } from '../../shared/report-export/fixture'
import { createHistoryStore } from './history-store'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-history-provider-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the history row names the provider', () => {
  it('as the identity module names it for the session: the offer the person named, or none', async () => {
    const store = createHistoryStore(dir)
    const named = knownSession()
    named.id = 'named'
    named.path = [
      ...named.path,
      {
        nodeId: 'offer',
        question: { key: 'tree:nodes.offer.title' },
        answer: 'microsoft365',
        answerLabel: { key: 'tree:nodes.offer.answers.microsoft365.label' },
      },
    ]
    await store.save(named)
    const list = await store.list()
    const row = list.find((entry) => entry.id === 'named')
    expect(row?.provider).toBe('Microsoft 365')
    expect(row?.provider).toBe(providerName(identityOfRun(named.report.findings, { offer: 'microsoft365' })))
  })

  it('leaves it empty when nothing names one', async () => {
    const store = createHistoryStore(dir)
    await store.save(knownSession())
    const [row] = await store.list()
    expect(row?.provider).toBe(providerName(identityOfRun(knownSession().report.findings)))
  })
})
