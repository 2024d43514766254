import { describe, expect, it } from 'vitest'
import type { DiscoveredSettings, SourceOutcome } from '../knowledge/discovered-settings'
import type { Finding } from '../report'
import { DECISION_TREE } from './decision-tree'
import { detectProvider, walkProvider } from './provider-question'
import { chooseRoute, effectiveOffer, type WalkState } from './walker'

function finding(
  id: Finding['id'],
  status: Finding['status'],
  evidence: Record<string, unknown> = {},
  subject?: string,
): Finding {
  return {
    id,
    status,
    ...(subject ? { subject } : {}),
    title: { key: 'x' },
    detail: { key: 'x' },
    evidence,
    durationMs: 1,
    remedies: [],
  }
}

const SMTP = { host: 'smtp.example.test', port: 465, security: 'ssl' } as const

function discovery(
  domain: string,
  source: DiscoveredSettings['source'],
  providerId: string | null,
  status: Finding['status'] = 'pass',
): Finding {
  const settings: DiscoveredSettings = {
    source,
    providerId,
    providerName: providerId,
    client: { smtp: SMTP, userIsFullAddress: true },
    signIn: 'password',
  }
  const sources: SourceOutcome[] = [{ source, status: 'found', durationMs: 1, settings }]
  return finding('client.discovery', status, { settings, sources }, domain)
}

const mxProvider = (hosts: string[], status: Finding['status'] = 'info') =>
  finding('dns.mx.provider', status, { mxHosts: hosts, recognised: [] }, 'x.test')

function walk(own: Finding[], answers: Record<string, string> = {}): WalkState {
  return { answers, findings: { own, recipient: [] }, runDone: { own: true, recipient: true }, bounce: null }
}

function route(id: string, state: WalkState): string {
  const node = DECISION_TREE.nodes[id]
  if (node?.kind !== 'route') throw new Error(`${id} is not a route node`)
  return chooseRoute(node, state).next
}

describe('the provider found for the address', () => {
  it('names Aruba from the MX hosts, and says it saw them', () => {
    const found = detectProvider([
      discovery('negozio.test', 'profile-mx', 'aruba'),
      mxProvider(['mx.aruba.it', 'mx2.aruba.it']),
    ])
    expect(found?.provider.id).toBe('aruba')
    expect(found?.basis).toEqual({ kind: 'mx', hosts: ['mx.aruba.it', 'mx2.aruba.it'] })
  })

  it('names Libero from the address’s own domain', () => {
    const found = detectProvider([discovery('libero.it', 'profile', 'libero')])
    expect(found?.provider.kind).toBe('free-webmail')
    expect(found?.basis).toEqual({ kind: 'address', domain: 'libero.it' })
  })

  it('does not count an offer the person declared as evidence, but still reads the other sources', () => {
    expect(detectProvider([discovery('negozio.test', 'profile', 'microsoft365')])).toBeNull()
    const declared = discovery('negozio.test', 'profile', 'ovh-exchange')
    const sources = [
      ...(declared.evidence.sources as SourceOutcome[]),
      { ...(declared.evidence.sources as SourceOutcome[])[0], source: 'profile-mx' } as SourceOutcome,
    ]
    const found = detectProvider([
      { ...declared, evidence: { ...declared.evidence, sources } },
      mxProvider(['ex.mail.ovh.net']),
    ])
    expect(found?.provider.id).toBe('ovh-exchange')
    expect(found?.basis).toEqual({ kind: 'mx', hosts: ['ex.mail.ovh.net'] })
  })

  it('leans on nothing that did not run: a failed discovery, an MX lookup in error', () => {
    expect(detectProvider([discovery('x.test', 'profile-mx', 'aruba', 'error')])).toBeNull()
    expect(detectProvider([mxProvider(['mx.aruba.it'], 'error')])).toBeNull()
    expect(detectProvider([])).toBeNull()
  })

  it('falls back on the MX hosts only when they name a single offer', () => {
    expect(detectProvider([mxProvider(['mx.aruba.it'])])?.provider.id).toBe('aruba')
    // OVHcloud's MX serve three offers: only discovery (with the autodiscover SRV) tells them apart.
    expect(detectProvider([mxProvider(['mx1.mail.ovh.net'])])).toBeNull()
  })
})

describe('the provider question in the walk', () => {
  const aruba = [discovery('negozio.test', 'profile-mx', 'aruba'), mxProvider(['mx.aruba.it'])]

  it('asks "is that right?" only when something that ran found the provider', () => {
    expect(route('provider-check', walk(aruba))).toBe('provider-confirm')
    expect(route('provider-check', walk([discovery('x.test', 'guess', null)]))).toBe('offer')
    expect(route('provider-check', walk([finding('client.discovery', 'error')]))).toBe('offer')
  })

  it('keeps the provider found after yes, drops it after no, and takes the one named instead', () => {
    expect(walkProvider(walk(aruba, { 'provider-confirm': 'yes' }))?.id).toBe('aruba')
    expect(walkProvider(walk(aruba, { 'provider-confirm': 'no' }))).toBeUndefined()
    expect(effectiveOffer(walk(aruba, { 'provider-confirm': 'no' }))).toBeNull()
    const named = walk(aruba, { 'provider-confirm': 'no', offer: 'microsoft365' })
    expect(walkProvider(named)?.id).toBe('microsoft365')
    expect(walkProvider(walk(aruba, { 'provider-confirm': 'no', offer: 'other' }))).toBeUndefined()
    expect(walkProvider(walk(aruba, { 'provider-confirm': 'no', offer: 'unknown' }))?.id).toBe('aruba')
  })

  it('never asks a free mailbox about payments; asks a PEC box in its own words', () => {
    const libero = walk([discovery('libero.it', 'profile', 'libero')], { 'provider-confirm': 'yes' })
    expect(route('services-check', libero)).toBe('by-problem')
    const pec = walk([discovery('pec.it', 'profile', 'aruba-pec')], { 'provider-confirm': 'yes' })
    expect(route('services-check', pec)).toBe('pec-active')
    expect(route('services-check', walk(aruba, { 'provider-confirm': 'yes' }))).toBe('offer-active')
    expect(route('services-check', walk([], { offer: 'other' }))).toBe('offer-active')
  })

  it('asks the provider once: the list only after "no" or when nothing was found', () => {
    const confirm = DECISION_TREE.nodes['provider-confirm']
    const offer = DECISION_TREE.nodes.offer
    if (confirm?.kind !== 'question' || offer?.kind !== 'question') throw new Error('missing questions')
    expect(confirm.answers.find((answer) => answer.id === 'no')?.next).toBe('offer')
    expect(offer.answers.every((answer) => answer.next !== 'provider-confirm')).toBe(true)
    expect(offer.answers.find((answer) => answer.id === 'unknown')?.next).toBe('provider-found')
  })
})
