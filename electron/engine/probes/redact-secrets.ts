import type { ProbeCredentials } from './probe-types'

/** What a secret is replaced with, as in the client's own masked lines. */
export const REDACTED = '***'

/**
 * The base64 text that stands for `secret` wherever it sits inside a longer base64 string: for each
 * of the three alignments, the characters that depend only on the secret's bytes. This is how a
 * password inside a SASL token echoed with other bytes around it is still found.
 */
function alignedBase64(secret: Buffer): string[] {
  const forms: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), secret])
      .toString('base64')
      .replace(/=+$/, '')
    const start = offset === 0 ? 0 : Math.ceil((offset * 4) / 3)
    const end = Math.floor(((offset + secret.length) * 4) / 3)
    forms.push(encoded.slice(start, end))
  }
  return forms
}

/**
 * Every form in which a login's password can travel, and so come back in a server's reply: as
 * typed, quoted for IMAP, base64 (AUTH LOGIN), the SASL PLAIN token, base64 of the password at any
 * alignment inside other base64, hex, and UTF-16 (as bytes, in hex and in base64). Derived forms
 * shorter than 4 characters are left out (they would match ordinary text); the password itself is
 * always in. `redactText` also finds each form with its characters URL-encoded, quoted-printable or
 * as HTML entities, in any case.
 */
export function secretForms(credentials: ProbeCredentials): string[] {
  const { user, password } = credentials
  const bytes = Buffer.from(password, 'utf8')
  const utf16le = Buffer.from(password, 'utf16le')
  const utf16be = Buffer.from(utf16le).swap16()
  const derived = [
    `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    bytes.toString('base64'),
    Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64'),
    ...alignedBase64(bytes),
    bytes.toString('hex'),
    ...[utf16le, utf16be].flatMap((wide) => [
      wide.toString('latin1'),
      wide.toString('hex'),
      wide.toString('base64'),
      ...alignedBase64(wide),
    ]),
  ].filter((form) => form.length >= 4)
  const forms = new Set([password, ...derived].filter((form) => form.length > 0))
  return [...forms].sort((a, b) => b.length - a.length)
}

const NAMED_ENTITIES: Record<string, string> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
  ' ': 'nbsp',
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** One character of a secret as the pattern of its every encoding (as is, %XX, =XX, &#N;, &#xN;, &name;). */
function characterPattern(character: string): string {
  const code = character.codePointAt(0) ?? 0
  const hexBytes = [...Buffer.from(character, 'utf8')].map((byte) => byte.toString(16).padStart(2, '0'))
  const alternatives = [
    escapeRegExp(character),
    hexBytes.map((hex) => `[%=]${hex}`).join(''),
    `&#0*${code};`,
    `&#x0*${code.toString(16)};`,
  ]
  const named = NAMED_ENTITIES[character]
  if (named) alternatives.push(`&${named};`)
  if (character === ' ') alternatives.push('\\+')
  return `(?:${alternatives.join('|')})`
}

const compiled = new WeakMap<readonly string[], RegExp | null>()

/** The forms as one case-insensitive pattern, each character in any of its encodings; cached per list. */
function secretPattern(forms: readonly string[]): RegExp | null {
  const cached = compiled.get(forms)
  if (cached !== undefined) return cached
  const sources = forms
    .filter((form) => form.length > 0)
    .map((form) => [...form].map(characterPattern).join(''))
  const pattern = sources.length > 0 ? new RegExp(sources.join('|'), 'giu') : null
  compiled.set(forms, pattern)
  return pattern
}

/**
 * A text with every occurrence of the forms replaced by `***`, longest forms first, whatever their
 * case and whether their characters come URL-encoded, quoted-printable or as HTML entities. Used on
 * every line a server sends and on what the transcript records of the client's lines.
 */
export function redactText(text: string, forms: readonly string[]): string {
  const pattern = secretPattern(forms)
  return pattern ? text.replace(pattern, REDACTED) : text
}
