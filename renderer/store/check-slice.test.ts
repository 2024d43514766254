import { afterEach, describe, expect, it, vi } from 'vitest'
import { create } from 'zustand'
import type { CheckId, Finding } from '../../shared/report'
import { createCheckSlice, replaceFindings } from './check-slice'
import type { AppState } from './store'

function finding(id: CheckId, subject: string | undefined, durationMs: number): Finding {
  return {
    id,
    ...(subject !== undefined ? { subject } : {}),
    status: 'pass',
    title: { key: 'dns:x' },
    detail: { key: 'dns:y' },
    evidence: {},
    durationMs,
    remedies: [],
  }
}

describe('replaceFindings', () => {
  const before = [
    finding('input.domain', 'shop.test', 1),
    finding('dns.mx', 'shop.test', 10),
    finding('smtp.mx', 'mx1:25', 20),
    finding('smtp.mx', 'mx2:25', 21),
    finding('dns.spf', 'shop.test', 30),
  ]

  it('puts the new findings where the old ones of that check were', () => {
    const after = replaceFindings(before, 'smtp.mx', [finding('smtp.mx', 'mx1:25', 99)])
    expect(after.map((item) => `${item.id} ${item.subject ?? ''} ${item.durationMs}`)).toEqual([
      'input.domain shop.test 1',
      'dns.mx shop.test 10',
      'smtp.mx mx1:25 99',
      'dns.spf shop.test 30',
    ])
  })

  it('leaves the other checks untouched and adds a check that was not there at the end', () => {
    const after = replaceFindings(before, 'dns.dmarc', [finding('dns.dmarc', 'shop.test', 5)])
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after.at(-1)?.id).toBe('dns.dmarc')
  })

  it('drops the old findings when the check reported nothing this time', () => {
    expect(replaceFindings(before, 'dns.mx', []).map((item) => item.id)).toEqual([
      'input.domain',
      'smtp.mx',
      'smtp.mx',
      'dns.spf',
    ])
  })
})

describe('the check slice on its own', () => {
  afterEach(() => vi.unstubAllGlobals())

  /** The check slice alone (no wizard slice to call), over an engine that answers at once. */
  function checksAlone() {
    const runCheck = vi.fn(({ runId, checks }: { runId: string; checks?: CheckId[] }) => {
      store.getState().addFinding(runId, finding('dns.mx', 'shop.test', 10))
      const found = finding(checks?.[0] ?? 'dns.spf', 'shop.test', 2)
      return Promise.resolve({ ok: true, value: { durationMs: 12, findings: [found] } })
    })
    vi.stubGlobal('window', { maildoctor: { runCheck, cancelCheck: vi.fn(() => Promise.resolve()) } })
    const store = create<AppState>()(
      (set, get, api) => createCheckSlice(set, get, api) as unknown as AppState,
    )
    return { store, runCheck }
  }

  it('takes a run to its end and runs one check again without the walk (one subscription moves it)', async () => {
    const { store, runCheck } = checksAlone()
    await store.getState().startRun('own', { input: 'shop.test' })
    expect(store.getState().runs.own.phase).toBe('done')
    await store.getState().rerunCheck('dns.mx')
    expect(runCheck).toHaveBeenCalledTimes(2)
    const findings = store.getState().runs.own.findings
    expect(findings.map((item) => `${item.id} ${item.durationMs}`)).toEqual(['dns.mx 2', 'dns.spf 2'])
    store.getState().cancelRuns()
    store.getState().resetRuns()
    expect(store.getState().runs.own.phase).toBe('idle')
  })
})
