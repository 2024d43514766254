import { describe, expect, it } from 'vitest'
import {
  boundedBounceInput,
  MAX_BOUNCE_BOUNDARIES,
  MAX_BOUNCE_CHARS,
  MAX_BOUNCE_LINES,
} from './bounded-input'
import { parseBounce } from './parse-bounce'

const FIVE_MIB = 5 * 1024 * 1024
const HEADERS = 'From: MAILER-DAEMON@mx.example.net\nTo: a@example.com\nSubject: Undelivered Mail\n'
const MULTIPART = `${HEADERS}MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n`
const BOUNCE =
  `${HEADERS}\nThis is the mail system at host mx.example.net.\n\n\n\n` +
  '<someone@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown\n'

describe('boundedBounceInput', () => {
  it('leaves an ordinary bounce as it is, apart from blank runs', () => {
    const bounded = boundedBounceInput(BOUNCE)
    expect(bounded.truncated).toBe(false)
    expect(bounded.text).toBe(BOUNCE.replace('\n\n\n\n', '\n\n'))
    expect(boundedBounceInput('550 5.7.1 rejected')).toEqual({ text: '550 5.7.1 rejected', truncated: false })
  })

  it('collapses blank runs without calling it a cut', () => {
    const bounded = boundedBounceInput(`a\n${' \r\n\t\n\n'.repeat(1000)}b`)
    expect(bounded).toEqual({ text: 'a\n \r\nb', truncated: false })
  })

  it('cuts at the character, line and boundary caps, and says so', () => {
    expect(boundedBounceInput('x'.repeat(MAX_BOUNCE_CHARS + 1)).truncated).toBe(true)
    const lines = boundedBounceInput('x\n'.repeat(MAX_BOUNCE_LINES + 10))
    expect(lines.truncated).toBe(true)
    expect(lines.text.split('\n')).toHaveLength(MAX_BOUNCE_LINES)
    const parts = boundedBounceInput(`${MULTIPART}${'--b\nx\n'.repeat(MAX_BOUNCE_BOUNDARIES + 10)}`)
    expect(parts.truncated).toBe(true)
    expect(parts.text.split('\n').filter((line) => line === '--b')).toHaveLength(MAX_BOUNCE_BOUNDARIES)
  })
})

describe('reading hostile bounces of up to 5 MiB', () => {
  const hostile: [string, string][] = [
    ['newlines', '\n'.repeat(FIVE_MIB)],
    ['CRLF pairs', '\r\n'.repeat(FIVE_MIB / 2)],
    ['a message of newlines', `${HEADERS}${'\n'.repeat(FIVE_MIB - HEADERS.length)}`],
    ['empty MIME parts', `${MULTIPART}${'--b\n\n'.repeat((FIVE_MIB - MULTIPART.length) / 5)}`],
    ['a message of short lines', `${HEADERS}\n${'x\n'.repeat((FIVE_MIB - HEADERS.length - 1) / 2)}`],
    // qmail's log writes a line end as "/": unfolding must not multiply the lines without end.
    ['qmail log lines of slashes', `delivery 1: failure: ${'_/A'.repeat(FIVE_MIB / 3)}`],
  ]

  // Before the bound these took from 57 s to minutes (and gigabytes); the limit leaves room for
  // a loaded test machine while failing on anything per-line in MIME parsing.
  it.each(hostile)('reads %s in seconds, not minutes', async (_name, text) => {
    const started = performance.now()
    await parseBounce(text)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('still reads the bounce at the top of a huge paste, and says the rest was cut', async () => {
    const info = await parseBounce(`${BOUNCE}${'\n'.repeat(1000)}${'filler\n'.repeat(FIVE_MIB / 7)}`)
    expect(info.replyCode).toBe(550)
    expect(info.recipient).toBe('someone@example.org')
    expect(info.truncated).toBe(true)
  })
})

describe('line ends', () => {
  it('reads a multipart report with CR-only line ends (as Sisimai’s maildir/mac samples) as with line feeds', async () => {
    const report = [
      MULTIPART.trimEnd(),
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Delivery failed.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; someone@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '--b--',
    ].join('\n')
    const withFeeds = await parseBounce(report)
    const withReturns = await parseBounce(report.replaceAll('\n', '\r'))
    expect(withFeeds).toMatchObject({
      recipient: 'someone@example.org',
      enhancedCode: '5.2.2',
      reason: 'mailboxfull',
    })
    expect(withReturns).toMatchObject({
      recipient: 'someone@example.org',
      enhancedCode: '5.2.2',
      reason: 'mailboxfull',
    })
  })
})
