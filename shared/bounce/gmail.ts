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
    if (!fields.recipient) {
      const email = firstRecipientLike(lines.slice(0, 40).join('\n'))
      if (email) fields.recipient = cleanToken(email)
    }
    return fields
  },
}
