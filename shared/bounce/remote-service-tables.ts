/**
 * The receiving services whose replies carry an error label (Cox `AUP#CXBL`, GoDaddy `IB607`,
 * Spectrum `AUP#In-1310`, Facebook `RCP-P2`, AOL `RTR:BB`, GMX's `c=r0735`) or a phrase table of their own (Tencent,
 * AOL, T-Online, NTT DOCOMO) and I.UA's numbered error pages. Most are ported from Sisimai's `rhost` modules (go-sisimai
 * `rhost/for-*.go`, BSD 2-Clause licence, © azumakuniyuki and the sisimai development team, see
 * fixtures/sisimai/LICENSE), which cite each provider's published error-code page; the whole tables
 * are ported, not only what a sample shows. AOL's labels and T-Online's phrases come from those
 * providers' own postmaster pages, which Sisimai has no module for.
 */
import type { SmtpCommand } from './classify-reason'
import type { BounceReason } from './reasons'

/** What a service's rule may look at besides the reply text. */
export interface ReplyFacts {
  /** The reply text, lower case. */
  text: string
  enhancedCode: string | null
  replyCode: number | null
  command: SmtpCommand | null
}

/** One word for "mail": services write "mail", "email" and "e-mail" in the same sentence as their pages change. */
export function oneMailWord(lowerText: string): string {
  return lowerText.replace(/\be-?mail\b/g, 'mail')
}

/** One receiving service: the host names it answers from and its replies' phrases, by reason. */
export interface RemoteService {
  /** A short name, for measuring each service left out (`cox`, `godaddy`…). */
  name: string
  /** Recipient domains and server name suffixes (with a leading dot) of a service the catalogue does not hold. */
  hosts: readonly string[]
  /** The catalogue entries whose domains and hosts are the service's (provider-identity.ts tells). */
  providers?: readonly string[]
  /** The catalogue entries whose mail servers only (their MX, not their address domains) are the service's. */
  serversOf?: readonly string[]
  /** Lower-case phrases of its replies, by the reason each names, tried in order. */
  phrases: readonly (readonly [BounceReason, readonly string[]])[]
  /** An error label (its first group, upper case) whose value names the reason, tried before the phrases. */
  label?: { pattern: RegExp; reasonOf: (label: string) => BounceReason | undefined }
  /** A rule on the status code and the command, tried before the label and the phrases. */
  rule?: (facts: ReplyFacts) => BounceReason | null
  /**
   * Phrases of everyday words ("suspected spam", "mailbox not found") that carry the service's own
   * meaning only in its replies: read, after `phrases`, only when a host of the bounce is the service's.
   */
  hostPhrases?: readonly (readonly [BounceReason, readonly string[]])[]
}

/** The reason for each label of a table, in a shape `label.reasonOf` takes. */
function table(entries: Readonly<Record<string, BounceReason>>): (label: string) => BounceReason | undefined {
  return (label) => entries[label]
}

/** Cox (cox.com, "Cox postmaster email administration" error codes after `AUP#`). */
const COX_CODES: Readonly<Record<string, BounceReason>> = {
  CXBL: 'blocked',
  CDRBL: 'blocked',
  CXDNS: 'requireptr',
  CXSNDR: 'authfailure',
  CXSMTP: 'rejected',
  CXCNCT: 'toomanyconn',
  CXMXRT: 'toomanyconn',
  CXTHRT: 'securityerror',
  CXMJ: 'securityerror',
  IPBL00001: 'blocked',
  URLBL011: 'spamdetected',
  URLBL101: 'spamdetected',
  URLBL110: 'spamdetected',
  URLBL1001: 'spamdetected',
}

const COX: RemoteService = {
  name: 'cox',
  hosts: ['cox.net', '.cox.net'],
  label: {
    pattern: /aup#([a-z0-9]+)/i,
    reasonOf: (label) => COX_CODES[label] ?? (/^IPBL[01]{4}$/.test(label) ? 'blocked' : undefined),
  },
  phrases: [
    ['blocked', ['cox too many bad commands from', 'too many invalid recipients']],
    ['requireptr', ['dns check failure - try again later', 'rejected - no rdns']],
    ['policyviolation', ['esmtp no data before greeting', 'attachment extension is forbidden']],
    ['rejected', ['sender rejected']],
    ['systemerror', ['esmtp server temporarily not available']],
    [
      'toomanyconn',
      ['too many sessions from', 'requested action aborted: try again later', 'message threshold exceeded'],
    ],
    ['userunknown', ['recipient rejected']],
  ],
}

/** GoDaddy (godaddy.com help "Fix rejected email with a bounce error"): the `IBnnn` label. */
const GODADDY_CODES: Readonly<Record<string, BounceReason>> = {
  IB401: 'securityerror',
  IB501: 'notcompliantrfc',
  IB502: 'notcompliantrfc',
  IB506: 'rejected',
  IB508: 'authfailure',
  IB108: 'requireptr',
  IB212: 'spamdetected',
  IB705: 'virusdetected',
  IB605: 'toomanyconn',
  IB007: 'toomanyconn',
  IB101: 'speeding',
  IB110: 'blocked',
  IB111: 'blocked',
  IB112: 'blocked',
  IB113: 'blocked',
  IB504: 'speeding',
  IB510: 'speeding',
  IB607: 'speeding',
  IB103: 'badreputation',
  IB104: 'blocked',
  IB105: 'blocked',
  IB106: 'blocked',
}

const GODADDY: RemoteService = {
  name: 'godaddy',
  hosts: ['smtp.secureserver.net', 'mailstore1.secureserver.net'],
  label: { pattern: /\s(ib[0-9]{3})\b/i, reasonOf: table(GODADDY_CODES) },
  phrases: [
    ['blocked', ['rbl reject', 'www.spamhaus.org/query/bl?ip=']],
    ['expired', ['has been in the queue too long', 'delivery timeout']],
    ['mailboxfull', ['account storage limit']],
    ['spamdetected', ['message rejected for spam or virus content']],
    ['suspend', ['account disabled']],
    ['systemerror', ['message is looping']],
    ['userunknown', ['recipient not found', 'account does not exist']],
  ],
}

/** Spectrum (spectrumbusiness.net "Understanding email error codes"): `AUP#I-nnnn` / `AUP#O-nnnn` ranges. */
const SPECTRUM_RANGES: readonly (readonly [number, number, BounceReason])[] = [
  [1000, 1000, 'blocked'],
  [1010, 1010, 'rejected'],
  [1020, 1080, 'rejected'],
  [1090, 1090, 'systemerror'],
  [1100, 1150, 'requireptr'],
  [1160, 1190, 'policyviolation'],
  [1200, 1250, 'blocked'],
  [1260, 1260, 'networkerror'],
  [1300, 1340, 'toomanyconn'],
  [1350, 1490, 'speeding'],
  [1500, 1520, 'rejected'],
  [1530, 1530, 'mesgtoobig'],
  [1540, 1550, 'speeding'],
  [1560, 1560, 'policyviolation'],
  [1580, 1580, 'speeding'],
]

const SPECTRUM: RemoteService = {
  name: 'spectrum',
  hosts: ['charter.net', '.charter.net'],
  label: {
    pattern: /aup#[a-z]*-?([0-9]{4})\b/i,
    reasonOf: (label) => {
      const code = Number(label)
      return SPECTRUM_RANGES.find(([low, high]) => code >= low && code <= high)?.[2]
    },
  },
  phrases: [],
}

/** Facebook (facebook.com/postmaster/response_codes): the `RCP-P2` style label. */
const FACEBOOK_CODES: Readonly<Record<string, BounceReason>> = {
  'POL-P7': 'authfailure',
  'POL-P1': 'blocked',
  'POL-P2': 'blocked',
  'POL-P3': 'blocked',
  'POL-P4': 'blocked',
  'POL-T1': 'blocked',
  'POL-T2': 'blocked',
  'POL-T3': 'blocked',
  'MSG-P2': 'contenterror',
  'RCP-P2': 'filtered',
  'RCP-P3': 'filtered',
  'MSG-P1': 'mesgtoobig',
  'INT-P2': 'mesgtoobig',
  'MSG-P3': 'notcompliantrfc',
  'DNS-P1': 'rejected',
  'DNS-P2': 'rejected',
  'DNS-T1': 'rejected',
  'DNS-P3': 'requireptr',
  'DNS-T2': 'requireptr',
  'POL-P6': 'spamdetected',
  'RCP-T4': 'suspend',
  'RCP-T1': 'systemerror',
  'CON-T1': 'toomanyconn',
  'CON-T2': 'toomanyconn',
  'CON-T3': 'toomanyconn',
  'CON-T4': 'toomanyconn',
  'MSG-T1': 'toomanyconn',
  'RCP-P1': 'userunknown',
  'INT-P1': 'userunknown',
  'INT-P3': 'userunknown',
  'INT-P4': 'userunknown',
  'POL-P5': 'virusdetected',
}

const FACEBOOK: RemoteService = {
  name: 'facebook',
  hosts: ['facebook.com', '.facebook.com'],
  label: { pattern: /\b([a-z]{3}-[pt][0-9])\b/i, reasonOf: table(FACEBOOK_CODES) },
  phrases: [],
}

/** Tencent QQ Mail (service.mail.qq.com/detail/122). */
const TENCENT: RemoteService = {
  name: 'tencent',
  hosts: ['qq.com', '.qq.com'],
  phrases: [
    ['authfailure', ['spf check failed', 'dmarc check failed']],
    ['blocked', ['suspected bounce attacks', 'suspected spam ip']],
    ['spamdetected', ['spam is embedded in the email', 'mail content denied']],
    ['speeding', ['mailbox unavailable or access denined', 'frequency of receiving messages is limited']],
    ['suspend', ['is a deactivated mailbox']],
    [
      'toomanyconn',
      [
        'ip frequency limited',
        'domain frequency limited',
        'sender frequency limited',
        'connection frequency limited',
      ],
    ],
  ],
  hostPhrases: [
    ['blocked', ['connection denied']],
    ['mesgtoobig', ['message too large']],
    ['rejected', ['suspected spam', 'mail is rejected by recipients']],
    ['syntaxerror', ['bad address syntax']],
    ['userunknown', ['mailbox not found']],
  ],
}

/**
 * AOL's block labels (postmaster.info.aol.com/errors, "AOL SMTP Error Messages"), by the category
 * before the colon: RTR, RLY, DYN and CON block the sending IP (dynamic or residential ranges,
 * complaints over a threshold, too many connections); DNS blocks are reverse-DNS ones; HVU blocks a
 * URL in the message. RLY:SN refuses a banned sender address.
 */
function aolBlockReason(label: string): BounceReason | undefined {
  if (label === 'RLY:SN') return 'rejected'
  const category = label.slice(0, 3)
  if (['RTR', 'RLY', 'DYN', 'CON'].includes(category)) return 'blocked'
  if (category === 'DNS') return 'requireptr'
  return category === 'HVU' ? 'spamdetected' : undefined
}

/** AOL: its block labels ("554 RTR:BB"), and its outbound relays reporting a DNS failure of the recipient's domain. */
const AOL: RemoteService = {
  name: 'aol',
  // aol.com: its addresses, now answered by Yahoo's servers, still get AOL's labels.
  hosts: ['aol.com', '.mail.aol.com', '.mx.aol.com'],
  label: {
    pattern: /(?:^|[\s(:])((?:RTR|RLY|DYN|CON|DNS|HVU):[A-Z]{1,2}[0-9]?)\b/,
    reasonOf: aolBlockReason,
  },
  phrases: [
    ['hostunknown', ['host or domain name not found']],
    ['notaccept', ['type=mx: malformed or unexpected name server reply']],
  ],
}

/**
 * Deutsche Telekom's T-Online (postmaster.t-online.de, as hosting providers' help pages quote it):
 * its refusals of a sending IP open "554 IP=<address> - " and end on a label, (BL), (DIAL), (NOWL).
 */
const TELEKOM: RemoteService = {
  name: 'telekom',
  hosts: ['t-online.de', '.t-online.de'],
  phrases: [
    ['badreputation', ['none/bad reputation']],
    ['blocked', ['- a problem occurred. (ask your postmaster', 'dialup/transient ip not allowed']],
  ],
}

const DOCOMO_PHRASES: readonly (readonly [BounceReason, readonly string[]])[] = [
  ['mailboxfull', ['552 too much mail data']],
  ['syntaxerror', ['503 bad sequence of commands', '504 command parameter not implemented']],
  ['toomanyconn', ['552 too many recipients']],
  ['userunknown', ['550 unknown user']],
]

/**
 * NTT DOCOMO: the status code first (5.2.0 is the recipient's own filter); then its phrases, where
 * "550 Unknown user" is an address that does not exist (DOCOMO stopped refusing by filter over SMTP
 * in March 2025, go-sisimai issue 64); then, for a bare 5.0.0, the command that was refused.
 */
const NTT_DOCOMO: RemoteService = {
  name: 'nttdocomo',
  hosts: ['mfsmax.docomo.ne.jp'],
  rule: ({ text, enhancedCode, command }) => {
    if (enhancedCode === '5.1.1' || enhancedCode === '5.0.911') return 'userunknown'
    if (enhancedCode === '5.2.0') return 'filtered'
    const phrased = DOCOMO_PHRASES.find(([, phrases]) => phrases.some((phrase) => text.includes(phrase)))
    if (phrased) return phrased[0]
    if (enhancedCode !== '5.0.0') return null
    if (command === 'RCPT') return 'userunknown'
    return command === 'DATA' ? 'rejected' : null
  },
  phrases: [],
}

/**
 * Zoho Mail (go-sisimai `rhost/for-zoho.go`, citing zoho.com/mail/help/spam-reason.html and Zoho's
 * EmailFailureAlert API description): a refusal naming spam at RCPT, or the destination domain, is
 * the sender refused; "policy violation" is the recipient's organisation's rule.
 */
const ZOHO: RemoteService = {
  name: 'zoho',
  hosts: ['.zoho.com', '.zoho.eu', '.zoho.in', '.zoho.com.au', '.zohomail.com'],
  phrases: [
    ['authfailure', ['email rejected per dmarc policy']],
    ['blocked', ['greylisted, try again after some time']],
    [
      'rejected',
      ['email cannot be delivered. reason: email flagged as spam', 'mail rejected by destination domain'],
    ],
    // Zoho's help ("553 Relaying disallowed"): the From is not an address of the signed-in account.
    ['rejected', ['relaying disallowed as ']],
    ['policyviolation', ['email policy violation detected', 'mailbox delivery restricted by policy error']],
    ['systemerror', ['temporary system error']],
    ['userunknown', ['user does not exist']],
    ['virusdetected', [' detected by zoho mail']],
  ],
}

/**
 * Cloudflare Email Routing (go-sisimai `rhost/for-cloudflare.go`, citing
 * developers.cloudflare.com/email-routing/postmaster): its forwarder's own replies.
 */
const CLOUDFLARE: RemoteService = {
  name: 'cloudflare',
  hosts: ['.mx.cloudflare.net'],
  phrases: [
    ['blocked', ['found on one or more dnsbls']],
    ['systemerror', ['upstream error']],
  ],
}

/**
 * United Internet's case codes (GMX, WEB.DE, mail.com, IONOS, 1&1): their refusals say only "Reject
 * due to policy restrictions" and end on a link to the postmaster page of the case, `c=<code>`.
 * GMX's error-message page gives r0201 as "IP address is block listed"; WEB.DE's postmaster answered
 * that `hi` refuses a header not following RFC 5321 and 5322 (Server Fault 1051380), IONOS support
 * the same of `hd`; the r07xx pages name the header at fault ("The header field "To" is
 * syntactically not correct", r0735). `bip` is a blocked IP, `rdns` a missing reverse name.
 */
function unitedInternetReason(code: string): BounceReason | undefined {
  if (code === 'HI' || code === 'HD' || /^R07[0-9]{2}$/.test(code)) return 'notcompliantrfc'
  if (code === 'BIP' || code === 'R0201') return 'blocked'
  return code === 'RDNS' ? 'requireptr' : undefined
}

const UNITED_INTERNET: RemoteService = {
  name: 'unitedinternet',
  hosts: [
    'gmx.net',
    'gmx.de',
    'gmx.com',
    'web.de',
    'mail.com',
    '.gmx.net',
    '.web.de',
    '.mail.com',
    '.ionos.de',
    '.ionos.com',
    '.kundenserver.de',
    '.1and1.com',
    '.1und1.de',
  ],
  label: {
    // The link itself names the service, so the code is read even when no server is named.
    pattern:
      /\b(?:gmx|web|ionos|1and1|1und1|mail)\.[a-z.]{2,12}\/[^\s?]{0,80}\?(?:[^\s]{0,120}&)?c=([a-z]{1,4}[0-9]{0,4})\b/i,
    reasonOf: unitedInternetReason,
  },
  phrases: [],
}

/** I.UA's numbered error pages (`https://mail.i.ua/err/2/`, p5-sisimai `lib/Sisimai/Rhost/IUA.pm`). */
const IUA_CODES: Readonly<Record<string, BounceReason>> = {
  '1': 'norelaying',
  '2': 'userunknown',
  '3': 'suspend',
  '4': 'mailboxfull',
  '5': 'toomanyconn',
  '6': 'norelaying',
  '7': 'blocked',
  '8': 'rejected',
  '9': 'blocked',
  '10': 'filtered',
}

const IUA: RemoteService = {
  name: 'iua',
  hosts: ['.email.ua'],
  label: { pattern: /\.i\.ua\/err\/([0-9]{1,2})/i, reasonOf: table(IUA_CODES) },
  phrases: [],
}

/** The services whose replies carry a label or a table of their own, as Sisimai's rhost modules read them. */
export const LABELLED_SERVICES: readonly RemoteService[] = [
  COX,
  GODADDY,
  SPECTRUM,
  FACEBOOK,
  TENCENT,
  AOL,
  TELEKOM,
  NTT_DOCOMO,
  ZOHO,
  CLOUDFLARE,
  UNITED_INTERNET,
  IUA,
]
