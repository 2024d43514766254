import { findCodes } from './explain'
import type { LayoutFields } from './types'
import { findEmails, isDaemonAddress } from './text-scan'

const CODE_LINE = /(?:^|[^0-9.])([45][0-9][0-9][ -]{1,3}[45]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9.]).{0,1000})/
const BARE_CODE_LINE = /^[ \t>#<]{0,8}([45][0-9][0-9][ -].{0,1000})$/
const CUE_LINE = /(?:said|returned|reason|error|response|was):[ \t]{0,3}'?([45][0-9][0-9][ -].{0,1000})$/i
const MAX_SCANNED_LINES = 20_000

/**
 * Lines whose addresses are not the recipient's: header-like lines (the bounce's own or the quoted
 * message's From, To, Cc… which Exchange 5.5 quotes above the real recipient), the sender named as
 * refused ("not accepting mail from"), and help text giving an example ("the standard form…", "e.g.").
 */
const NOT_RECIPIENT_LINE =
  /^[ \t>]{0,8}(?:from|to|cc|bcc|sender|reply-to|return-path|errors-to|list-[a-z-]{1,30})[ \t]{0,8}:|\bmail from\b|\baccepting mail from\b|\bstandard form\b|\bfor example\b|\be\.g\.|\bsuch as\b/i

/** Addresses of a mailing list's own machinery (`list-bounces@`, `owner-list@`), never a recipient. */
const LIST_ADDRESS = /^(?:owner-[^@]{1,64}|[^@]{1,64}-(?:bounces?|request|owner|admin))(?:\+[^@]{0,64})?@/i

/** The first address of the scanned lines that can be the recipient, without stray quotes around it. */
function scannedRecipient(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (NOT_RECIPIENT_LINE.test(line)) continue
    const found = findEmails(line, 20)
      .map((address) => address.replace(/^['"`]+|^(?:smtp|rfc822)[=:]/i, ''))
      .find((address) => !isDaemonAddress(address) && !LIST_ADDRESS.test(address))
    if (found) return found
  }
  return undefined
}

/**
 * The last resort: in any text, the first line with a 4xx/5xx reply (best with an enhanced code),
 * and the first address that is not a mailer-daemon's.
 */
export function scanPlainText(lines: string[]): LayoutFields {
  const fields: LayoutFields = {}
  const scanned = lines.length > MAX_SCANNED_LINES ? lines.slice(0, MAX_SCANNED_LINES) : lines
  let fallback: string | undefined
  for (const line of scanned) {
    const paired = CODE_LINE.exec(line)
    if (paired?.[1]) {
      fields.diagnostic = paired[1].trim().replace(/['")>\]]+$/, '')
      break
    }
    fallback ??= (CUE_LINE.exec(line)?.[1] ?? BARE_CODE_LINE.exec(line)?.[1])?.trim()
  }
  if (fields.diagnostic === undefined && fallback !== undefined) fields.diagnostic = fallback
  if (fields.diagnostic !== undefined && findCodes(fields.diagnostic).replyCode === null)
    delete fields.diagnostic
  const recipient =
    (fields.diagnostic ? scannedRecipient([fields.diagnostic]) : undefined) ??
    scannedRecipient(scanned.slice(0, 200))
  if (recipient) fields.recipient = recipient
  return fields
}
