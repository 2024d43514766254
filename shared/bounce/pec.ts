/**
 * Italian certified mail (PEC, posta elettronica certificata): the receipts a PEC provider sends,
 * as the technical rules of DM 2 November 2005 define them. The kind is read from the `X-Ricevuta`
 * (or `X-Trasporto`) header and from the `tipo` of the attached daticert.xml, whose `errore` and
 * `errore-esteso` say why a message was not delivered.
 */
import { XMLParser } from 'fast-xml-parser'
import { classifyReason } from './classify-reason'
import { codesOf } from './codes'
import { namesCause, type BounceReason } from './reasons'
import { RETURNED_SUBJECT } from './text-scan'

/** The kinds of PEC message: the receipts, the transport envelope and the anomaly envelope. */
export const PEC_KINDS = [
  'accettazione',
  'non-accettazione',
  'presa-in-carico',
  'avvenuta-consegna',
  'errore-consegna',
  'preavviso-errore-consegna',
  'rilevazione-virus',
  'posta-certificata',
  'errore',
] as const

/** One kind of PEC message; its texts are at `bounce:pec.kinds.<kind>`. */
export type PecKind = (typeof PEC_KINDS)[number]

/** What a PEC receipt says. */
export interface PecReceipt {
  kind: PecKind
  /** The daticert.xml `errore` attribute: nessuno, no-dest, no-dominio, virus, altro. */
  error: string | null
  /** The daticert.xml `errore-esteso`: the provider's own words, often with an enhanced code. */
  extendedError: string | null
  /** The Message-ID of the message the receipt is about (`X-Riferimento-Message-ID`, else daticert). */
  referenceMessageId: string | null
  /** The provider that issued the receipt (`gestore-emittente`). */
  provider: string | null
  /** True when at least one recipient is an ordinary (not PEC) address: it will send no delivery receipt. */
  ordinaryRecipient: boolean
  /** For a notice of non-delivery for time: 12 or 24 hours, when the receipt says which. */
  hours: 12 | 24 | null
  /** The recipient the receipt is about: daticert's `consegna`, else its first certified `destinatari`. */
  recipient: string | null
  /** True when daticert.xml was found and read (else only the headers were). */
  hasDaticert: boolean
}

const HEADER_KINDS: Record<string, PecKind> = {
  accettazione: 'accettazione',
  'non-accettazione': 'non-accettazione',
  'presa-in-carico': 'presa-in-carico',
  'avvenuta-consegna': 'avvenuta-consegna',
  'errore-consegna': 'errore-consegna',
  'mancata-consegna': 'errore-consegna',
  'preavviso-errore-consegna': 'preavviso-errore-consegna',
  'preavviso-mancata-consegna': 'preavviso-errore-consegna',
  'rilevazione-virus': 'rilevazione-virus',
  'posta-certificata': 'posta-certificata',
  errore: 'errore',
}

interface Daticert {
  tipo: string | null
  errore: string | null
  erroreEsteso: string | null
  msgid: string | null
  gestore: string | null
  esterno: boolean
  recipient: string | null
}

const MAX_XML = 262_144

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && '#text' in value) return text(value['#text'])
  return null
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

/** Reads daticert.xml with an XML parser; null when it is not one (or declares entities). */
function parseDaticert(xml: string): Daticert | null {
  if (xml.length > MAX_XML || /<!(?:DOCTYPE|ENTITY)/i.test(xml)) return null
  let root: Record<string, unknown>
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: false })
    const parsed = parser.parse(xml) as Record<string, unknown>
    root = (parsed.postacert ?? null) as Record<string, unknown>
  } catch {
    return null
  }
  if (!root || typeof root !== 'object') return null
  const header = (root.intestazione ?? {}) as Record<string, unknown>
  const data = (root.dati ?? {}) as Record<string, unknown>
  const recipients = asList(header.destinatari)
  const certified = recipients.find(
    (entry) => typeof entry !== 'object' || text((entry as Record<string, unknown>)['@tipo']) !== 'esterno',
  )
  return {
    recipient: text(data.consegna) ?? text(certified),
    tipo: text(root['@tipo']),
    errore: text(root['@errore']),
    erroreEsteso: text(data['errore-esteso']),
    msgid: text(data.msgid),
    gestore: text(data['gestore-emittente']),
    esterno: recipients.some(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        text((entry as Record<string, unknown>)['@tipo']) === 'esterno',
    ),
  }
}

function hoursOf(extendedError: string | null, subject: string): 12 | 24 | null {
  const said = `${extendedError ?? ''} ${subject}`.toLowerCase()
  if (/\b(?:12|dodici) ore\b|\b12 hours\b/.test(said)) return 12
  if (/\b(?:24|ventiquattro) ore\b|\b24 hours\b/.test(said)) return 24
  return null
}

/**
 * An anomaly envelope around a message that is itself returned mail ("ANOMALIA MESSAGGIO: Undelivered
 * Mail Returned to Sender"): a PEC box wrote to an ordinary address and that server's bounce came
 * back into the box, so what it carries is a failure, not a delivery.
 */
export function wrapsReturnedMail(text: string): boolean {
  const wrapped = /anomalia messaggio:[ \t]*([^\n]{1,300})/i.exec(text)?.[1]
  return wrapped !== undefined && RETURNED_SUBJECT.test(wrapped.toLowerCase())
}

/**
 * The PEC receipt a message is, from its headers (names lower-cased) and its daticert.xml; null
 * when the message is not a PEC receipt or envelope.
 */
export function readPec(headers: Map<string, string>, daticertXml: string | null): PecReceipt | null {
  const daticert = daticertXml ? parseDaticert(daticertXml) : null
  const fromHeader =
    HEADER_KINDS[(headers.get('x-ricevuta') ?? '').trim().toLowerCase()] ??
    HEADER_KINDS[(headers.get('x-trasporto') ?? '').trim().toLowerCase()]
  const kind = fromHeader ?? HEADER_KINDS[daticert?.tipo?.toLowerCase() ?? '']
  if (!kind || (kind === 'errore' && wrapsReturnedMail(headers.get('subject') ?? ''))) return null
  const reference = headers.get('x-riferimento-message-id')?.trim() || daticert?.msgid || null
  return {
    kind,
    error: daticert?.errore ?? null,
    extendedError: daticert?.erroreEsteso ?? null,
    referenceMessageId: reference,
    provider: daticert?.gestore ?? null,
    ordinaryRecipient: daticert?.esterno ?? false,
    hours:
      kind === 'preavviso-errore-consegna'
        ? hoursOf(daticert?.erroreEsteso ?? null, headers.get('subject') ?? '')
        : null,
    recipient: daticert?.recipient ?? null,
    hasDaticert: daticert !== null,
  }
}

const ERROR_REASONS: Record<string, BounceReason> = {
  'no-dest': 'userunknown',
  'no-dominio': 'hostunknown',
  virus: 'virusdetected',
}

/** The Sisimai reason a PEC receipt amounts to. */
export function pecReason(pec: PecReceipt): BounceReason {
  switch (pec.kind) {
    case 'accettazione':
    case 'presa-in-carico':
    case 'avvenuta-consegna':
    case 'posta-certificata':
    case 'errore':
      return 'delivered'
    case 'preavviso-errore-consegna':
      return 'expired'
    case 'rilevazione-virus':
      return 'virusdetected'
    default:
      return ERROR_REASONS[pec.error ?? ''] ?? providerWords(pec) ?? fallbackReason(pec)
  }
}

/** A failed receipt without daticert's `errore`: the provider's own words and codes decide. */
function providerWords(pec: PecReceipt): BounceReason | null {
  if (pec.error !== null || !pec.extendedError) return null
  const found = classifyReason({
    ...codesOf(pec.extendedError),
    diagnostic: pec.extendedError,
    diagnosticType: null,
    action: 'failed',
    // A non-acceptance comes from the sender's own access point, which checks the envelope it is
    // given: the words there judge the addresses written, as an answer to RCPT would.
    command: pec.kind === 'non-accettazione' ? 'RCPT' : null,
  })
  return namesCause(found) ? found : null
}

function fallbackReason(pec: PecReceipt): BounceReason {
  return pec.kind === 'non-accettazione' ? 'rejected' : 'onhold'
}
