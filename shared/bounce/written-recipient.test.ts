import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
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

  it('passes over the notice’s own addressee, named as the sender, for the recipient named below', async () => {
    const notice = (to: string) =>
      [
        'From: <gateway@example.net>',
        `To: ${to}`,
        'Subject: Attachment type not allowed',
        '',
        'We received a message with your address (anna@example.it) as the sender.',
        'One of its attachments is of a blocked type, so the message was blocked and NOT delivered.',
        'Please contact the intended recipient: luca@example.net',
      ].join('\n')
    const info = await parseBounce(notice('anna@example.it'))
    expect(info.format).toBe('text')
    expect(info.recipient).toBe('luca@example.net')
    // A message someone sent to themselves names no other address: the addressee is the recipient.
    const toSelf = await parseBounce(
      'To: anna@example.it\nSubject: Undelivered\n\nYour message to anna@example.it was blocked and not delivered.',
    )
    expect(toSelf.recipient).toBe('anna@example.it')
  })

  it('passes over the sender named on a "From:" line above, in any language ("Od:")', async () => {
    const info = await parseBounce(
      [
        'From: Postmaster <postmaster@example.pl>',
        'To: undisclosed-recipients:;',
        'Subject: Wiadomosc odrzucona/Blocked Message (RBL block)',
        '',
        'Temat: Your video',
        'OD: anna@example.it',
        'Odbiorca(y):',
        'ewa@example.pl',
        '',
        'Did not reach the recipient. This message was rejected by a RBL server.',
      ].join('\n'),
    )
    expect(info.recipient).toBe('ewa@example.pl')
  })
})

describe('the recipient in a pasted log line', () => {
  it.each([
    [
      'info DEFERRED[recipient] from=anna@mittente.it to=marco@destinatario.it (450 Network error when connecting to MX server mx.destinatario.it: Connection refused)',
      'marco@destinatario.it',
    ],
    ['[error] Delivery failed rcpt=luca@esempio.it response=552 5.2.2 Over quota', 'luca@esempio.it'],
    [
      'Invio non riuscito: mittente=ufficio@ditta.it destinatario=giulia@cliente.it 552 5.3.4 Message too big',
      'giulia@cliente.it',
    ],
    [
      'Failed: no-reply@servizio.it → paola@universita.it Server response: 550 5.1.1 User unknown',
      'paola@universita.it',
    ],
  ])('names the recipient field, never the sender field, in "%s"', async (text, recipient) => {
    expect((await parseBounce(text)).recipient).toBe(recipient)
  })

  it('never names a sending service’s return path (VERP) as the recipient', async () => {
    const info = await parseBounce(
      'Error for <bounces+1740987-5fc4-anna=esempio.it@mail.servizio.com>: 554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org',
    )
    expect(info.recipient).toBeNull()
  })
})
