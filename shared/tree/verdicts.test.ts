import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { chooseRoute, type WalkState } from './walker'

function finding(
  id: Finding['id'],
  status: Finding['status'],
  evidence: Record<string, unknown> = {},
): Finding {
  return { id, status, title: { key: 'x' }, detail: { key: 'x' }, evidence, durationMs: 1, remedies: [] }
}

function walk(own: Finding[]): WalkState {
  return {
    answers: {},
    findings: { own, recipient: [] },
    runDone: { own: true, recipient: true },
    bounce: null,
  }
}

function route(id: string, state: WalkState) {
  const node = DECISION_TREE.nodes[id]
  if (node?.kind !== 'route') throw new Error(`${id} is not a route node`)
  return chooseRoute(node, state)
}

const login = (outcome: string, status: Finding['status'] = 'fail') =>
  finding('smtp.auth', status, { outcome })

describe('the login test decides the route like a finding', () => {
  it('sends "no longer takes the password" to modern sign-in, never to the webmail question', () => {
    const chosen = route('login-route', walk([login('modern-auth-required')]))
    expect(chosen).toMatchObject({ next: 'use-modern-sign-in', because: 'loginModernSignIn' })
  })

  it('sends an app-password demand to the app-password remedy', () => {
    const chosen = route('login-route', walk([login('app-password')]))
    expect(chosen).toMatchObject({ next: 'app-password', because: 'loginAppPassword' })
  })

  it('sends a refusal that may be the password or modern sign-in to the account, never to webmail', () => {
    expect(route('login-route', walk([login('wrong-or-app-password')])).next).toBe('account-refused')
    expect(route('login-route', walk([login('wrong-or-modern-auth')])).next).toBe('account-refused')
  })

  it('follows the latest login test: a refusal then a working login ends on the settings', () => {
    const retried = walk([login('wrong-credentials'), finding('mailbox.auth', 'pass', { outcome: 'ok' })])
    expect(route('login-route', retried).next).toBe('client-settings')
    const thenRefused = walk([finding('smtp.auth', 'pass', { outcome: 'ok' }), login('modern-auth-required')])
    expect(route('login-route', thenRefused).next).toBe('use-modern-sign-in')
  })

  it('never reads a login test that could not run', () => {
    expect(route('login-route', walk([login('bad-input', 'error')])).next).toBe('webmail-works')
    expect(route('login-route', walk([login('not-reached', 'skipped')])).next).toBe('webmail-works')
  })
})

describe('the sending servers', () => {
  const probe = (id: 'smtp.submission' | 'smtp.submissions', code: string | null) =>
    code === null ? finding(id, 'pass') : finding(id, 'fail', { failure: { code } })

  it('one port refusing and the other timing out is an unreachable server, not the login test', () => {
    const state = walk([
      probe('smtp.submission', 'connect-refused'),
      probe('smtp.submissions', 'connect-timeout'),
    ])
    expect(route('send-check', state)).toMatchObject({
      next: 'sending-server-unreachable',
      because: 'submissionUnreachable',
    })
  })

  it('one port answering is enough for the login test; only timeouts are the network', () => {
    const one = walk([probe('smtp.submission', 'connect-refused'), probe('smtp.submissions', null)])
    expect(route('send-check', one).next).toBe('login-test')
    const timeouts = walk([probe('smtp.submission', 'connect-timeout'), probe('smtp.submissions', 'timeout')])
    expect(route('send-check', timeouts).next).toBe('offline')
  })
})
