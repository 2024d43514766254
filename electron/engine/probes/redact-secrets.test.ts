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
