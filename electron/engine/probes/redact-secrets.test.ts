import { describe, expect, it } from 'vitest'
import { redactText, secretForms } from './redact-secrets'

const credentials = { user: 'mario@example.test', password: 'Hunter2-secret' }
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('secret redaction', () => {
  const forms = secretForms(credentials)

  it.each([
    ['as typed', 'Hunter2-secret'],
    ['base64 (AUTH LOGIN)', base64('Hunter2-secret')],
    ['the SASL PLAIN token', base64('\0mario@example.test\0Hunter2-secret')],
    ['inside base64 at the second alignment', base64('x\0Hunter2-secret')],
    ['inside base64 at the first alignment, with more after', base64('xy\0Hunter2-secret!')],
    ['quoted for IMAP', '"Hunter2-secret"'],
  ])('finds the password echoed %s', (_how, echo) => {
    const redacted = redactText(`535 bad credentials ${echo} here`, forms)
    expect(redacted).toContain('***')
    expect(redacted).not.toContain('Hunter2')
    expect(redacted).not.toContain(base64('Hunter2-secret').slice(0, 12))
  })

  it('leaves other text alone', () => {
    expect(redactText('535 5.7.8 Authentication failed', forms)).toBe('535 5.7.8 Authentication failed')
  })

  it('does not treat short derived forms as secrets, but always the password', () => {
    const short = secretForms({ user: 'u', password: 'ab' })
    expect(short).toContain('ab')
    expect(short.every((form) => form === 'ab' || form.length >= 4)).toBe(true)
  })
})

describe('secret redaction in other encodings', () => {
  const password = 'Hunter2-s3cret&<ü'
  const forms = secretForms({ user: 'mario@example.test', password })
  const bytes = Buffer.from(password, 'utf8')
  const wide = Buffer.from(password, 'utf16le')
  const percent = [...bytes].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  const entities = [...password].map((character) => `&#${character.codePointAt(0)};`).join('')
  const hexEntities = [...password]
    .map((character) => `&#x${character.codePointAt(0)?.toString(16)};`)
    .join('')

  it.each([
    ['upper case', password.toUpperCase()],
    ['lower case', password.toLowerCase()],
    ['hex', bytes.toString('hex')],
    ['HEX', bytes.toString('hex').toUpperCase()],
    ['URL-encoded, every byte', percent],
    ['URL-encoded, only the special characters', encodeURIComponent(password)],
    ['UTF-16LE', wide.toString('latin1')],
    ['UTF-16BE', Buffer.from(wide).swap16().toString('latin1')],
    ['UTF-16 in hex', wide.toString('hex')],
    ['UTF-16 in base64', wide.toString('base64')],
    ['quoted-printable', percent.replace(/%/g, '=')],
    ['quoted-printable, only what needs it', 'Hunter2-s3cret&<=C3=BC'],
    ['HTML entities, decimal', entities],
    ['HTML entities, hex', hexEntities],
    ['HTML named entities', 'Hunter2-s3cret&amp;&lt;ü'],
  ])('finds the password echoed %s', (_how, echo) => {
    const redacted = redactText(`535 bad credentials ${echo} here`, forms)
    expect(redacted).toBe('535 bad credentials *** here')
  })
})
