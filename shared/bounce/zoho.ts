import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

const DELAYED =
  /^\[Status: [^,]{1,40}, Address: <([^<>\s]{1,320})>, ResponseCode ([0-9]{3}), [^,]{0,200}, ([^\]]{1,1000})\]/

/** Zoho Mail: its own delivery notice, failed addresses followed by `ERROR_CODE :550, ERROR_CODE :5.1.1 …`. */
export const zohoParser: LayoutParser = {
  format: 'zoho',
  detects: (lower) =>
    lower.includes('error_code :') || (lower.includes('[status: ') && lower.includes('responsecode ')),
  parse(lines) {
    const fields: LayoutFields = {}
    for (const line of lines) {
      const delayed = DELAYED.exec(line.trim())
      if (delayed?.[1]) {
        fields.recipient = cleanToken(delayed[1])
        fields.diagnostic = `${delayed[2] ?? ''} ${delayed[3] ?? ''}`.trim()
        fields.action = 'delayed'
        break
      }
      if (!line.includes('ERROR_CODE :')) continue
      const email = firstEmail(line)
      if (email) fields.recipient = cleanToken(email)
      const reply = /ERROR_CODE :([2-5][0-9][0-9])\b/.exec(line)?.[1] ?? ''
      const rest = line.slice(line.lastIndexOf('ERROR_CODE :') + 'ERROR_CODE :'.length).replace(/^[\s,]+/, '')
      fields.diagnostic = `${reply} ${rest}`.replace(/\s{2,}/g, ' ').trim()
      break
    }
    return fields
  },
}
