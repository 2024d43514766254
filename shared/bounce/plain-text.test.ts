import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

/** A directory's notice with help text full of example addresses, the recipient only in the returned copy. */
const DIRECTORY_NOTICE = [
  'Subject: Returned mail',
  '',
  ' --------Message not delivered to the following:',
  '',
  ' anna.rossi    No matches to nameserver query',
  '',
  ' The directory found no alias or name like the one given. Look it up first with',
  " ``finger NAME@people.example.edu'', or write the fullest form of the name, e.g., if",
  ' anna@example.edu fails, try anna.maria.rossi@example.edu.',
  '',
  ' --------Unsent Message below:',
  '',
  'Received: from mail.example.org by mx.example.edu',
  '\tfor <anna.rossi@example.edu>; Tue, 1 Dec 2026 10:00:00 +0100',
  'From: marco@example.org',
  'To: anna.rossi@example.edu',
  'Subject: hello',
  '',
  'hello',
].join('\n')

describe('the plain-text scan', () => {
  it('never takes a placeholder or an example of the help text for the recipient', async () => {
    const info = await parseBounce(DIRECTORY_NOTICE)
    expect(info.recipient).toBe('anna.rossi@example.edu')
  })

  it('reads a directory that found no one of that name as an address that does not exist', async () => {
    const info = await parseBounce(DIRECTORY_NOTICE)
    expect(info.reason).toBe('userunknown')
    expect(info.retry).toBe('permanent')
  })

  it('never takes the refused sender, or the login it is not owned by, for the recipient', async () => {
    const refused = await parseBounce(
      'Messaggio non recapitato: il server ha risposto 550 5.7.1 <info@negozio.example.it>: Sender address rejected: not owned by user posta@negozio.example.it',
    )
    expect(refused).toMatchObject({ reason: 'rejected', recipient: null })
    const named = await parseBounce(
      "SMTPRecipientsRefused: {'anna@studio.example.it': (553, '5.7.1 <luca@shop.example.it>: Sender address rejected: not owned by user posta@shop.example.it')}",
    )
    expect(named.recipient).toBe('anna@studio.example.it')
  })
})

/** A report whose Diagnostic-Code is missing; its readable part gives each address its own reply. */
const REPORT_WITHOUT_DIAGNOSTICS = [
  'From: MAILER-DAEMON@mx.example.org',
  'Subject: Delivery status notification: error',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain',
  '',
  'An error occurred while delivering a message to these recipients:',
  '',
  'anna@example.net: 550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown',
  'bruno@example.net: 552 5.2.2 <bruno@example.net>: Recipient address rejected: Mailbox full',
  '',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; anna@example.net',
  'Action: failed',
  'Status: 5.0.0',
  '',
  'Final-Recipient: rfc822; bruno@example.net',
  'Action: failed',
  'Status: 5.0.0',
  '',
  '--b--',
].join('\r\n')

describe('a report with no diagnostics, read by no layout of its own', () => {
  it('gives each recipient the reply its own line names: one address unknown, one mailbox full', async () => {
    const info = await parseBounce(REPORT_WITHOUT_DIAGNOSTICS)
    expect(info.recipients.map((entry) => [entry.recipient, entry.reason])).toEqual([
      ['anna@example.net', 'userunknown'],
      ['bruno@example.net', 'mailboxfull'],
    ])
  })
})

describe('a notice pasted as Outlook shows it', () => {
  it('reads "Returned a Permanent Error 554 …;" with its next line as one reply', async () => {
    const info = await parseBounce(
      [
        'Error transferring to smtp.provider.example; SMTP Protocol Returned a Permanent Error 554 Service unavailable;',
        'Client host [192.0.2.1] blocked using zen.spamhaus.org',
      ].join('\n'),
    )
    expect(info).toMatchObject({ replyCode: 554, reason: 'blocked', retry: 'permanent' })
  })
})

describe('replies as people paste them', () => {
  it.each([
    [
      'an Italian Outlook window, the reply in curly quotes after "Risposta del server:"',
      "Impossibile inviare il messaggio. Server: 'smtp.example.it', Protocollo: SMTP, Risposta del server: ’553 5.7.1 <anna@example.it>: Sender address rejected: not logged in‘, Porta: 25",
      553,
      'rejected',
    ],
    [
      'a reply Postfix wrapped onto indented lines',
      "<anna@example.net>: host mx.example.net[192.0.2.4] said: 550 5.7.1\n    Unfortunately, messages from [192.0.2.1] weren't sent. Please contact\n    your Internet service provider since part of their network is on our block\n    list (S3140).",
      550,
      'blocked',
    ],
    [
      'a multi-line reply flattened into one paragraph after "refused to talk to me:"',
      '    mx01.example.net[192.0.2.5] refused to talk to me: 554-mx.example.net\n    Service not available 554-No SMTP service 554-IP\n    address is black listed. 554 For explanation visit the postmaster page',
      554,
      'blocked',
    ],
    [
      'a reply after a log line’s prefix',
      '2016/04/15 12:50:57 worker.go:230: 550 Rejected because 192.0.2.1 is listed at cbl.abuseat.org',
      550,
      'blocked',
    ],
    [
      'a multi-line reply pasted line by line ("550-…" then "550 …")',
      '550-"JunkMail rejected - host.example.net\n550-[192.0.2.1]:34032 is in an RBL, see\n550 https://www.spamhaus.org/query/ip/192.0.2.1"',
      550,
      'blocked',
    ],
    [
      'the codes on a line of their own, the words below',
      '550 5.5.0\nRequested action not taken: mailbox unavailable (S2017062302)',
      550,
      'userunknown',
    ],
    [
      'Barracuda’s "#550 permanent failure" after its host name',
      'mx27.ess.example.com #550 permanent failure for one of more recipients (anna@example.net Please ensure the email service you are sending from either has SPF or DKIM.) ##',
      550,
      'authfailure',
    ],
  ])('%s', async (_name, text, replyCode, reason) => {
    const info = await parseBounce(text)
    expect(info).toMatchObject({ replyCode, reason, retry: 'permanent' })
  })

  it.each([
    [
      'Gmail’s page for a domain that does not exist, its sentence wrapped',
      "Address not found\n\nYour message wasn't delivered to contact@mail.example.invalid because the domain\nmail.example.invalid couldn't be found. Check for typos or unnecessary spaces and\ntry again.",
      'hostunknown',
    ],
    [
      'a German Outlook notice of an address not found',
      'Ihre Nachricht an anna@example.se konnte nicht zugestellt werden.\n--\nanna wurde nicht in example.se gefunden.',
      'userunknown',
    ],
  ])('with no code, names the reason of %s', async (_name, text, reason) => {
    expect(await parseBounce(text)).toMatchObject({ reason, retry: 'permanent' })
  })
})

describe('pastes shaped as people copy them', () => {
  it('reads a report copied out of a reply, every line quoted, as the report it quotes', async () => {
    const quoted = [
      '> Final-Recipient: rfc822; game@example.com',
      '> Action: failed',
      '> Status: 5.0.0',
      '> Diagnostic-Code: smtp; 550-Verification failed for <support@example.org>',
      '>     550-The mail server could not deliver mail to support@example.org. The',
      '>     account or domain may not exist. 550 Sender verify failed',
    ].join('\n')
    expect(await parseBounce(quoted)).toMatchObject({
      format: 'dsn',
      recipient: 'game@example.com',
      reason: 'rejected',
      retry: 'permanent',
    })
  })

  it('reads a recipient’s fields pasted without their Final-Recipient as a delivery that ended', async () => {
    const fields =
      'Action: failed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.7]:25:\n    Operation timed out'
    expect(await parseBounce(fields)).toMatchObject({
      format: 'dsn',
      enhancedCode: '4.4.1',
      reason: 'expired',
    })
  })

  it('reads a refusal copied from an error window with no code as a bounce, and "try again later" as temporary', async () => {
    const info = await parseBounce('Recipient address rejected: Please try again later!')
    expect(info).toMatchObject({ format: 'text', retry: 'temporary' })
  })

  it('reads a line that opens with an enhanced code alone as the server’s reply', async () => {
    const window =
      'An error occurred while sending mail. The mail server responded:\n4.3.5 <a@example.com>: Recipient address rejected: Server configuration problem.\nPlease check the message recipient "a@example.com" and try again.'
    expect(await parseBounce(window)).toMatchObject({
      enhancedCode: '4.3.5',
      reason: 'systemerror',
      retry: 'temporary',
    })
  })

  it('takes the server’s code, not the one a sending library expected', async () => {
    const swift =
      'Expected response code 250 but got code "530", with the message "530 From/Sender name is not valid "'
    expect(await parseBounce(swift)).toMatchObject({ replyCode: 530, reason: 'rejected' })
  })

  it('reads an invalid DNS PTR record named in a refused greeting as the missing reverse name', async () => {
    const greeting =
      '<a@example.de>: host mx.example.de[192.0.2.17] refused to talk\n    to me: 554-example.de Service not available 554-No\n    SMTP service 554 invalid DNS PTR resource record, IP=192.0.2.20'
    expect((await parseBounce(greeting)).reason).toBe('requireptr')
  })

  it('reads NXDOMAIN as a domain that does not exist under a permanent code or in a notice that gave up, a network error under a temporary reply', async () => {
    const words =
      "DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com"
    expect((await parseBounce(`550 5.1.2 ${words}`)).reason).toBe('hostunknown')
    expect((await parseBounce(`451 4.4.0 ${words}`)).reason).toBe('networkerror')
    const gaveUp = `Delivery to the following recipient failed permanently:\n\n     paolo@gmial.com\n\nTechnical details of permanent failure:\n${words}`
    expect(await parseBounce(gaveUp)).toMatchObject({ reason: 'hostunknown', retry: 'permanent' })
    const noRecord = "DNS type 'mx' lookup of example.org responded with code NXDOMAIN"
    expect((await parseBounce(`DNS Error: ${noRecord}`)).reason).toBe('networkerror')
  })

  it('reads a delivery report by its own type even when its status part was cut away', async () => {
    const report =
      'From: <a@example.de>\nTo: <a@example.de>\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n次の受信者またはグループへの配信に失敗しました:\n--b--\n'
    expect(await parseBounce(report)).toMatchObject({ format: 'dsn' })
  })

  it('lists the recipients the notice names, never an address alone on a line of the returned copy', async () => {
    const notice = [
      'This Message was undeliverable due to the following reason:',
      '',
      'The message was not delivered to:',
      '',
      '     anna@example.com',
      '',
      '------ This is a copy of the message',
      '',
      'To get off this list, send mail to',
      '',
      '    lists@example.org',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.recipient).toBe('anna@example.com')
    expect(info.recipients.map((entry) => entry.recipient)).not.toContain('lists@example.org')
  })

  it('reads the reply inside .NET’s SmtpException, with the code its words stand for', async () => {
    const trace =
      'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: If MAIL FROM is local then you must authenticate\n   at System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response)'
    expect(await parseBounce(trace)).toMatchObject({
      replyCode: 550,
      reason: 'securityerror',
      retry: 'permanent',
    })
  })

  it('reads a reply wrapped with its enhanced code repeated on each line as one sentence', async () => {
    const wrapped =
      'expected reply code 250, but received 550 5.7.1 [2001:db8::1] Our system has detected that\n5.7.1 this message does not meet IPv6 sending guidelines regarding PTR\n5.7.1 records and authentication. Please review'
    expect(await parseBounce(wrapped)).toMatchObject({ replyCode: 550, reason: 'requireptr' })
  })

  it('reads a session typed by hand by the reply that ended it, not by an earlier one', async () => {
    const session = [
      '220 mx.example.com ESMTP ready',
      'HELO',
      '250 mx.example.com Hello',
      'Mail',
      '501 5.5.4 Unrecognized parameter',
      'MAIL FROM: anna@example.org',
      '250 2.1.0 Sender OK',
      'RCPT TO: bruno@example.com',
      '550 5.7.1 Service unavailable, Client host [192.0.2.40] blocked using Spamhaus.',
    ].join('\n')
    expect(await parseBounce(session)).toMatchObject({
      replyCode: 550,
      enhancedCode: '5.7.1',
      reason: 'blocked',
    })
  })

  it('joins a reply whose lines carry a tool’s "<<<" marks', async () => {
    const marked = [
      '<<< 550-5.7.1 [2001:db8::1] Our system has detected that',
      '<<< 550-5.7.1 this message does not meet IPv6 sending guidelines regarding PTR',
      '<<< 550 5.7.1 records and authentication.',
    ].join('\n')
    expect((await parseBounce(marked)).reason).toBe('requireptr')
  })

  it('reads the reply of a Python smtplib exception, given as a tuple', async () => {
    const django =
      "Exception Type: SMTPSenderRefused\nException Value:\n(501, 'Syntax error in arguments', u'webmaster@localhost')"
    expect(await parseBounce(django)).toMatchObject({ replyCode: 501, retry: 'permanent' })
    const oneLine = "smtplib.SMTPSenderRefused: (501, b'Syntax error in arguments', 'webmaster@localhost')"
    expect((await parseBounce(oneLine)).replyCode).toBe(501)
  })

  it('passes over what Postfix only warns it would have refused, for the line that refused', async () => {
    const log = [
      'NOQUEUE: reject_warning: RCPT from unknown[192.0.2.9]: 504 5.5.2 <abc>: Helo command rejected: need fully-qualified hostname',
      'NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 450 4.7.1 <abc>: Helo command rejected: Host not found',
    ].join('\n')
    expect(await parseBounce(log)).toMatchObject({ replyCode: 450, retry: 'temporary' })
  })
})
