import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

/** The MSEXCH error codes of Exchange 2000/2003 and the reason each stands for (as Sisimai reads them). */
const MSEXCH_CODES: Record<string, LayoutFields['reason']> = {
  '000C05A6': 'userunknown',
  '000B099C': 'hostunknown',
  '000B09AA': 'networkerror',
  '000B09B6': 'expired',
  '000C0595': 'blocked',
  '000D06B5': 'mesgtoobig',
  '000C0585': 'mailboxfull',
}

/** The "<server #5.1.1>" line that ends a recipient's reason, with the status code after "#". */
const SERVER_CODE = /^<[^<>#]{0,253}#\s?([245]\.[0-9]{1,3}\.[0-9]{1,3})>$/

/**
 * A recipient's reason: when a "<server #5.1.1>" line ends it, every line up to that one (a reason
 * wrapped at the window's width), led by the code; else its first paragraph, lines joined.
 */
function reasonText(text: readonly string[]): string | undefined {
  const said = text.filter((line) => !/^(?:msexch|the mts-id|un;)/i.test(line))
  const lines = said.filter((line) => line !== '')
  const codeAt = lines.findIndex((line) => SERVER_CODE.test(line))
  if (codeAt > 0) return `${SERVER_CODE.exec(lines[codeAt] ?? '')?.[1]} ${lines.slice(0, codeAt).join(' ')}`
  const first = said.findIndex((line) => line !== '')
  if (first === -1) return undefined
  const end = said.indexOf('', first)
  return said.slice(first, end === -1 ? undefined : end).join(' ')
}

/** A line a paste left as a placeholder for what it hid ("...", "…"). */
const PLACEHOLDER = /^(?:\.{3}|…)$/

/** Exchange 2000/2003: "Your message … did not reach the following recipient(s):" and an MSEXCH code. */
export const exchange2003Parser: LayoutParser = {
  format: 'exchange2003',
  detects: (lower) =>
    lower.includes('did not reach the following recipient(s)') ||
    lower.includes('did not reach some or all of the intended recipients'),
  parse(lines) {
    const fields: LayoutFields = {}
    const start = lines.findIndex((line) => /did not reach (?:the following|some or all)/i.test(line))
    const head = lines.slice(start + 1, start + 24)
    // The original's Subject and Sent lines come before "The following recipient(s) could not be reached:".
    const listAt = head.findIndex((line) => /(?:could not|cannot) be reached:\s*$/i.test(line))
    const block = head.slice(listAt + 1)
    // "anna@example.it on 1/5/2004 10:00 AM", or a display name in its place when the list has no address.
    const firstAt = block.findIndex((line) => line.trim() !== '')
    const named = listAt !== -1 && /^\s*\S.{0,200}?\s+on\s+\S/i.test(block[firstAt] ?? '')
    const recipientAt = named ? firstAt : block.findIndex((line) => /^\s*\S+@\S+\s+on\s/i.test(line))
    const email = recipientAt === -1 ? undefined : firstEmail(block[recipientAt] ?? '')
    if (email) fields.recipient = cleanToken(email).toLowerCase()
    const text = block
      .slice(recipientAt + 1)
      .map((line) => line.trim())
      .filter((line) => !PLACEHOLDER.test(line) && !line.endsWith(':') && !line.includes('@'))
    const diagnostic = reasonText(text)
    if (diagnostic) fields.diagnostic = diagnostic
    const code = /MSEXCH:[^()]{0,200}\(([0-9A-F]{8})\)/i.exec(block.join(' '))?.[1]?.toUpperCase()
    const reason = code ? MSEXCH_CODES[code] : undefined
    if (reason) fields.reason = reason
    return fields
  },
}
