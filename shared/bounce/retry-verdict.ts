/**
 * The answer to "will sending again help?" for every returned message: `permanent` (it will not,
 * until the cause is fixed), `temporary` (it may, later), `warning` (a delay notice: the message is
 * still being tried, nothing failed yet) or `none` (not a failure: a receipt, an auto-reply, a
 * report). Decided from the report's Action, the server's words, a reason that passes by its nature,
 * the codes, then the reason, as Sisimai's hard/soft logic does (go-sisimai `rhost`/`lhost` notices,
 * BSD 2-Clause licence).
 */
import { parseEnhancedCode } from '../knowledge/enhanced-codes'
import { REASONS, type BounceReason } from './reasons'
import { detailIn } from './reason-details'

/** Whether sending again can help. Texts at `bounce:retry.<verdict>`. */
export type RetryVerdict = 'permanent' | 'temporary' | 'warning' | 'none'

/** What the verdict is read from. */
export interface RetryInput {
  replyCode: number | null
  enhancedCode: string | null
  /** The DSN's Action (failed, delayed, delivered…), null when the notice has none. */
  action: string | null
  reason: BounceReason
  /** The notice's text (any case); only its first part is read. */
  text: string
}

/** How much text is searched: the words that say it come first in every known notice. */
const TEXT_LIMIT = 16_384

/**
 * Delay notices: Gmail, Exim, Postfix, Sendmail, Exchange (and Exchange's and Gmail's Italian: "è
 * stato ritardato", "Gmail riproverà"), qmail-style "still trying", and a mail log's
 * "status=deferred" (still queued).
 */
const WARNING_WORDS =
  /this is a warning message only|message (?:has been )?delayed|delivery (?:has been |is )?delayed|delivery status notification \(delay\)|has not yet been delivered|not yet been able to deliver|will (?:continue|keep) (?:to try|trying)|still trying|will be retried|will retry (?:for|until)|warning: (?:message|could not)|delay(?:ed)? (?:delivery )?notification|consegna ritardata|non è stato ancora consegnato|è stato ritardato\b|\bdelivery is delayed\b|\bgmail riproverà\b|\bproblema temporaneo durante il recapito\b|\bwill continue to attempt\b|\b(?:do not|don'?t) need to resend\b|\bstatus=deferred\b|\bwill be reattempted\b|\bcould not send message for (?:the )?(?:past )?[0-9]{1,3} (?:hours|days)\b/

/**
 * Words that say the sending server gave up for good, or that the DNS says the domain does not exist
 * (RFC 8020; Exim's "unrouteable mail domain", which its routers give when they fail an address).
 */
const PERMANENT_WORDS =
  /\bnxdomain\b|domain name not found|unrouteable mail domain|i'?ve given up|this is a permanent error|failed permanently|permanent (?:fatal )?(?:error|failure)|will not be retried|giving up on|gave up on|has been rejected|errore (?:permanente|definitivo)|\bhard bounce\b/

/** The message as it was sent is refused whole (Exim's moan.c: too many recipients, none valid): sending it unchanged cannot help. */
const REFUSED_AS_SENT = /\b(?:was|has) not (?:been )?delivered to any recipients\b/

/** A DNS look-up that failed for now (SERVFAIL, a timeout), which Postfix and Exim word apart from "does not exist". */
const DNS_TRANSIENT_WORDS =
  /not found, try again|host lookup did not complete|temporary failure in name resolution|\bservfail\b/

/**
 * The resolver's answer that a name does not exist (glibc's EAI_NONAME "Name or service not known",
 * Windows' "No such host is known", Node's ENOTFOUND, Go's "no such host", NXDOMAIN), not that it could
 * not ask: a mistyped server name fails until the setting is corrected.
 */
const NAME_DOES_NOT_EXIST =
  /\bname or service not known\b|\bnome o servizio sconosciuto\b|\bno such host\b|\benotfound\b|\bnodename nor servname provided\b|\bnxdomain\b/

/** Words that say the failure may pass by itself. */
const TEMPORARY_WORDS =
  /temporar(?:y|ily) (?:failure|error|unavailable|rejected|deferred)|\bsoft bounce\b|\bgr[ae]y[ -]?list(?:ed|ing)\b|try again later|please retry later|riprova più tardi|(?:tenta|riprova)(?:re)? di nuovo più tardi|errore temporaneo|try again in [0-9]{1,4} (?:seconds?|minutes?|hours?)|riprova(?:re)? tra [0-9]{1,4} (?:secondi|minuti|ore)|\btry_again\b|\btenterà di (?:rispedir|reinviar|inviar)|\bverrà ritentat[oa]/

const TEMPORARILY = String.raw`(?:temporar(?:il)?y|temporaneamente|temporairement|temporalmente|vorübergehend|tymczasowo)`
const REFUSED = String.raw`(?:blocked|bloccat[oa]|bloqu[ée]e?|bloquead[oa]|gesperrt|disabled|disattivat[oa]|suspended|sospes[oa]|rate limited|limited|wyłączon[ya]|zablokowan[ya])`

/**
 * A refusal the server itself calls temporary ("IP bloccato temporaneamente", "temporarily rate
 * limited"): sending again later helps even under a 5xx code, which only says this attempt ended.
 */
const TEMPORARY_REFUSAL = new RegExp(
  String.raw`\b${TEMPORARILY}\b[^.;\n]{0,30}\b${REFUSED}|\b${REFUSED}\b[^.;\n]{0,30}\b${TEMPORARILY}\b`,
)

/**
 * A delivery whose time ran out, in the words of a notice that still calls itself a delay (OpenSMTPD
 * reports "Envelope expired" in its delay template, Action: delayed): the message left the queue, so
 * nothing is still being tried.
 */
const LEFT_THE_QUEUE = /\benvelope expired\b/

/** Reasons Sisimai's IsHardBounce calls hard whatever the code (smtp/failure, BSD 2-Clause). */
const HARD_REASONS: ReadonlySet<BounceReason> = new Set<BounceReason>([
  'userunknown',
  'hostunknown',
  'hasmoved',
])

/** Reasons that are not failures at all. */
function notFailure(reason: BounceReason): boolean {
  return REASONS[reason].notFailure === true
}

function fromCodes(replyCode: number | null, enhancedCode: string | null): RetryVerdict | null {
  if (replyCode !== null && replyCode >= 400 && replyCode < 600)
    return replyCode < 500 ? 'temporary' : 'permanent'
  const enhanced = enhancedCode ? parseEnhancedCode(enhancedCode) : null
  if (enhanced?.class === 4) return 'temporary'
  if (enhanced?.class === 5) return 'permanent'
  return null
}

/** Will sending again help: from the Action, the words, the codes, then the reason. Never null. */
export function retryVerdict(input: RetryInput): RetryVerdict {
  if (notFailure(input.reason)) return 'none'
  const action = input.action?.toLowerCase() ?? null
  const text = input.text.slice(0, TEXT_LIMIT).toLowerCase()
  const stillQueued = !LEFT_THE_QUEUE.test(text)
  if (action === 'delayed' && stillQueued) return 'warning'
  if (action !== 'failed' && stillQueued && WARNING_WORDS.test(text)) return 'warning'
  // `undefined`: nothing in the text looks like a returned message, so there is nothing to send again.
  if (input.reason === 'undefined') return 'none'
  if (REFUSED_AS_SENT.test(text)) return 'permanent'
  // A full mailbox nobody will empty by itself: an abandoned one, or the person's own (IMAP's [OVERQUOTA]).
  if (
    input.reason === 'mailboxfull' &&
    (detailIn('abandonedMailbox', text) || detailIn('ownMailboxFull', text))
  )
    return 'permanent'
  // A mail loop sends the message round until someone changes a forwarding rule or a server's
  // set-up: the card says waiting won't fix it, so the answer is the same, whatever the code.
  if (detailIn('mailLoop', text)) return 'permanent'
  if (input.reason === 'networkerror' && NAME_DOES_NOT_EXIST.test(text)) return 'permanent'
  if (REASONS[input.reason].passes === 'always') return 'temporary'
  if (TEMPORARY_REFUSAL.test(text)) return 'temporary'
  const coded = fromCodes(input.replyCode, input.enhancedCode)
  if (coded === 'permanent') return coded
  if (DNS_TRANSIENT_WORDS.test(text)) return 'temporary'
  // An address or domain that does not exist, or a mailbox that moved, stays so under a 4xx reply
  // (Postfix's 450 "User unknown in local recipient table"): Sisimai calls these hard bounces.
  if (HARD_REASONS.has(input.reason)) return 'permanent'
  if (coded) return coded
  if (PERMANENT_WORDS.test(text)) return 'permanent'
  if (TEMPORARY_WORDS.test(text)) return 'temporary'
  return REASONS[input.reason].passes ? 'temporary' : 'permanent'
}

/**
 * The answer to show, or null where the question is left unasked: nothing in the text looks like a
 * returned message (`undefined`), so no answer would rest on anything.
 */
export function shownVerdict(reason: BounceReason, retry: RetryVerdict): RetryVerdict | null {
  return reason === 'undefined' ? null : retry
}
