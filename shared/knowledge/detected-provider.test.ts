import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import { createI18n } from '../i18n'
import { detectedProvider, panelTextParams, providerLinks } from './detected-provider'
import { mailProvider } from './provider-catalogue'
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

describe('where things are in the provider’s control panel', () => {
  const i18n = createI18n('en')
  const step = (provider: string | null) =>
    i18n.t(
      'remedy:fix-mx.steps.0',
      panelTextParams(mailProvider(provider), (key) => i18n.t(key)),
    )

  it('names OVHcloud’s panel places only for OVHcloud, and nothing for another provider or none', () => {
    expect(panelTextParams(mailProvider('ovh-mxplan'), (key) => i18n.t(key)).panel.dnsZone).toContain(
      'OVHcloud: Web Cloud',
    )
    expect(step('ovh-exchange')).toContain('(OVHcloud: Web Cloud')
    expect(step('aruba')).not.toContain('OVHcloud')
    expect(step(null)).not.toMatch(/OVHcloud|\{\{/)
  })
})
