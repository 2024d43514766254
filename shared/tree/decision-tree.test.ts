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

  it('follows the guide’s order: problem, service, domain, services active, then the branches', () => {
    expect(allPaths(DECISION_TREE)[0]?.slice(0, 4)).toEqual(['problem', 'offer', 'target', 'registration'])
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

  it('has a text for each reason a route gives, and no text for a reason no route gives', () => {
    const given = nodes.flatMap((node) =>
      node.kind === 'route' ? node.routes.flatMap((route) => (route.because ? [route.because] : [])) : [],
    )
    for (const lang of ['it', 'en'] as const)
      expect(Object.keys(resources[lang].tree.because).sort(), lang).toEqual([...new Set(given)].sort())
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
    ).toBe('offer-active')
  })

  it('sends a wrong MX to the MX remedy and an Exchange without autodiscover to the SRV remedy', () => {
    const mxWrong = state({
      findings: { own: [finding('dns.mx', 'pass'), finding('dns.mx.provider', 'fail')], recipient: [] },
    })
    expect(route('mx-check', mxWrong)).toBe('fix-mx')
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
    expect(route('mx-check', srvMissing)).toBe('fix-srv')
    expect(
      route('mx-check', { ...srvMissing, answers: { offer: 'ovh-mxplan', problem: 'cannotSend' } }),
    ).toBe('send-check')
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
    [550, ['blocklisted'], 'blocklist-check'],
    [450, ['quota'], 'recipient-full'],
    [554, ['authentication'], 'account-blocked'],
    [550, [], 'recipient-check'],
    [552, [], 'recipient-full'],
    [421, [], 'retry-later'],
    [500, [], 'bounce-explained'],
  ] as const)('routes a bounce with code %i (text %j) to %s', (replyCode, serverText, expected) => {
    expect(route('bounce-route', state({ bounce: { replyCode, enhancedCode: null, serverText } }))).toBe(
      expected,
    )
  })

  it('routes by the enhanced code’s class when there is no reply code (a PEC receipt)', () => {
    const permanent = { replyCode: null, enhancedCode: '5.1.1', serverText: [] }
    expect(route('bounce-route', state({ bounce: permanent }))).toBe('bounce-explained')
    const temporary = { replyCode: null, enhancedCode: '4.4.7', serverText: [] }
    expect(route('bounce-route', state({ bounce: temporary }))).toBe('retry-later')
  })

  it('routes a bounce without a code to the "unreadable" remedy', () => {
    expect(
      route('bounce-route', state({ bounce: { replyCode: null, enhancedCode: null, serverText: [] } })),
    ).toBe('bounce-unreadable')
  })

  it('checks the recipient’s domain, not the sender’s, for a 550', () => {
    const walk = state({
      findings: { own: [finding('dns.mx', 'pass')], recipient: [finding('dns.mx', 'fail')] },
      bounce: { replyCode: 550, enhancedCode: '5.1.10', serverText: [] },
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
