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
