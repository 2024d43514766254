import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

const MAX_ENTRIES = 50
const DELAYED =
  /^\[Status: [^,]{1,40}, Address: <([^<>\s]{1,320})>, ResponseCode ([0-9]{3}), [^,]{0,200}, ([^\]]{1,1000})\]/

/** Zoho Mail: its own delivery notice, failed addresses followed by `ERROR_CODE :550, ERROR_CODE :5.1.1 …`. */
export const zohoParser: LayoutParser = {
  format: 'zoho',
  detects: (lower) =>
    lower.includes('error_code :') || (lower.includes('[status: ') && lower.includes('responsecode ')),
  parse(lines) {
    const entries: LayoutFields[] = []
    for (const line of lines) {
      const delayed = DELAYED.exec(line.trim())
      if (delayed?.[1] && entries.length === 0) {
        return {
          recipient: cleanToken(delayed[1]),
          diagnostic: `${delayed[2] ?? ''} ${delayed[3] ?? ''}`.trim(),
          action: 'delayed',
        }
      }
      if (!line.includes('ERROR_CODE :') || entries.length >= MAX_ENTRIES) continue
      const fields: LayoutFields = {}
      const email = firstEmail(line)
      if (email) fields.recipient = cleanToken(email)
      const reply = /ERROR_CODE :([2-5][0-9][0-9])\b/.exec(line)?.[1] ?? ''
      const rest = line.slice(line.lastIndexOf('ERROR_CODE :') + 'ERROR_CODE :'.length).replace(/^[\s,]+/, '')
      fields.diagnostic = `${reply} ${rest}`.replace(/\s{2,}/g, ' ').trim()
      entries.push(fields)
    }
    const [first = {}, ...others] = entries
    return others.length > 0 ? { ...first, others } : first
  },
}
