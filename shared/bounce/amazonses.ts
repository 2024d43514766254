import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const MAX_JSON = 65_536

interface SesNotification {
  notificationType?: unknown
  bounce?: { bouncedRecipients?: { emailAddress?: unknown; diagnosticCode?: unknown }[] }
  complaint?: { complainedRecipients?: { emailAddress?: unknown }[] }
  delivery?: { recipients?: unknown[]; smtpResponse?: unknown; reportingMTA?: unknown }
}

const KIND_REASONS: Record<string, BounceReason> = { Delivery: 'delivered', Complaint: 'feedback' }

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 2000) : undefined
}

/** The JSON object of the notification: from the `{"notificationType"` line to the next blank line, unfolded. */
function notificationOf(lines: string[]): SesNotification | null {
  const start = lines.findIndex((entry) => entry.trimStart().startsWith('{"notificationType"'))
  if (start === -1) return null
  const parts: string[] = []
  let size = 0
  for (const line of lines.slice(start)) {
    if (line.trim() === '' || size > MAX_JSON) break
    parts.push(parts.length === 0 ? line.trim() : line.replace(/^ /, ''))
    size += line.length
  }
  try {
    return JSON.parse(parts.join('')) as SesNotification
  } catch {
    return null
  }
}

/** Amazon SES notifications sent by email (Amazon SNS): the JSON of a Bounce, Complaint or Delivery. */
export const amazonSesParser: LayoutParser = {
  format: 'amazonses',
  detects: (lower) => lower.includes('{"notificationtype":'),
  parse(lines) {
    const notification = notificationOf(lines)
    if (!notification) return {}
    const kind = asText(notification.notificationType) ?? ''
    const fields: LayoutFields = {}
    const reason = KIND_REASONS[kind]
    if (reason) fields.reason = reason
    const bounced = notification.bounce?.bouncedRecipients?.[0]
    const recipient =
      asText(bounced?.emailAddress) ??
      asText(notification.complaint?.complainedRecipients?.[0]?.emailAddress) ??
      asText(notification.delivery?.recipients?.[0])
    if (recipient) fields.recipient = cleanToken(recipient)
    const diagnostic = asText(bounced?.diagnosticCode) ?? asText(notification.delivery?.smtpResponse)
    if (diagnostic) fields.diagnostic = diagnostic.replace(/^smtp;\s*/i, '')
    if (kind === 'Delivery') fields.action = 'delivered'
    return fields
  },
}
