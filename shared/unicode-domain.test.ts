import { describe, expect, it } from 'vitest'
import { toUnicode } from 'tr46'
import { displayParams, unicodeDomain, withUnicodeDomains } from './unicode-domain'

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

describe('message parameters on screen', () => {
  it('shows domains in Unicode, but keeps both forms where a message names both on purpose', () => {
    expect(displayParams({ domain: 'xn--bcher-kva.de', count: 2 })).toEqual({ domain: 'bücher.de', count: 2 })
    expect(displayParams({ domain: 'xn--bcher-kva.de', domainUnicode: 'bücher.de' })).toEqual({
      domain: 'xn--bcher-kva.de',
      domainUnicode: 'bücher.de',
    })
  })
})
