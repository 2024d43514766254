import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import type { Finding } from '../report'
import { DECISION_TREE } from '../tree/decision-tree'
import { chooseRoute, effectiveOffer, type WalkState } from '../tree/walker'
import type { DiscoveredSettings, SourceOutcome } from './discovered-settings'
import { mailProvider } from './provider-catalogue'
import {
  autodiscoverExpected,
  catalogueClientFor,
  detectProvider,
  identifyProvider,
  offerByMx,
  panelTextParams,
  providerLinks,
  recogniseMx,
} from './provider-identity'
import { LINK_URLS } from './remedies'

const walkProvider = (state: WalkState) => identifyProvider(state).provider ?? undefined

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

describe('where things are in the provider’s control panel', () => {
  const i18n = createI18n('en')
  const step = (provider: string | null) =>
    i18n.t(
      'remedy:fix-mx.steps.0',
      panelTextParams(mailProvider(provider), (key, params) => i18n.t(key, params)),
    )

  it('names OVHcloud’s panel places only for OVHcloud, and nothing for another provider or none', () => {
    expect(
      panelTextParams(mailProvider('ovh-mxplan'), (key, params) => i18n.t(key, params)).panel.dnsZone,
    ).toContain('OVHcloud: Web Cloud')
    expect(step('ovh-exchange')).toContain('(OVHcloud: Web Cloud')
    expect(step('aruba')).not.toContain('OVHcloud')
    expect(step(null)).not.toMatch(/OVHcloud|\{\{/)
  })
})

describe('links, as ids resolved for the provider in hand', () => {
  const ids = ['providerPanel', 'providerWebmail', 'providerMxGuide', 'spamhausLookup'] as const

  it('gives each provider its own pages, OVHcloud’s guides only to OVHcloud, none when unknown', () => {
    expect(providerLinks(ids, mailProvider('aruba'))).toEqual([
      'https://admin.aruba.it/',
      'https://webmail.aruba.it/',
      LINK_URLS.spamhausLookup,
    ])
    expect(providerLinks(ids, null)).toEqual([LINK_URLS.spamhausLookup])
    expect(providerLinks(ids, mailProvider('libero'))).toEqual([
      'https://mail.libero.it/',
      LINK_URLS.spamhausLookup,
    ])
    expect(providerLinks(ids, mailProvider('ovh-mxplan'))).toContain(mailProvider('ovh-mxplan')?.guides?.mx)
  })
})

describe('one answer for every screen', () => {
  const settingsOf = (state: WalkState) => identifyProvider(state).settings

  it('gives the login step the settings the card shows for Aruba, Libero, Gmail, Aruba PEC and Tiscali', () => {
    for (const [domain, id] of [
      ['negozio.test', 'aruba'],
      ['libero.it', 'libero'],
      ['gmail.com', 'gmail'],
      ['pec.it', 'aruba-pec'],
      ['tiscali.it', 'tiscali'],
    ] as const) {
      const state = walk([discovery(domain, domain === 'negozio.test' ? 'profile-mx' : 'ispdb', id)], {
        'provider-confirm': 'yes',
      })
      const identity = identifyProvider(state)
      expect(identity.provider?.id, domain).toBe(id)
      expect(identity.confirmed, domain).toBe(true)
      expect(settingsOf(state)?.client.smtp, domain).toEqual(SMTP)
    }
  })

  it('says the address’s own domain is the basis, even when discovery did not run', () => {
    const identity = identifyProvider(walk([mxProvider([])].map((f) => ({ ...f, subject: 'libero.it' }))))
    expect(identity.provider?.id).toBe('libero')
    expect(identity.basis).toEqual({ kind: 'address', domain: 'libero.it' })
  })

  it('uses the catalogue’s settings of a named offer when discovery found another provider', () => {
    const state = walk([discovery('x.test', 'profile-mx', 'aruba')], { offer: 'microsoft365' })
    expect(settingsOf(state)).toMatchObject({
      source: 'catalogue',
      client: { smtp: { host: 'smtp.office365.com' } },
    })
    expect(identifyProvider(state).basis).toEqual({ kind: 'answer' })
  })
})

describe('what the MX and autodiscover records say', () => {
  it('recognises every catalogue provider by its MX, the offers a person can name first', () => {
    expect(recogniseMx(['mx.aruba.it']).map((p) => p.id)).toEqual(['aruba'])
    expect(recogniseMx(['mx1.mail.ovh.net']).map((p) => p.id)).toEqual([
      'ovh-mxplan',
      'ovh-emailpro',
      'ovh-exchange',
    ])
  })

  it('recognises Microsoft 365’s DNSSEC inbound hosts under mx.microsoft', () => {
    expect(recogniseMx(['contoso-com.d-v1.mx.microsoft']).map((p) => p.id)).toEqual(['microsoft365'])
  })

  it('keeps ex2.mail.ovh.net when the MX and autodiscover say so', () => {
    const offer = offerByMx(['ex2.mail.ovh.net'], 'ex2.mail.ovh.net')
    expect(offer?.id).toBe('ovh-exchange')
    const client = offer && catalogueClientFor(offer, ['ex2.mail.ovh.net'], 'ex2.mail.ovh.net')
    expect([client?.imap?.host, client?.pop3?.host, client?.smtp.host]).toEqual([
      'ex2.mail.ovh.net',
      'ex2.mail.ovh.net',
      'ex2.mail.ovh.net',
    ])
    expect(offerByMx(['mx1.mail.ovh.net'], null)?.id).toBe('ovh-mxplan')
    expect(offerByMx(['mx1.mail.ovh.net'], 'pro1.mail.ovh.net')?.id).toBe('ovh-emailpro')
  })

  it('expects the Exchange autodiscover record from an Exchange MX, whatever offer was named', () => {
    expect(autodiscoverExpected(mailProvider('ovh-mxplan'), ['ex2.mail.ovh.net'])?.srv.targets).toEqual([
      'ex2.mail.ovh.net',
    ])
    expect(autodiscoverExpected(undefined, ['ex2.mail.ovh.net'])?.provider.id).toBe('ovh-exchange')
    expect(autodiscoverExpected(undefined, ['mx1.mail.ovh.net'])).toBeNull()
  })
})
