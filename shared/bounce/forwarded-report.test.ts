import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

describe('a bounce forwarded as an attachment', () => {
  it("reads the attached bounce's report when the outer message has none", async () => {
    const info = await readSisimai('lhost-x5-01.eml')
    expect(info).toMatchObject({
      format: 'dsn',
      recipient: 'kijitora@neko.example.org',
      replyCode: 550,
      enhancedCode: '5.1.1',
      reason: 'userunknown',
    })
  })

  it('reads a bounce a person forwarded to their helpdesk', async () => {
    const inner = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.it>',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="in"',
      '',
      '--in',
      'Content-Type: text/plain',
      '',
      'I could not deliver your message.',
      '--in',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.it',
      '',
      'Final-Recipient: rfc822; anna@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '--in--',
    ].join('\r\n')
    const outer = [
      'From: Mario <mario@example.it>',
      'To: helpdesk@example.it',
      'Subject: Fwd: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="out"',
      '',
      '--out',
      'Content-Type: text/plain',
      '',
      'This came back, can you look?',
      '--out',
      'Content-Type: message/rfc822',
      '',
      inner,
      '--out--',
      '',
    ].join('\r\n')
    const info = await parseBounce(outer)
    expect(info).toMatchObject({ recipient: 'anna@example.org', replyCode: 552, reason: 'mailboxfull' })
  })
})

describe('a bounce forwarded inline, every line quoted', () => {
  const forward = (marker: string): string =>
    [
      'From: Paola <paola@example.it>',
      'To: helpdesk@example.it',
      'Subject: Fwd: Undelivered Mail Returned to Sender',
      '',
      marker,
      '> From: Mail Delivery System <MAILER-DAEMON@mx.example.it>',
      '> Subject: Undelivered Mail Returned to Sender',
      '>',
      '>    ----- Transcript of session follows -----',
      '> ... while talking to mx.example.net.:',
      '>>>> DATA',
      '> <<< 552 Mailbox full',
      '> 554 5.0.0 Service unavailable',
      '>',
      '> Final-Recipient: RFC822; luca@example.net',
      '> Action: failed',
      '> Status: 5.2.2',
      '> Diagnostic-Code: SMTP; 552 Mailbox full',
    ].join('\n')

  it.each([
    'Begin forwarded message:',
    '-----Original Message-----',
    '---------- Messaggio inoltrato ---------',
  ])('reads the quoted bounce below "%s"', async (marker) => {
    const info = await parseBounce(forward(marker))
    expect(info).toMatchObject({
      recipient: 'luca@example.net',
      enhancedCode: '5.2.2',
      reason: 'mailboxfull',
    })
  })

  it('leaves a reply that only quotes a few lines of a bounce to the plain reading', async () => {
    const reply = forward('Hi, what does this mean? I wrote to Luca yesterday and it came back.').replace(
      '> Action: failed',
      'Thanks, Paola\nSent from my phone\nPaola Rossi, Studio Rossi\nVia Roma 1, Milano',
    )
    const info = await parseBounce(reply)
    expect(info.recipient).toBe('luca@example.net')
  })
})
