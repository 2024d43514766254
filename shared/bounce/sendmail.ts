import type { SmtpCommand } from './classify-reason'
import { includesPhrase } from './reason-phrases'
import { TRANSCRIPT_COMMANDS } from './smtp-command'
import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail, linesAfter } from './text-scan'

const REASON = /^[ \t]*\(reason: (.{1,2000})\)[ \t]*$/
const TALKING_TO = /while talking to ([A-Za-z0-9.-]{1,253})[.]?:/i
const SERVER_LINE = /^<<< ([2-5][0-9][0-9](?:[ -].{0,2000})?)$/
const SENT_LINE = /^>>> ([A-Za-z]{4,8})\b/
/** `550 5.1.1 <rcpt>... User unknown`: Sendmail's verdict on one recipient. */
const RECIPIENT_LINE =
  /^([245][0-9][0-9])(?: [245]\.[0-9]{1,3}\.[0-9]{1,3})? <([^\s<>]{1,320})>\.{3} ?(.{0,2000})$/
/** `550 example.org (smtp)... 550 Host unknown`: Sendmail's verdict on one host. */
const HOST_LINE = /^[245][0-9][0-9] ([A-Za-z0-9.-]{1,253}) \([a-z0-9-]{1,20}\)\.{3} /
const LOCAL_MAILER = /^(?:mail\.local|local|procmail|deliver|dovecot-lda|cyrus|maildrop): /i
const STARTS_WITH_CODE = /^[245][0-9][0-9]\b/
const DEFERRED_LINE = /^<?[^\s<>]{1,320}>?\.{3} (Deferred: .{1,1000})$/
const GAVE_UP =
  /^(?:Message could not be delivered for .{1,100}|Warning: message still undelivered after .{1,100})$/
const PROGRAM_VERDICT = /^[45][0-9][0-9] [45]\.[0-9]{1,3}\.[0-9]{1,3} [^<>]{1,300}$/
const MAX_ENTRIES = 50
const MAX_REPLIES = 20

/** The session a transcript is telling about: the server, the last command sent and what the server answered. */
interface Session {
  host?: string
  command?: SmtpCommand | undefined
  replies: string[]
}

/** True when a host line speaks of the session's own server. */
function sameHost(session: Session, host: string): boolean {
  return session.host?.toLowerCase() === host.toLowerCase()
}

/**
 * One recipient's fields from its verdict line and the session it follows: the server's reply
 * first (it is what the server said), with Sendmail's own verdict after it.
 */
function recipientEntry(match: RegExpExecArray, session: Session): LayoutFields {
  const [line, code = '', address = '', own = ''] = match
  const verdict = STARTS_WITH_CODE.test(own) ? own : line
  const said = session.replies.join(' ')
  const diagnostic = said !== '' && said !== line ? `${said} (${line})` : verdict
  const reason = localVerdict(session)
  return {
    recipient: address,
    diagnostic: diagnostic.replace(/^(?![245][0-9][0-9])/, `${code} `),
    ...(session.host ? { remoteMta: session.host } : {}),
    ...(session.command ? { command: session.command } : {}),
    ...(reason ? { reason } : {}),
  }
}

/**
 * A local delivery agent's word that the user does not exist (`mail.local: unknown user: anna`):
 * there was no SMTP session, so it cannot be a filter refusing the message after DATA.
 */
function localVerdict(session: Session): BounceReason | undefined {
  const local = session.replies.find((reply) => LOCAL_MAILER.test(reply))
  return local && includesPhrase('userunknown', local.toLowerCase()) ? 'userunknown' : undefined
}

/**
 * The recipients of a Sendmail transcript (V5 and V8), each with the session it failed in. A host
 * line about another server ends the previous session; recipient lines right after one another
 * share it.
 */
function transcriptRecipients(lines: string[]): LayoutFields[] {
  const entries: LayoutFields[] = []
  let session: Session = { replies: [] }
  for (const raw of linesAfter(lines, '----- transcript of session follows -----')) {
    const line = raw.trimEnd()
    if (/^ {0,3}----- /.test(line) || /^--/.test(line) || entries.length >= MAX_ENTRIES) break
    const talking = TALKING_TO.exec(line)
    const sent = SENT_LINE.exec(line)
    const reply = SERVER_LINE.exec(line)
    const recipient = RECIPIENT_LINE.exec(line)
    const host = HOST_LINE.exec(line)
    if (talking?.[1]) session = { host: talking[1].replace(/\.$/, ''), replies: [] }
    else if (sent?.[1])
      session = { ...session, command: TRANSCRIPT_COMMANDS[sent[1].toLowerCase()], replies: [] }
    else if (reply?.[1] && session.replies.length < MAX_REPLIES) session.replies.push(reply[1].trim())
    else if (recipient?.[2]?.includes('@')) entries.push(recipientEntry(recipient, session))
    else if (host?.[1]) session = sameHost(session, host[1]) ? session : { replies: [] }
    else if (line.trim() !== '' && session.replies.length < MAX_REPLIES) session.replies.push(line.trim())
  }
  return entries
}

/** Sendmail's `(expanded from: <address>)` under an alias's target: the address the sender wrote. */
const EXPANDED_FROM = /^[ \t]{1,16}\(expanded from:?[ \t]{0,4}<?([^<>\s()]{1,320}@[^<>\s()]{1,255})>?\)/i

/** The first recipient (as the sender wrote it) and its text from the V8 summary above the transcript. */
function summaryFields(lines: string[]): LayoutFields {
  const fields: LayoutFields = {}
  const afterFatal = linesAfter(lines, 'addresses had permanent fatal errors')
  const afterDelayed = afterFatal.length > 0 ? afterFatal : linesAfter(lines, 'could not be delivered for')
  const listed = afterDelayed.filter((line) => line.trim() !== '')
  const first = listed[0]
  if (first) {
    // The "(expanded from: …)" note follows the address, after its "(reason: …)" line when it has one.
    const notes = REASON.test(listed[1] ?? '') ? listed.slice(1, 3) : listed.slice(1, 2)
    const written = notes.map((line) => EXPANDED_FROM.exec(line)?.[1]).find(Boolean)
    const email = written ?? firstEmail(first)
    if (email) fields.recipient = cleanToken(email)
  }
  for (const line of lines) {
    const reason = REASON.exec(line)
    const exitStatusOnly = /^[0-9]{1,3}$/.test(reason?.[1]?.trim() ?? '')
    if (reason?.[1] && !exitStatusOnly && !fields.diagnostic) fields.diagnostic = reason[1].trim()
    const talking = TALKING_TO.exec(line)
    if (talking?.[1] && !fields.remoteMta) fields.remoteMta = talking[1].replace(/\.$/, '')
  }
  const reply = firstErrorReply(lines)
  const fuller = reply && fields.diagnostic && reply.startsWith(fields.diagnostic) ? reply : undefined
  const spoken = reply && !/^[0-9]{3}$/.test(reply) ? reply : undefined
  const verdict =
    fuller ?? fields.diagnostic ?? spoken ?? mailerVerdict(lines) ?? deferredVerdict(lines) ?? reply
  return verdict ? { ...fields, diagnostic: verdict } : fields
}

/** The first failure reply of the transcript, its continuation lines (`550-…`, then `550 …`) joined. */
function firstErrorReply(lines: string[]): string | undefined {
  const parts: string[] = []
  for (const line of lines) {
    const reply = SERVER_LINE.exec(line)?.[1]?.trim()
    if (parts.length === 0 && (!reply || !/^[45]/.test(reply))) continue
    if (!reply || parts.length >= MAX_REPLIES) break
    parts.push(reply)
    if (!/^[0-9]{3}-/.test(reply)) break
  }
  return parts.length > 0 ? parts.join(' ') : undefined
}

/**
 * Sendmail's last word on a message it kept trying (`<rcpt>... Deferred: Connection refused by …`)
 * with the give-up line after it (`Message could not be delivered for 5 days`).
 */
function deferredVerdict(lines: string[]): string | undefined {
  const transcript = linesAfter(lines, '----- transcript of session follows -----').slice(0, 200)
  const deferred = transcript.map((line) => DEFERRED_LINE.exec(line.trim())?.[1]).find(Boolean)
  if (!deferred) return undefined
  const gaveUp = transcript.map((line) => line.trim()).find((line) => GAVE_UP.test(line))
  return gaveUp ? `${deferred} (${gaveUp})` : deferred
}

/**
 * Sendmail's verdict when a local program failed (`554 5.3.0 unknown mailer error 255`), with what
 * the program printed before it, from a transcript that names no recipient.
 */
function mailerVerdict(lines: string[]): string | undefined {
  const printed: string[] = []
  for (const raw of linesAfter(lines, '----- transcript of session follows -----').slice(0, 200)) {
    const line = raw.trim()
    if (/^-{2,}/.test(line)) break
    if (PROGRAM_VERDICT.test(line))
      return printed.length > 0 ? `${line} (${printed.join(' ').slice(0, 1000)})` : line
    if (line !== '') printed.push(line)
  }
  return undefined
}

/** The `others` of a layout's fields, when there are any. */
function withOthers(others: LayoutFields[]): Pick<LayoutFields, 'others'> {
  return others.length > 0 ? { others } : {}
}

/** Sendmail: "----- The following addresses had permanent fatal errors -----" and the session transcript. */
export const sendmailParser: LayoutParser = {
  format: 'sendmail',
  detects: (lower) =>
    lower.includes('----- the following addresses had permanent fatal errors -----') ||
    lower.includes('----- transcript of session follows -----'),
  parse(lines) {
    const summary = summaryFields(lines)
    const entries = transcriptRecipients(lines)
    const [first, ...rest] = entries
    if (!first) return summary
    if (!summary.diagnostic || !summary.recipient) return { ...summary, ...first, ...withOthers(rest) }
    const address = summary.recipient.toLowerCase()
    const others = entries.filter((entry) => entry.recipient?.toLowerCase() !== address)
    return others.length < entries.length ? { ...summary, ...withOthers(others) } : summary
  },
}
