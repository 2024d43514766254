import { findCodes } from './explain'
import type { LayoutFields } from './types'
import { carriesReplyMarker, findEmails, isDaemonAddress } from './text-scan'

const CODE_LINE = /(?:^|[^0-9.])([45][0-9][0-9][ -]{1,3}[45]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9.]).{0,1000})/
const BARE_CODE_LINE = /^[ \t>#<]{0,8}([45][0-9][0-9][ -].{0,1000})$/
/**
 * A reply after a colon or a semicolon ("said:", "Risposta del server: '553 …'", "worker.go:230:
 * 550 …", "Diagnostic-Code: smtp; 554-…"), after Outlook's "Returned a Permanent Error", or after
 * a host name and '#' (Barracuda's "mx.example.com #550 permanent failure …"); or a code with a
 * colon of its own after a spaced colon ("Delivery Failure : 550: Remote host said …"), never a
 * source file's line number ("manager.go:501: error …") nor a port glued to its host
 * ("smtp.example.it:465").
 */
const CUE_LINE =
  /(?::(?![0-9])|;|(?:permanent|temporary|transient) error|\s#)[ \t]{0,3}['‘’"“]?([45][0-9][0-9][ -].{0,1000})$|\s:[ \t]{1,3}([45][0-9][0-9]):[ \t](.{0,1000})$/i

/** A reply code that ends its line after the server's cue, its words wrapped to the next ("said: 550" then "5.1.1 <a@x> …"). */
const CODE_ENDS_LINE =
  /(?:\bsaid|\breplied|\breply|\bresponse|\banswered|\berror|refused|rejected)[ \t]{0,2}:[ \t]{0,3}([45][0-9][0-9])[ \t]*$/i

/** The reply a cue line holds, its code first; or the bare code a cue ends its line on. */
function cuedReply(line: string): string | undefined {
  const found = CUE_LINE.exec(line)
  if (found?.[1]) return found[1]
  if (found?.[2]) return `${found[2]} ${found[3] ?? ''}`
  return CODE_ENDS_LINE.exec(line)?.[1]
}

/** Python's smtplib exceptions give the reply as a tuple: `(501, b'Syntax error in arguments', 'a@x')`. */
const PYTHON_TUPLE = /\(([45][0-9][0-9]), ?[ub]?['"]([^'"\n]{1,1000})['"]/

/** The reply of a Python smtplib tuple on the line, as "501 Syntax error in arguments"; else undefined. */
function pythonReply(line: string): string | undefined {
  const found = PYTHON_TUPLE.exec(line)
  return found ? `${found[1]} ${found[2]}` : undefined
}
/**
 * SwiftMailer's and Symfony's exception: 'Expected response code 235 but got code "534", with message
 * "…"', its message quoted and running on over the next lines.
 */
const GOT_CODE = /\bgot code "?([45][0-9][0-9])"?,? with message "(.{0,1000})$/i

/** The reply of such an exception, its code first and its quoted message whole; else undefined. */
function gotCodeReply(lines: readonly string[], index: number): string | undefined {
  const found = GOT_CODE.exec(lines[index] ?? '')
  if (!found?.[1]) return undefined
  const parts = [found[2] ?? '']
  for (const line of lines.slice(index + 1, index + 6)) {
    if (parts.at(-1)?.includes('"')) break
    parts.push(line.trim())
  }
  // The message ends at its last quote: it may quote words of its own ('550 "sender not allowed"').
  const joined = parts.join(' ')
  const end = joined.lastIndexOf('"')
  const message = (end === -1 ? joined : joined.slice(0, end)).trim()
  return message.startsWith(found[1]) ? message : `${found[1]} ${message}`
}
const ENHANCED_LINE = /^[ \t>#<]{0,8}([45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t].{0,1000})$/
/** A 4xx/5xx reply code anywhere on a line, as a word of its own. */
const REPLY_CODE_ANYWHERE = /(?:^|[^0-9.])[45][0-9][0-9](?:[ ,)'"-]|$)/
/** An enhanced code with no reply code, after a colon or a quote, as a program's log prints it ("SMTP error: permanent: 5.7.1 …"). */
const ENHANCED_CUE = /(?:[:;]|\\?["'])[ \t]{0,3}([45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t].{0,1000})$/
const MAX_SCANNED_LINES = 20_000

/** The header fields that name who sent a message, in the usual languages ("From:", "Da:", "Von:", "Od:"). */
const SENDER_FIELDS = String.raw`from|sender|return-path|da|von|de|od|van|mittente|absender|exp[ée]diteur|remitente`

/**
 * Lines whose addresses are not the recipient's: header-like lines (the bounce's own or the quoted
 * message's From, To, Cc… which Exchange 5.5 quotes above the real recipient; message ids, and a
 * Received line's `id <…@host>`), the sender named as refused ("not accepting mail from"), and help
 * text giving an example ("the standard form…", "e.g."); and Outlook's "Task 'anna@x - Sending'
 * reported error", which names the person's own account.
 */
const NOT_RECIPIENT_LINE = new RegExp(
  String.raw`^[ \t>]{0,8}(?:${SENDER_FIELDS}|to|cc|bcc|reply-to|errors-to|list-[a-z-]{1,30}|message-id|in-reply-to|references)[ \t]{0,8}:|^[ \t>]{0,8}(?:original |envelope |original envelope )sender[ \t]{0,8}:|\bid <[^<>\s]{1,200}@|\bmail from\b|\baccepting mail from\b|\bstandard form\b|\bfor example\b|\be\.g\.|\bsuch as\b|['‘][^'’\n]{1,200} - (?:sending|invio|senden|envoi|enviando|envío|verzenden|wysyłanie)['’]`,
  'i',
)

/** A line naming who sent the returned message. */
const SENDER_LINE = new RegExp(String.raw`^[ \t>]{0,8}(?:${SENDER_FIELDS})[ \t]{0,8}:`, 'i')

/**
 * What the end of the line before says the next address is, when not a recipient: an example ("…try
 * the most explicit form, e.g., if"), or the moderator who refused a post (Sympa's "rejected by the
 * moderator" then "(a@x)"; the same words on one line are `MODERATOR`'s).
 */
const NOT_RECIPIENT_CUE_AT_END =
  /(?:\bfor example|\be\.g\.|\bsuch as)[ \t,:]{0,3}(?:if|as|try)?[ \t]{0,3}$|\bmoderator[ \t]*$|\bdal moderatore[ \t]*$/i

/**
 * Addresses of a mailing list's or a sending service's own machinery (`list-bounces@`,
 * `owner-list@`, a VERP return path `bounces+123-ab-user=x.it@…`), never a recipient.
 */
const LIST_ADDRESS =
  /^(?:owner-[^@]{1,64}|[^@]{1,64}-(?:bounces?|request|owner|admin)|bounces?[+-][^@]{1,64})(?:\+[^@]{0,64})?@/i

/** A log line's field that names the sender or the account (`from=a@x`, `mittente=a@x`, `username=a@x`), never the recipient. */
const SENDER_FIELD = /^(?:from|sender|mittente|mailfrom|envelope-from|user|username|id)=/i

/** A log line's field that names the recipient (`to=a@x`, `rcpt=a@x`): the address after it. */
const RECIPIENT_FIELD = /^(?:to|rcpt|recipient|orig_to|destinatario)=/i

/** A placeholder in help text, written in capitals as such texts do ("finger NAME@directory…"). */
const PLACEHOLDER_ADDRESS = /^(?:NAME|USER|USERNAME|YOURNAME|ADDRESS|RECIPIENT|SOMEONE|NOME|UTENTE)@/

/**
 * The addresses a server names as the refused sender ("<a@x>: Sender address rejected", "Sender
 * address [a@x] blocked using …", "Domain of sender address a@x does not exist", Postfix's and
 * Exim's words) or as the login that may not send as it ("not owned by user b@x").
 */
const REFUSED_SENDER =
  /<?([^\s<>'"]{1,64}@[^\s<>:'"]{1,253})>?:?[ \t]{1,4}sender address rejected\b|\bnot owned by user <?([^\s<>'"]{1,64}@[^\s<>'")]{1,253})|\bsender address \[([^\s\]<>'"]{1,64}@[^\s\]<>'"]{1,253})\]|\bsender address:?[ \t]{1,3}<?([^\s<>'"]{1,64}@[^\s<>'"]{1,253})/gi

/** An address given as whom to write for help ("contact toda@rx.t-online.de", "scrivere a …"), never the recipient. */
const HELP_CONTACT =
  /\b(?:contact|contattare|contatta|contattate|kontaktieren(?: sie)?|wenden sie sich an|contactez|write to|scrivere a|scrivi a|e-?mail us at)[ \t]{1,3}<?([^\s<>'"]{1,64}@[^\s<>'")]{1,253})/gi

/** An address a refusal names as the identity the sender used ("Relaying disallowed as a@x", "on behalf of a@x"), never the recipient. */
const SENDER_IDENTITY =
  /\b(?:disallowed as|(?:send|sending|sent) (?:mail |e-?mail )?as|on behalf of|identities failed the check in region [a-z0-9-]{1,30}:)[ \t]{1,3}(?:[^<>\n]{0,60}<)?([^\s<>'"]{1,64}@[^\s<>'")]{1,253})/gi

/**
 * The person's own account as a mail program's window names it ("The mail server for account a@x
 * responded", "Errore con l’account a@x", "with username a@x"), never the recipient.
 */
const OWN_ACCOUNT =
  /\b(?:account|user ?name|nome utente)[ \t]{1,3}["'“«]?([^\s<>'"“”«»]{1,64}@[^\s<>'"“”«»),]{1,253})/gi

/** The sender of a sending service's log line "a@x → b@y": the address before the arrow. */
const SENDER_BEFORE_ARROW = /<?([^\s<>'"]{1,64}@[^\s<>'"]{1,253})>?[ \t]{1,3}(?:→|->)[ \t]/g

/** The moderator named after a refusal ("rejected by the moderator (a@x)", "dal moderatore (a@x)"). */
const MODERATOR = /\b(?:moderator|moderatore)[ \t]{0,3}\(<?([^\s<>'"()]{1,64}@[^\s<>'"()]{1,253})/gi

/** Where a line names an address that is someone's other than the recipient's: the sender, a help contact, the person's account, a moderator. */
const NAMED_NOT_RECIPIENT = [
  REFUSED_SENDER,
  HELP_CONTACT,
  SENDER_IDENTITY,
  OWN_ACCOUNT,
  SENDER_BEFORE_ARROW,
  MODERATOR,
]

/** The address of one line that can be the recipient, without stray quotes around it. */
function recipientOfLine(line: string, previous = ''): string | undefined {
  if (NOT_RECIPIENT_LINE.test(line) || NOT_RECIPIENT_CUE_AT_END.test(previous)) return undefined
  const others = new Set(
    NAMED_NOT_RECIPIENT.flatMap((pattern) => [...line.matchAll(pattern)]).map((match) =>
      (match[1] ?? match[2] ?? match[3] ?? match[4])?.replace(/[.,;:)>]+$/, '').toLowerCase(),
    ),
  )
  return findEmails(line, 20)
    .map((address) =>
      /^"[^"]+"@/.test(address) ? address : address.replace(/^[{(['"`]+|^(?:smtp|rfc822)[=:]/i, ''),
    )
    .filter((address) => !SENDER_FIELD.test(address))
    .map((address) => address.replace(RECIPIENT_FIELD, ''))
    .find(
      (address) =>
        !isDaemonAddress(address) &&
        !LIST_ADDRESS.test(address) &&
        !PLACEHOLDER_ADDRESS.test(address) &&
        !others.has(address.toLowerCase()),
    )
}

/**
 * The first address of the scanned lines that can be the recipient. The sender's addresses (the
 * notice's `addressee`, and a "From:" line's above) are passed over while another address is there:
 * a notice names them as the one who sent ("your address (a@x) as the sender"), except in a message
 * someone sent to themselves.
 */
function scannedRecipient(lines: readonly string[], addressee: string | null = null): string | undefined {
  const senders = new Set(addressee ? [addressee.toLowerCase()] : [])
  let own: string | undefined
  for (const [index, line] of lines.entries()) {
    if (SENDER_LINE.test(line)) findEmails(line, 5).forEach((address) => senders.add(address.toLowerCase()))
    const found = recipientOfLine(line, lines[index - 1])
    if (found && !senders.has(found.toLowerCase())) return found
    own ??= found
  }
  return own
}

const MAX_LISTED = 50

/** A client's commands at the start of lines: a session typed by hand (telnet, nc) or a client's log. */
const CLIENT_COMMAND =
  /^[ \t]{0,4}(?:>>>[ \t]?|-->[ \t]?|C:[ \t]?)?(?:helo|ehlo|mail from:|rcpt to:|data$|starttls$|auth )/i

/** True for an SMTP session pasted whole: its reply that ended it is the last, not the first. */
function isTranscript(lines: readonly string[]): boolean {
  return lines.slice(0, 400).filter((line) => CLIENT_COMMAND.test(line)).length >= 2
}

/** The last 4xx/5xx reply of a pasted session, with the lines that continue it. */
function lastReply(lines: readonly string[]): string | undefined {
  for (let index = Math.min(lines.length, 400) - 1; index >= 0; index--) {
    if (/^[45][0-9][0-9] /.test(withoutSessionMark(lines[index] ?? ''))) {
      const start = firstLineOfReply(lines, index)
      return continued(withoutSessionMark(lines[start] ?? ''), lines, start + 1)
    }
  }
  return undefined
}

/** Where a multi-line reply ending at `end` begins ("550-…" lines above its "550 …"). */
function firstLineOfReply(lines: readonly string[], end: number): number {
  const code = withoutSessionMark(lines[end] ?? '').slice(0, 3)
  let start = end
  while (start > 0 && withoutSessionMark(lines[start - 1] ?? '').startsWith(`${code}-`)) start--
  return start
}

/** A line of a pasted session without the marks a tool puts before the server's replies ("<<< ", MDaemon's "<-- ", "SERVER: "). */
function withoutSessionMark(line: string): string {
  return line.trim().replace(/^(?:<<<|<--|<\*\*|<~|S:|SERVER:)[ \t]?/, '')
}

/** A line of qmail's log, which writes a delivery's report with "_" for each space and "/" for each line end. */
const QMAIL_LOG_LINE =
  /\bdelivery [0-9]{1,12}: (?:failure|deferral): |_failed_after_I_sent_the_message|_does_not_like_recipient\.|\bRemote_host_said:_|\bGiving_up_on_/

/**
 * The lines as qmail meant them: in a line of its log, "_" back to spaces and "/" back to line ends
 * (where a reply, a sentence or the end follows, so a link's slashes stay).
 */
function withQmailLogUnfolded(lines: readonly string[]): readonly string[] {
  if (!lines.slice(0, 400).some((line) => QMAIL_LOG_LINE.test(line))) return lines
  const unfolded: string[] = []
  // No more lines than are ever scanned: a hostile log of slashes cannot multiply them.
  for (const line of lines) {
    if (unfolded.length >= MAX_SCANNED_LINES) break
    if (!QMAIL_LOG_LINE.test(line)) unfolded.push(line)
    else unfolded.push(...line.replace(/_/g, ' ').split(/\/(?=[45][0-9][0-9][ -]|[A-Z]|\s|$)/, 64))
  }
  return unfolded.slice(0, MAX_SCANNED_LINES)
}

/**
 * The server's reply in some lines: the first with an enhanced code, else the first 4xx/5xx one,
 * else the first line that opens with an enhanced code alone (Thunderbird's "4.3.5 <a@x>: …"), else,
 * where no reply code is written at all, an enhanced code after a colon or a quote in a log line.
 */
function replyIn(lines: readonly string[]): string | undefined {
  if (isTranscript(lines)) return lastReply(lines)
  let fallback: string | undefined
  let enhancedOnly: string | undefined
  let enhancedCued: string | undefined
  let anyReplyCode = false
  for (const [index, line] of lines.entries()) {
    // Postfix logs what it would have refused under warn_if_reject: nothing was refused there.
    if (/\breject_warning:/i.test(line)) continue
    const paired = CODE_LINE.exec(line)
    if (paired?.[1]) return continued(withWordsBefore(line, paired[1]), lines, index + 1)
    const cued = (
      cuedReply(line) ??
      BARE_CODE_LINE.exec(line)?.[1] ??
      pythonReply(line) ??
      gotCodeReply(lines, index)
    )?.trim()
    if (cued !== undefined) fallback ??= continued(cued, lines, index + 1)
    enhancedOnly ??= ENHANCED_LINE.exec(line)?.[1]?.trim()
    enhancedCued ??= ENHANCED_CUE.exec(line)?.[1]?.trim()
    anyReplyCode ||= REPLY_CODE_ANYWHERE.test(line)
  }
  if (fallback !== undefined && findCodes(fallback).replyCode !== null) return fallback
  // A code cued inside a log line only where no reply code is written anywhere: it would be read there.
  return enhancedOnly ?? (anyReplyCode ? undefined : enhancedCued)
}

/**
 * A reply found on a line, its code first. Where a multi-line reply was pasted at another width, its
 * "550-5.7.1" marker falls mid-line after words of the same reply ("Messages with multiple addresses
 * in From: header are 550-5.7.1 not accepted."): those words are kept, after the code. Words before
 * a cue ("said:") or before a final "550 " are the notice's own, not the reply's.
 */
function withWordsBefore(line: string, reply: string): string {
  const trimmed = reply.trim().replace(/['")>\]]+$/, '')
  const marker = /^([45][0-9][0-9]-[45]\.[0-9]{1,3}\.[0-9]{1,3})\s?/.exec(trimmed)
  const before = line.slice(0, line.length - reply.length).trim()
  const cueBefore = /[:;]['"‘“]?$|\b[45][0-9][0-9]\b/.test(before)
  if (!marker?.[1] || before === '' || cueBefore || !/^[A-Za-z]/.test(before)) return trimmed
  return `${marker[1]} ${before} ${trimmed.slice(marker[0].length)}`.trim()
}

const MAX_CONTINUATION_LINES = 12

/**
 * A reply that goes on below:
 * - the indented lines Postfix and Exim wrap it into;
 * - the next lines of a multi-line reply ("550-…" then "550 …"), or each next line opening with the
 *   same enhanced code ("550 5.7.1 …" then "5.7.1 …");
 * - the words below a line of codes alone or with a label ("550 5.5.0", Outlook's "550 SC-001");
 * - Sendmail's "... " lines, and a line opening with ": " (Postfix's log wrapped after the address,
 *   "454 4.7.1 <a@x>" then ": Relay access denied");
 * - a sentence cut by a window's wrap (a line ending on a word, the next opening in lower case or
 *   with "[", as "Client host" then "[192.0.2.1] blocked using …"), a greeting's "… ESMTP" then its
 *   words on the next line, or
 *   by the notice's own width (`cutAtWidth`); the reply's next sentence on the next line (`nextSentence`);
 * - as Outlook prints it, the next line after one ending in ';' or ',' ("554 Service unavailable;"
 *   then "Client host [192.0.2.1] blocked using …");
 * - the same reply pasted at another width (`reWrapped`).
 */
function continued(reply: string, lines: readonly string[], from: number): string {
  const parts = [reply]
  const enhanced = /^[45][0-9][0-9][ -]{1,3}([45]\.[0-9]{1,3}\.[0-9]{1,3}) /.exec(reply)?.[1]
  const multiLine = /^([45][0-9][0-9])-/.exec(reply)?.[1]
  let previousLine = lines[from - 1] ?? ''
  for (const line of lines.slice(from, from + MAX_CONTINUATION_LINES)) {
    const more = withoutSessionMark(line)
    const previous = parts[parts.length - 1] ?? ''
    const sameReply = /^([45][0-9][0-9])-/.exec(previous)?.[1]
    const onlyCodes =
      /^[45][0-9][0-9](?:[ -]{1,3}[45]\.[0-9]{1,3}\.[0-9]{1,3})?(?: [A-Z0-9#:_-]{1,20})?$/.test(previous)
    const wrapped =
      onlyCodes ||
      /^(?:\.\.\. |[:;] )/.test(more) ||
      (/[a-z]$/i.test(previous) && /^[a-z([]/.test(more)) ||
      /\bE?SMTP$/.test(previous) ||
      nextSentence(previous, more) ||
      cutAtWidth(previousLine, more) ||
      /^[ \t]/.test(line) ||
      /[;,(]$/.test(previous) ||
      (sameReply !== undefined && more.startsWith(sameReply)) ||
      (enhanced !== undefined && more.startsWith(`${enhanced} `)) ||
      (multiLine !== undefined && reWrapped(multiLine, previous, more))
    if (more === '' || !wrapped) break
    parts.push(more.slice(0, 1000))
    previousLine = line
  }
  return parts.join(' ')
}

/**
 * The reply's next sentence on the next line of the same paragraph (Microsoft's "550 5.7.1
 * Unfortunately, messages from [IP] weren't sent." then "Please contact your Internet service
 * provider since part of their network is on our block list"): a line that opens with a word in
 * capitals after one that ends a sentence, not a field name ("Subject:").
 */
function nextSentence(previous: string, next: string): boolean {
  return /[.!]$/.test(previous) && /^[A-Z][a-z]/.test(next) && !/^[A-Za-z-]{1,30}:/.test(next)
}

/**
 * A sentence a notice cut at its width (Postfix's "… 421 Refused. Your reverse" then "DNS entry
 * does not resolve."): a long line that ends inside a sentence, and a next line that opens with a
 * word, not with a field name ("Subject:").
 */
function cutAtWidth(previousLine: string, next: string): boolean {
  return (
    previousLine.length >= 60 &&
    /[A-Za-z0-9]$/.test(previousLine) &&
    /^[A-Za-z(]/.test(next) &&
    !/^[A-Za-z-]{1,30}:/.test(next)
  )
}

/**
 * A multi-line reply pasted at another width ("… regarding PTR" then "records 550-5.7.1 and
 * authentication. For more information, go to 550" then "5.7.1"): a line that carries the reply's
 * "550-" marker inside it, or that follows a line ending on the bare code, is the same reply.
 */
function reWrapped(code: string, previous: string, line: string): boolean {
  return carriesReplyMarker(code, line) || new RegExp(`(?:^|\\s)${code}$`).test(previous)
}

/** What follows an address that begins its line with its own reply after it ("a@x: 550 5.1.1 …"). */
const OWN_REPLY_AFTER = /^>?:[ \t]{0,4}[45][0-9][0-9][ -]/

/**
 * How a recipient's line is worded around its address: the whole line, the address taken out; or,
 * where each address opens its line with its own reply after it (OpenSMTPD, Postfix), only that.
 */
function lineShape(line: string, address: string): string {
  const opening = line.trimStart().replace(/^</, '')
  if (opening.startsWith(address) && OWN_REPLY_AFTER.test(opening.slice(address.length)))
    return 'address: reply'
  return line.replace(address, '\u0000').trim()
}

/**
 * The recipients of a notice that lists several the same way: the lines worded exactly as the
 * first recipient's line, another address in its place ("Unknown user: a@x" then "Unknown user: b@x",
 * or one `<address>` per line), each with the reply found below it before the next one (a line
 * with only an enhanced code will do; else the notice's one reply, `whole`).
 */
function listedRecipients(
  lines: readonly string[],
  first: string,
  whole: string | undefined,
): LayoutFields[] {
  const start = lines.findIndex((line) => recipientOfLine(line) === first)
  if (start < 0) return []
  const shape = lineShape(lines[start] ?? '', first)
  const seen = new Set([first.toLowerCase()])
  const listed: [number, string][] = [[start, first]]
  for (const [index, line] of lines.entries()) {
    const address = recipientOfLine(line)
    if (!address || seen.has(address.toLowerCase())) continue
    if (lineShape(line, address) !== shape) continue
    seen.add(address.toLowerCase())
    listed.push([index, address])
    if (listed.length > MAX_LISTED) break
  }
  if (listed.length < 2) return []
  listed.sort(([a], [b]) => a - b)
  return listed.map(([index, recipient], position) => {
    const block = lines.slice(index, listed[position + 1]?.[0] ?? lines.length)
    const diagnostic =
      replyIn(block) ?? block.map((line) => ENHANCED_LINE.exec(line)?.[1]).find(Boolean) ?? whole
    return diagnostic ? { recipient, diagnostic } : { recipient }
  })
}

/** Where the returned copy begins: its MIME part, a "copy of the message" rule, or its first Received header. */
const RETURNED_COPY =
  /^(?:content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers)|[ \t]*-{2,}[ \t]*(?:original message|below this line|this is a copy)|received:[ \t])/i

/** The lines of the notice itself, before the returned copy whose addresses are not recipients listed. */
function noticeLines(lines: readonly string[]): readonly string[] {
  const copy = lines.findIndex((line) => RETURNED_COPY.test(line))
  return copy > 0 ? lines.slice(0, copy) : lines
}

/**
 * The last resort: in any text, the first line with a 4xx/5xx reply (best with an enhanced code),
 * the first address that is not a mailer-daemon's nor the sender's (`addressee`, a "From:" line's),
 * and the others listed the same way.
 */
export function scanPlainText(lines: string[], addressee: string | null = null): LayoutFields {
  const fields: LayoutFields = {}
  const scanned = withQmailLogUnfolded(
    lines.length > MAX_SCANNED_LINES ? lines.slice(0, MAX_SCANNED_LINES) : lines,
  )
  const diagnostic = replyIn(scanned)
  if (diagnostic !== undefined) fields.diagnostic = diagnostic
  const recipient =
    (diagnostic ? scannedRecipient([diagnostic]) : undefined) ??
    scannedRecipient(scanned.slice(0, 200), addressee)
  if (recipient === undefined) return fields
  fields.recipient = recipient
  const [own, ...others] = listedRecipients(noticeLines(scanned.slice(0, 200)), recipient, diagnostic)
  if (own === undefined) return fields
  return { ...fields, ...own, others }
}
