import { findCodes } from '../knowledge/explain'
import type { LayoutFields } from './types'
import { firstRecipientLike } from './text-scan'

const CODE_LINE = /(?:^|[^0-9.])([45][0-9][0-9][ -]{1,3}[45]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9.]).{0,1000})/
const BARE_CODE_LINE = /^[ \t>#<]{0,8}([45][0-9][0-9][ -].{0,1000})$/
const CUE_LINE = /(?:said|returned|reason|error|response|was):[ \t]{0,3}'?([45][0-9][0-9][ -].{0,1000})$/i
const MAX_SCANNED_LINES = 20_000

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
    (fields.diagnostic ? firstRecipientLike(fields.diagnostic) : undefined) ??
    firstRecipientLike(scanned.slice(0, 200).join('\n'))
  if (recipient) fields.recipient = recipient
  return fields
}
