import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

/** A Sendmail DSN whose delivery-status part has no Diagnostic-Code: the text is only in the transcript. */
const REPORT = [
  'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.it>',
  'To: <mario@example.it>',
  'Subject: Returned mail: see transcript for details',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain',
  '',
  '   ----- Transcript of session follows -----',
  '... while talking to mx.example.org.:',
  '>>> RCPT To:<anna@example.org>',
  '<<< 550 5.1.1 <anna@example.org>... No such user here',
  '550 5.1.1 <anna@example.org>... User unknown',
  '... while talking to mx.example.net.:',
  '>>> DATA',
  '<<< 552 5.2.2 <luca@example.net>... Mailbox full',
  '552 5.2.2 <luca@example.net>... Service unavailable',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.it',
  '',
  'Final-Recipient: rfc822; anna@example.org',
  'Action: failed',
  'Status: 5.1.1',
  '',
  'Final-Recipient: rfc822; luca@example.net',
  'Action: failed',
  'Status: 5.2.2',
  '',
  '--b1--',
  '',
].join('\r\n')

describe('a DSN whose server text is only in the human-readable part', () => {
  it('gives each recipient the text the transcript has for it, and reads its codes', async () => {
    const info = await parseBounce(REPORT)
    expect(info.hasDeliveryStatus).toBe(true)
    expect(info.recipients.map((entry) => [entry.recipient, entry.replyCode, entry.reason])).toEqual([
      ['anna@example.org', 550, 'userunknown'],
      ['luca@example.net', 552, 'mailboxfull'],
    ])
    expect(info.recipients[1]?.diagnostic).toContain('Mailbox full')
    expect(info).toMatchObject({ replyCode: 550, enhancedCode: '5.1.1', reason: 'userunknown' })
    expect(info.origin.replyCode).toBe('read')
  })
})

describe('a known report with no server text at all', () => {
  it('says the reason is unclear, never "not a returned message" (Sisimai: undefined, see DEPARTURES)', async () => {
    const info = await readSisimai('lhost-postfix-64.eml')
    expect(info).toMatchObject({ format: 'postfix', diagnostic: null, reason: 'onhold', retry: 'permanent' })
  })
})
