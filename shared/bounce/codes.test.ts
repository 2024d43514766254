import { describe, expect, it } from 'vitest'
import { codesOf } from './codes'

describe('codesOf', () => {
  it('reads a reply code quoted inside a sentence when nothing else names one', () => {
    expect(
      codesOf(
        'connect to mx.example.com[192.0.2.232]: server refused to talk to me: 421 Service not available',
      ),
    ).toEqual({ replyCode: 421, enhancedCode: null })
    expect(codesOf("5.3.0 - Other mail system problem 550-'Unknown user a@example.jp'")).toEqual({
      replyCode: 550,
      enhancedCode: '5.3.0',
    })
  })

  it('takes no number for a reply code that is not one, or that is part of another number', () => {
    expect(codesOf('message of 1550 bytes deferred for 600 seconds').replyCode).toBeNull()
    expect(codesOf('queued as 550.123 on host 10.0.0.1').replyCode).toBeNull()
  })

  it('keeps the pair of a reply code and an enhanced code first', () => {
    expect(codesOf('host said: 554 5.7.1 rejected, see 550 below')).toEqual({
      replyCode: 554,
      enhancedCode: '5.7.1',
    })
  })

  it('skips the code a sending library expected for the code the server gave', () => {
    expect(
      codesOf('Expected response code 250 but got code "535", with message "535 5.7.8 Bad credentials"'),
    ).toEqual({
      replyCode: 535,
      enhancedCode: '5.7.8',
    })
    expect(
      codesOf('Expected response code "250/251/252" but got code "550", with message "550 denied"').replyCode,
    ).toBe(550)
  })
})
