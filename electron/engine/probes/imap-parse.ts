/**
 * Readers of the IMAP responses the mailbox look needs (QUOTA, LIST, STATUS, SEARCH, FETCH of header
 * fields). Each takes the untagged lines an ImapSession already bounded in number and length, and
 * reads them in one pass without backtracking patterns, so a hostile server cannot make them slow.
 */
import { decodeWords } from 'postal-mime'

/** How full a mailbox is, in bytes, as the server's STORAGE quota says. */
export interface MailboxQuota {
  usedBytes: number
  limitBytes: number
}

/** One mailbox (folder) from LIST: the name to send back, the name to show, and its attributes. */
export interface ListedFolder {
  /** The name as the server spells it (modified UTF-7), for commands. */
  raw: string
  /** The name in plain Unicode, for people. */
  name: string
  /** Its RFC 6154 special use (`\Junk`, `\Trash`, `\Sent`...), or null. */
  specialUse: string | null
  /** Whether it can be opened (not `\Noselect` or `\NonExistent`). */
  selectable: boolean
}

const SPECIAL_USES = new Set(['\\all', '\\archive', '\\drafts', '\\flagged', '\\junk', '\\sent', '\\trash'])

/**
 * The STORAGE quota of `* QUOTA root (STORAGE used limit ...)` lines (RFC 9208: units of 1024
 * bytes). Null when no line has a STORAGE resource with a positive limit.
 */
export function parseQuota(lines: readonly string[]): MailboxQuota | null {
  for (const line of lines) {
    if (!/^\* QUOTA /i.test(line)) continue
    const list = line.slice(line.lastIndexOf('(') + 1, line.lastIndexOf(')'))
    const words = list.trim().split(/\s+/)
    for (let index = 0; index + 2 < words.length; index += 3) {
      if (words[index]?.toUpperCase() !== 'STORAGE') continue
      const used = Number(words[index + 1])
      const limit = Number(words[index + 2])
      if (Number.isSafeInteger(used) && Number.isSafeInteger(limit) && limit > 0)
        return { usedBytes: used * 1024, limitBytes: limit * 1024 }
    }
  }
  return null
}

/**
 * The folders of a LIST response: `* LIST (attributes) "delimiter" name`, the name quoted, atom or
 * a literal (`{n}` at the end of the line, the name in the next line). At most `max` folders.
 */
export function parseList(lines: readonly string[], max: number): ListedFolder[] {
  const folders: ListedFolder[] = []
  for (let index = 0; index < lines.length && folders.length < max; index++) {
    const line = lines[index] ?? ''
    const match = /^\* LIST \(([^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (.*)$/i.exec(line)
    if (!match) continue
    const attributes = (match[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    let raw = match[2] ?? ''
    const literal = /^\{(\d{1,4})\}$/.exec(raw)
    if (literal) {
      raw = (lines[index + 1] ?? '').slice(0, Number(literal[1]))
      index++
    } else raw = unquote(raw)
    if (raw === '') continue
    const specialUse = attributes.find((attribute) => SPECIAL_USES.has(attribute)) ?? null
    folders.push({
      raw,
      name: decodeModifiedUtf7(raw),
      specialUse:
        specialUse === null ? null : `\\${specialUse.charAt(1).toUpperCase()}${specialUse.slice(2)}`,
      selectable: !attributes.includes('\\noselect') && !attributes.includes('\\nonexistent'),
    })
  }
  return folders
}

/** The MESSAGES count of a `* STATUS name (MESSAGES n)` line, or null. */
export function parseStatusMessages(lines: readonly string[]): number | null {
  for (const line of lines) {
    if (!/^\* STATUS /i.test(line)) continue
    const match = /\(([^()]*)\)\s*$/.exec(line)
    const words = (match?.[1] ?? '').trim().split(/\s+/)
    const at = words.findIndex((word) => word.toUpperCase() === 'MESSAGES')
    const count = Number(words[at + 1])
    if (at !== -1 && Number.isSafeInteger(count)) return count
  }
  return null
}

/** The UIDs of `* SEARCH n n n` lines, in the server's order. */
export function parseSearch(lines: readonly string[]): number[] {
  return lines
    .filter((line) => /^\* SEARCH\b/i.test(line))
    .flatMap((line) => line.split(' ').slice(2))
    .filter((word) => /^\d{1,10}$/.test(word))
    .map(Number)
}

/** A found message's header fields, decoded for people. */
export interface HeaderFields {
  /** The UID the FETCH line names, or null. */
  uid: number | null
  subject: string
  from: string
  date: string
}

/**
 * The header blocks of a `UID FETCH ... BODY.PEEK[HEADER.FIELDS (...)]` response: each starts after
 * a line ending in `{size}` and runs for that many bytes; folded lines are joined, encoded words decoded.
 */
export function parseHeaderFetch(lines: readonly string[]): HeaderFields[] {
  const blocks: HeaderFields[] = []
  for (let index = 0; index < lines.length; index++) {
    const size = /\{(\d{1,7})\}$/.exec(lines[index] ?? '')
    if (!size) continue
    const start = index
    const block: string[] = []
    let bytes = 0
    while (bytes < Number(size[1]) && index + 1 < lines.length) {
      const line = lines[++index] ?? ''
      block.push(line)
      bytes += Buffer.byteLength(line) + 2
    }
    const uid = /\bUID (\d{1,10})\b/i.exec(lines[start] ?? '')
    blocks.push({ uid: uid ? Number(uid[1]) : null, ...headerFields(block) })
  }
  return blocks
}

function headerFields(block: readonly string[]): Omit<HeaderFields, 'uid'> {
  const fields: Record<string, string> = {}
  let last = ''
  for (const line of block) {
    if (/^[ \t]/.test(line) && last !== '') fields[last] += ` ${line.trim()}`
    else {
      const colon = line.indexOf(':')
      if (colon <= 0) continue
      last = line.slice(0, colon).trim().toLowerCase()
      fields[last] = line.slice(colon + 1).trim()
    }
  }
  const decode = (value: string | undefined) => decodeWords(value ?? '').slice(0, 300)
  return { subject: decode(fields.subject), from: decode(fields.from), date: decode(fields.date) }
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value
  return value.slice(1, value.endsWith('"') ? -1 : undefined).replace(/\\(.)/g, '$1')
}

/** A mailbox name in IMAP's modified UTF-7 (RFC 3501 §5.1.3) as plain Unicode. */
export function decodeModifiedUtf7(name: string): string {
  return name.replace(/&([^-]*)-/g, (_, encoded: string) => {
    if (encoded === '') return '&'
    const bytes = Buffer.from(encoded.replace(/,/g, '/'), 'base64')
    let text = ''
    for (let index = 0; index + 1 < bytes.length; index += 2)
      text += String.fromCharCode(bytes.readUInt16BE(index))
    return text
  })
}

/** A string as an IMAP quoted string. */
export function imapQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
