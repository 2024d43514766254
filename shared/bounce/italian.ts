import type { LayoutFields, LayoutParser } from './types'
import { includesPhrase } from './reason-phrases'
import { cleanToken, firstRecipientLike } from './text-scan'

const HEADLINES = [
  'non è stato recapitato',
  'non è stato possibile recapitare',
  'impossibile recapitare il messaggio',
  'il messaggio non è stato consegnato',
  'mancato recapito',
  'messaggio non recapitabile',
]
const CAUSE =
  /^(?:motivo|causa|errore|dettagli(?: tecnici)?|risposta del server(?: remoto)?)\s*:\s*(.{1,2000})$/i

/**
 * A non-delivery notice written in Italian (as Italian providers' own systems send them): a headline
 * such as "Il messaggio non è stato recapitato", the recipient, and a "Motivo:" / "Errore:" line.
 */
export const italianParser: LayoutParser = {
  format: 'italian',
  fallbackOnly: true,
  detects: (lower) => HEADLINES.some((headline) => lower.includes(headline)),
  parse(lines) {
    const fields: LayoutFields = {}
    const start = lines.findIndex((line) =>
      HEADLINES.some((headline) => line.toLowerCase().includes(headline)),
    )
    const block = lines.slice(Math.max(start, 0), Math.max(start, 0) + 30)
    for (const line of block) {
      if (/^-{2,}.*(?:messaggio originale|original message)/i.test(line.trim())) break
      const cause = CAUSE.exec(line.trim())
      if (cause?.[1] && !fields.diagnostic) fields.diagnostic = cause[1].trim()
    }
    const email = firstRecipientLike(block.join('\n'))
    if (email) fields.recipient = cleanToken(email)
    const said = (fields.diagnostic ?? block.join(' ')).toLowerCase()
    if (includesPhrase('userunknown', said)) fields.reason = 'userunknown'
    return fields
  },
}

/**
 * What PEC providers write when a certified box refuses ordinary (not certified) mail, e.g. Aruba
 * PEC's "554 <rcpt>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non
 * abilitato alla ricezione di posta non certificata" (guide.pec.it, "Risoluzione agli errori comuni").
 */
const ORDINARY_TO_PEC = ['non abilitato alla ricezione di posta non certificata']

/** True when the (lower-case) text is a PEC box refusing ordinary mail. */
export function refusesOrdinaryMail(lowerText: string): boolean {
  return ORDINARY_TO_PEC.some((phrase) => lowerText.includes(phrase))
}
