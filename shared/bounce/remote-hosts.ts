/**
 * What some receiving services mean by their own replies: the service is recognised by the
 * recipient's domain or by the name of the server that answered, and its reply text names the
 * reason more precisely than the generic phrase lists can. Ported in part from Sisimai's `rhost`
 * tables (go-sisimai `rhost/for-*.go`, BSD 2-Clause licence, see fixtures/sisimai/LICENSE), which
 * cite each provider's published error pages.
 */
import { lowerWords, ONLY_ALLOWED_SENDERS } from './reason-phrases'
import { hostOfProviders, recogniseMx } from '../knowledge/provider-identity'
import type { SmtpCommand } from './classify-reason'
import type { BounceReason } from './reasons'
import { codesOf } from './codes'
import { googleReason, microsoftReason, mimecastReason } from './remote-coded-tables'
import { LABELLED_SERVICES, oneMailWord, type RemoteService } from './remote-service-tables'

const APPLE: RemoteService = {
  name: 'apple',
  hosts: [],
  providers: ['icloud'],
  phrases: [
    ['authfailure', ["'s dmarc policy", 'blocked for failing both spf and dkim']],
    [
      'blocked',
      [
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
    // "A domain present in the Spamhaus DBL": a domain the message names, judged as the content
    // lists are (classify-reason.ts), where Sisimai's Apple table says `blocked`.
    ['spamdetected', ['rejected due to having a domain present in the spamhaus']],
    ['rejected', ['sender address rejected']],
    ['speeding', ['due to excessive volume']],
    ['userunknown', ['inactive email address', 'user does not exist', 'unknown or illegal alias']],
  ],
}

/**
 * Exchange Online / Microsoft 365 (learn.microsoft.com, "Email non-delivery reports in Exchange
 * Online"): Sisimai's table by status code first (remote-coded-tables.ts); then, for a reply
 * without the code that table pairs them with, the phrases the older go-sisimai table read alone.
 */
const MICROSOFT_PHRASES: RemoteService['phrases'] = [
  [
    'authfailure',
    [
      'must pass either spf or dkim validation',
      'the message was rejected because of sender policy framework violation',
      'does not pass dmarc verification',
      "doesn't meet the required authentication level",
    ],
  ],
  ['badreputation', ['has been temporarily rate limited due to ip reputation']],
  [
    'blocked',
    [
      'access denied, bad helo',
      'access denied, rejected by recipient',
      'does not accept email over ipv6',
      'access denied, banned sender',
      'using customer block list',
      'access denied, banned sending ip ',
      'part of their network is on our block list (s3150)',
      'must have a reverse dns record',
    ],
  ],
  ['mesgtoobig', ['message too large for this recipient', 'message size exceeds fixed maximum message size']],
  ['failedstarttls', [' failed mta-sts validation', 'starttls is required to send mail']],
  ['norelaying', ['tenantattribution; relay access denied']],
  ['notaccept', ['hosted tenant which has no mail-enabled subscriptions']],
  ['policyviolation', ['policy violation detected (as345)']],
  [
    'rejected',
    [
      'access denied, bad outbound sender',
      'access denied, spam abuse detected',
      'client blocked from sending from unregistered domains',
    ],
  ],
  // The recipient takes mail only from its own organisation or its allowed senders: go-sisimai reads
  // `rejected`; here `filtered`, Sisimai's own word for a sender refused by the recipient's settings,
  // whose advice is the recipient's.
  ['filtered', ONLY_ALLOWED_SENDERS],
  ['securityerror', ['client was not authenticated to send anonymous mail']],
  ['spamdetected', ['content filter agent quarantined this message']],
  [
    'speeding',
    [
      'reached your daily limit for message recipients',
      'submission quota exceeded',
      "recipient's per hour message receive limit",
      'has exceeded permitted limits within',
      'tenant has exceeded threshold',
    ],
  ],
  ['toomanyconn', ['has exceeded the maximum number of connections']],
  ['suspend', ['access denied, banned recipient']],
]

const MICROSOFT: RemoteService = {
  name: 'microsoft',
  hosts: [],
  providers: ['microsoft365'],
  rule: microsoftReason,
  phrases: MICROSOFT_PHRASES,
  // RFC 3463's own words for X.7.1, Microsoft's meaning only when its server answered (OpenSMTPD
  // words its refusals of a malformed message the same way).
  hostPhrases: [['policyviolation', ['delivery not authorized, message refused']]],
}

/**
 * Outlook.com (Hotmail): its 550 for an address that does not exist, in RFC 5321's own words, which
 * are Outlook's meaning only when its server answered.
 */
const OUTLOOK_COM: RemoteService = {
  name: 'outlook',
  hosts: [],
  providers: ['outlook-com'],
  phrases: [
    ['hostunknown', ['the mail could not be delivered to the recipient because the domain is not reachable']],
    ...MICROSOFT_PHRASES,
  ],
  hostPhrases: [['userunknown', ['requested action not taken: mailbox unavailable']]],
  rule: microsoftReason,
}

/**
 * au by KDDI (ezweb.ne.jp): "550 <address>: User unknown" is an address that does not exist, while
 * "550 : User unknown", with the address left out, is the recipient's own filter refusing the sender.
 */
const KDDI: RemoteService = {
  name: 'kddi',
  hosts: ['ezweb.ne.jp', 'au.com', '.ezweb.ne.jp', 'msmx.au.com'],
  phrases: [
    ['filtered', ['550 : user unknown']],
    ['userunknown', ['>: user unknown']],
  ],
}

const YAHOO: RemoteService = {
  name: 'yahooinc',
  hosts: ['yahoo.co.uk', 'aol.com'],
  providers: ['yahoo'],
  phrases: [
    ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
    ['blocked', [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl']],
    ['norelaying', ['relaying denied for ']],
    ['notcompliantrfc', ['headers are not rfc compliant']],
    ['policyviolation', ['not accepted for policy reasons']],
    ['rejected', ['due to unresolvable rfc.5321 domain']],
    ['speeding', ['user is receiving mail too quickly']],
    ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
    ['syntaxerror', ['syntax error in parameters or arguments']],
    ['toomanyconn', ['max message per connection reached']],
    ['userunknown', ["dd this user doesn't have a ", 'mailbox not found']],
  ],
  hostPhrases: [['rejected', [' will be permanently deferred']]],
}

/**
 * Yahoo's inbound servers named in the bounce (`*.yahoodns.net`): Sisimai applies its Yahoo table only
 * when that server answered, and there reads "[TSS04] … deferred due to unexpected volume or user
 * complaints" and "[TSS09] All messages from <IP> will be permanently deferred" as a refusal of the
 * sender. A reply pasted without the server's name is read by the generic phrases, as Sisimai reads
 * it there too: the sending server's reputation (`badreputation`), whose steps fit the IP the words
 * name better than a refused sender address does.
 */
const YAHOO_SERVERS: RemoteService = {
  name: 'yahooinc',
  hosts: [],
  serversOf: ['yahoo'],
  phrases: YAHOO.phrases,
  hostPhrases: [
    ['rejected', ['temporarily deferred due to unexpected volume or user complaints']],
    ...(YAHOO.hostPhrases ?? []),
  ],
}

/** Broadcom (Symantec) Email Security.cloud, formerly MessageLabs. */
const MESSAGELABS: RemoteService = {
  name: 'messagelabs',
  hosts: ['.messagelabs.com'],
  phrases: [
    ['authfailure', ['domain authentication fail']],
    ['badreputation', ['connection rejected by policy']],
    [
      'blocked',
      ['mail rejected because your ip is in the pbl', 'your ip address (ip-addr) has been blocked'],
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
    ['spamdetected', ['filtered by outbound scanning']],
    ['toomanyconn', ['too many recipients received this hour']],
    ['userunknown', ['mailbox is not allowed']],
  ],
  // Everyday words ("too many messages" is a full mailbox at web.de; "your IP address has been
  // temporarily rate limited" is Gmail's pace) that are MessageLabs' meaning only when its servers
  // answered.
  hostPhrases: [
    ['blocked', ['your ip address has been ']],
    ['spamdetected', ['message filtered']],
    ['toomanyconn', ['too many messages']],
    ['userunknown', ['no such user', 'invalid recipient']],
  ],
}

/** Mimecast: Sisimai's table by reply code first (remote-coded-tables.ts), then the older table's phrases. */
const MIMECAST: RemoteService = {
  name: 'mimecast',
  hosts: ['.mimecast.com'],
  rule: mimecastReason,
  phrases: [
    [
      'authfailure',
      [
        'spf sender invalid - envelope rejected',
        'dkim sender invalid - envelope rejected',
        'dmarc sender invalid - envelope rejected',
      ],
    ],
    [
      'badreputation',
      ['local ct ip reputation - (reject)', 'internal resources are temporarily unavailable'],
    ],
    [
      'blocked',
      ['sender address blocked', 'ip temporarily blacklisted', 'recipient temporarily unavailable'],
    ],
    ['expired', ['journal messages past the expiration']],
    [
      'failedstarttls',
      [
        'this route requires encryption (tls)',
        'this route requires tls version 1.2 or greater',
        'this route requires high-strength ciphers',
        'configuration is invalid for this certificate',
      ],
    ],
    ['mesgtoobig', ['maximum email size exceeded']],
    ['networkerror', ['the incorrect hostname used for inbounds', 'mail loop detected']],
    ['norelaying', ['open relay not allowed', 'open relay is not allowed']],
    ['notaccept', ['account inbounds disabled']],
    [
      'onhold',
      ['account outbounds disabled', 'hostname is not authorized', 'journal message past expiration'],
    ],
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
    [
      'systemerror',
      [
        'unable to process connection at this time',
        'message ended early',
        'unable to process command',
        'unable to process an email at this time',
      ],
    ],
    ['toomanyconn', ['account service is temporarily unavailable', 'exceeding outbound thread limit']],
    ['userunknown', ['invalid recipient', 'invalid address']],
    ['virusdetected', ['email rejected due to security policies']],
  ],
}

/**
 * Gmail and Google Workspace (support.google.com/a/answer/3726730): Sisimai's table by reply code
 * and status code first (remote-coded-tables.ts); then, for a reply without those codes, the older
 * go-sisimai table's phrases.
 */
const GOOGLE: RemoteService = {
  name: 'google',
  hosts: [],
  providers: ['gmail'],
  rule: googleReason,
  phrases: [
    [
      'authfailure',
      [
        'the spf record of the sending domain',
        'senders to authenticate with either spf or dkim',
        'fails to pass spf checks for an spf record with a hard fail',
        'has an spf record with a hard fail policy',
        "is not accepted due to domain's dmarc policy",
        'fails to pass authentication checks',
        'senders to authenticate with spf',
        'senders to authenticate their email with spf',
        'senders to authenticate their email with dkim',
        'senders to authenticate with dkim',
        'aligned with either the authenticated spf or dkim',
        'to add a dmarc record to ',
      ],
    ],
    [
      'badreputation',
      ['very low reputation of the sending ip address', 'very low reputation of the sending domain'],
    ],
    [
      'blocked',
      [
        'ip not in whitelist for rcpt domain',
        'helo/ehlo argument is invalid',
        'empty helo/ehlo argument not allowed',
      ],
    ],
    ['mesgtoobig', ["exceeded google's message size limits", "exceeds google's message size limit of"]],
    [
      'exceedlimit',
      [
        'bytes per individual header size',
        "exceeds google's header name limit of",
        "exceeds google's message header size limit",
      ],
    ],
    [
      'failedstarttls',
      [
        'must issue a starttls command first',
        'tls required for rcpt domain',
        'senders to use tls/ssl for smtp',
      ],
    ],
    ['mailboxfull', ['inbox is out of storage space', 'email quota exceeded']],
    ['networkerror', ['message exceeded 50 hops']],
    [
      'norelaying',
      [
        'mail relay denied',
        'invalid credentials for relay',
        'is not authorized to send email directly to our servers',
      ],
    ],
    [
      'notcompliantrfc',
      [
        'missing a valid address in the from: header',
        'multiple addresses in from:',
        'is not rfc 5322 compliant',
        'missing a valid message-id: header',
        'contains a unicode character in a disallowed header',
        'encoded-word syntax is not permitted',
        'is not a valid rfc 5321 address',
        'mail message is malformed',
      ],
    ],
    [
      'policyviolation',
      [
        'illegal attachment on your message',
        'blocked because its content presents a potential security issue',
        'you are sending to (or from) has a policy that prohibited',
      ],
    ],
    ['rejected', ['mail sending denied', 'unauthenticated email is not accepted']],
    [
      'requireptr',
      [
        'does not have a ptr record',
        ' have a ptr record, or the ptr record',
        'does not meet ipv6 sending guidelines regarding ptr records',
        'does not match the ip address of the hostname',
      ],
    ],
    [
      'securityerror',
      [
        'too many login attempts',
        'application-specific password required',
        'please log in with your web browser',
        'please log in through your web browser',
        'username and password not accepted',
      ],
    ],
    ['spamdetected', ['due to the nature of the content or the links within', 'likely unsolicited mail']],
    [
      'speeding',
      [
        'is receiving mail too quickly',
        'rate that prevents additional messages from being delivered',
        // Gmail's 421 4.7.28 "temporarily rate limited" (remote-coded-tables.ts says why not `blocked`).
        'an unusual rate of mail',
        'daily sending quota exceeded',
        'daily user sending limit exceeded',
      ],
    ],
    [
      'suspend',
      ['account that you tried to reach is disabled', 'account that you tried to reach is inactive'],
    ],
    ['toomanyconn', ['your message has too many recipients', 'too many recipients for this sender']],
    ['userunknown', ['the email account that you tried to reach does not exist']],
  ],
}

/**
 * Orange and La Poste (France): a label such as `LPN007_416` or `OFR_416` ends their replies, and its
 * number names the reason (postmastery.com's list of Orange codes).
 */
const FRANCE_PTT_CODES: Readonly<Record<string, BounceReason>> = {
  '101': 'blocked',
  '102': 'blocked',
  '103': 'blocked',
  '104': 'toomanyconn',
  '305': 'securityerror',
  '401': 'authfailure',
  '402': 'securityerror',
  '403': 'rejected',
  '405': 'rejected',
  '415': 'rejected',
  '416': 'userunknown',
  '417': 'mailboxfull',
  '420': 'suspend',
  '421': 'rejected',
  '426': 'suspend',
  '505': 'systemerror',
  '506': 'spamdetected',
  '510': 'blocked',
  '514': 'mesgtoobig',
  '517': 'authfailure',
  '630': 'policyviolation',
  '999': 'blocked',
}

const FRANCE_PTT: RemoteService = {
  name: 'franceptt',
  hosts: ['laposte.net', 'orange.fr', 'wanadoo.fr', '.laposte.net', '.orange.fr', '.wanadoo.fr'],
  phrases: [['authfailure', ['spf/dns de votre nom de domaine']]],
  label: {
    pattern: /\b(?:lpn|lpnaaa|ofr|ouk)[0-9]{0,3}_([0-9]{3})\b/i,
    reasonOf: (label) => FRANCE_PTT_CODES[label],
  },
}

const SERVICES: readonly RemoteService[] = [
  APPLE,
  OUTLOOK_COM,
  MICROSOFT,
  GOOGLE,
  KDDI,
  YAHOO_SERVERS,
  YAHOO,
  MESSAGELABS,
  MIMECAST,
  FRANCE_PTT,
  ...LABELLED_SERVICES,
]

/** Where a bounce went: the recipient's address, the server that answered and the one that reported, when known. */
export interface Destination {
  recipient: string | null
  remoteMta: string | null
  reportingMta?: string | null
  /** The status code, the reply code and the refused command, for a service whose rule reads them. */
  enhancedCode?: string | null
  replyCode?: number | null
  command?: SmtpCommand | null
}

/** The services left out while their own samples are measured (`npm run corpus`), none otherwise. */
let leftOut: readonly string[] = []

/**
 * Runs `measure` with some services' own knowledge left out, so their samples show how the generic
 * rules alone read them (leave-one-provider-out). For measuring only.
 */
export async function withoutServices<T>(names: readonly string[], measure: () => Promise<T>): Promise<T> {
  leftOut = names
  try {
    return await measure()
  } finally {
    leftOut = []
  }
}

/** The names of the services with knowledge of their own. */
export const SERVICE_NAMES: readonly string[] = SERVICES.map((service) => service.name)

function hostName(value: string | null | undefined): string {
  return (value ?? '').toLowerCase().split(/[\s;[(]/)[0] ?? ''
}

function servesHost(service: RemoteService, host: string): boolean {
  return (
    service.hosts.some((name) => (name.startsWith('.') ? host.endsWith(name) : host === name)) ||
    hostOfProviders(host, service.providers ?? []) ||
    recogniseMx([host]).some((provider) => service.serversOf?.includes(provider.id) === true)
  )
}

/** The hosts a bounce names: the recipient's domain, the server that answered, the one that reported ('' when absent). */
function hostsOf(destination: Destination): string[] {
  const domain = (destination.recipient ?? '').split('@')[1]?.toLowerCase() ?? ''
  return [domain, hostName(destination.remoteMta), hostName(destination.reportingMta)]
}

/**
 * The receiving services of a bounce, in order: by the recipient's domain, by the server that
 * answered, by the server that wrote the report (a service reporting its own refusal).
 */
function servicesOf(destination: Destination): RemoteService[] {
  const found: RemoteService[] = []
  for (const host of hostsOf(destination)) {
    if (host === '') continue
    // Every service a host is known to: aol.com is AOL's labels and Yahoo's servers.
    for (const service of SERVICES)
      if (!leftOut.includes(service.name) && servesHost(service, host) && !found.includes(service))
        found.push(service)
  }
  return found
}

/**
 * Whether the recipient's domain or the server that answered is the service's: as in Sisimai, its
 * codes are read only then, not when it only wrote the report of another server's reply.
 */
function answeredBy(service: RemoteService, destination: Destination): boolean {
  return hostsOf(destination)
    .slice(0, 2)
    .some((host) => host !== '' && servesHost(service, host))
}

/**
 * The reason a receiving service's own reply names: the service known by a host of the bounce or,
 * when the bounce names no host at all, by its own label or wording; null when none is known.
 */
export function remoteServiceReason(
  destination: Destination,
  diagnostic: string | null,
): BounceReason | null {
  if (!diagnostic) return null
  const original = diagnostic.slice(0, 4000)
  const text = lowerWords(original)
  // The codes the bounce states, else those the reply itself writes (a reply pasted alone).
  const written = destination.enhancedCode && destination.replyCode ? null : codesOf(original)
  const facts = {
    text,
    enhancedCode: destination.enhancedCode ?? written?.enhancedCode ?? null,
    replyCode: destination.replyCode ?? written?.replyCode ?? null,
    command: destination.command ?? null,
  }
  // As Sisimai does, the service that answered reads its reply when the recipient's domain names
  // another (a yahoo.com address refused by Yahoo's *.yahoodns.net servers).
  const services = servicesOf(destination)
  if (services.length > 0)
    return (
      services
        .map(
          (service) =>
            (answeredBy(service, destination) ? service.rule?.(facts) : null) ??
            wordedReason(service, original, text, true),
        )
        .find(Boolean) ?? null
    )
  if (hostsOf(destination).some((host) => host !== '')) return null
  // No server is named (a reply copied from an error window): a service's own label or wording is.
  for (const entry of SERVICES) {
    const worded = leftOut.includes(entry.name) ? null : wordedReason(entry, original, text, false)
    if (worded) return worded
  }
  return null
}

/**
 * The reason a service's own reply label (`SC-001`) or one of its phrases names; its everyday
 * phrases (`hostPhrases`) only when it answered (`hosted`).
 */
function wordedReason(
  service: RemoteService,
  original: string,
  text: string,
  hosted: boolean,
): BounceReason | null {
  const labelled = service.label?.pattern.exec(original)?.[1]?.toUpperCase()
  const byLabel = labelled ? service.label?.reasonOf(labelled) : undefined
  if (byLabel) return byLabel
  const plain = oneMailWord(text)
  const tables = hosted ? [...service.phrases, ...(service.hostPhrases ?? [])] : service.phrases
  return (
    tables.find(([, phrases]) => phrases.some((phrase) => plain.includes(oneMailWord(phrase))))?.[0] ?? null
  )
}
