import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import { detectedProvider, providerLinks } from './detected-provider'
import { LINK_URLS } from './remedies'

const discovery = (providerId: string | null): Finding => ({
  id: 'client.discovery',
  status: 'pass',
  title: { key: 'x' },
  detail: { key: 'x' },
  evidence: {
    settings: {
      source: 'profile-mx',
      providerId,
      providerName: null,
      signIn: 'password',
      client: { smtp: { host: 'smtps.aruba.it', port: 465, security: 'ssl' }, userIsFullAddress: true },
    },
  },
  durationMs: 0,
  remedies: [],
})

describe('the provider the wizard speaks of', () => {
  it('is the one discovery found, over the offer the person named', () => {
    expect(detectedProvider('ovh-mxplan', [discovery('ovh-exchange')])?.id).toBe('ovh-exchange')
    expect(detectedProvider('unknown', [discovery('aruba')])?.id).toBe('aruba')
    expect(detectedProvider('google-workspace', [])?.id).toBe('google-workspace')
    expect(detectedProvider('unknown', [])).toBeUndefined()
  })

  it('never gets OVHcloud’s links when it is another provider, and none when unknown', () => {
    const urls = [
      LINK_URLS.providerPanel,
      LINK_URLS.providerWebmail,
      LINK_URLS.providerMxGuide,
      LINK_URLS.spamhausLookup,
    ]
    const aruba = providerLinks(urls, detectedProvider('unknown', [discovery('aruba')]))
    expect(aruba).toEqual(['https://admin.aruba.it/', 'https://webmail.aruba.it/', LINK_URLS.spamhausLookup])
    expect(providerLinks(urls, undefined)).toEqual([LINK_URLS.spamhausLookup])
    const libero = providerLinks(urls, detectedProvider('unknown', [discovery('libero')]))
    expect(libero).toEqual(['https://mail.libero.it/', LINK_URLS.spamhausLookup])
    const ovh = providerLinks(urls, detectedProvider('ovh-mxplan', []))
    expect(ovh).toContain(LINK_URLS.providerMxGuide)
  })
})
