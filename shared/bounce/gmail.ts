import type { SmtpCommand } from './classify-reason'
import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstRecipientLike, joinWrapped } from './text-scan'

const HEADLINES = [
  '** address not found **',
  '** message not delivered **',
  '** message blocked **',
  '** delivery incomplete **',
  '** indirizzo non trovato **',
  '** messaggio non recapitato **',
  '** messaggio bloccato **',
  '** recapito incompleto **',
]
const TECHNICAL = /^Technical details of (?:permanent|temporary) failure:?\s*$/i
const RESPONSE =
  /^(?:The response (?:from the remote server )?was|La risposta (?:del server remoto )?è stata):?[ \t]*(.{0,2000})$/i
const DELIVERED_TO =
  /(?:wasn't delivered to|delivering your message to|non è stato recapitato a|problema durante il recapito del messaggio a) ([^\s<>]{1,320}@[^\s<>]{1,253})/i

/**
 * The SMTP stage Gmail's older notices name after the remote server's reply (`… (state 14).`), and the
 * reason Gmail's wording there stands for (as Sisimai reads them): 14 is the answer to RCPT TO, 15 to
 * 18 the answers after DATA, where a refusal is the recipient side's filter.
 */
const GMAIL_STATES: Record<string, { command: SmtpCommand; reason?: BounceReason }> = {
  '6': { command: 'MAIL' },
  '8': { command: 'AUTH' },
  '9': { command: 'AUTH' },
  '12': { command: 'AUTH' },
  '13': { command: 'EHLO', reason: 'blocked' },
  '14': { command: 'RCPT' },
  '15': { command: 'DATA', reason: 'filtered' },
  '17': { command: 'DATA', reason: 'filtered' },
  '18': { command: 'DATA', reason: 'filtered' },
}

/** Gmail's "Send mail as" refusal: the address the person sends as is not set up right. */
const SEND_MAIL_AS = /'send mail as' (?:feature|account)|p=customfromdenied/i

/** Gmail: "** Address not found **", "The response from the remote server was:" (English and Italian). */
export const gmailParser: LayoutParser = {
  format: 'gmail',
  detects: (lower) =>
    HEADLINES.some((headline) => lower.includes(headline)) ||
    /technical details of (?:permanent|temporary) failure/.test(lower),
  parse(lines) {
    const fields: LayoutFields = {}
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? ''
      const delivered = DELIVERED_TO.exec(line)
      if (delivered?.[1] && !fields.recipient) fields.recipient = cleanToken(delivered[1])
      const response = RESPONSE.exec(line.trim()) ?? (TECHNICAL.test(line.trim()) ? ['', ''] : null)
      if (response && !fields.diagnostic) {
        const paragraph = response[1] ? [response[1]] : []
        let next = index + 1
        while (next < lines.length && (lines[next] ?? '').trim() === '' && paragraph.length === 0) next++
        for (; next < lines.length && (lines[next] ?? '').trim() !== ''; next++)
          paragraph.push(lines[next] ?? '')
        fields.diagnostic = joinWrapped(paragraph)
      }
    }
    readState(fields)
    if (lines.some((line) => SEND_MAIL_AS.test(line))) fields.reason = 'rejected'
    if (!fields.recipient) {
      const email = firstRecipientLike(lines.slice(0, 40).join('\n'))
      if (email) fields.recipient = cleanToken(email)
    }
    return fields
  },
}

/**
 * Sets the command (and, where Gmail's wording settles it, the reason) from a `(state N)` trailer.
 * The reason stays the enhanced code's when the remote server gave a specific one (not `x.x.0`).
 */
function readState(fields: LayoutFields): void {
  const state = /\(state ([0-9]{1,2})\)\.?\s*$/.exec(fields.diagnostic ?? '')?.[1]
  const known = state ? GMAIL_STATES[state] : undefined
  if (!known) return
  fields.command = known.command
  const specific = /\b[45]\.[0-9]{1,3}\.[1-9][0-9]{0,2}\b/.test(fields.diagnostic ?? '')
  if (known.reason && !specific) fields.reason = known.reason
}
