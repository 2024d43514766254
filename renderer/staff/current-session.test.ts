import { describe, expect, it } from 'vitest'
import { knownSession } from '../../shared/report-export/fixture'
import { parseSessionRecord } from '../../shared/session-schema'
import { currentSession, pathOf } from './current-session'

describe('the live session', () => {
  it('records the answers given, in order, with the typed address as typed', () => {
    expect(pathOf('cannotSend', ' anna@example.org ')).toEqual([
      {
        nodeId: 'problem',
        question: { key: 'common:problem.title' },
        answer: 'cannotSend',
        answerLabel: { key: 'common:problem.cannotSend' },
      },
      {
        nodeId: 'domain',
        question: { key: 'input:domain.title' },
        answer: 'anna@example.org',
        answerLabel: { key: 'report:answer.typed', params: { value: 'anna@example.org' } },
      },
    ])
    expect(pathOf(null, '')).toEqual([])
  })

  it('is a valid SessionRecord once the check has a report, and nothing before', () => {
    const { report } = knownSession()
    const parts = {
      runId: 'run-1',
      report,
      problem: 'bounce' as const,
      targetInput: 'a@b.it',
      language: 'it' as const,
      notes: 'n',
    }
    const session = currentSession(parts, '2026-11-24T10:00:00.000Z')
    expect(parseSessionRecord(session)).toEqual(session)
    expect(session).toMatchObject({
      id: 'run-1',
      language: 'it',
      notes: 'n',
      outcome: 'open',
      remedyId: null,
    })
    expect(currentSession({ ...parts, report: null })).toBeNull()
  })
})
