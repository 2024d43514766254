import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { chooseRoute, decidingFindings, type WalkState } from './walker'

function finding(id: Finding['id'], status: Finding['status'], subject?: string): Finding {
  return {
    id,
    status,
    ...(subject ? { subject } : {}),
    title: { key: `title.${id}` },
    detail: { key: 'x' },
    evidence: status === 'fail' && id === 'smtp.mx' ? { failure: { code: 'connect-timeout' } } : {},
    durationMs: 1,
    remedies: [],
  }
}

function walk(own: Finding[], answers: Record<string, string> = {}): WalkState {
  return { answers, findings: { own, recipient: [] }, runDone: { own: true, recipient: true }, bounce: null }
}

/** The route a node takes and the findings recorded as deciding it, as ids with their status. */
function decided(nodeId: string, state: WalkState): { next: string; by: string[] } {
  const node = DECISION_TREE.nodes[nodeId]
  if (node?.kind !== 'route') throw new Error(`${nodeId} is not a route node`)
  const route = chooseRoute(node, state)
  const by = decidingFindings(node, route, state).map(
    (entry) => `${entry.id}${entry.subject ? ` ${entry.subject}` : ''} ${entry.status}`,
  )
  return { next: route.next, by }
}

describe('the findings that decided an automatic step', () => {
  it('are those the chosen route read, with the statuses it looked for', () => {
    const state = walk([
      finding('dns.mx', 'pass'),
      finding('domain.registration', 'fail'),
      finding('dns.spf', 'fail'),
    ])
    expect(decided('registration', state)).toEqual({
      next: 'domain-expired',
      by: ['domain.registration fail'],
    })
  })

  it('for the default route, are every finding the step waited for, passing ones included', () => {
    const state = walk([
      finding('domain.registration', 'pass'),
      finding('dns.mx', 'pass'),
      finding('dns.spf', 'fail'),
    ])
    expect(decided('registration', state)).toEqual({
      next: 'provider-check',
      by: ['domain.registration pass', 'dns.mx pass'],
    })
  })

  it('read a probe that got no answer as a check that could not run, never as a failure', () => {
    const state = walk([
      finding('dns.mx', 'pass'),
      finding('dns.mx.hosts', 'pass'),
      finding('smtp.mx', 'fail', 'mx1.example.it:25'),
    ])
    const result = decided('receive-check', state)
    expect(result.next).toBe('receive-elsewhere')
    expect(result.by).toEqual(['dns.mx.hosts pass', 'smtp.mx mx1.example.it:25 error'])
  })

  it('name the MX finding when the offer was recognised from it, and nothing when the person named it', () => {
    const recognised = walk(
      [
        finding('dns.mx', 'pass'),
        finding('dns.mx.provider', 'pass'),
        finding('dns.srv.autodiscover', 'fail'),
      ],
      { offer: 'unknown' },
    )
    const node = DECISION_TREE.nodes['receive-evidence']
    if (node?.kind !== 'route') throw new Error('receive-evidence is not a route node')
    const srvRoute = node.routes.find((route) => route.next === 'fix-srv')
    if (!srvRoute) throw new Error('no route to fix-srv')
    const ids = (state: WalkState) => decidingFindings(node, srvRoute, state).map((entry) => entry.id)
    expect(ids(recognised)).toEqual(['dns.mx.provider', 'dns.srv.autodiscover'])
    expect(ids({ ...recognised, answers: { offer: 'ovh-exchange' } })).toEqual(['dns.srv.autodiscover'])
  })

  it('are none when the answers decided it', () => {
    expect(decided('by-problem', walk([finding('dns.mx', 'fail')], { problem: 'bounce' }))).toEqual({
      next: 'bounce-input',
      by: [],
    })
  })
})
