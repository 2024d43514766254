import { describe, expect, it } from 'vitest'
import { isAllowedExternalLink } from './external-links'

describe('isAllowedExternalLink', () => {
  it('opens https pages of the allowlisted hosts', () => {
    expect(isAllowedExternalLink('https://www.ovh.com/manager/')).toBe(true)
    expect(isAllowedExternalLink('https://check.spamhaus.org/listed/?searchterm=192.0.2.1')).toBe(true)
  })

  it.each([
    'http://www.ovh.com/',
    'https://evil.example/',
    'https://www.ovh.com.evil.example/',
    'https://user:pw@www.ovh.com/',
    'https://www.ovh.com:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false)
  })
})

describe('provider links', () => {
  it('opens every page the provider catalogue names, over https only', async () => {
    const { MAIL_PROVIDERS } = await import('./knowledge/provider-catalogue')
    for (const provider of MAIL_PROVIDERS)
      for (const url of [provider.webmailUrl, provider.panelUrl, provider.statusUrl, provider.supportUrl])
        if (url) expect(isAllowedExternalLink(url), url).toBe(true)
    expect(isAllowedExternalLink('http://webmail.aruba.it/')).toBe(false)
  })
})
