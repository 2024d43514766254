/**
 * A message a person has as a file, as the text the bounce and header readers take: a saved message
 * (.eml, or any text), an Outlook .msg (read with @kenjiuno/msgreader, made for the format), and a
 * message forwarded as an attachment (message/rfc822, text/rfc822-headers, or an item inside a .msg).
 * The same readers then give the same findings as a paste. Sizes are bounded like pasted text.
 */
import type MsgReader from '@kenjiuno/msgreader'
import type { FieldsData } from '@kenjiuno/msgreader'
import { attachedMessage } from '../bounce/attached-message'
import { MAX_BOUNCE_CHARS } from '../bounce/bounded-input'
import { messageBytesAsText } from './message-bytes'

/** The largest file read (a .msg carries its attachments; the text taken from it is cut to MAX_BOUNCE_CHARS). */
export const MESSAGE_FILE_BYTES_MAX = 4 * MAX_BOUNCE_CHARS
/** How deep messages inside messages are followed, and how many attachments of each are looked at. */
const NESTING_MAX = 3
const ATTACHMENTS_MAX = 20

/** A Received header: the line a server writes when it takes a message. */
const RECEIVED = /^received:/im

/** What a file held. */
export type MessageFileKind = 'msg' | 'eml'

/** The text of a message file, what it was, and whether it had to be cut. */
export interface MessageFileText {
  kind: MessageFileKind
  text: string
  cut: boolean
}

/** What the text is for: a bounce keeps the whole message; headers take the forwarded message's headers. */
export type MessageFilePurpose = 'bounce' | 'headers'

/** The signature of a Compound File (OLE2), the container of Outlook .msg files. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Whether the bytes are an Outlook .msg (a Compound File), whatever the file's name. */
export function isOutlookMsg(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, index) => bytes[index] === byte)
}

/**
 * The text of a message file for a purpose. A .msg becomes a MIME message (its transport headers,
 * its body, its attached messages as message/rfc822 parts); for `headers`, a message forwarded as an
 * attachment gives its own header block. Throws `MessageFileError` when the file is too large or
 * not a message the app can read.
 */
export async function readMessageFile(
  bytes: Uint8Array,
  purpose: MessageFilePurpose,
): Promise<MessageFileText> {
  if (bytes.length > MESSAGE_FILE_BYTES_MAX) throw new MessageFileError('too-large')
  const kind: MessageFileKind = isOutlookMsg(bytes) ? 'msg' : 'eml'
  const msg = kind === 'msg' ? await msgAsMime(bytes) : null
  let text = msg?.mime ?? messageBytesAsText(bytes)
  // The bounce reader opens a forwarded message itself. The headers screen takes the forwarded one's
  // headers when they show its way (a Received line), else a .msg's transport headers as Outlook kept them.
  const attached = purpose === 'headers' ? await attachedMessage(text) : null
  if (attached !== null && RECEIVED.test(headerSection(attached))) text = headerSection(attached)
  else if (purpose === 'headers' && msg?.headers) text = headerSection(msg.headers)
  return { kind, text: text.slice(0, MAX_BOUNCE_CHARS), cut: text.length > MAX_BOUNCE_CHARS }
}

/** Why a file could not be read: too large, or a .msg the library could not open. */
export class MessageFileError extends Error {
  constructor(readonly reason: 'too-large' | 'unreadable') {
    super(reason)
  }
}

/** The .msg library is loaded only when a .msg comes, so the screens that read pasted text never need it. */
async function msgAsMime(bytes: Uint8Array): Promise<{ mime: string; headers: string | null }> {
  try {
    const Reader = msgReaderClass(await import('@kenjiuno/msgreader'))
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const reader = new Reader(buffer)
    const fields = reader.getFileData()
    const empty =
      !fields.headers && !fields.body && !fields.subject && (fields.attachments ?? []).length === 0
    if (fields.error || empty) throw new MessageFileError('unreadable')
    return { mime: fieldsAsMime(reader, fields, 0), headers: fields.headers?.trim() ? fields.headers : null }
  } catch (error) {
    throw error instanceof MessageFileError ? error : new MessageFileError('unreadable')
  }
}

/** The reader class, whether the CommonJS module arrives as its exports or with them under `default` (Node's ESM). */
function msgReaderClass(loaded: { default: unknown }): typeof MsgReader {
  const exported = loaded.default as { default?: unknown }
  return (typeof exported === 'function' ? exported : exported.default) as typeof MsgReader
}

/** The MIME headers a composed message carries itself; the transport's own ones would describe another body. */
const CONTENT_HEADERS = /^(content-[\w-]+|mime-version):/i

/** One .msg item (the file, or a message attached inside it) as a MIME message. */
function fieldsAsMime(reader: MsgReader, fields: FieldsData, depth: number): string {
  const boundary = `maildoctor-msg-${depth}-${Math.random().toString(36).slice(2)}`
  const headers = transportHeaders(fields)
  const parts = [
    fields.body || !fields.bodyHtml
      ? `Content-Type: text/plain; charset=utf-8\r\n\r\n${fields.body ?? ''}`
      : `Content-Type: text/html; charset=utf-8\r\n\r\n${fields.bodyHtml}`,
  ]
  for (const attachment of (fields.attachments ?? []).slice(0, ATTACHMENTS_MAX)) {
    if (attachment.innerMsgContent && attachment.innerMsgContentFields && depth < NESTING_MAX)
      parts.push(
        `Content-Type: message/rfc822\r\n\r\n${fieldsAsMime(reader, attachment.innerMsgContentFields, depth + 1)}`,
      )
    else if (isAttachedMessage(attachment)) {
      const content = messageBytesAsText(reader.getAttachment(attachment).content)
      parts.push(`Content-Type: ${attachedType(attachment)}\r\n\r\n${content}`)
    }
  }
  return [
    ...headers,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n')
}

/** The item's transport headers without its MIME ones, or From and Subject from its fields. */
function transportHeaders(fields: FieldsData): string[] {
  const lines: string[] = []
  let skipping = false
  for (const line of (fields.headers ?? '').split(/\r?\n/)) {
    if (line === '') break
    if (/^[ \t]/.test(line)) {
      if (!skipping) lines.push(line)
      continue
    }
    skipping = CONTENT_HEADERS.test(line)
    if (!skipping) lines.push(line)
  }
  if (lines.length > 0) return lines
  const from = fields.senderEmail ? `From: ${fields.senderName ?? ''} <${fields.senderEmail}>` : null
  return [from, `Subject: ${fields.subject ?? ''}`].filter((line): line is string => line !== null)
}

/** The parts of a report a .msg keeps as attachments: messages, their headers, delivery reports. */
const REPORT_PARTS = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/delivery-status',
  'message/global-delivery-status',
  'message/feedback-report',
])

function isAttachedMessage(attachment: FieldsData): boolean {
  const type = attachment.attachMimeTag?.toLowerCase() ?? ''
  return REPORT_PARTS.has(type) || (attachment.extension ?? '').toLowerCase() === '.eml'
}

/** The MIME type a kept attachment goes back under (an attached .eml without a type is a message). */
function attachedType(attachment: FieldsData): string {
  const type = attachment.attachMimeTag?.toLowerCase() ?? ''
  return REPORT_PARTS.has(type) ? type : 'message/rfc822'
}

/** A message's header section, ending with its empty line as in a whole message. */
function headerSection(message: string): string {
  const end = message.search(/\r?\n\r?\n/)
  return `${(end === -1 ? message : message.slice(0, end)).replace(/(\r?\n)+$/, '')}\r\n\r\n`
}
