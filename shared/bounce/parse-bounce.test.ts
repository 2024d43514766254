import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainCode } from './explain'
import { readServerWords } from './server-words'
import { MAX_BOUNCE_CHARS, parseBounce } from './parse-bounce'
import { MAX_BOUNCE_LINES } from './bounded-input'

const FIVE_MB = 5 * 1024 * 1024

/** Builds a string of about `size` characters by repeating `unit`. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

const bounceLike = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc
    .array(
      fc.constantFrom(
        'Content-Type: multipart/report; boundary="b"\n',
        'From: MAILER-DAEMON@x.it\nSubject: x\n\n',
        '--b\nContent-Type: message/delivery-status\n\n',
        'Final-Recipient: rfc822; a@b.it\nAction: failed\nStatus: 5.1.1\n',
        'Diagnostic-Code: smtp; 550 5.1.1 nope\n',
        '<a@b.it>: host mx[1.2.3.4] said: 550 ',
        'This is the mail system at host x.\n',
        'Hi. This is the qmail-send program at q.\n',
        'Delivery has failed to these recipients or groups:\n',
        '** Address not found **\nThe response was:\n',
        'Generating server: x\n',
        'Received: from a ([203.0.113.9]) by b\n',
        '\n',
        '   ',
        '<<<',
        '@@@',
        '550 5.',
        '=?utf-8?B?',
        '--b--\n',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
)

describe('parseBounce never throws and never hangs', () => {
  it('answers every input with a BounceInfo', async () => {
    await fc.assert(
      fc.asyncProperty(bounceLike, async (input) => {
        const started = performance.now()
        const info = await parseBounce(input)
        expect(performance.now() - started).toBeLessThan(1000)
        expect(typeof info.format).toBe('string')
        expect(info.truncated).toBe(false)
      }),
      { numRuns: 400 },
    )
  })

  it('explains any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (input) => {
        const explanation = explainCode(input)
        expect(explanation === null || typeof explanation.title.key === 'string').toBe(true)
        expect(Array.isArray(readServerWords(input, { replyCode: null, enhancedCode: null }))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  const PATHOLOGICAL: [string, string][] = [
    ['one huge line of addresses', repeatTo('a@b.', FIVE_MB)],
    ['angle brackets and at signs', repeatTo('<<@@>>', FIVE_MB)],
    ['codes that never finish', repeatTo('550 5.5.', FIVE_MB)],
    ['postfix lines that never close', repeatTo('<x@y.it>: host mx[1.2.3.4] said ', FIVE_MB)],
    [
      'headers then noise',
      `From: a@b.it\nSubject: x\nContent-Type: text/plain\n\n${repeatTo('Received: from ([1.2.3.4 ', FIVE_MB - 100)}`,
    ],
    [
      'unclosed html',
      `From: a@b.it\nSubject: x\nContent-Type: text/html\n\n${repeatTo('<p <b ', FIVE_MB - 100)}`,
    ],
    ['many short lines', repeatTo('550 5.1.1 user unknown spamhaus\n', FIVE_MB)],
    ['delivery-status fields', repeatTo('Final-Recipient: rfc822; a@b.it\n', FIVE_MB)],
  ]
  for (const [name, input] of PATHOLOGICAL) {
    // Linear work takes well under a second (`npm run bench -- hostile` prints it); the bound only
    // tells linear from the minutes a quadratic path took, with room for a loaded machine.
    it(`parses a 5 MB paste of ${name} in seconds, not minutes`, async () => {
      const started = performance.now()
      const info = await parseBounce(input)
      expect(performance.now() - started).toBeLessThan(8000)
      expect(info.truncated).toBe(input.split('\n').length > MAX_BOUNCE_LINES)
    })
  }

  it('reads only the first 5 MB of a larger paste and says so', async () => {
    const input = `550 5.1.1 <a@b.it>: User unknown\n${repeatTo('x', MAX_BOUNCE_CHARS + 10)}`
    const info = await parseBounce(input)
    expect(info.truncated).toBe(true)
    expect(info.replyCode).toBe(550)
  })

  it('finds nothing in text that is not a bounce', async () => {
    const info = await parseBounce('Ciao, ci vediamo domani alle 10.')
    expect(info.format).toBe('none')
    expect(info.replyCode).toBeNull()
    expect(info.remedies).toEqual([])
  })

  it('understands a bare code pasted alone', async () => {
    const info = await parseBounce(' 535 ')
    expect(info.replyCode).toBe(535)
    expect(info.explanation?.replyCode).toBe(535)
  })

  it('finds the code on another line when the layout’s own diagnostic has none', async () => {
    const info = await parseBounce(
      [
        'This is the mail system at host mx1.example.net.',
        '',
        '<paolo@gone.test>: Host or domain name not found.',
        '550 5.1.2 <paolo@gone.test>: Recipient address rejected: Domain not found',
      ].join('\n'),
    )
    expect(info).toMatchObject({
      format: 'postfix',
      replyCode: 550,
      enhancedCode: '5.1.2',
      recipient: 'paolo@gone.test',
    })
  })
  it('reads the cause a Microsoft 365 notice states under its heading when no server reply is quoted', async () => {
    const info = await parseBounce(
      [
        "Your message to anna@studio.test couldn't be delivered.",
        '',
        "anna wasn't found at studio.test.",
        '',
        'More Info for Email Admins',
        'Status code: 550 5.1.10',
      ].join('\n'),
    )
    // Microsoft sends 5.1.10 (null MX in the registry) for an unknown recipient: the stated cause decides.
    expect(info).toMatchObject({ format: 'exchange', reason: 'userunknown', enhancedCode: '5.1.10' })
    expect(info.remedies[0]).toBe('recipient-address')
  })
})
