import { describe, expect, it } from 'vitest'
import { parseDeliveryStatus } from './delivery-status'

describe('the recipient the sender wrote', () => {
  it('takes Original-Recipient over a rewritten Final-Recipient', () => {
    const status = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Original-Recipient: rfc822;sales@example.net',
        'Final-Recipient: rfc822;anna.bianchi@internal.example.net',
        'Action: failed',
        'Status: 5.2.2',
      ].join('\n'),
    )
    expect(status.recipients.map((entry) => entry.recipient)).toEqual(['sales@example.net'])
  })

  it('never shows an X.400 address when an email address is given, and keeps every recipient', () => {
    const status = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; exchange.example.net',
        '',
        'Final-Recipient: X400; /C=IT/A= /P=EXAMPLE/O=MAIL/S=Rossi/G=Mario/',
        'Original-Recipient: rfc822;mario.rossi@example.net',
        'Action: failed',
        'Status: 5.1.1',
        '',
        'Final-Recipient: rfc822;<luca@example.net>',
        'Action: failed',
        'Status: 5.2.2',
      ].join('\n'),
    )
    expect(status.recipients.map((entry) => entry.recipient)).toEqual([
      'mario.rossi@example.net',
      'luca@example.net',
    ])
  })
})
