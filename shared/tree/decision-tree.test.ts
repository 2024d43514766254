import { parseBounce } from '../bounce/parse-bounce'
import { describe, expect, it } from 'vitest'
import { createI18n, resources } from '../i18n'
import { remedyDef, remedyKeys, whoActsKey } from '../knowledge/remedies'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { allPaths, chooseRoute, effectiveOffer, treeProblems, type WalkState } from './walker'
import type { TreeNode } from './types'

const nodes = Object.values(DECISION_TREE.nodes)

function finding(
  id: Finding['id'],
  status: Finding['status'],
  evidence: Record<string, unknown> = {},
): Finding {
  return { id, status, title: { key: 'x' }, detail: { key: 'x' }, evidence, durationMs: 1, remedies: [] }
}

function state(partial: Partial<WalkState> = {}): WalkState {
  return {
    answers: {},
    findings: { own: [], recipient: [] },
    runDone: { own: true, recipient: true },
    bounce: null,
    ...partial,
  }
}

function route(id: string, walk: WalkState) {
  const node = DECISION_TREE.nodes[id]
  if (node?.kind !== 'route') throw new Error(`${id} is not a route node`)
  return chooseRoute(node, walk).next
}

describe('the decision tree', () => {
  it('has no dangling link, no unreachable node, no loop and a default on every route', () => {
    expect(treeProblems(DECISION_TREE)).toEqual([])
  })

  it('ends every path on a solved screen or a hand-off to support', () => {
    const paths = allPaths(DECISION_TREE)
    expect(paths.length).toBeGreaterThan(20)
    for (const path of paths) {
      const last = DECISION_TREE.nodes[path.at(-1) ?? '']
      expect(['solved', 'handoff'], path.join(' → ')).toContain(last?.kind)
      expect(path.some((id) => DECISION_TREE.nodes[id]?.kind === 'remedy') || last?.kind === 'handoff').toBe(
        true,
      )
    }
  })

  it('follows the guide’s order: problem, domain, service (found, then confirmed or asked), services active', () => {
    expect(allPaths(DECISION_TREE)[0]?.slice(0, 3)).toEqual(['problem', 'target', 'registration'])
    const fine = state({ findings: { own: [finding('domain.registration', 'pass')], recipient: [] } })
    expect(route('registration', fine)).toBe('provider-check')
    expect(route('provider-check', fine)).toBe('offer')
    expect(route('services-check', fine)).toBe('offer-active')
  })

  it('has every text of every node in Italian and English', () => {
    for (const lang of ['it', 'en'] as const) {
      const i18n = createI18n(lang)
      const missing: string[] = []
      const need = (key: string) => {
        if (!i18n.exists(key)) missing.push(key)
      }
      for (const node of nodes) needTexts(node, need)
      expect(missing, lang).toEqual([])
    }
  })

  it('gives each remedy screen what it shows as fields that fit it (a step it has, one place for the explanation)', () => {
    const remedies = nodes.filter((node) => node.kind === 'remedy')
    const misplaced = remedies.filter(
      (node) =>
        (node.mxValuesUnderStep !== undefined &&
          !(node.mxValuesUnderStep >= 1 && node.mxValuesUnderStep <= remedyKeys(node.id).steps.length)) ||
        (node.explanationCard === true && node.bounceExplanation === true) ||
        (node.findingsOf !== undefined && node.showFindings === undefined),
    )
    expect(misplaced.map((node) => node.id)).toEqual([])
    expect(remedies.filter((node) => node.mxValuesUnderStep !== undefined).map((node) => node.id)).toEqual([
      'fix-mx',
    ])
  })

  it('has a text for each reason a route gives, and no text for a reason no route gives', () => {
    const given = nodes.flatMap((node) =>
      node.kind === 'route' ? node.routes.flatMap((route) => (route.because ? [route.because] : [])) : [],
    )
    for (const lang of ['it', 'en'] as const)
      expect(Object.keys(resources[lang].tree.because).sort(), lang).toEqual([...new Set(given)].sort())
  })

  it('sends a reply that says the password is no longer taken to modern sign-in, never to a blocked account', () => {
    const bounce = { replyCode: 535, enhancedCode: '5.7.139', recipient: null }
    for (const tags of [['modernAuth', 'authentication'], ['appPassword']]) {
      const walk = state({ bounce: { ...bounce, serverText: tags } })
      expect(route('bounce-route', walk)).toBe('use-modern-sign-in')
      expect(route('send-error-route', walk)).toBe('use-modern-sign-in')
    }
    expect(route('bounce-route', state({ bounce: { ...bounce, serverText: ['authentication'] } }))).toBe(
      'account-blocked',
    )
  })

  it('says "domain expired" when RDAP says so, before asking anything else', () => {
    expect(
      route(
        'registration',
        state({ findings: { own: [finding('domain.registration', 'fail')], recipient: [] } }),
      ),
    ).toBe('domain-expired')
    expect(
      route(
        'registration',
        state({ findings: { own: [finding('domain.registration', 'pass')], recipient: [] } }),
      ),
    ).toBe('provider-check')
  })

  it('sends a wrong MX to the MX remedy and an Exchange without autodiscover to the SRV remedy', () => {
    const mxWrong = state({
      findings: { own: [finding('dns.mx', 'pass'), finding('dns.mx.provider', 'fail')], recipient: [] },
    })
    expect(route('receive-evidence', mxWrong)).toBe('fix-mx')
    const srvMissing = state({
      answers: { offer: 'ovh-exchange', problem: 'cannotReceive' },
      findings: {
        own: [
          finding('dns.mx', 'pass'),
          finding('dns.mx.provider', 'pass'),
          finding('dns.srv.autodiscover', 'fail'),
        ],
        recipient: [],
      },
    })
    expect(route('receive-evidence', srvMissing)).toBe('fix-srv')
    expect(route('receive-evidence', { ...srvMissing, answers: { offer: 'ovh-mxplan' } })).toBe(
      'mailbox-look',
    )
  })

  it('recognises the offer from the MX records when the person does not know it', () => {
    const walk = state({
      answers: { offer: 'unknown' },
      findings: {
        own: [finding('dns.mx.provider', 'pass', { recognised: ['ovh-exchange'] })],
        recipient: [],
      },
    })
    expect(effectiveOffer(walk)).toBe('ovh-exchange')
  })

  it.each([
    [250, [], 'bounce-not-error'],
    [535, [], 'account-blocked'],
    [555, [], 'sending-limits'],
    [554, [], 'blocklist-check'],
    [550, ['blocked'], 'blocklist-check'],
    [450, ['mailboxfull'], 'recipient-full'],
    [552, ['abandonedMailbox'], 'bounce-explained'],
    [554, ['mailLoop'], 'bounce-explained'],
    [554, ['authentication'], 'account-blocked'],
    [550, [], 'recipient-address'],
    [552, [], 'recipient-full'],
    [421, [], 'retry-later'],
    [500, [], 'bounce-explained'],
  ] as const)('routes a bounce with code %i (text %j) to %s', (replyCode, serverText, expected) => {
    expect(
      route(
        'bounce-route',
        state({ bounce: { replyCode, enhancedCode: null, serverText, recipient: null } }),
      ),
    ).toBe(expected)
  })

  it.each([
    ['policyviolation', 'bounce-explained'],
    ['virusdetected', 'bounce-explained'],
    ['userunknown', 'recipient-address'],
    ['blocked', 'blocklist-check'],
    ['onhold', 'blocklist-check'],
    ['norelaying', 'bounce-explained'],
    ['requireptr', 'bounce-explained'],
    ['networkerror', 'bounce-explained'],
  ] as const)(
    'checks the blocklists for a 554 only when its words name no other cause (%s → %s)',
    (reason, expected) => {
      const bounce = { replyCode: 554, enhancedCode: '5.7.0', serverText: [], recipient: null, reason }
      expect(route('bounce-route', state({ bounce }))).toBe(expected)
    },
  )

  it.each([
    ['spamdetected', 'spam-refused'],
    ['virusdetected', 'bounce-explained'],
    ['policyviolation', 'bounce-explained'],
    ['mailboxfull', 'recipient-full'],
    ['onhold', 'recipient-full'],
  ] as const)(
    'reads a 552 as a full mailbox only when its words name no other cause (%s → %s)',
    (reason, expected) => {
      const bounce = { replyCode: 552, enhancedCode: null, serverText: [], recipient: null, reason }
      expect(route('bounce-route', state({ bounce }))).toBe(expected)
    },
  )

  it.each([
    [421, 'authfailure', 'bounce-explained'],
    [550, 'filtered', 'bounce-explained'],
    [555, 'userunknown', 'recipient-address'],
    [555, 'syntaxerror', 'bounce-explained'],
    [555, 'onhold', 'sending-limits'],
  ] as const)(
    'lets the words’ cause decide over a code’s usual reading (%i %s → %s)',
    (replyCode, reason, expected) => {
      const bounce = { replyCode, enhancedCode: null, serverText: [], recipient: null, reason }
      expect(route('bounce-route', state({ bounce }))).toBe(expected)
    },
  )

  it('checks the blocklists when the reader says the sending server was refused, even where no phrase was quoted', () => {
    const bounce = {
      replyCode: 550,
      enhancedCode: null,
      serverText: [],
      recipient: null,
      reason: 'blocked' as const,
    }
    expect(route('bounce-route', state({ bounce }))).toBe('blocklist-check')
    const ptr = { ...bounce, serverText: ['noReverseName'] }
    expect(route('bounce-route', state({ bounce: ptr }))).toBe('bounce-explained')
    const grey = { ...bounce, replyCode: 451, serverText: ['greylisting'], retry: 'temporary' as const }
    expect(route('bounce-route', state({ bounce: grey }))).toBe('retry-later')
  })

  it.each(['suppressed', 'notaccept', 'filtered'] as const)(
    'explains a notice with no code whose words say %s, never "we could not read it"',
    (reason) => {
      const bounce = { replyCode: null, enhancedCode: null, serverText: [], recipient: null, reason }
      expect(route('bounce-route', state({ bounce }))).toBe('bounce-explained')
    },
  )

  it('routes by the enhanced code’s class when there is no reply code (a PEC receipt)', () => {
    const permanent = { replyCode: null, enhancedCode: '5.1.1', serverText: [], recipient: null }
    expect(route('bounce-route', state({ bounce: permanent }))).toBe('bounce-explained')
    const temporary = { replyCode: null, enhancedCode: '4.4.7', serverText: [], recipient: null }
    expect(route('bounce-route', state({ bounce: temporary }))).toBe('retry-later')
  })

  it('follows the reader’s one answer to "will sending again help?" over the code’s class', async () => {
    // An expired delivery (RFC 3463 X.4.7) is persistent transient even under a 5xx code.
    const info = await parseBounce('550 5.4.7 Delivery time expired')
    expect(info.retry).toBe('temporary')
    const bounce = {
      replyCode: info.replyCode,
      enhancedCode: info.enhancedCode,
      serverText: [],
      recipient: null,
    }
    expect(
      route('bounce-route', state({ bounce: { ...bounce, reason: info.reason, retry: info.retry } })),
    ).toBe('retry-later')
    expect(route('bounce-route', state({ bounce }))).toBe('recipient-address')
  })

  it('waits out a temporary refusal naming a block when the sending IP is on no list we check', async () => {
    const info = await parseBounce(
      '450 4.7.1 Client host rejected: blocked using a local list, try again later',
    )
    expect(info.retry).toBe('temporary')
    const bounce = { replyCode: 450, enhancedCode: '4.7.1', serverText: ['blocked'], recipient: null }
    const clean = { own: [finding('dns.dnsbl', 'pass')], recipient: [] }
    const walk = (retry: typeof info.retry) => state({ findings: clean, bounce: { ...bounce, retry } })
    expect(route('blocklist-check', walk(info.retry))).toBe('retry-later')
    expect(route('blocklist-check', walk('permanent'))).toBe('bounce-explained')
  })

  it('says "we checked the blocklists" only when lists answered, and that none answered otherwise', () => {
    const bounce = {
      replyCode: 554,
      enhancedCode: '5.7.1',
      serverText: [],
      recipient: null,
      retry: 'permanent' as const,
    }
    const node = DECISION_TREE.nodes['blocklist-check']
    if (node?.kind !== 'route') throw new Error('blocklist-check is not a route node')
    const because = (own: Finding[]) =>
      chooseRoute(node, state({ findings: { own, recipient: [] }, bounce })).because
    expect(because([finding('dns.dnsbl', 'pass'), finding('dns.dnsbl', 'error')])).toBe('blocklistsClean')
    expect(because([finding('dns.dnsbl', 'error'), finding('dns.dnsbl', 'error')])).toBe(
      'blocklistsUnchecked',
    )
    expect(because([finding('dns.dnsbl', 'skipped')])).toBe('blocklistsUnchecked')
    expect(because([finding('dns.dnsbl', 'pass'), finding('dns.dnsbl', 'fail')])).toBe('listed')
  })

  it('lets the reader’s failure speak over a positive code or a word about authentication around it', () => {
    const tls = { replyCode: null, enhancedCode: '2.0.0', serverText: ['ownServerTls'], recipient: null }
    expect(route('bounce-route', state({ bounce: { ...tls, reason: 'failedstarttls' as const } }))).toBe(
      'send-check',
    )
    expect(route('bounce-route', state({ bounce: { ...tls, reason: 'delivered' as const } }))).toBe(
      'bounce-not-error',
    )
    const dotnet = { replyCode: null, enhancedCode: null, serverText: ['authentication'], recipient: null }
    expect(
      route('bounce-route', state({ bounce: { ...dotnet, reason: 'failedstarttls' as const } })),
    ).not.toBe('account-blocked')
    expect(route('bounce-route', state({ bounce: { ...dotnet, reason: 'securityerror' as const } }))).toBe(
      'account-blocked',
    )
  })

  it('routes a virus scanner’s alert to its own screen, not to a delivery remedy', () => {
    const alert = { replyCode: null, enhancedCode: null, serverText: [], recipient: null }
    expect(route('bounce-route', state({ bounce: { ...alert, reason: 'virusnotice' } }))).toBe('virus-notice')
  })

  it('routes a bounce without a code to the "unreadable" remedy', () => {
    expect(
      route(
        'bounce-route',
        state({ bounce: { replyCode: null, enhancedCode: null, serverText: [], recipient: null } }),
      ),
    ).toBe('bounce-unreadable')
  })

  it('checks the recipient’s domain, not the sender’s, for a 550', () => {
    const walk = state({
      findings: { own: [finding('dns.mx', 'pass')], recipient: [finding('dns.mx', 'fail')] },
      bounce: { replyCode: 550, enhancedCode: '5.1.10', serverText: [], recipient: 'paolo@gone.test' },
    })
    expect(route('recipient-check', walk)).toBe('recipient-domain-broken')
  })
})

function needTexts(node: TreeNode, need: (key: string) => void): void {
  const base = `tree:nodes.${node.id}`
  switch (node.kind) {
    case 'question':
      need(`${base}.title`)
      need(`${base}.lead`)
      if (node.aboutProvider) need(`${base}.label`)
      for (const answer of node.answers) {
        need(`${base}.answers.${answer.id}.label`)
        need(`${base}.answers.${answer.id}.hint`)
      }
      if (node.helpByOffer)
        for (const offer of DECISION_TREE.nodes.offer?.kind === 'question'
          ? DECISION_TREE.nodes.offer.answers
          : [])
          need(`${base}.help.${offer.id}`)
      return
    case 'input':
      need(`${base}.title`)
      need(`${base}.lead`)
      if (node.input === 'bounce')
        for (const key of ['label', 'placeholder', 'hint', 'empty', 'failed', 'reading'])
          need(`${base}.${key}`)
      return
    case 'login':
      for (const key of ['title', 'lead', 'next', 'skip']) need(`${base}.${key}`)
      return
    case 'programs':
      for (const key of ['title', 'lead', 'yes', 'no', 'reading', 'found', 'none', 'failed', 'next'])
        need(`${base}.${key}`)
      for (const key of ['allRight', 'unknown', 'fixesTitle']) need(`${base}.${key}`)
      return
    case 'route':
      need(`tree:routes.${node.id}`)
      for (const route of node.routes) if (route.because) need(`tree:because.${route.because}`)
      return
    case 'remedy':
      for (const key of Object.values(remedyKeys(node.id)).flat()) need(key)
      need(whoActsKey(remedyDef(node.id).whoActs))
      return
    case 'handoff':
    case 'solved':
      return
  }
}

/** Every status a finding can have, and a probe that timed out (a `fail` that is no evidence). */
const STATUSES = ['pass', 'warn', 'fail', 'info', 'skipped', 'error', 'timeout'] as const
type TestStatus = (typeof STATUSES)[number]

function findingWith(id: Finding['id'], status: TestStatus): Finding {
  if (status === 'timeout') return finding(id, 'fail', { failure: { code: 'connect-timeout' } })
  return finding(id, status)
}

function combinations(ids: readonly Finding['id'][]): TestStatus[][] {
  return ids.reduce<TestStatus[][]>(
    (all, _id) => all.flatMap((prefix) => STATUSES.map((status) => [...prefix, status])),
    [[]],
  )
}

const ROUTES_WITH_NEEDS = nodes.filter(
  (node): node is Extract<TreeNode, { kind: 'route' }> & { needs: NonNullable<unknown> } =>
    node.kind === 'route' && node.needs !== undefined,
)
const NO_EVIDENCE = new Set<TestStatus>(['skipped', 'error', 'timeout'])
/** Screens that exist to say the checks could not run; the only ones a missing check may lead to. */
const NO_EVIDENCE_SCREENS = new Set(['offline'])

describe('evidence decides: a check that could not run never selects a remedy', () => {
  it('lists only statuses of checks that ran in every finding condition of the tree', () => {
    const statuses = JSON.stringify(DECISION_TREE.nodes).match(/"status":\[[^\]]*\]/g) ?? []
    expect(statuses.length).toBeGreaterThan(5)
    for (const list of statuses) expect(list).not.toMatch(/error|skipped/)
  })

  for (const node of ROUTES_WITH_NEEDS) {
    const ids = node.needs?.waitFor ?? []
    it(`${node.id}: for each of the ${STATUSES.length ** ids.length} combinations of ${ids.join(', ')}, a check that could not run weighs as much as one never made`, () => {
      for (const problem of ['cannotSend', 'cannotReceive', 'bounce', 'webmail'])
        for (const offer of ['ovh-exchange', 'other'])
          for (const combination of combinations(ids)) {
            const target = node.needs?.target ?? 'own'
            const all = ids.map((id, index) => findingWith(id, combination[index] ?? 'pass'))
            const ran = all.filter((_, index) => !NO_EVIDENCE.has(combination[index] ?? 'pass'))
            const base = {
              answers: { problem, offer },
              bounce: null,
              runDone: { own: true, recipient: true },
            }
            const withAll = state({ ...base, findings: { own: [], recipient: [], [target]: all } })
            const onlyRan = state({ ...base, findings: { own: [], recipient: [], [target]: ran } })
            const chosen = route(node.id, withAll)
            const label = `${node.id} ${problem} ${offer} ${ids.map((id, i) => `${id}=${combination[i]}`).join(' ')}`
            if (NO_EVIDENCE_SCREENS.has(chosen)) {
              expect(
                combination.some((status) => NO_EVIDENCE.has(status)),
                label,
              ).toBe(true)
              continue
            }
            expect(chosen, label).toBe(route(node.id, onlyRan))
          }
    })
  }

  it('says "offline" when neither the DNS nor the registry answered, before anything else', () => {
    const offline = state({
      findings: {
        own: [
          finding('dns.mx', 'error', { query: { outcome: 'timeout' } }),
          finding('domain.registration', 'error'),
        ],
        recipient: [],
      },
    })
    expect(route('registration', offline)).toBe('offline')
  })

  it('says the domain does not exist when the DNS says so, before asking about the services', () => {
    const missing = state({
      findings: {
        own: [
          finding('dns.mx', 'fail', { mx: { outcome: 'nxdomain' } }),
          finding('domain.registration', 'warn'),
        ],
        recipient: [],
      },
    })
    expect(route('registration', missing)).toBe('domain-not-found')
  })

  it('asks before reading the mail program on both problems; its wrong field decides, a right one changes nothing', () => {
    const send = state({ answers: { problem: 'cannotSend', offer: 'other' } })
    expect(route('by-problem', send)).toBe('programs')
    const receive = state({
      answers: { problem: 'cannotReceive', offer: 'other' },
      findings: { own: [finding('dns.mx', 'pass')], recipient: [] },
    })
    expect(route('receive-evidence', receive)).toBe('mailbox-look')
    expect(route('mailbox-route', receive)).toBe('programs')
    const read = (status: Finding['status'], problem: string) =>
      state({ answers: { problem }, findings: { own: [finding('client.programs', status)], recipient: [] } })
    expect(route('programs-route', read('fail', 'cannotSend'))).toBe('fix-program-field')
    expect(route('programs-route', read('fail', 'cannotReceive'))).toBe('fix-program-field')
    expect(route('programs-route', read('warn', 'cannotSend'))).toBe('after-programs')
    expect(route('programs-route', read('pass', 'cannotSend'))).toBe('after-programs')
    expect(route('after-programs', read('pass', 'cannotSend'))).toBe('send-symptom')
    expect(route('after-programs', read('pass', 'cannotReceive'))).toBe('webmail-works')
  })

  it('sends incoming mail with no MX to the MX remedy before asking about webmail', () => {
    const noMx = state({
      answers: { problem: 'cannotReceive', offer: 'other' },
      findings: { own: [finding('dns.mx', 'fail')], recipient: [] },
    })
    expect(route('by-problem', noMx)).toBe('receive-evidence')
    expect(route('receive-evidence', noMx)).toBe('fix-mx')
  })

  it('sends MX hosts that do not exist to the MX remedy, before asking about webmail', () => {
    const hosts = (status: Finding['status']) =>
      state({
        answers: { problem: 'cannotReceive', offer: 'other' },
        findings: { own: [finding('dns.mx', 'pass'), finding('dns.mx.hosts', status)], recipient: [] },
      })
    expect(route('receive-evidence', hosts('fail'))).toBe('fix-mx')
    expect(route('receive-evidence', hosts('error'))).toBe('mailbox-look')
    expect(route('receive-evidence', hosts('pass'))).toBe('mailbox-look')
  })

  it('inside the mailbox: a full box, a message in Spam or in another folder decide; a look that failed does not', () => {
    const look = (problem: string, ...findings: Finding[]) =>
      route('mailbox-route', state({ answers: { problem }, findings: { own: findings, recipient: [] } }))
    expect(look('cannotReceive', finding('mailbox.quota', 'fail'), finding('mailbox.find', 'fail'))).toBe(
      'mailbox-full',
    )
    expect(look('cannotReceive', finding('mailbox.quota', 'pass'), finding('mailbox.find', 'fail'))).toBe(
      'arrived-in-spam',
    )
    expect(look('spam', finding('mailbox.find', 'fail'))).toBe('arrived-in-spam')
    expect(look('cannotReceive', finding('mailbox.find', 'warn'))).toBe('moved-by-rule')
    // Not found anywhere, or a look that could not finish: the route goes on as before.
    expect(look('cannotReceive', finding('mailbox.find', 'info'))).toBe('programs')
    expect(look('cannotReceive', finding('mailbox.quota', 'error'), finding('mailbox.find', 'error'))).toBe(
      'programs',
    )
    expect(look('spam', finding('mailbox.find', 'info'))).toBe('headers-input')
    expect(look('cannotReceive', finding('mailbox.auth', 'fail', { outcome: 'wrong-credentials' }))).toBe(
      'account-refused',
    )
    const role = (problem: string) =>
      route('headers-by-role', state({ answers: { problem, 'headers-role': 'recipient' } }))
    expect(role('spam')).toBe('mailbox-look')
    expect(role('late')).toBe('headers-input')
  })

  it('takes a refused login to the account’s causes, a working one to the settings, a timeout to neither', () => {
    const auth = (status: Finding['status'], outcome: string) =>
      state({ findings: { own: [finding('smtp.auth', status, { outcome })], recipient: [] } })
    expect(route('login-route', auth('fail', 'wrong-credentials'))).toBe('account-refused')
    expect(route('login-route', auth('fail', 'blocked-spam'))).toBe('account-refused')
    expect(route('login-route', auth('pass', 'ok'))).toBe('client-settings')
    expect(route('login-route', auth('fail', 'temporary'))).toBe('webmail-works')
    expect(route('login-route', auth('skipped', 'not-reached'))).toBe('webmail-works')
    expect(DECISION_TREE.nodes['account-refused']).toMatchObject({ notSolved: 'handoff' })
  })

  it('after the program said 535 or 534, an untested login still leads to the account, never to an incident', () => {
    const said = (replyCode: number, smtpAuth?: Finding) =>
      route(
        'login-route',
        state({
          findings: { own: smtpAuth ? [smtpAuth] : [], recipient: [] },
          bounce: { replyCode, enhancedCode: null, serverText: [], recipient: null },
        }),
      )
    expect(said(535)).toBe('account-refused')
    expect(said(534)).toBe('account-refused')
    expect(said(535, finding('smtp.auth', 'pass', { outcome: 'ok' }))).toBe('client-settings')
    expect(said(421)).toBe('webmail-works')
  })

  it('reads what the mail program says: a 535 leads to the login test, not to an incident', () => {
    const said = (replyCode: number | null, serverText: string[] = []) =>
      route(
        'send-error-route',
        state({ bounce: { replyCode, enhancedCode: null, serverText, recipient: null } }),
      )
    expect(said(535)).toBe('send-check')
    expect(said(null, ['authentication'])).toBe('send-check')
    expect(said(555)).toBe('sending-limits')
    const reachable = state({ findings: { own: [finding('smtp.submissions', 'pass')], recipient: [] } })
    expect(route('send-check', reachable)).toBe('login-test')
  })

  it('reads a bare enhanced code as a code, and a bare 550 without a known recipient without claiming a check', () => {
    const bare = (enhancedCode: string | null, replyCode: number | null) =>
      route('bounce-route', state({ bounce: { replyCode, enhancedCode, serverText: [], recipient: null } }))
    expect(bare('5.7.1', null)).toBe('bounce-explained')
    expect(bare('4.2.2', null)).toBe('retry-later')
    expect(bare(null, 550)).toBe('recipient-address')
  })

  it('blames the incoming servers only when none of them answered properly, and never for a silent greeting', () => {
    const mxProbe = (status: Finding['status'], code?: string) =>
      finding('smtp.mx', status, code ? { failure: { code } } : {})
    const walk = (probes: Finding[]) =>
      route(
        'receive-check',
        state({ findings: { own: [finding('dns.mx', 'pass'), ...probes], recipient: [] } }),
      )
    expect(walk([mxProbe('pass'), mxProbe('fail', 'connect-refused')])).toBe('receive-elsewhere')
    expect(walk([mxProbe('fail', 'no-greeting')])).toBe('receive-elsewhere')
    expect(walk([mxProbe('fail', 'connect-refused')])).toBe('mail-server-unreachable')
  })

  it('sends sending servers that only timed out to the "offline" screen, never to "unreachable server"', () => {
    const timedOut = state({
      findings: {
        own: [findingWith('smtp.submission', 'timeout'), findingWith('smtp.submissions', 'timeout')],
        recipient: [],
      },
    })
    expect(route('send-check', timedOut)).toBe('offline')
  })
})
