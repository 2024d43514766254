import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

const REPLY = /(?:failed with|responded with failure):[ \t]*(.{1,1000})$/i

/**
 * MailFoundry: "Unable to deliver message to: <rcpt>", "Delivery failed for the following reason:",
 * then one line naming the server and its reply (`Server mx[ip] failed with: 550 …`).
 */
export const mailFoundryParser: LayoutParser = {
  format: 'mailfoundry',
  detects: (lower) =>
    lower.includes('unable to deliver message to: <') &&
    lower.includes('delivery failed for the following reason:'),
  parse(lines) {
    const fields: LayoutFields = {}
    const to = lines.find((line) => /^Unable to deliver message to: </i.test(line))
    const email = to ? firstEmail(to) : undefined
    if (email) fields.recipient = cleanToken(email)
    const start = lines.findIndex((line) => /^Delivery failed for the following reason:/i.test(line))
    const reasonLine = lines.slice(start + 1, start + 6).find((line) => line.trim() !== '')
    if (start !== -1 && reasonLine) {
      const reply = REPLY.exec(reasonLine.trim())
      fields.diagnostic = (reply?.[1] ?? reasonLine).trim()
      const host = /^(?:Server )?([A-Za-z0-9.-]{1,253})\[/.exec(reasonLine.trim())
      if (host?.[1]) fields.remoteMta = host[1]
    }
    return fields
  },
}
