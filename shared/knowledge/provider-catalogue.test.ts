import { describe, expect, it } from 'vitest'
import {
  MAIL_PROVIDERS,
  mailProvider,
  providerByAddressDomain,
  providersByMx,
  type FactTopic,
  type MailProvider,
} from './provider-catalogue'

/** Which source topic names the origin of each fact field of an entry. */
const TOPIC_OF: Partial<Record<keyof MailProvider, FactTopic>> = {
  mx: 'recognition',
  expectedMx: 'expectedMx',
  autodiscover: 'autodiscover',
  client: 'settings',
  signIn: 'signIn',
  spfInclude: 'spf',
  webmailUrl: 'webmail',
  panelUrl: 'panel',
  statusUrl: 'status',
  supportUrl: 'support',
  guides: 'guides',
  limits: 'limits',
}

describe('the provider catalogue', () => {
  it.each(MAIL_PROVIDERS.map((provider) => [provider.id, provider] as const))(
    'names the source of every fact it holds about %s',
    (_id, provider) => {
      for (const [field, topic] of Object.entries(TOPIC_OF) as [keyof MailProvider, FactTopic][]) {
        const value = provider[field]
        const held = Array.isArray(value) ? value.length > 0 : value !== undefined
        if (held) expect(provider.sources[topic], `${provider.id}.${field}`).toBeTruthy()
      }
    },
  )

  it('has one entry per id and per address domain', () => {
    const ids = MAIL_PROVIDERS.map((provider) => provider.id)
    expect(new Set(ids).size).toBe(ids.length)
    const domains = MAIL_PROVIDERS.flatMap((provider) => provider.addressDomains)
    expect(new Set(domains).size).toBe(domains.length)
  })

  it('recognises providers by address domain and by MX host', () => {
    expect(providerByAddressDomain('Libero.it')?.id).toBe('libero')
    expect(providersByMx(['mx.aruba.it.']).map((provider) => provider.id)).toEqual(['aruba'])
    expect(providersByMx(['mx1.mail.ovh.net']).map((provider) => provider.company)).toEqual([
      'OVHcloud',
      'OVHcloud',
      'OVHcloud',
    ])
    expect(providersByMx(['mx.example.net'])).toEqual([])
  })

  it('holds OVHcloud’s sending limits as its own guide states them', () => {
    // Copied from the seed guide ../shared/seeds/000_8a5de131fc756a8d.txt (OVHcloud, «Invio o
    // ricezione delle email impossibile», reply code 555), the page the catalogue cites for limits.
    const guide =
      'non sia stato superato il limite definito da OVHcloud: 200 email/ora/account e 300 email/ora/ip'
    const [, perAccount, perIp] = /(\d+) email\/ora\/account e (\d+) email\/ora\/ip/.exec(guide) ?? []
    expect(mailProvider('ovh-mxplan')?.limits).toMatchObject({
      perHour: Number(perAccount),
      perIpPerHour: Number(perIp),
    })
  })
})
