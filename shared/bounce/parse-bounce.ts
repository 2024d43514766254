import PostalMime, { type Email } from 'postal-mime'
import { explainCode, findCodes, readingOfReason, sentByMailSystem, type CodeExplanation } from './explain'
import type { RemedyId } from '../knowledge/remedies'
import { codesOf } from './codes'
import { classifyReason, wordsNameReason, type ReasonInput, type SmtpCommand } from './classify-reason'
import { parseDeliveryStatus, preferStatus, type DeliveryStatus, type DsnRecipient } from './delivery-status'
import { readPec, pecReason } from './pec'
import { readPecText } from './pec-text'
import { retryVerdict, type RetryInput, type RetryVerdict } from './retry-verdict'
import { findCommand } from './smtp-command'
import { remoteServiceReason } from './remote-hosts'
import { amazonSesParser } from './amazonses'
import { biglobeParser, ezwebParser } from './japanese-providers'
import { fmlParser } from './fml'
import { interMailParser } from './intermail'
import { mail2000Parser } from './mail2000'
import { mailFoundryParser } from './mailfoundry'
import { mimecastParser } from './mimecast'
import { mxLogicParser } from './mxlogic'
import { verizonParser } from './verizon'
import { eximParser } from './exim'
import { exchange2003Parser } from './exchange2003'
import { gmxParser } from './gmx'
import { googleGroupsParser } from './googlegroups'
import { opensmtpdParser } from './opensmtpd'
import { dragonflyParser } from './dragonfly'
import { italianParser, refusesOrdinaryMail } from './italian'
import { imailParser, interscanParser, notesParser } from './short-notices'
import { yahooParser } from './yahoo'
import { zohoParser } from './zoho'
import { exchangeParser } from './exchange'
import { gmailParser } from './gmail'
import { postfixParser } from './postfix'
import { qmailParser } from './qmail'
import { sendmailParser } from './sendmail'
import { scanPlainText } from './plain-text'
import { wordsOverCodes } from './plain-words'
import { detailIn } from './reason-details'
import { includesPhrase } from './reason-phrases'
import type { PecReceipt } from './pec'
import { namesFailure, REASONS, type BounceReason } from './reasons'
import type { BounceFormat, BounceInfo, BounceRecipient, LayoutFields, LayoutParser } from './types'
import { attachedMessage } from './attached-message'
import { boundedBounceInput, MAX_BOUNCE_CHARS } from './bounded-input'
import {
  findIps,
  firstEmail,
  htmlToText,
  isDaemonAddress,
  isPublicIp,
  joinWrapped,
  receivingServerIps,
  MAX_LINE,
  RETURNED_SUBJECT,
  splitLines,
} from './text-scan'

export { MAX_BOUNCE_CHARS } from './bounded-input'
const SHORT_PASTE = 2000

/** Layout parsers, most distinctive markers first. */
const LAYOUTS: readonly LayoutParser[] = [
  amazonSesParser,
  mailFoundryParser,
  mimecastParser,
  verizonParser,
  biglobeParser,
  ezwebParser,
  fmlParser,
  mxLogicParser,
  mail2000Parser,
  interMailParser,
  exchange2003Parser,
  googleGroupsParser,
  yahooParser,
  zohoParser,
  gmxParser,
  opensmtpdParser,
  dragonflyParser,
  imailParser,
  interscanParser,
  notesParser,
  exchangeParser,
  gmailParser,
  italianParser,
  postfixParser,
  eximParser,
  qmailParser,
  sendmailParser,
]

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9_-]{0,76}:[ \t]?/
const KNOWN_HEADER =
  /^(?:from|to|subject|date|received|return-path|content-type|mime-version|message-id|delivered-to|x-[a-z0-9-]{1,60}|auto-submitted|reply-to|sender):/i

/**
 * The text without the `From sender date` line an mbox file puts before each message, and a second
 * such line some archivers add above it (`From sender to list Message`).
 */
function withoutMboxLines(text: string): string {
  let rest = text
  for (let line = 0; line < 2 && /^From (?:\S{1,320})?(?: |\r?\n)/.test(rest); line++)
    rest = rest.slice(rest.indexOf('\n') + 1)
  return rest
}

const QUOTE_MARK = /^[ \t]{0,3}> ?/
/** The line a mail program writes above a message it forwards inline. */
const FORWARD_MARKER =
  /^[ \t]*(?:begin forwarded message:|-{2,} ?(?:original message|forwarded message|messaggio (?:originale|inoltrato)) ?-{2,})[ \t]*$/i

/** The lines without their quote marks when nearly all written ones carry one (forward markers aside), else null. */
function withoutQuoteMarks(lines: string[]): string | null {
  const written = lines.slice(0, 200).filter((line) => line.trim() !== '' && !FORWARD_MARKER.test(line))
  const quoted = written.filter((line) => QUOTE_MARK.test(line)).length
  if (written.length < 2 || quoted < written.length * 0.9) return null
  return lines.map((line) => line.replace(QUOTE_MARK, '')).join('\n')
}

/**
 * A paste copied out of a reply, every line quoted ("> Final-Recipient: …"), or a message whose
 * body forwards a bounce inline, quoted ("Begin forwarded message:"): the quoted text without its
 * quote marks. Only when nearly all lines carry one, so a message quoting a few lines is left whole.
 */
function unquoted(text: string): string {
  const lines = splitLines(text)
  const whole = withoutQuoteMarks(lines)
  if (whole !== null) return whole
  if (!looksLikeMessage(text)) return text
  const body = lines.slice(lines.findIndex((line) => line.trim() === '') + 1)
  const firstQuoted = body.findIndex((line) => QUOTE_MARK.test(line))
  const marker = body.slice(0, firstQuoted).filter((line) => line.trim() !== '')
  if (firstQuoted === -1 || !marker.every((line) => FORWARD_MARKER.test(line))) return text
  return withoutQuoteMarks(body.slice(firstQuoted)) ?? text
}

/** True when the text starts like an email message (a block of headers), not like pasted body text. */
function looksLikeMessage(text: string): boolean {
  const head = splitLines(text.slice(0, 16_384)).slice(0, 60)
  const first = head.findIndex((line) => line.trim() !== '')
  if (first === -1 || !HEADER_LINE.test(head[first] ?? '')) return false
  let known = 0
  for (const line of head.slice(first)) {
    if (line.trim() === '') break
    if (KNOWN_HEADER.test(line)) known++
  }
  return known >= 2
}

function attachmentText(content: unknown): string {
  if (typeof content === 'string') return content
  if (content instanceof ArrayBuffer || content instanceof Uint8Array)
    return new TextDecoder().decode(content)
  return ''
}

interface Sources {
  body: string
  deliveryStatus: string[]
  originalHeaders: string
  fromAddress: string | null
  /** The message's own header fields, names lower-cased (first value of each). */
  headers: Map<string, string>
  /** The text of a message/feedback-report part (RFC 5965), when there is one. */
  feedbackReport: string | null
  /** The text of a PEC daticert.xml attachment, when there is one. */
  daticert: string | null
}

function headerMap(email: Email): Map<string, string> {
  const map = new Map<string, string>()
  for (const header of email.headers.slice(0, 500)) {
    const name = header.key.toLowerCase()
    const value = header.value.slice(0, MAX_LINE)
    // Every Delivered-To, one a line: each hop adds its own, and an autoresponder adds one too.
    if (name === 'delivered-to' && map.has(name)) map.set(name, `${map.get(name)}\n${value}`)
    else if (!map.has(name)) map.set(name, value)
  }
  // The subject as a person reads it: RFC 2047 encoded words decoded ("=?iso-8859-2?Q?odpowied=BC?=").
  if (email.subject) map.set('subject', email.subject.slice(0, MAX_LINE))
  return map
}

const REPORT_INSIDE = /^content-type:[ \t]*message\/(?:global-)?delivery-status/im

/**
 * Reads a message as MIME. A bounce forwarded as an attachment (by a person to their helpdesk, or
 * wrapped by a filtering gateway) is read too: when the message has no report of its own, the
 * report of the first attached message that has one is taken, one level deep.
 */
async function readMime(text: string, lookInside = true): Promise<Sources | null> {
  let email: Email
  try {
    email = await PostalMime.parse(text, { rfc822Attachments: true, attachmentEncoding: 'utf8' })
  } catch {
    return null
  }
  const deliveryStatus: string[] = []
  const originals: string[] = []
  const extraText: string[] = []
  let feedbackReport: string | null = null
  let daticert: string | null = null
  for (const attachment of email.attachments) {
    const type = attachment.mimeType.toLowerCase()
    const content = attachmentText(attachment.content)
    if (type.endsWith('delivery-status')) deliveryStatus.push(content)
    else if (type === 'message/feedback-report') feedbackReport ??= content.slice(0, 65_536)
    else if (/^daticert\.xml$/i.test(attachment.filename ?? '')) daticert ??= content.slice(0, 262_144)
    else if (type === 'message/rfc822' || type === 'message/global' || type.endsWith('rfc822-headers'))
      originals.push(content.slice(0, 65_536))
    else if (/^text\/plain\b/.test(type)) extraText.push(content)
  }
  const own = [email.text ?? (email.html ? htmlToText(email.html) : ''), ...extraText].join('\n')
  const forwarded = deliveryStatus.length === 0 && lookInside ? await forwardedReport(originals) : null
  const body = forwarded ? [own, forwarded.body].join('\n') : own
  const from = email.from?.address ?? null
  return {
    body,
    deliveryStatus: forwarded ? forwarded.deliveryStatus : deliveryStatus,
    originalHeaders: [...(forwarded ? [forwarded.originalHeaders] : []), ...originals, body].join('\n'),
    fromAddress: from,
    headers: headerMap(email),
    feedbackReport,
    daticert,
  }
}

/** The sources of the first attached message that carries a delivery-status report, if any. */
async function forwardedReport(originals: string[]): Promise<Sources | null> {
  const inner = originals.find((original) => REPORT_INSIDE.test(original))
  const sources = inner === undefined ? null : await readMime(inner, false)
  return sources && sources.deliveryStatus.length > 0 ? sources : null
}

/** A recipient's fields pasted without their Final-Recipient: a Status with an Action or a Diagnostic-Code. */
function hasStatusFields(lower: string): boolean {
  return /^status:[ \t]*[245]\.[0-9]/m.test(lower) && /^(?:action|diagnostic-code):/m.test(lower)
}

function plainSources(text: string): Sources {
  const lower = text.toLowerCase()
  const hasFields =
    lower.includes('final-recipient:') || lower.includes('reporting-mta:') || hasStatusFields(lower)
  return {
    body: text,
    deliveryStatus: hasFields ? [text] : [],
    originalHeaders: text,
    fromAddress: null,
    headers: new Map(),
    feedbackReport: null,
    daticert: null,
  }
}

/** The MIME reading, unless it found no text at all (a multipart without its boundaries): then the raw text. */
function readableSources(text: string, mime: Sources | null): Sources {
  if (!mime) return plainSources(text)
  if (mime.deliveryStatus.length === 0 && /^(?:final-recipient|reporting-mta):/im.test(mime.body))
    return { ...mime, deliveryStatus: [mime.body] }
  if (mime.body.trim() !== '' || mime.deliveryStatus.length > 0) return mime
  // The raw text below the notice's own headers: their Received "for <…>" names the sender, never the recipient.
  const below = text.search(/\r?\n\r?\n/)
  const raw = below >= 0 ? text.slice(below) : text
  return { ...plainSources(raw), headers: mime.headers, fromAddress: mime.fromAddress }
}

const SUBMISSION_HOP = /\b(?:ESMTPSA|ESMTPA|authenticated|with (?:mapi|https?|local))\b/i

/**
 * The IP of the server that handed the returned message to the receiving side: the first Received
 * header, from the top, that is a server-to-server hop with a public address. Authenticated
 * submissions and webmail hops are skipped: their address is the person's own device, not the
 * sending server a blocklist would name. Null when the headers only show such hops.
 */
function receivedIp(headers: string): string | null {
  const lines = splitLines(headers.slice(0, 262_144))
  for (let index = 0; index < lines.length; index++) {
    if (!/^Received:/i.test(lines[index] ?? '')) continue
    const folded = [lines[index] ?? '']
    for (let next = index + 1; next < lines.length && /^[ \t]/.test(lines[next] ?? ''); next++)
      folded.push(lines[next] ?? '')
    const header = folded.join(' ').slice(0, MAX_LINE)
    if (SUBMISSION_HOP.test(header)) continue
    const fromPart = header.split(/\bby\b/i)[0] ?? ''
    const ip = findIps(fromPart).find(isPublicIp)
    if (ip) return ip
  }
  return null
}

/** The diagnostic with the report's codes put in front when its own text lacks them. */
function explainable(
  diagnostic: string | null,
  replyCode: number | null,
  enhancedCode: string | null,
): string {
  const own = diagnostic ? findCodes(diagnostic) : { replyCode: null, enhancedCode: null }
  const prefix = [own.replyCode === null ? replyCode : null, own.enhancedCode === null ? enhancedCode : null]
  return [...prefix.filter((part) => part !== null), diagnostic ?? ''].join(' ').trim()
}

function pickRecipient<T extends BounceRecipient>(recipients: T[]): T | undefined {
  return (
    recipients.find((entry) => entry.action === 'failed') ??
    recipients.find((entry) => entry.action === 'delayed') ??
    recipients[0]
  )
}

/** The verdict as `transient` (one answer to "will it pass?"): null when the message is not a failure. */
function transientOfVerdict(retry: RetryVerdict): boolean | null {
  return retry === 'none' ? null : retry !== 'permanent'
}

/**
 * Reads a bounce: a whole message (RFC 3464 multipart/report, or the human-readable layouts of
 * Postfix, Exim, Sendmail, qmail, Exchange / Microsoft 365 and Gmail) or pasted text without
 * headers. Never throws; reads at most MAX_BOUNCE_CHARS. Pure and DOM-free, so it can run in a
 * Web Worker.
 */
export async function parseBounce(input: string, options: ReadOptions = {}): Promise<BounceInfo> {
  try {
    const info = await readBounce(input, options)
    if (saysSomething(info)) return info
    // A bounce forwarded as an attachment: the outer message is the person's note, the bounce is inside.
    const attached = await attachedMessage(input)
    if (attached === null) return info
    const inner = await readBounce(attached, options)
    return saysSomething(inner) ? inner : info
  } catch {
    return emptyBounce(input.length > MAX_BOUNCE_CHARS)
  }
}

/** True when a reading found a code, a recipient or a kind of message: something to show. */
function saysSomething(info: BounceInfo): boolean {
  return (
    info.replyCode !== null ||
    info.enhancedCode !== null ||
    info.recipient !== null ||
    info.format !== 'none' ||
    info.reason !== 'undefined'
  )
}

/** What parseBounce answers when it finds nothing. */
export function emptyBounce(truncated = false): BounceInfo {
  return {
    format: 'none',
    hasDeliveryStatus: false,
    replyCode: null,
    enhancedCode: null,
    recipient: null,
    remoteMta: null,
    diagnostic: null,
    reportingMta: null,
    sendingIp: null,
    action: null,
    transient: null,
    retry: 'none',
    recipients: [],
    explanation: null,
    remedies: [],
    truncated,
    reason: 'undefined',
    origin: { replyCode: null, enhancedCode: null, reason: 'inferred' },
    command: null,
    pec: null,
    ordinaryToPec: false,
  }
}

/** A paste short enough to be one line of server text or a bare code, such as `535`. */
function shortPaste(text: string): string | null {
  const trimmed = text.trim()
  return trimmed.length <= SHORT_PASTE && !trimmed.includes('\n') ? trimmed : null
}

/** The most lines a mail program's error window has ("Errore con l'account …" then what failed). */
const WINDOW_LINES = 4

/** A paste of a few short lines, as a mail program's error window is copied, joined into one line; else null. */
function shortWindow(text: string): string | null {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
  const joined = joinWrapped(lines)
  return lines.length <= WINDOW_LINES && joined.length <= SHORT_PASTE ? joined : null
}

/** .NET's SmtpException words for the reply code it got, written before "The server response was:". */
const DOTNET_STATUS: readonly [RegExp, number][] = [
  [/service not available, closing transmission channel/, 421],
  [/insufficient system storage/, 452],
  [/syntax error, command unrecognized/, 500],
  [/mailbox unavailable/, 550],
  [/user not local/, 551],
  [/exceeded storage allocation/, 552],
  [/mailbox name not allowed/, 553],
  [/transaction failed/, 554],
]

/**
 * The reply inside .NET's SmtpException ("Mailbox unavailable. The server response was: If MAIL
 * FROM is local then you must authenticate"), with the code .NET's words stand for when the reply
 * itself has none; else null.
 */
function dotnetReply(text: string): string | null {
  const found = /([^\n.]{0,80})\. the server response was: ?([^\n]{1,1000})/i.exec(text.slice(0, 16_384))
  const status = found?.[1]?.toLowerCase() ?? ''
  const response = found?.[2]?.trim()
  if (!response) return null
  if (hasCode(codesOf(response))) return response
  const code = DOTNET_STATUS.find(([words]) => words.test(status))?.[1]
  return code ? `${code} ${response}` : response
}

/** PHPMailer's error: the server's words after "Detail:", its codes after them ("SMTP code: 554 Additional SMTP info: 5.7.1"). */
const PHPMAILER_ERROR =
  /\bdetail: ?([^\n]{1,500}?)\s{1,4}smtp code: ([245][0-9][0-9])(?:\s{1,4}additional smtp info: ([245]\.[0-9]{1,3}\.[0-9]{1,3}))?/i

/** The reply inside PHPMailer's error, its codes first as a server writes them; else null. */
function phpMailerReply(text: string): string | null {
  const found = PHPMAILER_ERROR.exec(text.slice(0, 16_384))
  if (!found) return null
  const [, words = '', reply = '', enhanced] = found
  const told = enhanced !== undefined && words.includes(enhanced)
  return [reply, told ? undefined : enhanced, words.trim()].filter(Boolean).join(' ')
}

/** A short paste with no code whose words still name a reason, as the server's text; else null. */
function wordsOnly(paste: string | null): string | null {
  return paste && wordsNameReason(paste) ? paste : null
}

/**
 * Words of a refusal copied from an error window ("Recipient address rejected: Please try again
 * later!"), a sending service's event ("greylisted", "hard bounce"), a report's field ("Action:
 * failed") or Outlook's "The messaging interfaces have returned an unknown error".
 */
const REFUSAL_WORDS =
  /\b(?:rejected|refused|denied|respint[oa]|rifiutat[oa]|abgelehnt|rejet[ée]e?|rechazad[oa]|gr[ae]ylisted|(?:was|been) deferred|(?:hard|soft) bounce|action: failed|messaging interfaces have returned|retries exceeded|error was returned from the smtp server)\b/

/** A short paste with no code that is still a server's refusal, as the server's text; else null. */
function refusalOnly(paste: string | null): string | null {
  const lower = paste?.toLowerCase() ?? ''
  return paste && (REFUSAL_WORDS.test(lower) || FAILURE_WORDS.test(lower)) ? paste : null
}

const NAMING_LINES = 40
const NAMING_PARAGRAPH_CHARS = 500

/**
 * In a notice pasted without headers and without a code (Gmail's "Address not found" page, a
 * translated Outlook notice, a mail program's window; a message that came through a server is not
 * one), the first of its opening paragraphs whose words name a reason ("…because the domain
 * example.moc couldn't be found"), as the server's text; else null.
 */
function namingLine({ sources, layout }: Reading): string | null {
  const message = ['from', 'subject', 'received'].some((name) => sources.headers.has(name))
  if (layout || message) return null
  return namingParagraph(sources.body)
}

/**
 * The paragraph of a notice that names a mailing list's rule, which a list's own delivery report
 * gives only in its text (Sympa's "restricted to list subscribers" above "Delivery not authorized").
 */
function listRuleOf(body: string): string | null {
  return namingParagraph(notReturned(body), (text) => detailIn('listRefusedPost', text.toLowerCase()))
}

/**
 * The first of a text's opening paragraphs whose words name a reason (or meet `names`). A paragraph too long to be one
 * sentence (a program's stack trace) is read line by line, from its last line: the root cause comes
 * last ("Caused by: … PKIX path building failed").
 */
function namingParagraph(body: string, names: (text: string) => boolean = wordsNameReason): string | null {
  const candidates = splitLines(body)
    .slice(0, NAMING_LINES)
    .join('\n')
    .split(/\n[ \t]*\n/)
    .flatMap((paragraph) => {
      const joined = paragraph.replace(/\s+/g, ' ').trim()
      return joined.length <= NAMING_PARAGRAPH_CHARS
        ? [joined]
        : paragraph
            .split('\n')
            .map((line) => line.trim())
            .reverse()
    })
  return (
    candidates.find((text) => text !== '' && text.length <= NAMING_PARAGRAPH_CHARS && names(text)) ?? null
  )
}

function hasCode(codes: { replyCode: number | null; enhancedCode: string | null }): boolean {
  return codes.replyCode !== null || codes.enhancedCode !== null
}

/** What a message that is not a bounce is, read from its headers: a complaint, an unsubscribe request, an auto-reply, a PEC receipt. */
interface Kind {
  format: 'arf' | 'unsubscribe' | 'autoreply' | 'virus' | 'pec' | 'receipt'
  reason: BounceReason
  pec: PecReceipt | null
  /** An auto-reply's own sender: the person who is away, never an address its text names ("contact my colleague at…"). */
  replier?: string
}

/** Auto-reply subjects: the usual English and Italian words, and Outlook's "Automatic reply" in its languages. */
const AUTO_REPLY_SUBJECT =
  /^[[(]?(?:auto(?:matic)?[ -]?re(?:ply|sponse)|auto:|out of (?:the )?office|risposta automatica|away until|away from my mail|fuori (?:sede|ufficio)|assente|automatische antwort|abwesenheitsnotiz|abwesend|r[ée]ponse automatique|absence du bureau|absent(?:e)? du bureau|respuesta autom[áa]tica|fuera de la oficina|resposta autom[áa]tica|ausente|automatisch antwoord|afwezig|autosvar|automaattinen vastaus|automatyczna odpowied[źz]|automatiskt svar|autom[aā]tisk[aā] atbilde|[aā]rpus biroja|automatinis atsakymas|automaatne vastus|automatick[aá] odpov[eě]ď|automatick[aá] odpove[dď]|automatikus v[aá]lasz|r[ăa]spuns automat|automatski odgovor|samodejni odgovor|otomatik yan[ıi]t|αυτόματη απάντηση|автоматический ответ|автоматична відповідь|автоматичен отговор|自動応答|自动回复|自動回覆|자동 회신|رد تلقائي|תשובה אוטומטית)/i

/** A subject that says someone is away, as Lotus Notes and Domino write it ("Anna Rossi/ACME is out of the office"). */
const SOMEONE_AWAY_SUBJECT = /\bis out of (?:the )?office\b|\bè (?:fuori (?:sede|ufficio)|assente)\b/i

/**
 * Words of a delivery failure in a message's first lines: such a message stays a bounce whatever its
 * headers say; and a mail program's own "cannot send the message". A permanent enhanced code counts,
 * not a version number that looks like one (a ticket's "Version | 5.0.8").
 */
const FAILURE_WORDS =
  /could not be delivered|could not be sent|cannot send (?:the )?message|can'?t send (?:the )?message|impossibile inviare (?:il )?messaggio|error sending (?:your |the )?(?:message|e-?mail)|unable to send (?:the )?(?:message|e-?mail)|failed to send (?:the |some |your )?(?:messages?|mails?|e-?mails?)|sending of (?:the )?message failed|errore (?:durante l'invio|inviando)|problema di spedizione|problema (?:nell'|durante l')invio|errore del server di posta|errore temporaneo di\b|si è verificato un errore\b|reported error \(0x[0-9a-f]{8}\)|couldn't be delivered|was unable to be delivered|was rejected for the following\s+reasons?|(?:rejected|refused) by the\s+(?:list\s+)?moderator|(?:rifiutat|respint)[oa]\s+dal\s+moderatore|delivery to the following recipients? failed|(?:was ?n[o']t|was not) delivered|undeliverable|undelivered mail returned|delivery (?:has )?failed|failed permanently|permanent error|non (?:è stato|e' stato) (?:possibile )?(?:recapitat|consegnat|recapitare|consegnare)|è stat[oa] rifiutat[oa] per i seguenti\s+motivi|impossibile recapitare|n'a pas été (?:distribu|remis|livr)|\ba échoué|nicht zugestellt|no se (?:ha podido|pudo) entregar|(?:consegna|recapito|invio)(?: del messaggio)? non riuscit[oa]|non (?:può|puo') essere (?:inviat|recapitat|consegnat)|(?<!(?:version|release|\bver\.?|\bv)[\s|:=]{0,20})\b5\.[0-7]\.[0-9]{1,3}\b(?!\.[0-9])/

/**
 * Hotmail's own complaint report (JMRP): a copy of the message marked with X-HmXmrOriginalRecipient,
 * attached or, as some mail systems keep it, the whole message itself.
 */
function isHotmailComplaint(sources: Sources): boolean {
  return (
    sources.headers.has('x-hmxmroriginalrecipient') ||
    /^x-hmxmroriginalrecipient:/im.test(sources.originalHeaders.slice(0, 65_536))
  )
}

/** Senders of complaint reports in formats of their own, as Sisimai's ARF module lists them, and SpamCop. */
const COMPLAINT_SENDERS: readonly [RegExp, RegExp][] = [
  [/^(?:staff@hotmail\.com|complaints@email-abuse\.amazonses\.com)$/, /complaint about message/i],
  [/@reports\.spamcop\.net$/, /^\[spamcop \(/i],
]

/**
 * A complaint or abuse report that is not RFC 5965's: Hotmail's (JMRP), Amazon SES's and SpamCop's,
 * and the X-ARF format of abuse desks (x-arf.org: an "X-ARF: YES" header).
 */
function isComplaintReport(sources: Sources): boolean {
  const from = (sources.fromAddress ?? '').toLowerCase()
  const subject = (sources.headers.get('subject') ?? '').trim()
  return (
    isHotmailComplaint(sources) ||
    (sources.headers.get('x-arf') ?? '').trim().toLowerCase() === 'yes' ||
    COMPLAINT_SENDERS.some(([sender, title]) => sender.test(from) && title.test(subject))
  )
}

const NOT_AUTO_REPLY =
  /delivery status|undeliver|returned mail|failure|delivery failed|error sending|non recapitat/i

/**
 * RFC 3834's marks of an automatic response, as Sisimai's RFC3834 module reads them, qmail's
 * autorespond mark, and the older vacation(1) convention: `Precedence: bulk` or `junk` on a reply
 * sent with an empty return path.
 */
function autoResponseHeaders(headers: Map<string, string>): boolean {
  const submitted = (headers.get('auto-submitted') ?? '').toLowerCase()
  if (submitted.startsWith('auto-replied')) return true
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return true
  // qmail's autorespond marks its replies "Delivered-To: Autoresponder", to stop a reply to itself.
  if (/^autoresponder$/im.test(headers.get('delivered-to') ?? '')) return true
  const precedence = (headers.get('precedence') ?? '').trim().toLowerCase()
  if (precedence === 'auto_reply') return true
  const nullPath = /^<?\s*>?$/.test((headers.get('return-path') ?? 'x').trim())
  return nullPath && (precedence === 'bulk' || precedence === 'junk')
}

/** A sender that answers for a system, not for the person written to. */
const SYSTEM_SENDER = /^(?:no-?reply|do-?not-?reply|donotreply|noreply-[^@]*)@/i

/**
 * Who an auto-reply answers for, as Sisimai's RFC3834 module reads it: its From. A system sender
 * (noreply@) leaves the recipient to the text, which then names the mailbox it speaks of.
 */
function replierOf(sources: Sources): Pick<Kind, 'replier'> {
  const from = (sources.fromAddress ?? '').toLowerCase()
  if (!from.includes('@') || isDaemonAddress(from) || SYSTEM_SENDER.test(from)) return {}
  return { replier: from }
}

function isAutoReply(sources: Sources): boolean {
  const from = sources.fromAddress ?? ''
  if (isDaemonAddress(from.includes('@') ? from : `${from}@local`)) return false
  if (NOT_AUTO_REPLY.test(sources.headers.get('subject') ?? '')) return false
  if (FAILURE_WORDS.test(sources.body.slice(0, 4000).toLowerCase())) return false
  if (autoResponseHeaders(sources.headers)) return true
  const subject = sources.headers.get('subject') ?? ''
  return AUTO_REPLY_SUBJECT.test(subject) || SOMEONE_AWAY_SUBJECT.test(subject)
}

/**
 * A challenge/response (sender verification) request: the recipient's screening service holds the
 * message until the sender proves to be a person or asks to be let in (Boxbe, Bluebottle, SpamArrest).
 * RFC 3834 counts these among automatic responses.
 */
const CHALLENGE_WORDS =
  /\b(?:add (?:yourself|your (?:e-?mail )?address) to (?:my|the|our|his|her) [a-z ]{0,30}(?:list|contacts)|(?:added|add you) to the recipient'?s? [a-z]{0,12} ?(?:list|contacts)|sender not pre-?approved|(?:verify|confirm|prove) (?:that )?you are (?:a )?(?:human|person|real)|has been (?:waitlisted|held pending)|awaiting (?:your )?(?:verification|confirmation)|(?:complete|answer) (?:the|this) (?:challenge|verification))\b/

/** A permanent refusal: a message refused for good is a bounce even when the refusal asks for a confirmation. */
const PERMANENT_REFUSAL = /\b5[0-9][0-9][ -]|\bstatus: ?5\.[0-9]{1,3}\.[0-9]{1,3}\b/i

function isChallenge(sources: Sources): boolean {
  const shown = `${sources.body.slice(0, 8000)}\n${sources.deliveryStatus.join('\n').slice(0, 8000)}`
  return CHALLENGE_WORDS.test(shown.toLowerCase().replace(/\s+/g, ' ')) && !PERMANENT_REFUSAL.test(shown)
}

/** Words of a virus scanner's alert (amavis' "VIRUS (…) IN MAIL FROM YOU", "a virus was found in a message you sent"). */
const VIRUS_WORDS =
  /\bvirus (?:alert|found|detected|warning)\b|\b(?:found|detected|contains?|contained|infected with) (?:a |an |the )?(?:virus|malware|worm|trojan)\b|\bvirus(?:es)? (?:was|were|has been|have been) (?:found|detected)\b|\bvirus\b[^\n]{0,60}\bin (?:mail|a message|an email|the message|your message) (?:from|you sent)\b|\bvirus rilevato\b|\btrovato un virus\b|\bcontene(?:va)? un virus\b/

/**
 * A reply with an enhanced code, or a line opening on a reply code ("550 This message contains a
 * virus"): a server's refusal, which makes a virus message a bounce (`virusdetected`).
 */
const REFUSAL_LINE = /\b[45][0-9][0-9][ -][45]\.[0-9]{1,3}\.[0-9]{1,3}\b|^[ \t]{0,8}[45][0-9][0-9][ -]\S/m

/**
 * A virus scanner's alert, not a returned message: virus words in the subject or the first lines,
 * and neither a report nor a layout nor a server's coded refusal (Sisimai reads only those, as
 * `virusdetected`, when the message was refused after DATA).
 */
function isVirusNotice(sources: Sources): boolean {
  const subject = (sources.headers.get('subject') ?? '').toLowerCase()
  const shown = `${subject}\n${sources.body.slice(0, 4000)}`.toLowerCase()
  return VIRUS_WORDS.test(shown) && (!REFUSAL_LINE.test(shown) || ABOUT_SOMEONE_ELSE.test(subject))
}

/**
 * amavis' alerts to the administrator ("VIRUS (…) in mail FROM [ip] <sender>") and to the recipient
 * ("… in mail TO YOU"): they quote the refusal, yet nothing came back to the person who sent it.
 */
const ABOUT_SOMEONE_ELSE = /\bin mail\s+(?:from\s+(?!you\b)|to\s+you\b)/

/**
 * A delivery receipt written out, as Exchange and Outlook send it without a delivery-status part
 * ("Delivered:", "Relayed:"), in the languages Outlook writes: the message arrived.
 */
const RECEIPT_WORDS =
  /\byour message (?:has been|was) delivered to the following recipients?\b|\bdelivery to (?:these|the following) recipients or (?:groups|distribution lists) is complete\b|\bil messaggio è stato recapitato ai (?:seguenti destinatari|destinatari seguenti)\b|\bil (?:tuo )?messaggio è stato (?:consegnato|recapitato) (?:a|al|ai|alla|nella casella)\b|\brecapito (?:ai|a questi) destinatari o gruppi\b[^.\n]{0,30}\bcomplet|\bzustellung an (?:diese|folgende) empfänger\b[^.\n]{0,40}\babgeschlossen\b|\bla remise à ces destinataires\b[^.\n]{0,40}\bterminée\b|\bse completó la entrega a estos destinatarios\b/

function isDeliveryReceipt(sources: Sources): boolean {
  if (sources.deliveryStatus.length > 0) return false
  const shown = sources.body.slice(0, 4000).toLowerCase().replace(/\s+/g, ' ')
  return RECEIPT_WORDS.test(shown) && !FAILURE_WORDS.test(shown)
}

function kindOf(sources: Sources, bounceLike: boolean): Kind | null {
  const shown = `${sources.headers.get('subject') ?? ''}\n${sources.body}`
  const fromHeaders = readPec(sources.headers, sources.daticert)
  // Without daticert.xml the receipt's own text names the recipient (never its sender).
  const pec = fromHeaders
    ? { ...fromHeaders, recipient: fromHeaders.recipient ?? readPecText(shown)?.recipient ?? null }
    : sources.deliveryStatus.length === 0
      ? readPecText(shown)
      : null
  if (pec) return { format: 'pec', reason: pecReason(pec), pec }
  const type = (sources.headers.get('content-type') ?? '').toLowerCase()
  if (
    sources.feedbackReport !== null ||
    /report-type="?feedback-report/.test(type) ||
    isComplaintReport(sources)
  )
    return { format: 'arf', reason: 'feedback', pec: null }
  if ((sources.headers.get('x-apple-unsubscribe') ?? '').trim().toLowerCase() === 'true')
    return { format: 'unsubscribe', reason: 'feedback', pec: null }
  if (isChallenge(sources)) return { format: 'autoreply', reason: 'vacation', pec: null }
  if (isDeliveryReceipt(sources)) return { format: 'receipt', reason: 'delivered', pec: null }
  if (bounceLike) return null
  if (isVirusNotice(sources)) return { format: 'virus', reason: 'virusnotice', pec: null }
  if (!isAutoReply(sources)) return null
  const retired = wordsOverCodes('suspend', sources.body.slice(0, 4000).toLowerCase().replace(/\s+/g, ' '))
  return { format: 'autoreply', reason: retired ? 'suspend' : 'vacation', pec: null, ...replierOf(sources) }
}

function collectStatus(sources: Sources): DeliveryStatus {
  const status: DeliveryStatus = { reportingMta: null, recipients: [] }
  for (const part of sources.deliveryStatus) {
    const parsed = parseDeliveryStatus(part)
    status.reportingMta ??= parsed.reportingMta
    status.recipients.push(...parsed.recipients)
  }
  return status
}

/**
 * The remedies of the codes first (most specific), then those of the reason; none for a non-failure.
 * A finer reading of the reason (a mail program's window about its own server) replaces the reason's.
 */
function remediesOf(reason: BounceReason, explained: CodeExplanation | null): RemedyId[] {
  if (REASONS[reason].notFailure) return []
  const fromCodes = explained?.remedies ?? []
  const refined = readingOfReason(explained, reason) !== null
  return [...new Set([...fromCodes, ...(refined ? [] : REASONS[reason].remedies)])]
}

/** The recipients a human-readable layout lists, as DSN recipients, when it lists more than one. */
function layoutRecipients(
  fields: LayoutFields,
  command: SmtpCommand | null,
  reportingMta: string | null,
): BounceRecipient[] {
  if (!fields.others || fields.others.length === 0) return []
  return [fields, ...fields.others].map((entry) => {
    const codes = entry.diagnostic ? codesOf(entry.diagnostic) : { replyCode: null, enhancedCode: null }
    const action = entry.action ?? 'failed'
    const diagnostic = entry.diagnostic ?? null
    const recipient = entry.recipient ?? null
    const remoteMta = entry.remoteMta ?? null
    const service = entry.reason
      ? null
      : remoteServiceReason({ recipient, remoteMta, reportingMta, ...codes, command }, diagnostic)
    return {
      recipient,
      action,
      ...codes,
      remoteMta,
      diagnostic,
      diagnosticType: null,
      reason:
        service ??
        classifyReason({
          ...codes,
          diagnostic,
          diagnosticType: null,
          action,
          command: entry.command ?? command,
          stated: entry.reason ?? null,
        }),
    }
  })
}

/**
 * The fields that list the recipients: the layout's list; else the plain-text scan's list when it
 * begins with the recipient, each listed one taking the layout's facts where the scan has none.
 */
function listingOf(fields: LayoutFields, scanned: LayoutFields, recipient: string | null): LayoutFields {
  if (fields.others?.length || !scanned.others?.length || scanned.recipient !== recipient) return fields
  if (fields.recipient === undefined) return scanned
  return { ...fields, others: scanned.others.map((other) => ({ ...fields, ...other })) }
}

/** The entry of a human-readable layout that speaks of a DSN recipient: same address, or the only one of each. */
function readableOf(entry: BounceRecipient, count: number, fields: LayoutFields): LayoutFields | undefined {
  const entries = [fields, ...(fields.others ?? [])]
  const address = entry.recipient?.toLowerCase()
  const same = entries.find((candidate) => address && candidate.recipient?.toLowerCase() === address)
  if (same) return same
  return count === 1 && entries.length === 1 && fields.recipient === undefined ? fields : undefined
}

/** True when the readable text says more than the report's own: it has none, or only the first line of it. */
function extendsOwn(readable: string, own: string | null): boolean {
  return own === null || (readable.length > own.length && readable.startsWith(own))
}

/**
 * The DSN's recipients, each given the server text the human-readable part has for it when its
 * own Diagnostic-Code is missing or cut to the first line (the codes in that text are read too).
 */
function pairedRecipients(recipients: DsnRecipient[], fields: LayoutFields): DsnRecipient[] {
  return recipients.map((entry) => {
    const diagnostic = readableOf(entry, recipients.length, fields)?.diagnostic
    if (!diagnostic || !extendsOwn(diagnostic, entry.diagnostic)) return entry
    const codes = codesOf(diagnostic)
    const replyCode = entry.replyCode ?? codes.replyCode
    const enhancedCode = entry.enhancedCode
      ? preferStatus(entry.enhancedCode, codes.enhancedCode, replyCode)
      : codes.enhancedCode
    return { ...entry, diagnostic, replyCode, enhancedCode }
  })
}

/**
 * Gives every recipient of a DSN its own reason: the layout's view of it first, then what the
 * receiving service means by its reply, then its own code and text.
 */
function withReasons(
  recipients: DsnRecipient[],
  fields: LayoutFields,
  command: SmtpCommand | null,
  reportingMta: string | null,
): BounceRecipient[] {
  return recipients.map(({ statedReason, statusNote, ...entry }) => {
    const readable = readableOf(entry, recipients.length, fields)
    const stated = readable?.reason ?? statedReason
    const diagnostic = [entry.diagnostic, statusNote].filter((part) => part !== null).join(' ')
    const refused = readable?.command ?? command
    const service = stated
      ? null
      : remoteServiceReason({ ...entry, reportingMta, command: refused }, entry.diagnostic)
    return {
      ...entry,
      reason: entry.reason ?? service ?? classifyReason({ ...entry, diagnostic, command: refused, stated }),
    }
  })
}

/** What the reason of the bounce as a whole is worked out from. */
interface BounceReasonInput extends ReasonInput {
  statusNote: string | null
  body: string
  /** The notice's paragraph naming a mailing list's rule, beside its report's diagnostic. */
  listRule: string | null
  /** True when the body is a known report (a layout's, or one with a delivery-status part). */
  knownReport: boolean
}

/**
 * The reason of the bounce as a whole. Without any server text the body is searched for phrases;
 * a known report whose body names none gives `undefined`, not `onhold`: there was no server text
 * to weigh.
 */
function reasonOf(input: BounceReasonInput): BounceReason {
  const { statusNote, body, knownReport, listRule, ...rest } = input
  const text = [
    input.diagnostic ??
      notReturned(body)
        .slice(0, 4000)
        .replace(/(\S)[ \t]*\n[ \t]*(?=\S)/g, '$1 '),
    listRule ?? '',
    statusNote ?? '',
  ]
    .join(' ')
    .trim()
  const found = classifyReason({ ...rest, diagnostic: text })
  // A known layout or report is a returned message: with no words, its reason is unclear, not `undefined`.
  return found === 'undefined' && knownReport ? 'onhold' : found
}

/**
 * The first header line of a copy of the returned message inside the notice's text ("Received:",
 * "Return-Path:", a signature): a copy's words ("X-Spam-Flag: NO", its subject) are the sender's, not the server's.
 */
const RETURNED_HEADER = /^(?:received|return-path|dkim-signature|arc-seal|authentication-results):[ \t]/im

/** The notice's own words: its text up to a copy of the returned message's headers (its lines unwrapped by the caller). */
function notReturned(body: string): string {
  const start = body.search(RETURNED_HEADER)
  return start < 0 ? body : body.slice(0, start)
}

/** What a bounce is read from: its parts, its report's recipients, its layout and the plain text. */
interface Reading {
  sources: Sources
  status: DeliveryStatus
  lower: string
  layout: LayoutParser | undefined
  fields: LayoutFields
  dsnRecipients: DsnRecipient[]
  dsn: DsnRecipient | undefined
  scanned: LayoutFields
  kind: Kind | null
  /** The notice says itself that a message came back, though it may name no code or recipient. */
  returned: boolean
}

/** How to read: `withoutLayout` leaves one layout parser out, to measure how the rest read it. */
export interface ReadOptions {
  withoutLayout?: LayoutParser['format']
}

/** A link as Markdown writes it ("[anna@x.it](mailto:anna@x.it)"), which forums and issue trackers put into pasted notices. */
const MARKDOWN_LINK = /\[([^\]\n]{1,254})\]\((?:mailto:|https?:\/\/)[^)\s]{1,300}\)/g

async function readParts(text: string, options: ReadOptions): Promise<Reading> {
  // A byte-order mark some programs save before the first header is not part of the message (read
  // as text, or byte for byte as Latin-1).
  const message = withoutMboxLines(
    unquoted(text.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').replace(MARKDOWN_LINK, '$1')),
  )
  const sources = readableSources(message, looksLikeMessage(message) ? await readMime(message) : null)
  const status = collectStatus(sources)
  const lines = splitLines(sources.body)
  const lower = sources.body.toLowerCase()
  const layout = LAYOUTS.find(
    (parser) =>
      parser.format !== options.withoutLayout &&
      !(parser.fallbackOnly && status.recipients.length > 0) &&
      parser.detects(lower, sources.headers),
  )
  const fields: LayoutFields = layout ? layout.parse(lines, sources.headers) : {}
  const scanned = scanPlainText(lines, firstEmail(sources.headers.get('to') ?? '') ?? null)
  // With no layout of its own, the report's recipients take their replies from the readable text.
  const dsnRecipients = pairedRecipients(status.recipients, layout ? fields : scanned)
  const bounceLike = layout !== undefined || status.recipients.length > 0
  return {
    sources,
    status,
    lower,
    layout,
    fields,
    dsnRecipients,
    dsn: pickRecipient(dsnRecipients),
    scanned,
    kind: kindOf(sources, bounceLike),
    returned: saysReturned(sources),
  }
}

/** The server's text that best explains the bounce (the first with a code), and the codes read. */
function diagnosticOf(reading: Reading, pasted: string) {
  const { kind, dsn, fields, scanned } = reading
  const programStatus = dsn?.diagnosticType?.startsWith('x-unix') === true
  const candidates = [
    kind?.pec?.extendedError,
    programStatus ? null : dsn?.diagnostic,
    fields.diagnostic,
    phpMailerReply(reading.sources.body),
    scanned.diagnostic,
    dotnetReply(reading.sources.body),
    shortPaste(pasted),
  ]
  const withCodes = candidates.find((candidate) => candidate && hasCode(codesOf(candidate)))
  const diagnostic =
    withCodes ??
    dsn?.diagnostic ??
    fields.diagnostic ??
    scanned.diagnostic ??
    wordsOnly(shortPaste(pasted)) ??
    namingLine(reading) ??
    refusalOnly(shortPaste(pasted) ?? shortWindow(pasted))
  const codes = diagnostic ? codesOf(diagnostic) : { replyCode: null, enhancedCode: null }
  const replyCode = dsn?.replyCode ?? codes.replyCode
  const enhancedCode = dsn?.enhancedCode
    ? preferStatus(dsn.enhancedCode, codes.enhancedCode, replyCode)
    : codes.enhancedCode
  // A list's own report gives its rule only in its text, beside a generic diagnostic (Sympa's).
  const listRule = diagnostic === null ? null : listRuleOf(reading.sources.body)
  return { diagnostic, replyCode, enhancedCode, listRule }
}

/** Who the mail was for, the server that refused it and the server that reported it. */
function destinationOf({ kind, dsn, fields, scanned, sources, status }: Reading) {
  const named = firstEmail(sources.headers.get('x-failed-recipients') ?? '')
  // The header's address, unless the notice's own text lists others and never names it.
  const failedHeader =
    named && (scanned.recipient === undefined || sources.body.toLowerCase().includes(named.toLowerCase()))
      ? named
      : undefined
  // A complaint report failed no one: the addresses in its copy are the sender's and the reader's.
  const recipient = kind?.pec
    ? kind.pec.recipient
    : kind?.format === 'arf'
      ? null
      : kind?.replier !== undefined
        ? kind.replier
        : (dsn?.recipient ?? fields.recipient ?? failedHeader ?? scannedOrList(scanned, sources))
  const fromDomain =
    sources.fromAddress && isDaemonAddress(sources.fromAddress)
      ? (sources.fromAddress.split('@')[1] ?? null)
      : null
  return {
    recipient,
    remoteMta: dsn?.remoteMta ?? fields.remoteMta ?? null,
    reportingMta: status.reportingMta ?? fields.reportingMta ?? fromDomain,
  }
}

/**
 * What kind of message it is, from the most specific sign to the least. A delivery report is one
 * by its own type (RFC 3464's multipart/report), even when its status part was cut away.
 */
function formatOf({ kind, layout, status, sources, returned }: Reading, found: boolean): BounceFormat {
  if (kind) return kind.format
  if (layout) return layout.format
  const type = (sources.headers.get('content-type') ?? '').toLowerCase()
  if (status.recipients.length > 0 || /report-type="?delivery-status\b/.test(type)) return 'dsn'
  return found || returned ? 'text' : 'none'
}

/**
 * A notice that says itself a message came back, though it names no code and no recipient: failure
 * words in its subject or first lines, and it comes from the mail system, or is titled as returned
 * and carries the returned copy ("This is a permanent error; I've given up", "Mail could not be
 * delivered").
 */
function saysReturned(sources: Sources): boolean {
  const subject = (sources.headers.get('subject') ?? '').toLowerCase()
  if (!FAILURE_WORDS.test(`${subject}\n${sources.body.slice(0, 4000).toLowerCase()}`)) return false
  const sender = sources.fromAddress ?? ''
  // A notice pasted without its headers says so in its own first lines ("Delivery Status
  // Notification … Delivery to the following recipients failed").
  const opening = sources.body.slice(0, 500).toLowerCase()
  const pastedNotice =
    sources.headers.size === 0 && RETURNED_SUBJECT.test(opening) && FAILURE_WORDS.test(opening)
  // A list manager's notice (List-Id, or its -owner/-bounces address) that carries the post back.
  const fromList = sources.headers.has('list-id') || LIST_MANAGER_SENDER.test(sender)
  return (
    pastedNotice ||
    isDaemonAddress(sender) ||
    ((RETURNED_SUBJECT.test(subject) || fromList) && sources.originalHeaders !== '')
  )
}

/** A mailing list's own addresses for its notices (Mailman's list-owner@ and list-bounces@, mlmmj's list+owner@, Sympa's list-request@). */
const LIST_MANAGER_SENDER = /[-+](?:owner|bounces|request)@/i

/**
 * The address the text names; for a list manager's notice, never its reader's own (the poster, quoted
 * in "the message from <you>"), but the list the post was written to.
 */
function scannedOrList(scanned: LayoutFields, sources: Sources): string | null {
  const list = listAddressOf(sources.fromAddress) ?? listNamedBy(sources)
  const reader = firstEmail(sources.headers.get('to') ?? '')?.toLowerCase()
  if (list && scanned.recipient?.toLowerCase() === reader) return list
  return scanned.recipient ?? list
}

/** A list manager's own robot address (Sympa's sympa@, LISTSERV's, Mailman's, Majordomo's). */
const LIST_ROBOT = /^(?:sympa|listserv|mailman|majordomo|ecartis|listmaster)@([a-z0-9.-]{1,253})$/i

/** A list named by its name alone in a notice ("to list members", "alla lista soci", "della lista soci"). */
const LIST_NAMED =
  /\b(?:to|for|of) (?:the )?list '?([a-z0-9][a-z0-9._-]{0,63})'?(?=[\s.,:;]|$)|\b(?:alla|della|per la|nella) lista '?([a-z0-9][a-z0-9._-]{0,63})'?(?=[\s.,:;]|$)/i

/**
 * The list a list manager's robot refused a post to, named by its name alone ("Your message to list
 * members was rejected by the moderator"), at the robot's own domain; null when the robot names none.
 */
function listNamedBy(sources: Sources): string | null {
  const domain = LIST_ROBOT.exec(sources.fromAddress ?? '')?.[1]
  const named = domain
    ? LIST_NAMED.exec(`${sources.headers.get('subject') ?? ''}\n${sources.body.slice(0, 2000)}`)
    : null
  const name = named?.[1] ?? named?.[2]
  return name && domain ? `${name.toLowerCase()}@${domain.toLowerCase()}` : null
}

/**
 * The list a list manager's notice speaks for, when the notice names no other address: the one the
 * sender wrote to ("members-owner@lists.example.org" refuses a post to "members@lists.example.org").
 */
function listAddressOf(sender: string | null): string | null {
  return sender && LIST_MANAGER_SENDER.test(sender) ? sender.replace(LIST_MANAGER_SENDER, '@') : null
}

/**
 * Why the bounce came back: a receipt's or auto-reply's own kind; else a reason the layout states;
 * else ordinary mail refused by a PEC box, or the receiving service's own words; else the codes and
 * the text.
 */
function wholeReason(
  reading: Reading,
  read: ReturnType<typeof diagnosticOf> & ReturnType<typeof destinationOf>,
  context: {
    format: BounceFormat
    command: SmtpCommand | null
    action: string | null
    ordinaryToPec: boolean
  },
): BounceReason {
  const { kind, dsn, fields, layout, sources, lower, returned } = reading
  if (kind?.reason) return kind.reason
  if (context.format === 'none') return 'undefined'
  const stated = fields.reason ?? dsn?.statedReason ?? null
  const known =
    stated === null
      ? ((context.ordinaryToPec ? 'policyviolation' : null) ??
        remoteServiceReason({ ...read, command: context.command }, read.diagnostic))
      : null
  return (
    known ??
    reasonOf({
      enhancedCode: read.enhancedCode,
      replyCode: read.replyCode,
      diagnostic: read.diagnostic,
      diagnosticType: dsn?.diagnosticType ?? null,
      action: context.action,
      command: context.command,
      stated,
      statusNote: dsn?.statusNote ?? null,
      body: lower,
      listRule: read.listRule,
      knownReport: layout !== undefined || sources.deliveryStatus.length > 0 || returned,
    })
  )
}

/** A list manager's notice that a post waits for its moderator: nothing was refused yet. */
const HELD_FOR_APPROVAL =
  /\bawaits moderator approval\b|\bis being held until the list moderator\b|\bheld for (?:the )?(?:list )?moderator'?s? (?:approval|review)\b|\bin attesa (?:dell'|di )approvazione (?:del|da parte del) moderatore\b|\battende l[’']approvazione del moderatore\b|\bviene trattenut[oa] fino a quando il moderatore\b/

/**
 * True for a plain message (one with headers) that only happens to hold an address: no layout, no
 * report, no code, no refusal in the words of Sisimai's lists (only the looser plain words, such as
 * "spam" in a newsletter, or none), and nothing in its sender, subject or first lines says a message
 * came back.
 */
function isPlainMessage(
  reading: Reading,
  coded: boolean,
  format: BounceFormat,
  reason: BounceReason,
): boolean {
  const { sources } = reading
  // A pasted line with no headers is what someone copied from an error: it is read as one.
  const message = sources.headers.has('from') || sources.headers.has('subject')
  if (format !== 'text' || !message) return false
  const subject = (sources.headers.get('subject') ?? '').toLowerCase()
  const opening = sources.body.slice(0, 4000).toLowerCase()
  const sender = sources.fromAddress ?? ''
  // The list's own words, not a copy of them returned inside a bounce of the notice itself.
  const own = notReturned(opening)
  const held = HELD_FOR_APPROVAL.test(own) && !FAILURE_WORDS.test(own) && !isDaemonAddress(sender)
  if (held && sources.deliveryStatus.length === 0) return true
  if (coded) return false
  if (reason !== 'onhold' && includesPhrase(reason, reading.lower.slice(0, 65_536))) return false
  return (
    !isDaemonAddress(sender) &&
    !RETURNED_SUBJECT.test(subject) &&
    !RETURNED_SUBJECT.test(opening) &&
    !FAILURE_WORDS.test(opening)
  )
}

/**
 * Whether sending again helps, and the reason it settles. A delay warning is expired (Sisimai's
 * reading of Action: delayed) when it names no cause, or when a report's delay carries no server
 * text: its other words are the notice's own (a pipe it waits for, a filter), not what went wrong.
 * A delivery given up on a temporary answer (Action: failed under a 4.x.x status or a 4xx reply,
 * RFC 3464) whose words name no cause is expired too: the queue's time ran out.
 */
function settledVerdict(
  found: BounceReason,
  input: Omit<RetryInput, 'reason'> & { serverSaid: boolean },
): { reason: BounceReason; retry: RetryVerdict } {
  const givenUp = found === 'onhold' && input.action?.toLowerCase() === 'failed' && answeredTemporarily(input)
  const reason = givenUp ? 'expired' : found
  const retry = retryVerdict({ ...input, reason })
  const waiting = reason === 'onhold' || (input.action === 'delayed' && !input.serverSaid)
  return { retry, reason: retry === 'warning' && waiting ? 'expired' : reason }
}

/** True when the last answer was a temporary one: a 4xx reply, or a 4.x.x status with no other reply. */
function answeredTemporarily({
  replyCode,
  enhancedCode,
}: Pick<RetryInput, 'replyCode' | 'enhancedCode'>): boolean {
  if (replyCode !== null) return replyCode >= 400 && replyCode < 500
  return enhancedCode?.startsWith('4.') ?? false
}

/**
 * The reply without Spamhaus's "returnc/pub/<ip>" links, whose address is the DNS resolver that asked
 * (the open-resolver refusal), not the sending server.
 */
function withoutResolverLinks(diagnostic: string): string {
  return diagnostic.replace(/\/returnc\/pub\/[0-9a-f.:]{3,45}/gi, '')
}

/** A failure notice that quotes no reply is explained by its own sentence that names the cause. */
function namingWords(reason: BounceReason, body: string): string | null {
  return namesFailure(reason) ? namingParagraph(notReturned(body)) : null
}

/** The sending server's public address: named in the reply (not the receiving server's own), else the copy's first Received line. */
function sendingIpOf(
  diagnostic: string | null,
  remoteMta: string | null,
  originalHeaders: string,
): string | null {
  const remoteIps = [...(remoteMta ? findIps(remoteMta) : []), ...receivingServerIps(diagnostic ?? '')]
  const named = diagnostic
    ? findIps(withoutResolverLinks(diagnostic)).find((ip) => isPublicIp(ip) && !remoteIps.includes(ip))
    : undefined
  return named ?? receivedIp(originalHeaders)
}

/**
 * One classifier: the explanation reads the server's words as the reason decided for the bounce, and
 * its steps fit the one answer to "will sending again help?".
 */
function verdictExplanation(
  { sources, status }: Reading,
  read: ReturnType<typeof diagnosticOf> & { reportingMta: string | null },
  reason: BounceReason,
  retry: RetryVerdict,
) {
  const words = read.diagnostic
    ? [read.diagnostic, read.listRule ?? ''].join(' ').trim()
    : namingWords(reason, sources.body)
  return explainCode(explainable(words, read.replyCode, read.enhancedCode), {
    reason,
    retry,
    fromMailSystem: sentByMailSystem({ ...read, hasDeliveryStatus: status.recipients.length > 0 }),
  })
}

async function readBounce(input: string, options: ReadOptions): Promise<BounceInfo> {
  const { text, truncated } = boundedBounceInput(input)
  const reading = await readParts(text, options)
  const { sources, status, fields, dsn, kind, lower } = reading
  const read = { ...diagnosticOf(reading, text), ...destinationOf(reading) }
  const { diagnostic, replyCode, enhancedCode, recipient, remoteMta, reportingMta } = read
  const action = dsn?.action ?? fields.action ?? null
  const sendingIp = sendingIpOf(diagnostic, remoteMta, sources.originalHeaders)
  const command = fields.command ?? findCommand([diagnostic ?? '', lower].join('\n').toLowerCase())
  const coded = diagnostic !== null || replyCode !== null || enhancedCode !== null
  const readFormat = formatOf(reading, coded || recipient !== null)
  const ordinaryToPec = refusesOrdinaryMail(
    [diagnostic ?? '', lower.slice(0, 65_536)].join('\n').toLowerCase(),
  )
  const readReason = wholeReason(reading, read, { format: readFormat, command, action, ordinaryToPec })
  // An ordinary message with an address in it is not a returned message.
  const plain = isPlainMessage(reading, coded, readFormat, readReason)
  const format = plain ? 'none' : readFormat
  const { reason, retry } = settledVerdict(plain ? 'undefined' : readReason, {
    replyCode,
    enhancedCode,
    action,
    text: `${diagnostic ?? ''}\n${lower}`,
    serverSaid: diagnostic !== null || Boolean(dsn?.statusNote),
  })
  const explained = verdictExplanation(reading, read, reason, retry)

  return {
    format,
    hasDeliveryStatus: status.recipients.length > 0,
    replyCode,
    enhancedCode,
    recipient: plain ? null : recipient,
    remoteMta,
    diagnostic,
    reportingMta,
    sendingIp,
    action,
    transient: transientOfVerdict(retry),
    retry,
    recipients:
      status.recipients.length > 0
        ? withReasons(reading.dsnRecipients, fields, command, reportingMta)
        : layoutRecipients(listingOf(fields, reading.scanned, recipient), command, reportingMta),
    explanation: explained,
    remedies: remediesOf(reason, explained),
    truncated,
    reason,
    origin: {
      replyCode: replyCode === null ? null : 'read',
      enhancedCode: enhancedCode === null ? null : 'read',
      reason: kind && kind.format !== 'autoreply' && kind.format !== 'virus' ? 'read' : 'inferred',
    },
    command,
    pec: kind?.pec ?? null,
    ordinaryToPec,
  }
}
