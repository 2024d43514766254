import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail, joinWrapped } from './text-scan'

/**
 * Verizon Wireless's text and picture gateways (vtext.com, vzwpix.com): "Message could not be
 * delivered to mobile." or "Error: Invalid user address" over "Error message below:". Both only
 * come back when the mobile number behind the address does not exist.
 */
export const verizonParser: LayoutParser = {
  format: 'verizon',
  detects: (lower) =>
    lower.includes('message could not be delivered to mobile.') ||
    (lower.includes('error: invalid user address') && lower.includes('error message below:')),
  parse(lines) {
    const fields: LayoutFields = {}
    const start = lines.findIndex((line) => /^Error: /.test(line))
    if (start === -1) return fields
    const block: string[] = []
    for (const line of lines.slice(start, start + 12)) {
      if (/^(?:Original Message|Message details):/i.test(line.trim())) break
      if (!/^Error message below:/i.test(line.trim())) block.push(line)
    }
    const reply = block.find((line) => /^[45][0-9][0-9][ -]/.test(line.trim()))
    fields.diagnostic = reply?.trim() ?? joinWrapped(block).replace(/^Error:\s*/, '')
    const text = joinWrapped(block).toLowerCase()
    if (/no valid recipients|invalid user address|no such user here/.test(text)) fields.reason = 'userunknown'
    const original = lines.findIndex((line) => /^(?:Original Message|Message details):/i.test(line.trim()))
    const to =
      original === -1
        ? undefined
        : lines.slice(original + 1, original + 12).find((line) => /^\s*(?:To|RCPT TO):/i.test(line))
    const email = to ? firstEmail(to) : undefined
    if (email) fields.recipient = cleanToken(email)
    return fields
  },
}
