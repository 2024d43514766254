import { describe, expect, it } from 'vitest'
import { createI18n } from '../../shared/i18n'
import { knownSession } from '../../shared/report-export/fixture'
import { parseSessionRecord } from '../../shared/session'
import { IDLE_RUN } from './check-slice'
import { currentSession, pathOf, remedyReached } from './session'

const trail = [
  { nodeId: 'problem', answer: 'bounce' },
  { nodeId: 'offer', answer: 'ovh-mxplan' },
  { nodeId: 'target', answer: 'esempio.it' },
  { nodeId: 'offer-active', answer: 'yes' },
  { nodeId: 'bounce-input', answer: '552 5.2.2' },
  { nodeId: 'recipient-full', answer: 'notSolved' },
]

describe('the live session', () => {
  it('records every question and answer of the walk, with texts in both languages', () => {
    const path = pathOf(trail)
    expect(path.map((step) => [step.nodeId, step.answer])).toEqual(
      trail.map((step) => [step.nodeId, step.answer]),
    )
    expect(path[2]?.answerLabel).toEqual({ key: 'report:answer.typed', params: { value: 'esempio.it' } })
    for (const lang of ['it', 'en'] as const) {
      const i18n = createI18n(lang)
      for (const step of path) {
        expect(i18n.exists(step.question.key), step.question.key).toBe(true)
        expect(i18n.exists(step.answerLabel.key), step.answerLabel.key).toBe(true)
      }
    }
  })

  it('records an automatic step with the finding that decided it, the person’s steps as theirs', () => {
    const decided = {
      because: 'mxMissing',
      findings: [
        {
          id: 'dns.mx' as const,
          subject: 'esempio.it',
          status: 'fail' as const,
          title: { key: 'dns:mx.noneTitle' },
        },
      ],
    }
    const path = pathOf([...trail.slice(0, 3), { nodeId: 'receive-evidence', answer: 'fix-mx', decided }])
    expect(path[0]?.by).toBe('person')
    expect(path[3]).toEqual({
      nodeId: 'receive-evidence',
      question: { key: 'tree:routes.receive-evidence' },
      answer: 'fix-mx',
      answerLabel: { key: 'remedy:fix-mx.title' },
      by: 'automatic',
      decidedBy: decided.findings,
      because: { key: 'tree:because.mxMissing', params: {} },
    })
    expect(parseSessionRecord({ ...knownSession(), path })).not.toBeNull()
  })

  it('names the remedy reached: the one on screen, else the last one passed', () => {
    expect(remedyReached('recipient-full', trail.slice(0, 5))).toBe('recipient-full')
    expect(remedyReached('handoff', trail)).toBe('recipient-full')
    expect(remedyReached('offer', trail.slice(0, 1))).toBeNull()
  })

  it('is a valid SessionRecord once the check has a report, and nothing before', () => {
    const { report } = knownSession()
    const parts = {
      sessionId: null,
      runs: { own: { ...IDLE_RUN, runId: 'run-1', report, phase: 'done' as const } },
      trail,
      nodeId: 'handoff',
      outcome: 'handoff' as const,
      language: 'it' as const,
      notes: 'n',
    }
    const session = currentSession(parts, '2026-11-24T10:00:00.000Z')
    expect(parseSessionRecord(session)).toEqual(session)
    expect(session).toMatchObject({
      id: 'run-1',
      language: 'it',
      notes: 'n',
      outcome: 'handoff',
      remedyId: 'recipient-full',
    })
    expect(currentSession({ ...parts, runs: { own: IDLE_RUN } })).toBeNull()
  })
  it('keeps one id for the whole walk, whatever run the checks are on, with the pasted codes that decided a step', () => {
    const { report } = knownSession()
    const pasted = {
      nodeId: 'send-error-route',
      answer: 'use-modern-sign-in',
      decided: {
        because: 'modernSignIn',
        findings: [],
        becauseParams: { domain: 'esempio.it' },
        pasted: '535 5.7.139',
      },
    }
    const parts = {
      sessionId: 'walk-1',
      runs: { own: { ...IDLE_RUN, runId: 'run-2', report, phase: 'done' as const } },
      trail: [...trail.slice(0, 3), pasted],
      nodeId: 'use-modern-sign-in',
      outcome: 'open' as const,
      language: 'en' as const,
      notes: '',
    }
    const session = currentSession(parts)
    expect(session?.id).toBe('walk-1')
    expect(session?.remedyId).toBe('use-modern-sign-in')
    expect(session?.path.at(-1)).toMatchObject({
      because: { key: 'tree:because.modernSignIn', params: { domain: 'esempio.it' } },
      pasted: '535 5.7.139',
    })
    expect(parseSessionRecord(session)).toEqual(session)
  })
})
