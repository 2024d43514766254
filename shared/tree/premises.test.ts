import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { evidenceNotes } from './evidence-notes'
import { notesAgainst, REMEDY_PREMISES, remedyLeadKey } from './premises'
import type { BounceFacts, TreeNode, WalkState } from './types'
import { chooseRoute, holds } from './walker'

function finding(
  id: Finding['id'],
  status: Finding['status'],
  evidence: Record<string, unknown> = {},
): Finding {
  return { id, status, title: { key: 'x' }, detail: { key: 'x' }, evidence, durationMs: 1, remedies: [] }
}

/** The statuses the walker test enumerates (a probe that timed out is a `fail` that is no evidence). */
const STATUSES = ['pass', 'warn', 'fail', 'info', 'skipped', 'error', 'timeout'] as const
type TestStatus = (typeof STATUSES)[number]

function findingWith(id: Finding['id'], status: TestStatus): Finding {
  if (status === 'timeout') return finding(id, 'fail', { failure: { code: 'connect-timeout' } })
  return finding(id, status)
}

function combinations(ids: readonly Finding['id'][]): TestStatus[][] {
  return ids.reduce<TestStatus[][]>(
    (all) => all.flatMap((prefix) => STATUSES.map((status) => [...prefix, status])),
    [[]],
  )
}

const roundTrip = (outcome: string, status: Finding['status'], auth?: string) =>
  finding('smtp.roundtrip', status, {
    outcome,
    send: { auth: outcome === 'not-sent' ? { outcome: auth } : { outcome: 'ok' } },
    receive: { auth: outcome === 'mailbox-failed' ? { outcome: auth } : { outcome: 'ok' } },
  })

/** Every login test a session can hold: none, each login's verdicts, each round trip's. */
const LOGIN_TESTS: readonly (readonly Finding[])[] = [
  [],
  [finding('smtp.auth', 'pass', { outcome: 'ok' })],
  [finding('smtp.auth', 'fail', { outcome: 'wrong-credentials' })],
  [finding('smtp.auth', 'fail', { outcome: 'modern-auth-required' })],
  [finding('smtp.auth', 'fail', { outcome: 'app-password' })],
  [finding('smtp.auth', 'fail', { outcome: 'bad-input' })].map((test) => ({
    ...test,
    status: 'error' as const,
  })),
  [finding('mailbox.auth', 'pass', { outcome: 'ok' })],
  [finding('mailbox.auth', 'fail', { outcome: 'locked' })],
  [roundTrip('arrived', 'pass')],
  [roundTrip('arrived-in-spam', 'warn')],
  [roundTrip('not-received', 'fail')],
  [roundTrip('not-sent', 'fail', 'wrong-credentials')],
  [finding('smtp.auth', 'fail', { outcome: 'wrong-credentials' }), roundTrip('arrived', 'pass')],
]

/** What the person's mail program or a bounce may have said. */
const PASTED: readonly (BounceFacts | null)[] = [
  null,
  { replyCode: 535, enhancedCode: '5.7.139', serverText: ['modernAuth'], recipient: null },
  { replyCode: 535, enhancedCode: null, serverText: ['authentication'], recipient: null },
  { replyCode: 450, enhancedCode: '4.7.1', serverText: ['greylisting'], recipient: null },
]

type RouteNode = Extract<TreeNode, { kind: 'route' }>
const NODES = Object.values(DECISION_TREE.nodes)
const ROUTES_WITH_NEEDS = NODES.filter((node): node is RouteNode => node.kind === 'route' && !!node.needs)
const REMEDIES = NODES.filter((node): node is Extract<TreeNode, { kind: 'remedy' }> => node.kind === 'remedy')

/**
 * Every evidence state the walker test enumerates for a route node (each problem, two offers, every
 * combination of the findings it waits for), with every login test beside it on "I can't send";
 * `quick`: one problem and offer, and the login tests only beside checks of two findings or fewer.
 */
function* statesFor(node: RouteNode, quick = false): Generator<WalkState> {
  const ids = node.needs?.waitFor ?? []
  const target = node.needs?.target ?? 'own'
  const withTests = !quick || ids.length <= 2
  for (const problem of quick ? ['cannotSend'] : ['cannotSend', 'cannotReceive', 'bounce', 'webmail'])
    for (const offer of quick ? ['other'] : ['ovh-exchange', 'other'])
      for (const combination of combinations(ids))
        for (const tests of problem === 'cannotSend' && withTests ? LOGIN_TESTS : [[]]) {
          const checks = ids.map((id, index) => findingWith(id, combination[index] ?? 'pass'))
          const own = target === 'own' ? [...checks, ...tests] : [...tests]
          yield {
            answers: { problem, offer },
            findings: { own, recipient: target === 'recipient' ? checks : [] },
            runDone: { own: true, recipient: true },
            bounce: null,
          }
        }
}

/** Where the walk stops from a route node: it takes every automatic step the state allows. */
function landing(from: string, state: WalkState): string {
  let id = from
  for (let hops = 0; hops < NODES.length; hops += 1) {
    const node = DECISION_TREE.nodes[id]
    if (node?.kind !== 'route') return id
    id = chooseRoute(node, state).next
  }
  return id
}

describe('no remedy screen contradicts the session’s own evidence', () => {
  it('names only remedy screens of the tree in its premises, with texts in both languages', () => {
    const remedyIds = new Set(REMEDIES.map((node) => node.id as string))
    for (const id of Object.keys(REMEDY_PREMISES)) expect(remedyIds, id).toContain(id)
    for (const lang of ['it', 'en'] as const) {
      const { t, exists } = createI18n(lang)
      for (const premise of Object.values(REMEDY_PREMISES))
        for (const against of premise.against ?? []) {
          expect(exists(against.note), `${lang} ${against.note}`).toBe(true)
          expect(t(against.note, { domain: 'esempio.it', provider: 'Aruba' })).not.toMatch(/\{\{|\}\}/)
        }
    }
  })

  for (const node of [...ROUTES_WITH_NEEDS, DECISION_TREE.nodes['login-route'] as RouteNode]) {
    it(`${node.id}: wherever the evidence leads, the remedy reached has no evidence against it`, () => {
      for (const state of node.needs ? statesFor(node) : loginStates()) {
        const end = landing(node.id, state)
        if (DECISION_TREE.nodes[end]?.kind !== 'remedy') continue
        const label = `${node.id} → ${end} ${JSON.stringify(state.findings.own.map((f) => [f.id, f.status, f.evidence.outcome]))}`
        expect(notesAgainst(end, state), label).toEqual([])
      }
    })
  }

  it('send-error-route: what the program said never outweighs a login test that worked', () => {
    for (const bounce of PASTED)
      for (const tests of LOGIN_TESTS) {
        const state: WalkState = {
          answers: { problem: 'cannotSend' },
          findings: { own: [...tests], recipient: [] },
          runDone: { own: true, recipient: true },
          bounce,
        }
        const end = landing('send-error-route', state)
        const label = `${JSON.stringify(bounce)} ${JSON.stringify(tests.map((test) => test.evidence))}`
        expect(notesAgainst(end, state), label).toEqual([])
      }
  })

  it('every remedy screen, over every login test and check combination: each fact against it is said, and its lead states nothing unknown', () => {
    const states = [...ROUTES_WITH_NEEDS.flatMap((node) => [...statesFor(node, true)]), ...loginStates()]
    let said = 0
    for (const node of REMEDIES)
      for (const state of states) {
        const premise = REMEDY_PREMISES[node.id]
        const notes = evidenceNotes(state, null, node.id).map((note) => note.key)
        for (const against of premise?.against ?? [])
          if (holds(against.when, state)) {
            expect(notes, `${node.id}: ${against.note}`).toContain(against.note)
            said += 1
          }
        const lead = remedyLeadKey(node.id, state)
        if (premise?.summary && !holds(premise.summary.needs, state))
          expect(lead, node.id).not.toBe(`remedy:${node.id}.summary`)
      }
    expect(said).toBeGreaterThan(100)
  })

  it('the settings screen never says "webmail works" unasked, and says a refused login when one was', () => {
    const refused = loginStates().find((state) => holds({ fact: 'loginModernSignIn' }, state))
    expect(refused).toBeDefined()
    if (!refused) return
    expect(remedyLeadKey('client-settings', refused)).toBe('tree:evidence.clientSettingsLead')
    expect(evidenceNotes(refused, null, 'client-settings').map((note) => note.key)).toEqual([
      'tree:because.loginModernSignIn',
    ])
    const answered = { ...refused, answers: { ...refused.answers, 'webmail-works': 'yes' } }
    expect(remedyLeadKey('client-settings', answered)).toBe('remedy:client-settings.summary')
  })
})

/** The login tests, one session each, on the "I can't send" walk. */
function loginStates(): WalkState[] {
  return LOGIN_TESTS.map((tests) => ({
    answers: { problem: 'cannotSend' },
    findings: { own: [...tests], recipient: [] },
    runDone: { own: true, recipient: true },
    bounce: null,
  }))
}
