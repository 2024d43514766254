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
 * typed, quoted for IMAP, base64 (AUTH LOGIN), the SASL PLAIN token, and base64 of the password at
 * any alignment inside other base64. Derived forms shorter than 4 characters are left out (they
 * would match ordinary text); the password itself is always in.
 */
export function secretForms(credentials: ProbeCredentials): string[] {
  const { user, password } = credentials
  const bytes = Buffer.from(password, 'utf8')
  const derived = [
    `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    bytes.toString('base64'),
    Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64'),
    ...alignedBase64(bytes),
  ].filter((form) => form.length >= 4)
  const forms = new Set([password, ...derived].filter((form) => form.length > 0))
  return [...forms].sort((a, b) => b.length - a.length)
}

/**
 * A text with every occurrence of the forms replaced by `***`, longest forms first. Used on every
 * line a server sends and on what the transcript records of the client's lines.
 */
export function redactText(text: string, forms: readonly string[]): string {
  let result = text
  for (const form of forms) if (result.includes(form)) result = result.split(form).join(REDACTED)
  return result
}
