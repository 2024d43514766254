import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

function notice(line: string | undefined, recipientLine?: string): LayoutFields {
  const fields: LayoutFields = {}
  if (line) fields.diagnostic = line.trim()
  const email = firstEmail(recipientLine ?? line ?? '')
  if (email) fields.recipient = cleanToken(email)
  return fields
}

/** IMail Server (Ipswitch): "Unknown user: rcpt" and the like, then "Original message follows." */
export const imailParser: LayoutParser = {
  format: 'imailserver',
  detects: (lower) =>
    lower.includes('original message follows.') &&
    /^(?:unknown user|invalid final delivery userid|user mailbox exceeds|delivery failed|undeliverable to)/m.test(
      lower,
    ),
  parse(lines) {
    const line = lines.find((entry) =>
      /^(?:Unknown user|Invalid final delivery userid|User mailbox exceeds|Delivery failed|Undeliverable to)/i.test(
        entry.trim(),
      ),
    )
    const fields = notice(line)
    if (line && /^(?:unknown user|invalid final delivery userid)/i.test(line.trim())) fields.command = 'RCPT'
    return fields
  },
}

/** Trend Micro InterScan MSS: "Message from InterScan Messaging Security Suite", "Unable to deliver message to <rcpt>". */
export const interscanParser: LayoutParser = {
  format: 'interscanmss',
  detects: (lower) => lower.includes('message from interscan messaging security suite'),
  parse(lines) {
    const line = lines.find((entry) => /unable to deliver message to|sent <<< /i.test(entry))
    const fields = notice(line)
    fields.command = 'RCPT'
    if (line && /unable to deliver message to/i.test(line)) fields.reason = 'userunknown'
    return fields
  },
}

/** Lotus Notes and Domino: "User not listed in public Name & Address Book" and the like. */
export const notesParser: LayoutParser = {
  format: 'domino',
  detects: (lower) =>
    lower.includes('not listed in public name & address book') ||
    lower.includes('not listed in domino directory') ||
    lower.includes('your message was not delivered to the following recipients'),
  parse(lines) {
    const index = lines.findIndex((entry) =>
      /not listed in|was not delivered to the following recipients/i.test(entry),
    )
    const line = lines[index]
    const fields = notice(line, lines.slice(index, index + 4).join(' '))
    if (line && /not listed/i.test(line)) fields.command = 'RCPT'
    return fields
  },
}
