/**
 * A PEC receipt pasted as the mail program shows it: its title or subject and its body text, without
 * the headers and daticert.xml that `readPec` reads. The wording follows the annex of DM 2 November
 * 2005 ("Il giorno … il messaggio "…" proveniente da "…" ed indirizzato a …"), as Aruba, Legalmail
 * (InfoCert), Poste Italiane and Namirial write it, with their own variants of the titles.
 */
import { codesOf } from './codes'
import { wrapsReturnedMail, type PecKind, type PecReceipt } from './pec'

/** How much of a pasted text is searched: a receipt's text is a few lines. */
const PEC_TEXT_LIMIT = 8192

/** The kinds, most specific first: a later pattern may also match an earlier kind's text. */
const KIND_PATTERNS: readonly (readonly [PecKind, RegExp])[] = [
  [
    'preavviso-errore-consegna',
    /mancata consegna per sup(?:eramento|\.)? ?(?:del )?temp[oi] massim|non (?:è|e') pervenuta entro (?:le prime )?(?:dodici|12|ventiquattro|24) ore/,
  ],
  [
    'non-accettazione',
    /avviso di non accettazione|non (?:è|e') stato accettato|impedisce l'accettazione|non può essere accettato/,
  ],
  ['rilevazione-virus', /rilevazione (?:di )?virus|problema di sicurezza|(?:è|e') stato rilevato un virus/],
  [
    'errore-consegna',
    /mancata consegna|errore (?:di|nella) consegna|impedisce la consegna|non (?:è|e') stato consegnato|(?:rilevato|riscontrato) un errore/,
  ],
  [
    'avvenuta-consegna',
    /ricevuta di (?:avvenuta )?consegna|^consegna:|(?:è|e') stato consegnato nella casella/m,
  ],
  ['presa-in-carico', /presa in carico/],
  ['accettazione', /ricevuta di accettazione|^accettazione:|accettato dal sistema ed inoltrato/m],
  ['errore', /anomalia messaggio|consegnato come anomalia/],
  ['posta-certificata', /^posta certificata:|messaggio di posta certificata/m],
]

/** A sign that the text is a PEC receipt and not an ordinary bounce written in Italian. */
const PEC_SIGN =
  /il messaggio\s+"[^"\n]{0,300}"\s+proveniente da|^(?:avviso di (?:non accettazione|mancata consegna)|ricevuta di (?:avvenuta consegna|accettazione)|accettazione:|consegna:|presa in carico:|anomalia messaggio:|posta certificata:|problema di sicurezza:)|posta elettronica certificata/m

const ADDRESS = /[^\s"'<>()@]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,63}/

/** Who the receipt is about: the address after "indirizzato a" or "destinato a", never the sender. */
const RECIPIENT_CUE = /(?:indirizzato|destinato|inviato) a(?:ll'utente|l destinatario)?\s*:?\s*/g

/** Where the provider says why: a code, or the words after "a causa di", "motivo" or "errore". */
const ERROR_CUE = /(?:a causa di:?|per il seguente motivo:?|motivo:|errore:?)\s*([^\n]{1,300})/

function recipientOf(text: string): { recipient: string | null; ordinary: boolean } {
  RECIPIENT_CUE.lastIndex = 0
  const cue = RECIPIENT_CUE.exec(text)
  const ordinary = /\(\s*"?posta ordinaria"?\s*\)/.test(text)
  if (!cue) return { recipient: null, ordinary }
  const after = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 2000)
  const lines = after.split('\n').slice(0, 20)
  const certified = lines.find((line) => /posta certificata/.test(line) && ADDRESS.test(line))
  const found = ADDRESS.exec(certified ?? after)
  return { recipient: found ? found[0].replace(/\.$/, '') : null, ordinary }
}

/** The provider's own words of the error: the line that carries a code, else the words after a cue. */
function extendedErrorOf(original: string, lower: string): string | null {
  const lines = original.split('\n')
  const coded = lines.find((line) => {
    const codes = codesOf(line)
    return codes.enhancedCode !== null || (codes.replyCode ?? 0) >= 400
  })
  if (coded) return coded.trim().replace(/^.*?(?=[245]\d\d[ -]|[245]\.\d)/, '')
  const cue = ERROR_CUE.exec(lower)
  if (!cue?.[1]) return null
  const start = cue.index + cue[0].length - cue[1].length
  return original.slice(start, start + cue[1].length).trim() || null
}

function hoursOf(lower: string): 12 | 24 | null {
  if (/\b(?:12|dodici) ore\b/.test(lower)) return 12
  if (/\b(?:24|ventiquattro) ore\b/.test(lower)) return 24
  return null
}

/**
 * Reads a PEC receipt from its visible text (title, subject, body); null when the text is not one.
 * Bounded: only the first 8 KB are read, with linear patterns.
 */
export function readPecText(text: string): PecReceipt | null {
  const original = text.slice(0, PEC_TEXT_LIMIT).replace(/\r\n?/g, '\n')
  const lower = original
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
  const trimmed = lower
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
  if (!PEC_SIGN.test(trimmed)) return null
  const kind = KIND_PATTERNS.find(([, pattern]) => pattern.test(trimmed))?.[0]
  if (!kind || (kind === 'errore' && wrapsReturnedMail(trimmed))) return null
  const { recipient, ordinary } = recipientOf(trimmed)
  const failed = kind === 'errore-consegna' || kind === 'non-accettazione'
  const virus = kind === 'non-accettazione' && /virus/.test(trimmed)
  return {
    kind,
    error: virus ? 'virus' : null,
    extendedError: failed ? extendedErrorOf(original, lower) : null,
    referenceMessageId: null,
    provider: null,
    ordinaryRecipient: ordinary,
    hours: kind === 'preavviso-errore-consegna' ? hoursOf(trimmed) : null,
    recipient,
    hasDaticert: false,
  }
}
