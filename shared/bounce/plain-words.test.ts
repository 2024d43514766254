import { describe, expect, it } from 'vitest'
import { plainWordsReason } from './plain-words'

describe('plain words', () => {
  it.each([
    ['550 this mailbox has been disabled'],
    ['550 user account is inactive'],
    ['550 la casella è stata disattivata'],
    ['550 esta casilla ha expirado por falta de uso'],
    ['550 ce compte a été désactivé'],
    ['550 dieses postfach ist gesperrt'],
    ['550 esta conta foi desativada'],
  ])('"%s" is a mailbox switched off', (text) => {
    expect(plainWordsReason(text)).toBe('suspend')
  })

  it('leaves an account disabled at sign-in to the sign-in reading: it is the sender’s own', () => {
    expect(plainWordsReason('535 authentication failed: account disabled')).toBeNull()
  })

  it('reads a domain named between "domain" and "does not exist" as a domain that does not exist', () => {
    expect(plainWordsReason('550 5.4.310 dns domain example.moc does not exist')).toBe('hostunknown')
  })

  it('reads an old notice’s "err.nosuchuser" as an address that does not exist', () => {
    expect(plainWordsReason('x-local; 500 (err.nosuchuser)')).toBe('userunknown')
  })
})
