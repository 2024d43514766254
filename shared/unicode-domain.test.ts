import { describe, expect, it } from 'vitest'
import { toUnicode } from 'tr46'
import { unicodeDomain, withUnicodeDomains } from './unicode-domain'

describe('Unicode domain names on screen', () => {
  it.each([
    'xn--citt-3na.it',
    'xn--mnchen-3ya.de',
    'xn--bcher-kva.example',
    'mail.xn--fiqs8s.cn',
    'example.com',
  ])('shows %s as UTS-46 does', (ascii) => {
    expect(unicodeDomain(ascii)).toBe(toUnicode(ascii, { transitionalProcessing: false }).domain)
  })

  it('rewrites the labels inside a sentence and leaves broken Punycode alone', () => {
    expect(withUnicodeDomains('The domain xn--citt-3na.it does not exist')).toBe(
      'The domain città.it does not exist',
    )
    expect(unicodeDomain('xn--.it')).toBe('xn--.it')
    expect(unicodeDomain('xn--99999999999999999999.it')).toBe('xn--99999999999999999999.it')
  })
})
