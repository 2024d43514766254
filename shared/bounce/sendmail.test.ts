import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

describe('Sendmail transcripts with several recipients', () => {
  it('gives each recipient line the session it failed in (Sendmail V5)', async () => {
    const info = await readSisimai('lhost-v5sendmail-05.eml')
    expect(info.format).toBe('sendmail')
    expect(info.recipients.map((entry) => [entry.recipient, entry.replyCode, entry.reason])).toEqual([
      ['kijitora@example.edu', 550, 'blocked'],
      ['kuroneko@example.or.jp', 550, 'hostunknown'],
      ['kijitora@example.org', 550, 'hostunknown'],
      ['mikeneko@example.co.jp', 550, 'userunknown'],
    ])
    expect(info.recipients[3]?.diagnostic).toContain('Requested User Mailbox not found')
  })

  it('does not lend a refused MAIL FROM to a recipient of another host', async () => {
    const info = await readSisimai('lhost-v5sendmail-07.eml')
    expect(info).toMatchObject({ command: 'MAIL', reason: 'blocked' })
    expect(info.recipients[1]).toMatchObject({ recipient: 'mikeneko@example.org', reason: 'hostunknown' })
    expect(info.recipients[1]?.diagnostic).not.toContain('open relay')
    expect(info.recipients[2]).toMatchObject({ recipient: 'hachiware@example.edu', reason: 'userunknown' })
  })

  it('keeps reading a V8 summary with its "(reason: …)" line', async () => {
    const info = await parseBounce(
      [
        '   ----- The following addresses had permanent fatal errors -----',
        '<anna@example.it>',
        '    (reason: 550 5.1.1 <anna@example.it>... User unknown)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.example.it.:',
        '>>> RCPT To:<anna@example.it>',
        '<<< 550 5.1.1 <anna@example.it>... User unknown',
        '550 5.1.1 <anna@example.it>... User unknown',
      ].join('\n'),
    )
    expect(info).toMatchObject({
      format: 'sendmail',
      recipient: 'anna@example.it',
      enhancedCode: '5.1.1',
      remoteMta: 'mx.example.it',
      reason: 'userunknown',
    })
  })

  it("reads a failed delivery program: Sendmail's verdict and what the program printed, not its exit status", async () => {
    const info = await readSisimai('lhost-sendmail-18.eml')
    expect(info).toMatchObject({ replyCode: 554, enhancedCode: '5.3.0', reason: 'mailererror' })
    expect(info.diagnostic).toMatch(/^554 5\.3\.0 unknown mailer error 255 \(DBI connect/)
    expect(info.recipients[0]).toMatchObject({ diagnosticType: 'x-unix', replyCode: null })
  })

  it('reads a multi-line reply whole, where the report kept only its first line', async () => {
    const info = await readSisimai('lhost-sendmail-43.eml')
    expect(info.diagnostic).toContain('header are not accepted')
    expect(info.recipients[0]?.diagnostic).toContain('header are not accepted')
    expect(info.reason).toBe('notcompliantrfc')
  })

  it('keeps the address the sender wrote when its "(expanded from: …)" note comes after the reason line', async () => {
    const notice = [
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      'anna@mail.example.net',
      '    (reason: 550-5.7.1 Our system has detected that this message is)',
      '    (expanded from: <anna@example.net>)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.net.:',
      '>>> DATA',
      '<<< 550-5.7.1 Our system has detected that this message is',
      '<<< 550 5.7.1 likely unsolicited mail.',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.org',
      '',
      'Final-Recipient: RFC822; anna@example.net',
      'X-Actual-Recipient: RFC822; anna@mail.example.net',
      'Action: failed',
      'Status: 5.7.1',
      'Diagnostic-Code: SMTP; 550-5.7.1 Our system has detected that this message is',
      '--b--',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.recipient).toBe('anna@example.net')
    expect(info.diagnostic).toContain('likely unsolicited mail')
    expect(info.reason).toBe('spamdetected')
  })

  it('reads an error before any command as the greeting refused (blocked), but not a delivery that expired', async () => {
    expect(await readSisimai('lhost-sendmail-16.eml')).toMatchObject({ command: 'CONN', reason: 'blocked' })
    expect(await readSisimai('lhost-sendmail-30.eml')).toMatchObject({ command: 'CONN', reason: 'expired' })
    expect(await readSisimai('lhost-sendmail-29.eml')).toMatchObject({ action: 'delayed', reason: 'expired' })
  })

  it("reads Sendmail's last word on a message it kept trying, with the give-up line", async () => {
    const info = await readSisimai('lhost-sendmail-54.eml')
    expect(info.diagnostic).toBe(
      'Deferred: Connection refused by [127.0.0.1] (Message could not be delivered for 5 days)',
    )
    expect(info.enhancedCode).toBe('4.4.7')
  })

  it("reads a local delivery agent's 'unknown user' as an address that does not exist", async () => {
    const info = await readSisimai('rfc3464-06.eml')
    expect(info).toMatchObject({ recipient: 'kijitora@example.net', replyCode: 554, reason: 'userunknown' })
    expect(info.diagnostic).toContain('mail.local: unknown user: kijitora')
  })

  it('lists every recipient of a pasted V8 bounce, the first from its summary', async () => {
    const info = await parseBounce(
      [
        '   ----- The following addresses had permanent fatal errors -----',
        '<anna@example.it>',
        '    (reason: 550 5.1.1 <anna@example.it>... User unknown)',
        '<luca@example.net>',
        '    (reason: 552 5.2.2 <luca@example.net>... Mailbox full)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.example.it.:',
        '>>> RCPT To:<anna@example.it>',
        '<<< 550 5.1.1 <anna@example.it>... User unknown',
        '550 5.1.1 <anna@example.it>... User unknown',
        '... while talking to mx.example.net.:',
        '>>> RCPT To:<luca@example.net>',
        '<<< 552 5.2.2 <luca@example.net>... Mailbox full',
        '552 5.2.2 <luca@example.net>... Mailbox full',
      ].join('\n'),
    )
    expect(info.recipients.map((entry) => [entry.recipient, entry.enhancedCode, entry.reason])).toEqual([
      ['anna@example.it', '5.1.1', 'userunknown'],
      ['luca@example.net', '5.2.2', 'mailboxfull'],
    ])
  })
})
