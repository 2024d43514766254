/**
 * Sorts a bounce into one of Sisimai's reasons from what the bounce says: the enhanced status code,
 * the reply code, the server's text, the SMTP command it answered and the DSN action. The order of
 * the tests follows Sisimai's (go-sisimai `reason/find.go`, BSD 2-Clause licence): first the reasons
 * a code or a phrase proves, then the ones only a phrase suggests, then what the code class implies.
 */
import { plainWordsReason, wordsOverCodes } from './plain-words'
import { includesPhrase, LIST_LOOKUP_FAILED, lowerWords, OPEN_RESOLVER } from './reason-phrases'
import { detailNamedIn } from '../knowledge/enhanced-codes'
import { detailIn, OWN_PROGRAM_DETAILS, reasonDetail } from './reason-details'
import { namesCause, type BounceReason } from './reasons'

/** The SMTP command a server's answer was given to, as bounces name it. */
export type SmtpCommand = 'CONN' | 'EHLO' | 'HELO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA'

/** What the classifier reads. */
export interface ReasonInput {
  enhancedCode: string | null
  replyCode: number | null
  /** The server's text (any case). */
  diagnostic: string | null
  /** The type of the DSN's Diagnostic-Code (`smtp`, `x-unix`, `x-postfix`…), null when absent. */
  diagnosticType: string | null
  action: string | null
  command: SmtpCommand | null
  /**
   * The reason the layout's own wording names (qmail's "couldn't find a mail exchanger", an
   * Exchange 2003 code…): final, unless it is one of the reasons Sisimai looks at again.
   */
  stated?: BounceReason | null
}

/** Stated reasons that a code or a phrase may still overrule (Sisimai's `GetRetried`). */
const RETRIED: ReadonlySet<BounceReason> = new Set<BounceReason>([
  'undefined',
  'onhold',
  'systemerror',
  'securityerror',
  'expired',
  'networkerror',
  'hostunknown',
  'userunknown',
])

/** The reasons each enhanced status code stands for (RFC 3463 and its registry, as Sisimai maps them). */
const STATUS_REASONS: Record<string, BounceReason> = {
  '2.1.5': 'delivered',
  '4.1.6': 'hasmoved',
  '4.1.7': 'rejected',
  '4.1.8': 'rejected',
  '4.1.9': 'systemerror',
  '4.2.1': 'blocked',
  '4.2.2': 'mailboxfull',
  '4.2.3': 'exceedlimit',
  '4.2.4': 'filtered',
  '4.3.1': 'systemfull',
  '4.3.2': 'notaccept',
  '4.3.3': 'systemerror',
  '4.3.5': 'systemerror',
  '4.4.1': 'expired',
  '4.4.2': 'networkerror',
  '4.4.3': 'systemerror',
  '4.4.4': 'networkerror',
  '4.4.5': 'systemfull',
  '4.4.6': 'networkerror',
  '4.4.7': 'expired',
  '4.4.8': 'networkerror',
  '4.5.3': 'systemerror',
  '4.5.5': 'systemerror',
  '4.6.0': 'contenterror',
  '4.6.2': 'contenterror',
  '4.6.5': 'contenterror',
  '4.7.1': 'blocked',
  '4.7.2': 'blocked',
  '4.7.5': 'securityerror',
  '4.7.6': 'securityerror',
  '4.7.7': 'securityerror',
  '4.7.12': 'securityerror',
  '4.7.15': 'securityerror',
  '4.7.16': 'mesgtoobig',
  '4.7.24': 'authfailure',
  '4.7.25': 'requireptr',
  '4.7.26': 'authfailure',
  '5.1.0': 'userunknown',
  '5.1.1': 'userunknown',
  '5.1.2': 'hostunknown',
  '5.1.3': 'userunknown',
  '5.1.4': 'filtered',
  '5.1.6': 'hasmoved',
  '5.1.7': 'rejected',
  '5.1.8': 'rejected',
  '5.1.9': 'systemerror',
  '5.1.10': 'notaccept',
  '5.2.0': 'filtered',
  '5.2.1': 'filtered',
  '5.2.2': 'mailboxfull',
  '5.2.3': 'exceedlimit',
  '5.2.4': 'filtered',
  '5.3.0': 'systemerror',
  '5.3.1': 'systemfull',
  '5.3.2': 'notaccept',
  '5.3.3': 'systemerror',
  '5.3.4': 'mesgtoobig',
  '5.3.5': 'systemerror',
  '5.4.0': 'networkerror',
  '5.4.3': 'systemerror',
  '5.4.4': 'hostunknown',
  '5.5.2': 'syntaxerror',
  '5.5.3': 'toomanyconn',
  '5.5.4': 'systemerror',
  '5.5.5': 'systemerror',
  '5.5.6': 'syntaxerror',
  '5.6.0': 'contenterror',
  '5.6.1': 'contenterror',
  '5.6.2': 'contenterror',
  '5.6.3': 'contenterror',
  '5.6.5': 'contenterror',
  '5.6.6': 'contenterror',
  '5.6.7': 'contenterror',
  '5.6.8': 'contenterror',
  '5.6.9': 'contenterror',
  '5.7.0': 'securityerror',
  '5.7.1': 'securityerror',
  '5.7.2': 'securityerror',
  '5.7.3': 'securityerror',
  '5.7.4': 'securityerror',
  '5.7.5': 'securityerror',
  '5.7.6': 'securityerror',
  '5.7.7': 'securityerror',
  '5.7.8': 'securityerror',
  '5.7.9': 'securityerror',
  '5.7.10': 'securityerror',
  '5.7.11': 'securityerror',
  '5.7.13': 'suspend',
  '5.7.14': 'securityerror',
  '5.7.15': 'securityerror',
  '5.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved',
  '5.7.18': 'hasmoved',
  '5.7.19': 'securityerror',
  '5.7.20': 'authfailure',
  '5.7.21': 'authfailure',
  '5.7.22': 'authfailure',
  '5.7.23': 'authfailure',
  '5.7.24': 'authfailure',
  '5.7.25': 'requireptr',
  '5.7.26': 'authfailure',
  '5.7.27': 'notaccept',
  '5.7.28': 'spamdetected',
  '5.7.29': 'authfailure',
  '5.7.30': 'failedstarttls',
}

/** The reason an enhanced status code stands for, or null when it names none. */
export function reasonOfStatus(enhancedCode: string | null): BounceReason | null {
  return enhancedCode ? (STATUS_REASONS[enhancedCode] ?? null) : null
}

/** With no code written, the reason of the detail whose registry name the text carries ("MAILBOX FULL"). */
function reasonOfNamedStatus(lowerText: string): BounceReason | null {
  const detail = detailNamedIn(lowerText)
  return detail ? (STATUS_REASONS[`5.${detail}`] ?? STATUS_REASONS[`4.${detail}`] ?? null) : null
}

/** Reasons that only say "something went wrong", which a phrase may sharpen. */
const VAGUE: ReadonlySet<BounceReason | null> = new Set<BounceReason | null>([null, ...RETRIED])

const BEFORE_DATA: ReadonlySet<SmtpCommand | null> = new Set<SmtpCommand | null>([
  'CONN',
  'EHLO',
  'HELO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
])

interface Facts {
  status: BounceReason | null
  text: string
  input: ReasonInput
}

type Probe = (facts: Facts) => boolean

const statusOr =
  (reason: BounceReason): Probe =>
  ({ status, text }) =>
    status === reason || includesPhrase(reason, text)

const phraseOnly =
  (reason: BounceReason): Probe =>
  ({ text }) =>
    includesPhrase(reason, text)

/** Reasons whose phrases, beside an unknown user's, say the refusal is about something else (Sisimai's list). */
const NOT_THE_USER: readonly BounceReason[] = [
  'norelaying',
  'blocked',
  'mailboxfull',
  'hasmoved',
  'rejected',
  'notaccept',
]

/**
 * True for an unknown user's reply. Words of a mail loop say otherwise whatever the code: Postfix's
 * address check gives 5.1.1 for "mail for x loops back to myself" (its MX points to itself), a set-up
 * of the receiving side; Sisimai keeps userunknown there, but "check the address" would not mend it.
 */
function probeUserUnknown({ status, text, input }: Facts): boolean {
  if (detailIn('mailLoop', text)) return false
  const otherCause = () => NOT_THE_USER.some((reason) => includesPhrase(reason, text))
  if (status === 'userunknown') return !otherCause()
  // Microsoft 365 answers 5.1.10 (null MX in the registry) with "RecipientNotFound": the words decide.
  const microsoftNotFound = status === 'notaccept' && input.command === null
  // A line with no command: an unknown user's words, unless they name a refused sending host or relay
  // too ("Helo command rejected: … does not exist").
  const hostOrRelay = includesPhrase('blocked', text) || includesPhrase('norelaying', text)
  // X.2.0 ("other or undefined mailbox status") says no more than that: an unknown user's words decide.
  const vagueStatus = UNSETTLED.has(status) || /^[45]\.2\.0$/.test(input.enhancedCode ?? '')
  const noCommandNorCode = input.command === null && vagueStatus && !hostOrRelay
  return (
    (input.command === 'RCPT' || noCommandNorCode || microsoftNotFound) && includesPhrase('userunknown', text)
  )
}

function probeFiltered({ status, text, input }: Facts): boolean {
  const phrase = includesPhrase('userunknown', text) || includesPhrase('filtered', text)
  if (status === 'filtered') return phrase
  return input.command !== null && !BEFORE_DATA.has(input.command) && phrase
}

const UNSETTLED: ReadonlySet<BounceReason | null> = new Set<BounceReason | null>([
  null,
  'undefined',
  'onhold',
  'securityerror',
  'systemerror',
])

function probeRejected({ status, text, input }: Facts): boolean {
  if (status === 'rejected') return true
  const phrase = includesPhrase('rejected', text)
  if (input.command === 'MAIL') return phrase
  if (input.command === 'DATA' && status !== 'userunknown') return phrase
  return UNSETTLED.has(status) && phrase
}

/**
 * Gmail's words for a domain with no DNS record ("DNS Error: Domain name not found", Sisimai's
 * lhost/gmail), whatever its newer notices print between them.
 */
const GMAIL_NO_DOMAIN = /\bdns error: .{0,160}\bdomain name not found\b/

/** The sending host's greeting refused ("Helo command rejected: Host not found"): its name, not the recipient's domain. */
const HELO_REFUSED = /\b(?:helo|ehlo) command rejected\b/

/**
 * The domain does not exist: its own words, the DNS's NXDOMAIN under permanent codes (Sisimai's
 * Google rule, rhost/for-gsuite.go: under a 4xx the same words are a network error), or Gmail's
 * words in a notice that gave up rather than under a 4xx reply; never a refused HELO's name.
 */
function probeHostUnknown({ status, text, input }: Facts): boolean {
  // A mail program that cannot find its own server ("msmtp: cannot locate host …: Name or service not known").
  if (HELO_REFUSED.test(text) || detailIn('ownServerUnreachable', text)) return false
  const temporaryReply = Math.floor((input.replyCode ?? 0) / 100) === 4
  if (/\bnxdomain\b/.test(text) && input.enhancedCode?.startsWith('5') && (input.replyCode ?? 0) >= 500)
    return true
  if (GMAIL_NO_DOMAIN.test(text) && !temporaryReply) return true
  if (status === 'hostunknown') return !includesPhrase('networkerror', text)
  return includesPhrase('hostunknown', text)
}

function probeSpamDetected({ status, text, input }: Facts): boolean {
  if (input.enhancedCode === null) return false
  if (status === 'spamdetected') return true
  if (BEFORE_DATA.has(input.command) && input.command !== null) return false
  return includesPhrase('spamdetected', text)
}

/**
 * A DNS blocklist of sending addresses named in the reply ("found in dnsbl.sorbs.net", "listed at
 * relays.ordb.org", Spamhaus, SpamCop): the cause is the sending server's listing, whatever the reply
 * says of spam, and the remedy is to get it off the list. Sisimai tries its spam phrases first; we
 * depart, as the remedies differ. Lists of links and domains in the content (SURBL, URIBL, DBL) judge
 * the message and are left to the spam reading.
 */
const IP_BLOCKLIST =
  /\b(?:dnsbl|rbl|spamhaus|spamcop|sorbs|barracudacentral|uceprotect|abuseat|ordb)\b|(?<!not )\blisted (?:at|in|on|by) (?:the )?(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/
/** The lists of domains and links in a message's content, named as what refused it. */
const LINK_BLOCKLIST = /\b(?:surbl|uribl|dbl)\b/
const CONTENT_BLOCKLIST = new RegExp(String.raw`${LINK_BLOCKLIST.source}|\b(?:url|uri|link)s?\b`)

/**
 * The sender's own address or domain named as what was refused ("550 5.1.2 Sender Domain Not
 * Found", "504 5.5.2 … Sender address rejected: need fully-qualified address", Gmail's "The sender
 * address <x> is not a valid RFC-5321 address", Exim's "sender verification failed", "Your domain x
 * is not allowed in header From", "from a blank sender"): the fix is on the sender's side, whatever
 * the code says of a domain or a syntax, and whatever else the text guesses.
 */
const SENDER_REFUSED =
  /\bsender(?:'s)? (?:e-?mail )?(?:address|domain)\b(?: <[^<>]{0,100}>| [^\s<>@]{1,64}@[^\s<>]{1,255})?(?: is| was)? (?:rejected|not found|does not exist|unknown|invalid|denied|not (?:a )?valid|not verified|(?:is )?not (?:allowed|permitted|accepted))\b|\bsender verif(?:y|ication) failed\b|\bmail ?from (?:address |domain )?(?:is )?not accepted\b|\b(?:unable to|could not|cannot|can'?t) verify (?:the )?sender(?: address)?\b|\bcallback setup failed while verifying\b|\bemail address is not verified\b|\bfrom (?:a )?blank sender\b|\bnot allowed in (?:the )?header from\b/

/**
 * The sender refused: its address or domain, its domain on a list of domains (the
 * `senderDomainListed` reading), a From other than the signed-in mailbox (the `fromNotYourMailbox`
 * reading: "not owned by user", SendAsDenied, Aruba's "Mittente non consentito"), or the account held
 * by its own provider (the `providerHold` reading: cPanel's outgoing hold, Microsoft's restricted sender).
 */
function probeSenderRefused({ text }: Facts): boolean {
  return (
    SENDER_REFUSED.test(text) ||
    detailIn('senderDomainListed', text) ||
    detailIn('fromNotYourMailbox', text) ||
    detailIn('providerHold', text)
  )
}

/** A connection refused, reset or dropped: words of the network, which also open Sisimai's `blocked` phrases. */
const CONNECTION_WORDS = /\bconnection (?:refused|reset|dropped|was dropped)\b/

/** A notice's words that it gave up after trying for a time ("Message could not be delivered for 5 days", Exchange's "Message expired"). */
const GAVE_UP_AFTER =
  /\bcould not be delivered for\b|\bstill undelivered after\b|\btoo long in (?:the )?queue\b|\bmessage expired\b/

/**
 * A delivery given up after trying for a time, or still being tried (X.4.7 or no code at all, and
 * the notice says so), whose only hint of a block is a connection refused or dropped on the way
 * (Sendmail's "Deferred: Connection refused by [IP]" then "Message could not be delivered for 5
 * days", or "Warning: message still undelivered after 4 hours"): it expired; nothing says it was blocked.
 */
function connectionLostOnTheWay({ status, text, input }: Facts): boolean {
  const expired = (status === 'expired' || status === null) && GAVE_UP_AFTER.test(text)
  return expired && CONNECTION_WORDS.test(text) && !probeIpBlocklist({ status, text, input })
}

function probeIpBlocklist({ text }: Facts): boolean {
  if (text.includes(LIST_LOOKUP_FAILED)) return false
  if (HELO_NAME_LISTED.test(text)) return true
  return (IP_BLOCKLIST.test(text) || wordsOverCodes('blocked', text)) && !CONTENT_BLOCKLIST.test(text)
}

/** The name the sending server gave in HELO, found on a domain list (Postfix's reject_rhsbl_helo): the sending host, not the content. */
const HELO_NAME_LISTED = /\bhelo command\s+\[[^\]\n]{1,255}\]\s+blocked using\b/

/** A probe, or the words that name its reason whatever the code says (plain-words.ts). */
function orWords(reason: BounceReason, probe: Probe): Probe {
  return (facts) => probe(facts) || wordsOverCodes(reason, facts.text)
}

/**
 * A rate limit the server says it set because the mail failed authentication (Gmail's 4.7.30 and
 * 4.7.32 "rate limited because DKIM authentication didn't pass", "… no DMARC alignment"): the cure
 * is the authentication, not a slower pace.
 */
const LIMITED_FOR_AUTHENTICATION = /\brate limited because\b[^.;\n]{0,80}\b(?:dmarc|dkim|spf|authenticat)/

/**
 * A server saying it slowed the sender down ("mail sent from your IP address has been temporarily
 * rate limited"), tried after every cause it might name beside (a PTR record, authentication,
 * reputation): then the limit itself is the cause.
 */
const RATE_LIMITED = /\b(?:has|have|was|were) been (?:temporarily )?rate[- ]?limited\b/

/** The first pass: reasons a code proves, or a phrase shows, in Sisimai's order (a suppression first: nothing was sent). */
const FIRST_PASS: readonly [BounceReason, Probe][] = [
  ['suppressed', phraseOnly('suppressed')],
  ['mailboxfull', statusOr('mailboxfull')],
  ['mesgtoobig', (facts) => facts.status !== 'exceedlimit' && statusOr('mesgtoobig')(facts)],
  ['exceedlimit', statusOr('exceedlimit')],
  [
    'suspend',
    orWords('suspend', (facts) => facts.input.replyCode === 525 || includesPhrase('suspend', facts.text)),
  ],
  ['authfailure', ({ text }) => LIMITED_FOR_AUTHENTICATION.test(text)],
  ['speeding', (facts) => wordsOverCodes('speeding', facts.text)],
  ['hasmoved', phraseOnly('hasmoved')],
  [
    'norelaying',
    (facts) =>
      !['CONN', 'EHLO', 'HELO'].includes(facts.input.command ?? '') &&
      orWords('norelaying', phraseOnly('norelaying'))(facts),
  ],
  ['authfailure', orWords('authfailure', statusOr('authfailure'))],
  ['rejected', probeSenderRefused],
  // A virus or malware the server names is the cause, over the generic code it came with (5.2.0).
  ['virusdetected', phraseOnly('virusdetected')],
  ['userunknown', probeUserUnknown],
  ['filtered', probeFiltered],
  ['requireptr', orWords('requireptr', statusOr('requireptr'))],
  ['notcompliantrfc', phraseOnly('notcompliantrfc')],
  ['badreputation', phraseOnly('badreputation')],
  ['contenterror', (facts) => !probeSpamDetected(facts) && statusOr('contenterror')(facts)],
  ['rejected', probeRejected],
  ['hostunknown', probeHostUnknown],
  ['speeding', ({ text }) => RATE_LIMITED.test(text)],
  ['blocked', probeIpBlocklist],
  ['spamdetected', probeSpamDetected],
  ['spamdetected', ({ text }) => LINK_BLOCKLIST.test(text)],
  ['speeding', phraseOnly('speeding')],
  ['toomanyconn', orWords('toomanyconn', statusOr('toomanyconn'))],
  // Encryption the servers could not agree on names its cause under a policy code (Postfix's "421
  // 4.7.1 … No client certificate presented").
  ['failedstarttls', phraseOnly('failedstarttls')],
  ['blocked', (facts) => !connectionLostOnTheWay(facts) && statusOr('blocked')(facts)],
]

/** The second pass: reasons only a phrase suggests, when the code did not settle it. */
const SECOND_PASS: readonly BounceReason[] = [
  'mailboxfull',
  'authfailure',
  'badreputation',
  'speeding',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'norelaying',
  'systemerror',
  'networkerror',
  'suspend',
  'contenterror',
  'systemfull',
  'notaccept',
  'expired',
  'failedstarttls',
  'securityerror',
  'mailererror',
  'hostunknown',
]

function isSmtpType(type: string | null): boolean {
  return type === null || type.toLowerCase() === 'smtp'
}

/** Reasons a phrase may name when the status is vague, in the order of Sisimai's third class list. */
const THIRD_PASS: readonly BounceReason[] = [
  'mesgtoobig',
  'exceedlimit',
  'userunknown',
  'filtered',
  'rejected',
  'spamdetected',
  'toomanyconn',
  'blocked',
]

/** RFC 5321's "500 Syntax error, command unrecognized": a refused command, like the 501 to 507 replies. */
const SYNTAX_WORDS = /\b(?:syntax error|command unrecognized|unrecognized command)\b/

/** RFC 7504's words for a host that takes no mail from anyone. */
const NO_MAIL_AT_ALL = /\bdoes not accept (?:e-?)?mail\b(?! from)/

/**
 * RFC 4954's sign-in replies: 530 authentication required, 535 credentials invalid, 534 mechanism
 * too weak, 538 encryption required for it (words may still name another reason). Its 432 is left
 * out: Exchange also sends 432 for a stopped queue.
 */
const SIGN_IN_CODES: ReadonlySet<number> = new Set([530, 534, 535, 538])

function fallback(facts: Facts): BounceReason | null {
  const { status, text, input } = facts
  if (!VAGUE.has(status) && isSmtpType(input.diagnosticType)) return status
  const phrased = SECOND_PASS.find((reason) => includesPhrase(reason, text))
  // "Name or service not known" in a mail program's own error is its own server's name, not the recipient's
  // domain; a connection it could not make because of a certificate is about encryption.
  const own =
    (phrased === 'hostunknown' || phrased === 'networkerror') && input.replyCode === null
      ? ownProgramReason(text)
      : null
  if (own) return own
  if (phrased) return phrased
  // An unsettled status (X.0.0, X.3.0 `systemerror`, X.7.0 `securityerror`) yields to words naming a reason.
  const named = THIRD_PASS.find(
    (reason) => includesPhrase(reason, text) && !(reason === 'blocked' && connectionLostOnTheWay(facts)),
  )
  if (named && UNSETTLED.has(status)) return named
  // A greeting refused along the way does not make a delayed or expired delivery a block.
  // A connection refused with no reply at all is the network's doing (nothing listened), not a block.
  const refusedAtConnection =
    input.command === 'CONN' &&
    input.replyCode !== null &&
    input.action !== 'delayed' &&
    status !== 'expired' &&
    !connectionLostOnTheWay(facts)
  if (refusedAtConnection && (status === null || VAGUE.has(status))) return 'blocked'
  if (status !== null) return status
  const code = input.enhancedCode ?? ''
  if (/^[45]\.6\./.test(code)) return 'contenterror'
  if (/^[45]\.7\./.test(code)) return 'securityerror'
  if (input.diagnosticType?.toLowerCase().startsWith('x-unix')) return 'mailererror'
  const reply = input.replyCode ?? 0
  // A 50x/40x reply says only that a command was refused: words naming a reason come first ("504 Mailbox is disabled").
  if (
    (reply > 400 && reply < 408) ||
    (reply > 500 && reply < 508) ||
    (reply === 500 && SYNTAX_WORDS.test(text))
  )
    return plainWordsReason(text) ?? 'syntaxerror'
  // RFC 7504: 556 a domain with a null MX, 521 a host that "does not accept mail" (Sisimai's
  // NotAccept codes; a gateway's 521 may also block one sender, so there only with those words).
  if (reply === 556 || (reply === 521 && NO_MAIL_AT_ALL.test(text))) return 'notaccept'
  if (SIGN_IN_CODES.has(reply)) return 'securityerror'
  if (input.action === 'delayed' || input.action === 'expired') return 'expired'
  if (input.command === 'EHLO' || input.command === 'HELO') return 'blocked'
  return null
}

const COMMAND_SUFFIX: Partial<Record<SmtpCommand, string>> = {
  MAIL: ' (in reply to mail from command)',
  RCPT: ' (in reply to rcpt to command)',
}

/**
 * The text without the enhanced code each next line of a wrapped reply repeats ("regarding PTR 5.7.1
 * records"); its first writing stays, where the phrase lists may expect it.
 */
function withoutRepeatedCode(text: string, enhancedCode: string | null): string {
  const first = enhancedCode === null ? -1 : text.indexOf(enhancedCode)
  if (enhancedCode === null || first === -1) return text
  const end = first + enhancedCode.length
  const repeated = new RegExp(`\\s${enhancedCode.replace(/\./g, '\\.')}(?=\\s)`, 'g')
  return text.slice(0, end) + text.slice(end).replace(repeated, '')
}

/** An address in a reply: its words ("spam-enabled=false" in WebTV's rewritten ones) are never the server's. */
const ADDRESS_IN_TEXT = /[^\s<>"'()[\]/?]{1,200}@(?:[^\s<>"'()[\].]{1,63}\.){0,8}[^\s<>"'()[\].]{1,63}/g

/**
 * The server's text as the phrase lists expect it: lower case, typographic apostrophes made plain
 * (a paste from a web page), runs of spaces made one, addresses reduced to `x@x`, multi-line
 * replies joined (their repeated `550-5.2.1` and `554-` prefixes dropped), and the command named as
 * Postfix names it.
 */
function classifiedText(input: ReasonInput): string {
  const text = withoutRepeatedCode(
    lowerWords(input.diagnostic ?? '')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(ADDRESS_IN_TEXT, 'x@x')
      .replace(/\s[245][0-9][0-9][ -][245]\.[0-9]{1,3}\.[0-9]{1,3}\s/g, ' ')
      .replace(/\s[245][0-9][0-9]-(?=\S)/g, ' '),
    input.enhancedCode,
  )
  return text === '' ? '' : text + (input.command ? (COMMAND_SUFFIX[input.command] ?? '') : '')
}

/**
 * True when a reply refuses the address as written rather than the user: RFC 3463's 5.1.3 (bad
 * destination mailbox address syntax), or RFC 5321's 553 "mailbox name not allowed" with no enhanced
 * code and no words of an unknown user (the `userunknown` phrase class of this classifier).
 * `classifyReason` calls both `userunknown`, as Sisimai does; this tells the malformed address apart.
 */
export function refusesAddressAsWritten(input: ReasonInput): boolean {
  if (input.enhancedCode === '5.1.3') return true
  if (input.replyCode !== 553 || input.enhancedCode !== null) return false
  return !includesPhrase('userunknown', classifiedText({ ...input, command: null }))
}

/**
 * True when words alone name a reason: a line copied from an error window without its code ("USER
 * UNKNOWN", "Mailbox full"), which is then read as the server's text.
 */
export function wordsNameReason(text: string): boolean {
  const reason = classifyReason({
    enhancedCode: null,
    replyCode: null,
    diagnostic: text,
    diagnosticType: null,
    action: null,
    command: null,
  })
  return namesCause(reason)
}

/** The reason of a bounce: Sisimai's rules, then plain words where those leave it vague. */
export function classifyReason(input: ReasonInput): BounceReason {
  const reason = sisimaiReason(input)
  return (UNSETTLED.has(reason) && plainWordsReason(classifiedText(input))) || reason
}

/**
 * A delay notice, or a delivery given up, whose quoted reply is greylisting ("450 4.7.1 … Greylisted
 * for 5 minutes"): the server deferred a first attempt on purpose and names no failure, so only time
 * passed (`expired`), whatever the reply's X.7.1 says.
 */
function greylistedUntilLate(text: string, input: ReasonInput, stated: BounceReason | null): boolean {
  const late =
    input.action === 'delayed' ||
    input.action === 'expired' ||
    stated === 'expired' ||
    (input.action === 'failed' && input.enhancedCode?.startsWith('4.') === true)
  return late && detailIn('greylisting', text)
}

/** The reason of a mail program's own words about its own server (reason-details.ts OWN_PROGRAM_DETAILS), or null. */
function ownProgramReason(text: string): BounceReason | null {
  const lower = text.toLowerCase()
  const id = OWN_PROGRAM_DETAILS.find((detail) => detailIn(detail, lower))
  return id === undefined ? null : reasonDetail(id).reason
}

/** The reason of a bounce, following Sisimai's rules; `undefined` when nothing says it. */
function sisimaiReason(input: ReasonInput): BounceReason {
  const stated = input.stated ?? null
  if (stated !== null && !RETRIED.has(stated)) return stated
  const code = input.enhancedCode
  // A positive reply quoted in a mail program's own error ("can't STARTTLS: 2.0.0 Ready to start TLS") is no delivery.
  if (code?.startsWith('2.') && ownProgramReason(input.diagnostic ?? '') === null) return 'delivered'
  const text = classifiedText(input)
  const status = code ? reasonOfStatus(code) : reasonOfNamedStatus(text)
  const facts: Facts = { status, text, input }
  if (OPEN_RESOLVER.test(text)) return 'systemerror'
  // A mailing list's refusal under its own rules names the list's policy, whatever the report's type
  // (Sympa's "X-Sympa") and even when the rule is about DMARC or a header ("not allowed to post … a
  // domain which publishes a DMARC policy").
  if (detailIn('listRefusedPost', text)) return 'policyviolation'
  if (greylistedUntilLate(text, input, stated)) return 'expired'
  if (isSmtpType(input.diagnosticType)) {
    const found = FIRST_PASS.find(([reason, probe]) => reason === stated || probe(facts))
    if (found) return found[0]
  }
  if (stated !== null && stated !== 'undefined' && stated !== 'onhold') return stated
  const other = fallback(facts)
  if (other && other !== 'undefined') return other
  if (input.action === 'delayed') return 'expired'
  if (includesPhrase('vacation', facts.text)) return 'vacation'
  // A report that says the delivery failed is a returned message even when it gives no words.
  const saysFailed = input.action === 'failed' || /^[45]\./.test(code ?? '')
  return facts.text !== '' || saysFailed ? 'onhold' : 'undefined'
}
