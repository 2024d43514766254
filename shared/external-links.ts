import { MAIL_PROVIDERS } from './knowledge/provider-catalogue'

/**
 * Hosts whose pages the app may open in the browser: the provider pages the guides name (control
 * panel, webmail, status pages, documentation) and blocklist look-ups. Only https, only these hosts.
 */
export const EXTERNAL_LINK_HOSTS = [
  'www.ovh.com',
  'www.ovh.it',
  'www.ovhcloud.com',
  'help.ovhcloud.com',
  'docs.ovh.com',
  'travaux.ovh.net',
  'web-cloud.status-ovhcloud.com',
  'public-cloud.status-ovhcloud.com',
  'www.status-ovhcloud.com',
  'mail.ovh.net',
  'webmail.ovh.net',
  'ex.mail.ovh.net',
  'ex2.mail.ovh.net',
  'admin.microsoft.com',
  'outlook.office.com',
  'status.cloud.microsoft',
  'support.microsoft.com',
  'admin.google.com',
  'mail.google.com',
  'www.google.com',
  'support.google.com',
  'check.spamhaus.org',
  'www.spamhaus.org',
  'www.abuseat.org',
  'barracudacentral.org',
  'www.spamcop.net',
  'lookup.abusix.com',
  'sender.office.com',
  'postmaster.google.com',
  'learn.microsoft.com',
] as const

/** The hosts of the pages our provider catalogue names (webmail, control panel, status, support). */
const PROVIDER_LINK_HOSTS: readonly string[] = MAIL_PROVIDERS.flatMap((provider) =>
  [provider.webmailUrl, provider.panelUrl, provider.statusUrl, provider.supportUrl].flatMap((url) =>
    url ? [new URL(url).hostname] : [],
  ),
)

/** True when a URL may be opened in the browser: https, no credentials, a host on the allowlist. */
export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ((EXTERNAL_LINK_HOSTS as readonly string[]).includes(parsed.hostname) ||
      PROVIDER_LINK_HOSTS.includes(parsed.hostname))
  )
}
