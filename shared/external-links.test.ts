import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allowedExternalLink, isAllowedExternalLink } from './external-links'

/**
 * Every https URL the app can show, as written in its sources (knowledge, tree, renderer), tests
 * and the catalogue's `sources: { ... }` citations (which are never links) excepted.
 */
function linksInSources(): string[] {
  const links = new Set<string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        for (const match of readFileSync(path, 'utf8')
          .replace(/sources: \{[^}]*\}/g, '')
          .replace(/sources: \[[^\]]*\]/g, '')
          .replace(/source:\s*'[^']*'/g, '')
          .matchAll(/'(https:\/\/[^'\s]+)'/g))
          if (match[1] && !match[1].includes('rdap')) links.add(match[1])
    }
  }
  walk('shared/knowledge')
  walk('shared/tree')
  walk('renderer')
  return [...links]
}

describe('allowedExternalLink', () => {
  it('opens https pages of the allowlisted hosts, as the parsed URL', () => {
    expect(allowedExternalLink('https://www.ovh.com/manager/')?.href).toBe('https://www.ovh.com/manager/')
    expect(isAllowedExternalLink('https://check.spamhaus.org/listed/?searchterm=192.0.2.1')).toBe(true)
    expect(allowedExternalLink('https://WWW.OVH.COM/manager/#x')?.href).toBe('https://www.ovh.com/manager/#x')
  })

  it('admits every link the app itself shows', () => {
    const links = linksInSources()
    expect(links.length).toBeGreaterThan(3)
    expect(links.filter((link) => !isAllowedExternalLink(link))).toEqual([])
  })

  it.each([
    'http://www.ovh.com/manager/',
    'https://evil.example/',
    'https://www.ovh.com.evil.example/',
    'https://user:pw@www.ovh.com/manager/',
    'https://www.ovh.com:8443/manager/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    'https://www.google.com/url?q=https://evil.example/',
    'https://www.google.com/gmail/../url?q=https://evil.example/',
    'https://www.google.com/gmail/%2e%2e/url?q=https://evil.example/',
    'https://www.google.com/gmail/%2E%2E%2Furl?q=https://evil.example/',
    'https://www.google.com/gmail/..%5curl',
    'https://www.ovh.com/cgi-bin/redirect?u=https://evil.example/',
    'https://toString/',
    'https://__proto__/',
  ])('refuses %s', (url) => {
    expect(allowedExternalLink(url)).toBeNull()
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

describe('provider links admit their page and the pages under it, nothing wider', () => {
  it.each([
    'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta-evil',
    'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-postax/',
    'https://webmail.aruba.it/redirect?to=https://evil.example',
    'https://admin.aruba.it/anything/else',
    'https://guide.hosting.aruba.it/posta/configurazione.html',
    'https://mail.libero.it/../x',
  ])('refuses %s', (url) => {
    expect(allowedExternalLink(url)).toBeNull()
  })

  it.each([
    'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta',
    'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta/imap',
    'https://webmail.aruba.it/',
  ])('opens %s', (url) => {
    expect(allowedExternalLink(url)?.href).toBe(url)
  })
})
