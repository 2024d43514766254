import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseDeliveryStatus, preferStatus } from './delivery-status'

describe('RFC 3464 reports: what the reporting MTA says besides the codes', () => {
  it("takes PowerMTA's bounce category as the reason it names (bad-mailbox: the address does not exist)", async () => {
    const info = await readSisimai('lhost-powermta-02.eml')
    expect(info).toMatchObject({ format: 'dsn', replyCode: 554, reason: 'userunknown' })
  })

  it('reads the words after the Status code ("mailbox disabled") with the server text', async () => {
    const info = await readSisimai('lhost-powermta-01.eml')
    expect(info).toMatchObject({ enhancedCode: '5.2.1', reason: 'suspend' })
    expect(info.diagnostic).toBe('550 5.2.1 <kijitora@example.jp>... User Unknown')
  })

  it('gives each recipient of a report its own reason (a delayed one: the network)', async () => {
    const info = await readSisimai('rfc3464-35.eml')
    // The third says "550 user unknown" with no command: Sisimai says filtered (DEPARTURES, corpus-measure.ts).
    expect(info.recipients.map((entry) => entry.reason)).toEqual(['rejected', 'networkerror', 'userunknown'])
  })

  it('joins a multi-line reply copied into Diagnostic-Code without folding, as one reply', () => {
    const report = [
      'Final-Recipient: rfc822; kijitora@example.jp',
      'Action: failed',
      'Status: 5.0.0',
      'Diagnostic-Code: smtp; 550-Please turn on SMTP Authentication in your mail client.',
      '550-mx.example.net [198.51.100.21]:11111 is not permitted to',
      '550 relay through this server without authentication.',
      '550 a second reply is not this one',
    ].join('\n')
    const [recipient] = parseDeliveryStatus(report).recipients
    expect(recipient?.diagnostic).toBe(
      '550-Please turn on SMTP Authentication in your mail client. 550-mx.example.net [198.51.100.21]:11111 is not permitted to 550 relay through this server without authentication.',
    )
  })

  it('keeps a Diagnostic-Code that continues for megabytes to a bound, whole at its start', () => {
    const report = [
      'Final-Recipient: rfc822; anna@example.it',
      'Action: failed',
      'Status: 5.0.0',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      ...Array.from({ length: 30_000 }, () => ` ${'y'.repeat(150)}`),
    ].join('\n')
    const diagnostic = parseDeliveryStatus(report).recipients[0]?.diagnostic ?? ''
    expect(diagnostic.startsWith('550 5.1.1 User unknown')).toBe(true)
    expect(diagnostic.length).toBeLessThan(20_000)
  })

  it('takes the written address at a host with no dot over a Final-Recipient that is a program', () => {
    const report = [
      'Original-Recipient: utf-8; fail@testserver',
      'Final-Recipient: utf-8; false',
      'Action: failed',
      'Status: 5.0.0',
    ].join('\n')
    expect(parseDeliveryStatus(report).recipients[0]?.recipient).toBe('fail@testserver')
  })

  it('reads the words a Status field gives after its code, bracketed or not', () => {
    const report = (status: string) =>
      parseDeliveryStatus(`Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: ${status}\n`)
        .recipients[0]?.statusNote
    expect(report('5.2.1 (mailbox disabled)')).toBe('mailbox disabled')
    expect(report('5.1.0 MAIL FROM: <b@example.net> 552 REPLY: not verifiable')).toBe(
      'MAIL FROM: <b@example.net> 552 REPLY: not verifiable',
    )
    expect(report('5.1.1')).toBeNull()
  })

  it("keeps the server's 'too large' code over a Status the reporter derived from a bare 552 (X.2.2, mailbox full)", () => {
    expect(preferStatus('5.2.2', '5.3.4', 552)).toBe('5.3.4')
    expect(preferStatus('5.2.2', '5.2.3', 552)).toBe('5.2.3')
    // Otherwise Sisimai's preference stands: a specific Status over another specific code.
    expect(preferStatus('5.2.2', '5.7.1', 552)).toBe('5.2.2')
  })
})
