import { describe, expect, it } from 'vitest'
import type { MailProvider } from './provider-catalogue'
import { expectedMxFor, mxChanges, PROVIDER_IDS, providerProfile, type ProviderId } from './providers'
import { recogniseMx } from './provider-identity'

function offer(id: ProviderId): MailProvider {
  const profile = providerProfile(id)
  if (!profile) throw new Error(`no catalogue entry for ${id}`)
  return profile
}

describe('provider profiles', () => {
  it('has a catalogue entry with its MX sets for every offer a person can name, none for other', () => {
    for (const id of PROVIDER_IDS.filter((candidate) => candidate !== 'other'))
      expect(offer(id).expectedMx?.length, id).toBeGreaterThan(0)
    expect(providerProfile('other')).toBeUndefined()
  })

  it('recognises offers from MX hosts', () => {
    expect(recogniseMx(['mx1.mail.ovh.net']).map((p) => p.company)).toContain('OVHcloud')
    expect(recogniseMx(['example-com.mail.protection.outlook.com']).map((p) => p.id)).toEqual([
      'microsoft365',
    ])
    expect(recogniseMx(['smtp.google.com']).map((p) => p.id)).toEqual(['google-workspace'])
    expect(recogniseMx(['mx.example.net'])).toEqual([])
  })

  it('fills the domain into Microsoft 365 MX host', () => {
    expect(expectedMxFor(offer('microsoft365'), 'example.co.uk')).toEqual([
      [{ preference: 0, exchange: 'example-co-uk.mail.protection.outlook.com' }],
    ])
  })

  it('finds the smallest change towards one of the accepted MX sets', () => {
    const exchange = expectedMxFor(offer('ovh-exchange'), 'example.com')
    expect(mxChanges([{ preference: 1, exchange: 'mx1.mail.ovh.net' }], exchange)).toEqual({
      add: [],
      remove: [],
      change: [],
    })
    expect(mxChanges([{ preference: 10, exchange: 'ex2.mail.ovh.net' }], exchange)).toEqual({
      add: [],
      remove: [],
      change: [{ exchange: 'ex2.mail.ovh.net', from: 10, to: 1 }],
    })
  })

  it('gives the autodiscover SRV of seed 004 for Exchange', () => {
    expect(offer('ovh-exchange').autodiscover).toEqual({
      priority: 0,
      weight: 0,
      port: 443,
      targets: ['ex.mail.ovh.net', 'ex2.mail.ovh.net'],
    })
  })
})
