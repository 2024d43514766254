import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import type { CheckId, Finding, Status } from '../../shared/report'
import { IDLE_RUN, type CheckRun } from './check-slice'
import type { AppState } from './store'
import { answeredSteps, createWizardSlice } from './wizard-slice'

function finding(id: CheckId, status: Status): Finding {
  return {
    id,
    subject: 'esempio.it',
    status,
    title: { key: `title.${id}` },
    detail: { key: 'x' },
    evidence: {},
    durationMs: 1,
    remedies: [],
  }
}

/** The wizard slice alone, over a finished run of these findings (no engine, no other slice). */
function wizardOver(findings: Finding[]) {
  const run: CheckRun = { ...IDLE_RUN, runId: 'run-1', input: 'esempio.it', phase: 'done', findings }
  let runsStarted = 0
  const store = create<AppState>()(
    (set, get, api) =>
      ({
        ...createWizardSlice(set, get, api),
        runs: { own: run, recipient: IDLE_RUN },
        startRun: () => {
          runsStarted += 1
          return Promise.resolve()
        },
      }) as unknown as AppState,
  )
  return { store, runsStarted: () => runsStarted }
}

describe('the wizard records each automatic step when it takes it', () => {
  const findings = [finding('domain.registration', 'pass'), finding('dns.mx', 'pass')]

  it('with the findings that decided it, and Back skips it to the person’s last answer', () => {
    const { store } = wizardOver(findings)
    store.setState({ screen: 'tree', nodeId: 'target', answers: { problem: 'cannotSend' } })
    store.setState({ trail: [{ nodeId: 'problem', answer: 'cannotSend' }] })
    store.getState().submitTarget('esempio.it', 'esempio.it')
    const { trail, nodeId } = store.getState()
    expect(nodeId).toBe('offer')
    expect(trail.map((step) => step.nodeId)).toEqual(['problem', 'target', 'registration', 'provider-check'])
    expect(trail.at(-2)).toEqual({
      nodeId: 'registration',
      answer: 'provider-check',
      decided: {
        because: null,
        findings: [
          {
            id: 'domain.registration',
            subject: 'esempio.it',
            status: 'pass',
            title: { key: 'title.domain.registration' },
          },
          { id: 'dns.mx', subject: 'esempio.it', status: 'pass', title: { key: 'title.dns.mx' } },
        ],
      },
    })
    expect(answeredSteps(trail).map((step) => step.nodeId)).toEqual(['problem', 'target'])

    store.getState().goBack()
    expect(store.getState().nodeId).toBe('target')
    expect(store.getState().trail.map((step) => step.nodeId)).toEqual(['problem'])
  })

  it('and "check again" takes the step again instead of recording it twice', () => {
    const { store, runsStarted } = wizardOver([
      finding('domain.registration', 'fail'),
      finding('dns.mx', 'pass'),
    ])
    store.setState({ screen: 'tree', nodeId: 'target', trail: [] })
    store.getState().submitTarget('esempio.it', 'esempio.it')
    expect(store.getState().nodeId).toBe('domain-expired')
    store.getState().checkAgain()
    expect(runsStarted()).toBe(2)
    const automatic = store.getState().trail.filter((step) => step.decided)
    expect(automatic.map((step) => [step.nodeId, step.decided?.because])).toEqual([
      ['registration', 'domainExpired'],
    ])
  })
})
