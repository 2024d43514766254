import PostalMime, { type Email } from 'postal-mime'
import { explainCode, findCodes } from '../knowledge/explain'
import { parseEnhancedCode } from '../knowledge/enhanced-codes'
import { isTransient } from '../knowledge/reply-codes'
import { parseDeliveryStatus, type DeliveryStatus } from './delivery-status'
import { eximParser } from './exim'
import { exchangeParser } from './exchange'
import { gmailParser } from './gmail'
import { postfixParser } from './postfix'
import { qmailParser } from './qmail'
import { sendmailParser } from './sendmail'
import { scanPlainText } from './plain-text'
import type { BounceFormat, BounceInfo, BounceRecipient, LayoutFields, LayoutParser } from './types'
import { boundedBounceInput, MAX_BOUNCE_CHARS } from './bounded-input'
import { findIps, htmlToText, isDaemonAddress, isPublicIp, MAX_LINE, splitLines } from './text-scan'

export { MAX_BOUNCE_CHARS } from './bounded-input'
const SHORT_PASTE = 2000

/** Layout parsers, most distinctive markers first. */
const LAYOUTS: readonly LayoutParser[] = [
  exchangeParser,
  gmailParser,
  postfixParser,
  eximParser,
  qmailParser,
  sendmailParser,
]

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]?/
const KNOWN_HEADER =
  /^(?:from|to|subject|date|received|return-path|content-type|mime-version|message-id|delivered-to|x-[a-z0-9-]{1,60}|auto-submitted|reply-to|sender):/i

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
}

async function readMime(text: string): Promise<Sources | null> {
  let email: Email
  try {
    email = await PostalMime.parse(text, { rfc822Attachments: true, attachmentEncoding: 'utf8' })
  } catch {
    return null
  }
  const deliveryStatus: string[] = []
  const originals: string[] = []
  const extraText: string[] = []
  for (const attachment of email.attachments) {
    const type = attachment.mimeType.toLowerCase()
    const content = attachmentText(attachment.content)
    if (type.endsWith('delivery-status')) deliveryStatus.push(content)
    else if (type === 'message/rfc822' || type === 'message/global' || type.endsWith('rfc822-headers'))
      originals.push(content.slice(0, 65_536))
    else if (type === 'text/plain') extraText.push(content)
  }
  const body = [email.text ?? (email.html ? htmlToText(email.html) : ''), ...extraText].join('\n')
  const from = email.from?.address ?? null
  return { body, deliveryStatus, originalHeaders: [...originals, body].join('\n'), fromAddress: from }
}

function plainSources(text: string): Sources {
  const lower = text.toLowerCase()
  const hasFields = lower.includes('final-recipient:') || lower.includes('reporting-mta:')
  return { body: text, deliveryStatus: hasFields ? [text] : [], originalHeaders: text, fromAddress: null }
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

function pickRecipient(recipients: BounceRecipient[]): BounceRecipient | undefined {
  return (
    recipients.find((entry) => entry.action === 'failed') ??
    recipients.find((entry) => entry.action === 'delayed') ??
    recipients[0]
  )
}

function transientOf(
  replyCode: number | null,
  enhancedCode: string | null,
  action: string | null,
): boolean | null {
  if (replyCode !== null) return isTransient(replyCode)
  const enhanced = enhancedCode ? parseEnhancedCode(enhancedCode) : null
  if (enhanced) return enhanced.class === 4 ? true : enhanced.class === 5 ? false : null
  if (action === 'delayed') return true
  if (action === 'failed') return false
  return null
}

/**
 * Reads a bounce: a whole message (RFC 3464 multipart/report, or the human-readable layouts of
 * Postfix, Exim, Sendmail, qmail, Exchange / Microsoft 365 and Gmail) or pasted text without
 * headers. Never throws; reads at most MAX_BOUNCE_CHARS. Pure and DOM-free, so it can run in a
 * Web Worker.
 */
export async function parseBounce(input: string): Promise<BounceInfo> {
  try {
    return await readBounce(input)
  } catch {
    return emptyBounce(input.length > MAX_BOUNCE_CHARS)
  }
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
    recipients: [],
    explanation: null,
    remedies: [],
    truncated,
  }
}

/** A paste short enough to be one line of server text or a bare code, such as `535`. */
function shortPaste(text: string): string | null {
  const trimmed = text.trim()
  return trimmed.length <= SHORT_PASTE && !trimmed.includes('\n') ? trimmed : null
}

function hasCode(codes: { replyCode: number | null; enhancedCode: string | null }): boolean {
  return codes.replyCode !== null || codes.enhancedCode !== null
}

async function readBounce(input: string): Promise<BounceInfo> {
  const { text, truncated } = boundedBounceInput(input)
  const sources = (looksLikeMessage(text) ? await readMime(text) : null) ?? plainSources(text)

  const status: DeliveryStatus = { reportingMta: null, recipients: [] }
  for (const part of sources.deliveryStatus) {
    const parsed = parseDeliveryStatus(part)
    status.reportingMta ??= parsed.reportingMta
    status.recipients.push(...parsed.recipients)
  }
  const dsn = pickRecipient(status.recipients)

  const lines = splitLines(sources.body)
  const lower = sources.body.toLowerCase()
  const layout = LAYOUTS.find((parser) => parser.detects(lower))
  const layoutFields: LayoutFields = layout ? layout.parse(lines) : {}
  const scanned = scanPlainText(lines)

  const candidates = [dsn?.diagnostic, layoutFields.diagnostic, scanned.diagnostic, shortPaste(text)]
  const withCodes = candidates.find((candidate) => candidate && hasCode(findCodes(candidate)))
  const diagnostic = withCodes ?? dsn?.diagnostic ?? layoutFields.diagnostic ?? scanned.diagnostic ?? null
  const codes = diagnostic ? findCodes(diagnostic) : { replyCode: null, enhancedCode: null }
  const replyCode = dsn?.replyCode ?? codes.replyCode
  const enhancedCode = dsn?.enhancedCode ?? codes.enhancedCode
  const recipient = dsn?.recipient ?? layoutFields.recipient ?? scanned.recipient ?? null
  const remoteMta = dsn?.remoteMta ?? layoutFields.remoteMta ?? null
  const fromDomain =
    sources.fromAddress && isDaemonAddress(sources.fromAddress)
      ? (sources.fromAddress.split('@')[1] ?? null)
      : null
  const reportingMta = status.reportingMta ?? layoutFields.reportingMta ?? fromDomain
  const action = dsn?.action ?? layoutFields.action ?? null
  const remoteIps = remoteMta ? findIps(remoteMta) : []
  const sendingIp =
    (diagnostic ? findIps(diagnostic).find((ip) => isPublicIp(ip) && !remoteIps.includes(ip)) : undefined) ??
    receivedIp(sources.originalHeaders)

  const explained = explainCode(explainable(diagnostic, replyCode, enhancedCode))

  const found = diagnostic !== null || recipient !== null || replyCode !== null || enhancedCode !== null
  const format: BounceFormat = layout
    ? layout.format
    : status.recipients.length > 0
      ? 'dsn'
      : found
        ? 'text'
        : 'none'

  return {
    format,
    hasDeliveryStatus: status.recipients.length > 0,
    replyCode,
    enhancedCode,
    recipient,
    remoteMta,
    diagnostic,
    reportingMta,
    sendingIp,
    action,
    transient: transientOf(replyCode, enhancedCode, action),
    recipients: status.recipients,
    explanation: explained,
    remedies: explained?.remedies ?? [],
    truncated,
  }
}
