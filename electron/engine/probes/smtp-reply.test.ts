import { describe, expect, it } from 'vitest'
import { assembleReply, parseEhlo, parseReplyLine } from './smtp-reply'

describe('SMTP reply parsing (RFC 5321 §4.2)', () => {
  it('reads single, continued and bare-code lines', () => {
    expect(parseReplyLine('250 OK')).toEqual({ code: 250, more: false, text: 'OK' })
    expect(parseReplyLine('250-PIPELINING')).toEqual({ code: 250, more: true, text: 'PIPELINING' })
    expect(parseReplyLine('354')).toEqual({ code: 354, more: false, text: '' })
  })

  it.each(['hello', '25 OK', '2500 OK', '650 no', '250_x', ''])('refuses “%s” as a reply line', (line) => {
    expect(parseReplyLine(line)).toBeNull()
  })

  it('joins a multi-line reply and refuses one whose lines disagree on the code', () => {
    const lines = ['550-5.1.1 The email account', '550 5.1.1 does not exist'].map((line) =>
      parseReplyLine(line)!,
    )
    expect(assembleReply(lines, true)).toEqual({
      code: 550,
      enhanced: '5.1.1',
      lines: ['5.1.1 The email account', '5.1.1 does not exist'],
      text: 'The email account does not exist',
    })
    const mixed = ['250-a', '251 b'].map((line) => parseReplyLine(line)!)
    expect(assembleReply(mixed, false)).toBeNull()
  })

  it('reads an enhanced code only when advertised and of the same class', () => {
    const reply = [parseReplyLine('550 5.7.1 Relaying denied')!]
    expect(assembleReply(reply, false)?.enhanced).toBeNull()
    expect(assembleReply(reply, true)?.enhanced).toBe('5.7.1')
    expect(assembleReply([parseReplyLine('550 2.0.0 odd')!], true)?.enhanced).toBeNull()
  })

  it('lists EHLO capabilities', () => {
    const ehlo = [
      'mx.example.com hello',
      'SIZE 35882577',
      'auth plain LOGIN',
      'AUTH=XOAUTH2',
      'PIPELINING',
      'STARTTLS',
      'SMTPUTF8',
      'ENHANCEDSTATUSCODES',
      '8BITMIME',
    ]
    const caps = parseEhlo({ code: 250, enhanced: null, lines: ehlo, text: '' })
    expect(caps).toMatchObject({
      sizeLimit: 35882577,
      startTls: true,
      pipelining: true,
      smtpUtf8: true,
      eightBitMime: true,
      enhancedStatusCodes: true,
      chunking: false,
    })
    expect(caps.authMechanisms).toEqual(['PLAIN', 'LOGIN', 'XOAUTH2'])
    expect(caps.extensions).toContain('AUTH plain LOGIN')
    expect(parseEhlo({ code: 250, enhanced: null, lines: ['hi', 'SIZE'], text: '' }).sizeLimit).toBe(0)
    expect(parseEhlo({ code: 250, enhanced: null, lines: ['hi'], text: '' }).sizeLimit).toBeNull()
  })
})
