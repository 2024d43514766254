/**
 * What some receiving services mean by their own replies: the service is recognised by the
 * recipient's domain or by the name of the server that answered, and its reply text names the
 * reason more precisely than the generic phrase lists can. Ported in part from Sisimai's `rhost`
 * tables (go-sisimai `rhost/for-*.go`, BSD 2-Clause licence, see fixtures/sisimai/LICENSE), which
 * cite each provider's published error pages.
 */
import type { BounceReason } from './reasons'

/** One receiving service: the host names it answers from and its replies' phrases, by reason. */
interface RemoteService {
  /** Recipient domains and server name suffixes (with a leading dot) of the service. */
  hosts: readonly string[]
  /** Lower-case phrases of its replies, by the reason each names, tried in order. */
  phrases: readonly (readonly [BounceReason, readonly string[]])[]
}

const APPLE: RemoteService = {
  hosts: ['icloud.com', 'me.com', 'mac.com', '.mail.icloud.com', '.apple.com', '.me.com'],
  phrases: [
    ['authfailure', ["'s dmarc policy", 'blocked for failing both spf and dkim']],
    [
      'blocked',
      [
        'rejected due to having a domain present in the spamhaus',
        'rejected due to listing in spamhaus',
        'blocked - see https://support.proofpoint.com/dnsbl-lookup',
        'not accepting connections',
      ],
    ],
    ['hasmoved', ['recipient no longer on server']],
    ['mailboxfull', ['user is over quota']],
    ['norelaying', ['relay access denied']],
    ['notaccept', ['host/domain does not accept mail']],
    ['policyviolation', ['due to local policy']],
    ['rejected', ['sender address rejected']],
    ['speeding', ['due to excessive volume']],
    ['userunknown', ['inactive email address', 'user does not exist', 'unknown or illegal alias']],
  ],
}

/** Outlook.com (Hotmail): its 550 for an address that does not exist. */
const OUTLOOK_COM: RemoteService = {
  hosts: ['hotmail.com', 'outlook.com', 'live.com', 'msn.com', '.hotmail.com'],
  phrases: [
    ['hostunknown', ['the mail could not be delivered to the recipient because the domain is not reachable']],
    ['userunknown', ['requested action not taken: mailbox unavailable']],
  ],
}

/**
 * au by KDDI (ezweb.ne.jp): "550 <address>: User unknown" is an address that does not exist, while
 * "550 : User unknown", with the address left out, is the recipient's own filter refusing the sender.
 */
const KDDI: RemoteService = {
  hosts: ['ezweb.ne.jp', 'au.com', '.ezweb.ne.jp', 'msmx.au.com'],
  phrases: [
    ['filtered', ['550 : user unknown']],
    ['userunknown', ['>: user unknown']],
  ],
}

const YAHOO: RemoteService = {
  hosts: ['yahoo.com', 'yahoo.co.uk', 'yahoo.it', 'aol.com', '.yahoodns.net'],
  phrases: [
    ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
    ['blocked', [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl']],
    ['norelaying', ['relaying denied for ']],
    ['notcompliantrfc', ['headers are not rfc compliant']],
    ['policyviolation', ['not accepted for policy reasons']],
    ['rejected', ['due to unresolvable rfc.5321 domain', ' will be permanently deferred']],
    ['speeding', ['user is receiving mail too quickly']],
    ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
    ['toomanyconn', ['max message per connection reached']],
    ['userunknown', ["dd this user doesn't have a ", 'mailbox not found']],
  ],
}

/** Broadcom (Symantec) Email Security.cloud, formerly MessageLabs. */
const MESSAGELABS: RemoteService = {
  hosts: ['.messagelabs.com'],
  phrases: [
    ['authfailure', ['domain authentication fail']],
    ['badreputation', ['connection rejected by policy']],
    [
      'blocked',
      [
        'mail rejected because your ip is in the pbl',
        'your ip address has been ',
        'your ip address (ip-addr) has been blocked',
      ],
    ],
    ['contenterror', ['stray linefeeds in message']],
    ['failedstarttls', ['tls/sslv3 connection required']],
    ['norelaying', [' as a relay, ']],
    [
      'notcompliantrfc',
      ['550 requested action aborted [4]', 'has detected that this message is not rfc 5322'],
    ],
    [
      'rejected',
      [
        'sender envelope domain not allowed for sender ip address',
        'your domain has been blocked',
        'your email address has been blocked',
        'your envelope sender is in my badmailfrom list',
        'your email address has been blacklisted',
        'your domain has been blacklisted',
      ],
    ],
    ['securityerror', ['please turn on smtp authentication in your mail client']],
    ['spamdetected', ['message filtered', 'filtered by outbound scanning']],
    ['toomanyconn', ['too many recipients received this hour', 'too many messages']],
    ['userunknown', ['no such user', 'invalid recipient', 'mailbox is not allowed']],
  ],
}

const MIMECAST: RemoteService = {
  hosts: ['.mimecast.com'],
  phrases: [
    [
      'authfailure',
      [
        'spf sender invalid - envelope rejected',
        'dkim sender invalid - envelope rejected',
        'dmarc sender invalid - envelope rejected',
      ],
    ],
    ['badreputation', ['local ct ip reputation - (reject)']],
    ['blocked', ['sender address blocked', 'ip temporarily blacklisted']],
    [
      'failedstarttls',
      [
        'this route requires encryption (tls)',
        'this route requires tls version 1.2 or greater',
        'this route requires high-strength ciphers',
      ],
    ],
    ['mesgtoobig', ['maximum email size exceeded']],
    ['networkerror', ['the incorrect hostname used for inbounds', 'mail loop detected']],
    ['norelaying', ['open relay not allowed', 'open relay is not allowed']],
    ['notaccept', ['account inbounds disabled']],
    [
      'policyviolation',
      [
        'anti-spoofing policy - inbound not allowed',
        'rejected by header-based anti-spoofing policy',
        'message bounced due to content examination policy',
        'host network not allowed',
        'host network, not allowed',
      ],
    ],
    [
      'rejected',
      [
        'administrative prohibition envelope blocked',
        'envelope blocked - user entry',
        'envelope blocked - user domain entry',
        'rejected by header-based manually blocked senders',
        'rejected by header-based blocked senders',
        'envelope rejected - block policy for envelope from address',
      ],
    ],
    ['securityerror', ['incorrect authentication data', 'submitter failed to authenticate']],
    ['toomanyconn', ['account service is temporarily unavailable', 'exceeding outbound thread limit']],
    ['userunknown', ['invalid recipient']],
  ],
}

const SERVICES: readonly RemoteService[] = [APPLE, OUTLOOK_COM, KDDI, YAHOO, MESSAGELABS, MIMECAST]

/** Where a bounce went: the recipient's address, the server that answered and the one that reported, when known. */
export interface Destination {
  recipient: string | null
  remoteMta: string | null
  reportingMta?: string | null
}

function hostName(value: string | null | undefined): string {
  return (value ?? '').toLowerCase().split(/[\s;[(]/)[0] ?? ''
}

function servesHost(service: RemoteService, host: string): boolean {
  return service.hosts.some((name) => (name.startsWith('.') ? host.endsWith(name) : host === name))
}

/**
 * The receiving service of a bounce: by the recipient's domain, else by the server that answered,
 * else by the server that wrote the report (a service reporting its own refusal).
 */
function serviceOf(destination: Destination): RemoteService | undefined {
  const domain = (destination.recipient ?? '').split('@')[1]?.toLowerCase() ?? ''
  const candidates = [domain, hostName(destination.remoteMta), hostName(destination.reportingMta)]
  for (const host of candidates) {
    const service = host === '' ? undefined : SERVICES.find((entry) => servesHost(entry, host))
    if (service) return service
  }
  return undefined
}

/** The reason a known receiving service's own reply names, or null when the service or its text is not known. */
export function remoteServiceReason(
  destination: Destination,
  diagnostic: string | null,
): BounceReason | null {
  if (!diagnostic) return null
  const service = serviceOf(destination)
  if (!service) return null
  const text = diagnostic.toLowerCase()
  return service.phrases.find(([, phrases]) => phrases.some((phrase) => text.includes(phrase)))?.[0] ?? null
}
