import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

/** Headings that only Exchange / Microsoft 365 reports carry, in English and Italian. */
const MARKERS = [
  'delivery has failed to these recipients or groups',
  'diagnostic information for administrators',
  'recapito non riuscito per questi destinatari o gruppi',
  'informazioni di diagnostica per gli amministratori',
  'generating server:',
  'server di generazione:',
]
const GENERATING = /^[ \t]*(?:Generating server|Server di generazione):[ \t]*([A-Za-z0-9.-]{1,253})/i
const RECEIVING =
  /^[ \t]*(?:Receiving server|Server ricevente|Remote server|Server remoto):[ \t]*([A-Za-z0-9.-]{1,253})/i
const RETURNED = /(?:Remote server returned|Il server remoto ha restituito)[ \t]*'(.{1,2000})'/i
const RETURNED_OPEN = /(?:Remote server returned|Il server remoto ha restituito)[ \t]*'?(.{1,2000})$/i
const CLASSIC = /^[ \t]*([A-Za-z0-9.-]{1,253}) #([^#]{1,1000})##/
const EMAIL_ALONE = /^[ \t]*<?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253})>?[ \t]*$/
const FAILED_HEADINGS =
  /delivery has failed to these recipients|recapito non riuscito per questi destinatari|your message to .{1,320} couldn't be delivered|impossibile recapitare il messaggio/i

const STATUS_CODE =
  /^[ \t]*(?:Status code|Codice di stato):[ \t]*([245][0-9][0-9][ \t]+[245]\.[0-9]{1,3}\.[0-9]{1,3})/i
const NOT_DELIVERED = /(?:couldn't be delivered|non è stato possibile recapitare il messaggio)[^\n]{0,80}$/i

/**
 * A Microsoft 365 notice with no server reply quoted: its status code and the cause it states under
 * the heading ("noname wasn't found at example.com."), the words that say what the code means here.
 */
function statedCause(lines: readonly string[]): string | undefined {
  const status = lines.map((line) => STATUS_CODE.exec(line)?.[1]).find(Boolean)
  const heading = lines.findIndex((line) => NOT_DELIVERED.test(line))
  if (!status || heading === -1) return undefined
  const cause = lines.slice(heading + 1, heading + 4).find((line) => line.trim() !== '')
  return cause ? `${status} ${cause.trim()}` : undefined
}

function unwrapClassic(text: string): string {
  return text
    .replace(/^<?[ \t]*#?[245]\.[0-9]{1,3}\.[0-9]{1,3} smtp;[ \t]*/i, '')
    .replace(/>[ \t]*#SMTP#$/i, '')
    .trim()
}

/** Exchange and Microsoft 365 non-delivery reports, in English and Italian. */
export const exchangeParser: LayoutParser = {
  format: 'exchange',
  detects: (lower) =>
    MARKERS.some((marker) => lower.includes(marker)) ||
    (lower.includes('your message to') && lower.includes("couldn't be delivered")),
  parse(lines) {
    const fields: LayoutFields = {}
    const diagnosticStart = lines.findIndex((line) => GENERATING.test(line))
    for (const line of lines) {
      const generating = GENERATING.exec(line)
      if (generating?.[1] && !fields.reportingMta) fields.reportingMta = generating[1]
      const receiving = RECEIVING.exec(line)
      if (receiving?.[1] && !fields.remoteMta) fields.remoteMta = receiving[1]
      const returned = RETURNED.exec(line) ?? RETURNED_OPEN.exec(line)
      if (returned?.[1] && !fields.diagnostic) fields.diagnostic = unwrapClassic(returned[1])
    }
    const section = diagnosticStart === -1 ? lines : lines.slice(diagnosticStart + 1)
    for (let index = 0; index < section.length; index++) {
      const line = section[index] ?? ''
      const alone = EMAIL_ALONE.exec(line)
      if (alone?.[1] && !fields.recipient) {
        fields.recipient = alone[1]
        const next = section[index + 1] ?? ''
        const classic = CLASSIC.exec(next)
        if (classic?.[1]) {
          fields.remoteMta ??= classic[1]
          fields.diagnostic ??= unwrapClassic(classic[2] ?? '')
        } else if (
          /^[ \t]*[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}[ \t]*$/.test(next) &&
          !next.includes('@')
        )
          fields.remoteMta ??= next.trim()
      }
      if (/^(?:Original message headers|Intestazioni (?:del )?messaggio originale)/i.test(line.trim())) break
    }
    const stated = fields.diagnostic === undefined ? statedCause(lines) : undefined
    if (stated !== undefined) fields.diagnostic = stated
    if (!fields.recipient) {
      const heading = lines.findIndex((line) => FAILED_HEADINGS.test(line))
      if (heading !== -1) {
        const email = firstEmail(lines.slice(heading, heading + 6).join('\n'))
        if (email) fields.recipient = cleanToken(email)
      }
    }
    return fields
  },
}
