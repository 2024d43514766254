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

/** Exchange 2000/2003: "Your message … did not reach the following recipient(s):" and an MSEXCH code. */
export const exchange2003Parser: LayoutParser = {
  format: 'exchange2003',
  detects: (lower) =>
    lower.includes('did not reach the following recipient(s)') ||
    lower.includes('did not reach some or all of the intended recipients'),
  parse(lines) {
    const fields: LayoutFields = {}
    const start = lines.findIndex((line) => /did not reach (?:the following|some or all)/i.test(line))
    const block = lines.slice(start + 1, start + 24)
    const recipientAt = block.findIndex((line) => /^\s*\S+@\S+\s+on\s/i.test(line))
    const email = recipientAt === -1 ? undefined : firstEmail(block[recipientAt] ?? '')
    if (email) fields.recipient = cleanToken(email).toLowerCase()
    const text = block
      .slice(recipientAt + 1)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.endsWith(':') && !line.includes('@'))
    const reasonLine = text.find((line) => !/^(?:msexch|the mts-id|un;)/i.test(line))
    if (reasonLine) fields.diagnostic = reasonLine
    const code = /MSEXCH:[^()]{0,200}\(([0-9A-F]{8})\)/i.exec(block.join(' '))?.[1]?.toUpperCase()
    const reason = code ? MSEXCH_CODES[code] : undefined
    if (reason) fields.reason = reason
    return fields
  },
}
