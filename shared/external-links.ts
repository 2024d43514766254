import { MAIL_PROVIDERS } from './knowledge/provider-catalogue'

/**
 * Pages the app may open in the browser, by host and path prefix: the provider pages the guides
 * name (control panel, webmail, status pages, documentation) and blocklist look-ups; the provider
 * catalogue's own pages are added below. A prefix that
 * ends in `/` admits the pages under it; `/` admits the whole host (only for hosts that serve no
 * redirector). Hosts with a known open redirect (www.google.com/url) list only the paths we link to.
 */
export const EXTERNAL_LINKS: Readonly<Record<string, readonly string[]>> = {
  'www.ovh.com': ['/manager/', '/auth/'],
  'www.ovh.it': ['/mail/'],
  'www.ovhcloud.com': ['/it/', '/en/', '/fr/', '/en-gb/', '/en-ie/'],
  'help.ovhcloud.com': ['/csm/'],
  'docs.ovh.com': ['/it/', '/fr/', '/gb/', '/en/', '/ie/'],
  'travaux.ovh.net': ['/'],
  'web-cloud.status-ovhcloud.com': ['/'],
  'public-cloud.status-ovhcloud.com': ['/'],
  'www.status-ovhcloud.com': ['/'],
  'mail.ovh.net': ['/'],
  'webmail.ovh.net': ['/'],
  'ex.mail.ovh.net': ['/'],
  'ex2.mail.ovh.net': ['/'],
  'admin.microsoft.com': ['/'],
  'outlook.office.com': ['/mail/', '/owa/'],
  'status.cloud.microsoft': ['/'],
  'support.microsoft.com': ['/'],
  'admin.google.com': ['/'],
  'mail.google.com': ['/mail/'],
  'www.google.com': ['/gmail/'],
  'support.google.com': ['/mail/', '/a/'],
  'check.spamhaus.org': ['/'],
  'www.spamhaus.org': ['/'],
  'www.abuseat.org': ['/'],
  'barracudacentral.org': ['/'],
  'www.spamcop.net': ['/'],
  'lookup.abusix.com': ['/'],
  'sender.office.com': ['/'],
  'postmaster.google.com': ['/'],
  'learn.microsoft.com': ['/'],
}

/**
 * The pages our provider catalogue names (webmail, control panel, status, support), by host and
 * path: each admits its own page and, unless it is the host's root, the pages under its path as a
 * folder (`/casella-posta` admits `/casella-posta/…`, never `/casella-posta-evil`; `/` admits only
 * the root page, so a catalogue entry never opens a whole host and its redirectors).
 */
const PROVIDER_LINKS: readonly [string, string][] = MAIL_PROVIDERS.flatMap((provider) =>
  [provider.webmailUrl, provider.panelUrl, provider.statusUrl, provider.supportUrl].flatMap(
    (url): [string, string][] => {
      if (!url) return []
      const parsed = new URL(url)
      return [[parsed.hostname, parsed.pathname]]
    },
  ),
)

/** True when a catalogue page at `page` admits the path: the page itself or one under its folder. */
function catalogueAdmits(page: string, path: string): boolean {
  if (path === page) return true
  if (page === '/') return false
  return path.startsWith(page.endsWith('/') ? page : `${page}/`)
}

/** True when the host's allowlist, or a catalogue page on it, admits the path. */
function admits(host: string, path: string): boolean {
  const listed = Object.hasOwn(EXTERNAL_LINKS, host) ? (EXTERNAL_LINKS[host] ?? []) : []
  if (listed.some((prefix) => path.startsWith(prefix))) return true
  return PROVIDER_LINKS.some(([name, page]) => name === host && catalogueAdmits(page, path))
}

/**
 * The normalised URL of a link the app may open in the browser, or null: https, no credentials,
 * no port, a host on the allowlist and a path under one of its prefixes (after the URL parser has
 * resolved `..` and percent-encoded dots, so a prefix cannot be escaped). Open the returned URL's
 * `href`, never the string given.
 */
export function allowedExternalLink(url: string): URL | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null
  if (parsed.port !== '') return null
  const path = decodeURIComponent(parsed.pathname.replace(/%(?![0-9a-f]{2})/gi, '%25'))
  if (path.includes('..') || path.includes('\\') || path.includes('//')) return null
  return admits(parsed.hostname, parsed.pathname) ? parsed : null
}

/** True when a URL may be opened in the browser (see `allowedExternalLink`). */
export function isAllowedExternalLink(url: string): boolean {
  return allowedExternalLink(url) !== null
}
