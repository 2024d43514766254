import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
import { findEmails } from './text-scan'
import { deliveryReport } from './report.test-helper'

/** Rules learnt from the twenty-third to twenty-eighth blind corpora, each shown on a text of its own. */

/** A message of the given headers and body lines. */
const message = (headers: string[], body: string[]) => [...headers, '', ...body].join('\n')

describe('rules from the twenty-third to twenty-eighth blind corpora', () => {
  it.each([
    ["(553, 'Relaying disallowed')", 'norelaying'],
    ['550 5.7.1 Relay not permitted for this sender', 'norelaying'],
    ['550 Mail from 198.51.100.7 refused: we do not take mail from dynamically assigned IP space', 'blocked'],
    ['554 Your dynamic IP is not allowed to send mail here', 'blocked'],
    ['550 5.7.1 Sender IP found in ERS-DUL, see the IP reputation page', 'blocked'],
    ['501 mail from address must be same as authorization user', 'rejected'],
    ['554 5.7.1 Recipient address rejected: Username anna@example.it and sender doesn’t match', 'rejected'],
    ['553 5.7.1 From address does not match the authenticated user', 'rejected'],
    ['550 5.7.1 Sender is not same as SMTP authenticated username', 'rejected'],
    ['553 5.1.2 The sender address <Newsletter> is not a valid RFC-5321 address.', 'rejected'],
    ['550 Sender verification failed: the account or domain may not exist', 'rejected'],
    ['550 Your domain example.it is not allowed in header From', 'rejected'],
    ['550 You cannot send email from a blank sender', 'rejected'],
    ['421 Refused. Your reverse DNS record does not resolve.', 'requireptr'],
    ['550 5.7.1 Client host rejected: reverse hostname could not be verified', 'requireptr'],
    ['550 5.7.1 Message rejected: no valid DKIM signature found', 'authfailure'],
    ['550 5.7.1 The message fails to pass authentication checks (SPF and DKIM)', 'authfailure'],
    ['550 5.7.1 Daily limit of 500 messages per 24 hours reached for this account', 'speeding'],
    ['550 5.1.1 <a@example.it> - 198.51.100.4 has sent to too many recipients this hour', 'speeding'],
    ['550 5.1.1 The mailbox anna@example.it is no longer in use', 'suspend'],
    ['421 Too many concurrent connections from your host, slow down', 'toomanyconn'],
    ['550 5.7.1 Sorry, no access for this IP', 'blocked'],
    ['554 Service unavailable; Client host [198.51.100.9] blocked', 'blocked'],
    ['553 Sorry, that domain isn’t in my list of allowed rcpthosts (#5.7.1)', 'norelaying'],
    ['550 This server prevents unauthorized SPAM relaying', 'norelaying'],
    ['550 You do not have the permission to send the message on behalf of the specified user', 'rejected'],
    ['550 5.1.1 bruno wasn’t found at example.net', 'userunknown'],
    ['554 mx.alice.example Service not available - access denied', 'blocked'],
    ['550 5.7.606 Access denied, traffic not accepted from this IP', 'blocked'],
    ['Recipient inbox full. Their inbox is full, or it’s getting too much mail right now.', 'mailboxfull'],
    ['550 5.7.1 Messages should have one or no From headers, not 3.', 'notcompliantrfc'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a multi-line reply pasted at another width as one reply', async () => {
    const paste = [
      '550-5.7.1 [2001:db8::1] Gmail has detected that this',
      '550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR',
      'records 550-5.7.1 and authentication. For more information, go to 550',
      '5.7.1',
    ].join('\n')
    expect((await parseBounce(paste)).reason).toBe('requireptr')
    const window = [
      'Server response: 553 Sorry, that domain isn’t in my list',
      'of allowed rcpthosts (#5.7.1)',
    ].join('\n')
    expect((await parseBounce(window)).reason).toBe('norelaying')
    const outlook = [
      '550 SC-001',
      '(BAY004-MC4F27) Unfortunately, messages from 198.51.100.7 weren’t sent. Part of their network is on our block list.',
    ].join('\n')
    expect((await parseBounce(outlook)).reason).toBe('blocked')
  })

  it('reads Exchange’s delay notice as a warning, still being tried', async () => {
    const notice = [
      'Delivery is delayed to these recipients or groups:',
      '',
      'anna@example.it',
      '',
      'The message hasn’t been delivered yet. Delivery will continue to be attempted.',
    ].join('\n')
    expect(await parseBounce(notice)).toMatchObject({ reason: 'expired', retry: 'warning' })
  })

  it('joins a Postfix log line wrapped after the address, and replies a tool marks with "SERVER: "', async () => {
    const log = [
      'NOQUEUE: reject: RCPT from mx.example.net[198.51.100.2]: 454 4.7.1 <anna@example.org>',
      ': Relay access denied; proto=ESMTP helo=<mx.example.net>',
    ].join('\n')
    expect((await parseBounce(log)).reason).toBe('norelaying')
    const tool = [
      'SERVER: 554-mx.example.de Service not available',
      'SERVER: 554-No SMTP service',
      'SERVER: 554 bad DNS PTR resource record',
    ].join('\n')
    expect((await parseBounce(tool)).reason).toBe('requireptr')
  })

  it('reads Exim’s delay warning as a warning', async () => {
    const notice =
      'A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mx.example.org.'
    expect(await parseBounce(notice)).toMatchObject({ reason: 'expired', retry: 'warning' })
  })

  it('never reads a reason out of the words of an address', async () => {
    const info = await parseBounce('550 5.1.1 <spam-filter-test@example.net>... User unknown')
    expect(info.reason).toBe('userunknown')
  })

  it('never takes a Received line’s id as the recipient', async () => {
    const notice = [
      'From: MAILER-DAEMON <MAILER-DAEMON@mx.example.net>',
      'To: anna@example.it',
      '',
      '------- Failed addresses follow: -------',
      ' <anna@example.it> ... unknown user',
      '------- Message text follows: -------',
      'Received: from pc.example.it by mx.example.net via smtp',
      '        id <m0xL2TN-000KhhC@mx.example.net>',
    ].join('\n')
    expect((await parseBounce(notice)).recipient).toBe('anna@example.it')
  })

  it('lists only addresses among qmail’s recipients, not a bare host name', async () => {
    const notice = [
      'Hi. This is the qmail-send program at mx.example.net.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<anna@example.org>:',
      'Sorry, no mailbox here by that name. (#5.1.1)',
      '',
      '<host.example.org>:',
      'Sorry, I could not find a mail exchanger or IP address. (#5.4.4)',
      '',
      '<bruno@example.org>:',
      'Sorry, no mailbox here by that name. (#5.1.1)',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.recipients.map((entry) => entry.recipient)).toEqual(['anna@example.org', 'bruno@example.org'])
  })
})

/** Rules learnt from the thirty-third to thirty-seventh blind corpora, each shown on a text of its own. */
describe('rules from the thirty-third to thirty-seventh blind corpora', () => {
  it.each([
    ['550 5.1.1 <anna@tiscali.example.it> recipient overquota', 'mailboxfull'],
    ['Permanent Failure: 522_mailbox_full;_group_quota_sz=2048', 'mailboxfull'],
    ['550 ErrMsg=mail box space not enough, account=anna', 'mailboxfull'],
    ['550 5.2.1 This mailbox has been closed due to inactivity', 'suspend'],
    ['504 Mailbox is disabled', 'suspend'],
    ['550 Studio Rossi no longer relays mail for example.it', 'norelaying'],
    ['552 5.7.0 Please review our attachment guidelines', 'policyviolation'],
    ['550 zen.example.it Listed by CSS', 'blocked'],
    ['Reason: Exceeded Maximum Delivery Attempts', 'expired'],
    ['550 anna@example.it...User unknown', 'userunknown'],
    ['550 Unknown local user', 'userunknown'],
    ['Benutzer anna (anna@example.de) nicht im Domino-Verzeichnis aufgeführt', 'userunknown'],
  ])('"%s" is %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a returned message that gives no code and names no recipient as returned, not as ordinary mail', async () => {
    const notice = [
      'From: MAILER-DAEMON@mail.example.com',
      'To: news@shop.example.it',
      '',
      "I'm afraid I wasn't able to deliver the following message.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
    ].join('\n')
    expect(await parseBounce(notice)).toMatchObject({ format: 'text', reason: 'onhold', retry: 'permanent' })
  })

  it('reads a delay warning that names no cause as a delivery still waiting (expired), not a cause unknown', async () => {
    const warning =
      'Warning: message delayed 2 days\n\nThis message has not yet been delivered to anna@example.it after 2 days.\nNo action is required on your part. Delivery attempts will continue.'
    expect(await parseBounce(warning)).toMatchObject({ reason: 'expired', retry: 'warning' })
  })

  it('ends an address at two dots in a row: Sendmail writes "anna@example.it...User unknown"', async () => {
    expect(await parseBounce('550 anna@example.it...User unknown')).toMatchObject({
      recipient: 'anna@example.it',
      reason: 'userunknown',
    })
  })

  it('reads an address a forum wrote as a Markdown link as the address', async () => {
    const pasted =
      '<[anna@example.it](mailto:anna@example.it)>: host mx.example.it[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'
    expect(await parseBounce(pasted)).toMatchObject({ recipient: 'anna@example.it', reason: 'userunknown' })
  })

  it('reads the mail system’s "Undelivered Mail Returned to Sender" as returned even when its body says nothing', async () => {
    const stub =
      'From: MAILER-DAEMON@example.it (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n\nsome test\n'
    expect(await parseBounce(stub)).toMatchObject({ format: 'text', reason: 'onhold', retry: 'permanent' })
  })

  it('joins a Diagnostic-Code a server cut at a fixed width with no fold, so its label is read (GoDaddy IB212)', async () => {
    const report = deliveryReport({
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      text: ['Message not delivered'],
      fields: [
        'Reporting-MTA: dns; googlemail.com',
        '',
        'Final-Recipient: rfc822; anna@example.it',
        'Action: failed',
        'Status: 5.2.0',
        'Remote-MTA: dns; smtp.secureserver.net',
        'Diagnostic-Code: smtp; 552 5.2.0 a1b2c3d4e5f6 - 9f8e7d6c5b4a This message has been rejected due to content judged to b',
        'e spam by the internet community IB212 - If you feel this is in error, please submit a request',
      ],
    })
    expect(await parseBounce(report)).toMatchObject({ reason: 'spamdetected', retry: 'permanent' })
  })
})

/** Rules learnt from the forty-first and forty-second blind corpora, each shown on a text of its own. */
describe('rules from the forty-first and forty-second blind corpora', () => {
  it.each([
    [
      '454 4.7.0 TLS is required for this domain, please try again over an encrypted connection',
      'failedstarttls',
    ],
    ['530 5.7.0 Must issue a STARTTLS command first', 'failedstarttls'],
    ['550 Sending without SSL encryption is not allowed on this server', 'failedstarttls'],
    ['553 This recipient requires TLS for every message it receives', 'failedstarttls'],
    ['Your message was not sent: the server does not allow relaying to other domains', 'norelaying'],
    ['550 5.7.1 The sending address 198.51.100.7 doesn’t resolve to a reverse DNS name', 'requireptr'],
    [
      '550 5.7.1 Message rejected: example.it gave an SPF result of neutral, access neither permitted nor denied',
      'authfailure',
    ],
    ['550 Please see http://www.open-spf.org/Why?s=mfrom;id=anna@example.it;ip=198.51.100.7', 'authfailure'],
    ['550 5.7.1 Not delivered because of the domain owner’s policy for example.it', 'authfailure'],
    ['You have hit the daily limit on sending messages from this account; try tomorrow.', 'speeding'],
    ['554 RTR:DU  http://postmaster.example/errors/554rtrdu.html', 'blocked'],
    ['421 DYN:T1 http://postmaster.example/errors/421dynt1.html', 'blocked'],
    ['554 DNS:NR http://postmaster.example/errors/554dnsnr.html', 'requireptr'],
    [
      'Your mail to the following recipients could not be delivered because they are not accepting mail from anna@example.it: bruno',
      'filtered',
    ],
    ['550 The recipient "bruno" is unknown here', 'userunknown'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('never takes an address inside a link for the recipient', async () => {
    const info = await parseBounce(
      '550 5.7.1 Rejected, see https://postmaster.example.net/why.html?sender=bruno@example.org&ip=198.51.100.7',
    )
    expect(info.recipient).toBeNull()
    expect(info.recipients).toEqual([])
  })

  it('reads the reply on the "SMTP protocol diagnostic" line of an Openwave notice', async () => {
    const info = await parseBounce(
      [
        'These recipients of your message have been processed by the mail server:',
        'anna@example.it; Failed; 5.3.0 (other or undefined mail system status)',
        '',
        '    Remote MTA mx.example.it: network error',
        '',
        ' - SMTP protocol diagnostic: 552 5.2.2 <anna@example.it> Mailbox full',
      ].join('\n'),
    )
    expect(info.recipient).toBe('anna@example.it')
    expect(info.reason).toBe('mailboxfull')
  })

  it('reads the code on the "<server #4.4.7>" line that ends an Exchange 2003 reason', async () => {
    const info = await parseBounce(
      [
        'Your message did not reach some or all of the intended recipients.',
        '      Subject: Offerta',
        '      Sent: 03/02/2006 10:15',
        'The following recipient(s) could not be reached:',
        '      Anna Rossi on 03/02/2006 10:20',
        '            The message could not be delivered within the time allowed.',
        '            Please retry later.',
        '            <mail.example.it #4.4.7>',
      ].join('\n'),
    )
    expect(info.enhancedCode).toBe('4.4.7')
    expect(info.reason).toBe('expired')
    expect(info.diagnostic).not.toContain('Subject')
  })
})

/** Rules learnt from the forty-third blind corpus, each shown on a text of its own. */
describe('rules from the forty-third blind corpus', () => {
  it.each([
    ['554 Dial-up IP not accepted here, send through your provider’s server', 'blocked'],
    ['550 5.7.1 Sender ID (PRA) not permitted for example.it', 'authfailure'],
    ['451 4.7.1 Too many errors detected from your IP (198.51.100.7), slow down', 'toomanyconn'],
    ['550 Use a fully qualified host name in your HELO greeting', 'blocked'],
    ['554 IP=198.51.100.7 - A problem occurred. (Ask your postmaster for help.) (BL)', 'blocked'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a qmail log line, written with "_" for spaces and "/" for line ends', async () => {
    const info = await parseBounce(
      'Mar  3 10:00:01 mx qmail: 1700000000.1 delivery 42: failure: 198.51.100.7_does_not_like_recipient./Remote_host_said:_550_5.1.1_<anna@example.it>_Mailbox_unavailable/Giving_up_on_198.51.100.7./',
    )
    expect(info).toMatchObject({ replyCode: 550, enhancedCode: '5.1.1', reason: 'userunknown' })
  })

  it('joins a multi-line reply a session log marks with "<--"', async () => {
    const info = await parseBounce(
      [
        '--> RCPT TO:<anna@example.it>',
        '<-- 550-5.7.1 This message does not meet IPv6 sending guidelines regarding PTR',
        '<-- 550 5.7.1 records and authentication.',
        '--> QUIT',
      ].join('\n'),
    )
    expect(info.reason).toBe('requireptr')
  })

  it('joins a sentence the notice cut at its width, even when the next line opens with a capital', async () => {
    const info = await parseBounce(
      [
        '<anna@example.fr>: host mx.example.fr[198.51.100.7] refused to talk to me: 421 Sorry, your',
        'Reverse DNS entry could not be verified.',
      ].join('\n'),
    )
    expect(info.reason).toBe('requireptr')
  })

  it('reads an enhanced code a program’s log gives after a colon, where no reply code is written', async () => {
    const info = await parseBounce(
      'WARNING "src/smtp.rs:210: Msg#7 failed: Permanent SMTP error: permanent: 5.7.1 [3] Message rejected as suspected SPAM; see https://example.org/help"',
    )
    expect(info).toMatchObject({ enhancedCode: '5.7.1', reason: 'spamdetected', retry: 'permanent' })
  })

  it('never takes the address a notice gives to contact for help for the recipient', async () => {
    const info = await parseBounce(
      '554 IP=198.51.100.7 - A problem occurred. (Ask your postmaster for help or to contact help@rx.example.de to clarify.)',
    )
    expect(info.recipient).toBeNull()
  })
})

/** Mail programs' own windows when they cannot reach their outgoing server: a connection failure, never a recipient. */
describe('the error windows of mail programs', () => {
  it.each([
    "Task 'anna@example.it - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'",
    "Errore segnalato dall'operazione 'anna@example.it - Invio' (0x800CCC0F): 'La connessione al server è stata interrotta.'",
    "Vorgang 'anna@example.de - Senden' meldet Fehler (0x800CCC0E): 'Die Verbindung zum Postausgangsserver (SMTP) ist fehlgeschlagen.'",
    'The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.it failed.',
    'The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.it was lost in the middle of the transaction.',
    'Impossibile inviare il messaggio: la connessione al server smtp.example.it è stata persa.',
  ])('reads "%s" as a connection that failed, with no recipient', async (text) => {
    expect(await parseBounce(text)).toMatchObject({
      reason: 'networkerror',
      recipient: null,
      retry: 'temporary',
    })
  })
})

/** Rules learnt from the forty-fifth blind corpus (refusals from beyond Western Europe and the US), each on a text of its own. */
describe('rules from the forty-fifth blind corpus', () => {
  it.each([
    ["smtplib.SMTPSenderRefused: (553, b'Sender must be the same as the logged in user')", 'rejected'],
    ['Mail command failed: 550 mail from address does not match the authenticated account', 'rejected'],
    ['550 Your mail contains prohibited content and was refused', 'spamdetected'],
    ['550 IP frequency limited, please slow down', 'toomanyconn'],
    ['상대방이 회원님의 메일을 수신차단 하였습니다.', 'filtered'],
    ['宛先のお客様が受信拒否の設定をしています。', 'filtered'],
    ['The mail to bruno@example.in was returned: the e-mail address has been deactivated.', 'suspend'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('joins the remote reply qmail wraps onto the next lines of a paragraph', async () => {
    const info = await parseBounce(
      [
        'Hi. This is the qmail-send program at mx.example.jp.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<anna@example.co.jp>:',
        '198.51.100.7 does not like recipient.',
        'Remote host said: 550 5.7.1 Service unavailable, Client host [203.0.113.9]',
        'blocked using zen.spamhaus.org',
        'Giving up on 198.51.100.7.',
      ].join('\n'),
    )
    expect(info).toMatchObject({ format: 'qmail', reason: 'blocked', recipient: 'anna@example.co.jp' })
    expect(info.diagnostic).not.toContain('Giving up')
  })

  it('never takes the original envelope sender for the recipient', async () => {
    const info = await parseBounce(
      [
        'Inactive ID Notification.',
        'The recipient e-mail address has been deactivated.',
        'Original Envelope Sender: mario@example.org',
        'Envelope Recipient: bruno@example.in',
      ].join('\n'),
    )
    expect(info.recipient).toBe('bruno@example.in')
  })

  it('reads QQ’s everyday words as its own only from its servers, and its own labels everywhere', async () => {
    expect((await parseBounce('550 Mailbox not found, sorry')).reason).toBe('userunknown')
    expect((await parseBounce('550 Domain frequency limited')).reason).toBe('toomanyconn')
  })
})

/** Rules learnt from the forty-sixth corpus: notices real MTAs wrote for causes set up on purpose. */
describe('rules from the forty-sixth corpus (MTA notices generated by construction)', () => {
  it('reads a delivery given up on a temporary answer that names no cause as expired', async () => {
    const info = await parseBounce(
      deliveryReport({
        from: 'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
        subject: 'Undelivered Mail Returned to Sender',
        text: ['I’m sorry to have to inform you that your message could not be delivered.'],
        fields: [
          'Reporting-MTA: dns; mx.example.net',
          '',
          'Final-Recipient: rfc822; anna@example.org',
          'Action: failed',
          'Status: 4.3.0',
          'Diagnostic-Code: smtp; 451 4.3.0 Please try again later',
        ],
      }),
    )
    expect(info).toMatchObject({ reason: 'expired', retry: 'temporary' })
  })

  it.each([
    ['552 Error: message exceeds fixed maximum message size 20000', 'mesgtoobig'],
    ['Diagnostic-Code: unknown; Network is unreachable', 'networkerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a connection refused until the queue gave up as expired, not as a block', async () => {
    const info = await parseBounce(
      deliveryReport({
        from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
        subject: 'Returned mail: see transcript for details',
        text: [
          '   ----- Transcript of session follows -----',
          'anna@example.org... Deferred: Connection refused by mx.example.org.',
          'Message could not be delivered for 5 days',
        ],
        fields: [
          'Reporting-MTA: dns; mx.example.net',
          '',
          'Final-Recipient: RFC822; anna@example.org',
          'Action: failed',
          'Status: 4.4.7',
        ],
      }),
    )
    expect(info).toMatchObject({ reason: 'expired', retry: 'temporary' })
  })
})

/** Rules learnt from the forty-fourth corpus after its sealed run, each on a text of its own. */
describe('rules from the forty-fourth corpus (after its one sealed run)', () => {
  it.each([
    ['550 5.7.520 Access denied, your organization does not allow external forwarding.', 'policyviolation'],
    ['554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; the message holds bare line feeds', 'notcompliantrfc'],
    ['550 Our gateway is not allowed to send mail on behalf of anna@example.it', 'rejected'],
    ['Error: the from address does not match a verified Sender Identity.', 'rejected'],
    ["The 'From' address anna@example.it is not a Sender Signature on your account.", 'rejected'],
    ['Message rejected. Reject reason: unsigned', 'rejected'],
    ['Rejected: sandbox subdomains are for test purposes only. Add your own domain.', 'rejected'],
    ['User anna@example.it has exceeded its 24-hour sending limit.', 'speeding'],
    ['553 Relaying disallowed as anna@example.it', 'rejected'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads AOL’s labels for an aol.com address, though Yahoo’s servers answer it', async () => {
    const info = await parseBounce(
      'Delivery to bruno@aol.com failed:\n421 4.7.0 (DYN:T1) see the postmaster page',
    )
    expect(info).toMatchObject({ reason: 'blocked', recipient: 'bruno@aol.com' })
  })
})

/** Rules learnt from the forty-seventh and forty-eighth corpora after their one sealed run, each on a text of its own. */
describe('rules from the forty-seventh and forty-eighth corpora (after their one sealed run)', () => {
  it.each([
    ['remote ip is forbidden', 'blocked'],
    ['550 Your IP address has been banned', 'blocked'],
    ['delivery failure: the message matches up to the filter rule (level: user)', 'filtered'],
    ['552 5.2.1 <anna@example.it>: Recipient address rejected: User disabled', 'suspend'],
    ['554 Message rejected: Stream is more than 10485760 bytes long.', 'mesgtoobig'],
    ['5.7.1 End-of-data rejected: user not permitted to relay.', 'norelaying'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a Postfix paragraph whose reply lost its indentation when pasted, up to its "(in reply to …)"', async () => {
    const pasted = [
      '<anna@example.de>: host mx.example.de[192.0.2.40] said: 550',
      'Requested action not taken: mailbox unavailable (in reply to RCPT TO command)',
    ].join('\n')
    expect(await parseBounce(pasted)).toMatchObject({ reason: 'userunknown', recipient: 'anna@example.de' })
  })

  it('reads a Postfix paragraph pasted as a quote, its code ending a line and its words on the next', async () => {
    const quoted = [
      '  <anna@example.com>: host smtp.secureserver.net[192.0.2.29] said: 550',
      '    5.1.1 <anna@example.com>  - 192.0.2.10 has sent to too many',
      '    recipients this hour. IB607  <http://x.co/rlbounce> (in reply to RCPT TO',
      '    command)',
    ].join('\n')
    expect(await parseBounce(quoted)).toMatchObject({
      format: 'postfix',
      reason: 'speeding',
      replyCode: 550,
      recipient: 'anna@example.com',
    })
  })

  it('takes a reply code that ends its line after the server’s cue, not a number ending a header field', async () => {
    const wrapped =
      'Mail delivery failed.\nSMTPSenderRefused: 553\n5.7.1 Sender address rejected: not owned by auth user.'
    expect(await parseBounce(wrapped)).toMatchObject({ replyCode: 553, reason: 'rejected' })
    const header = 'Content-Type: text/plain\nContent-Length: 525\n\nThe message could not be delivered.'
    expect((await parseBounce(header)).replyCode).toBeNull()
  })

  it('reads a delay warning whose only hint of a block is a refused connection as still being tried', async () => {
    const warning = [
      '**********************************************',
      '**      THIS IS A WARNING MESSAGE ONLY      **',
      '**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '**********************************************',
      '',
      'The original message was received at Fri, 5 Mar 2004 19:29:27 -0600',
      'from mail.example.net [192.0.2.50]',
      '',
      '   ----- The following addresses had transient non-fatal errors -----',
      '<anna@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '<anna@example.org>... Deferred: Connection refused by mail.example.org.',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
    ].join('\n')
    expect(await parseBounce(warning)).toMatchObject({ reason: 'expired', retry: 'warning' })
  })
})

/** Rules learnt from the forty-ninth and fiftieth corpora after their first, blind run. */
describe('rules from the forty-ninth and fiftieth corpora (after their blind first run)', () => {
  it.each([
    ['Messages with multiple addresses in From: header are 550-5.7.1 not accepted.', 'notcompliantrfc'],
    [
      'This message does not meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication.',
      'requireptr',
    ],
    [
      "550-5.7.1 According to the domain's SPF record your host '' is not a designated sender.",
      'authfailure',
    ],
    [
      '550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.',
      'mailboxfull',
    ],
    [
      '5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded.',
      'speeding',
    ],
    ['5.7.1 <DATA>: Data command rejected: only 10 messages per day', 'speeding'],
    ['554 5.7.1 Reached address outgoing limits for this hour', 'speeding'],
    [
      "550 5.7.0 Proxy session setup failed with '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
      'hostunknown',
    ],
    [
      'host mx.example.de[192.0.2.19] said: 550-Requested action not taken: mailbox unavailable 550 Sender address is not allowed. (in reply to MAIL FROM command)',
      'rejected',
    ],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('joins a reply line that ends on an open parenthesis with the next one', async () => {
    const exim = [
      'SMTP error from remote mail server after end of data:',
      'host mx.example.org [192.0.2.7]: 550 5.7.1',
      'This message was not accepted due to domain (',
      'owner DMARC policy (RFC 7489)',
    ].join('\n')
    expect((await parseBounce(exim)).reason).toBe('authfailure')
  })

  it('takes a reply code followed by its own colon as the reply', async () => {
    const info = await parseBounce(
      'Delivery Failure : 550: Remote host said Sender Authorization check failed',
    )
    expect(info.replyCode).toBe(550)
    expect(info.format).not.toBe('none')
  })
})

/**
 * Rules from the fifty-first to fifty-fifth corpora after their blind first run, and Exchange's and
 * Gmail's notices as they read in Italian (the wordings people here receive), each on a text of its own.
 */
describe('Italian notices, and rules from the fifty-first to fifty-fifth corpora', () => {
  it.each([
    [
      "Il tuo messaggio non è stato recapitato a anna@esempio.it perché l'indirizzo non è stato trovato.",
      'userunknown',
    ],
    [
      'Il tuo messaggio non è stato recapitato perché non è stato possibile trovare il dominio gmial.com.',
      'hostunknown',
    ],
    [
      'Impossibile recapitare il messaggio a questi destinatari o gruppi:\nLa cassetta postale del destinatario è piena.',
      'mailboxfull',
    ],
    ['Il messaggio non è stato recapitato perché è troppo grande.', 'mesgtoobig'],
    ['550 5.4.1 Indirizzo del destinatario rifiutato: Accesso negato', 'userunknown'],
    ["550 5.7.606 Accesso negato, vietato l'invio di IP [192.0.2.1]", 'blocked'],
    [
      'Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente.',
      'speeding',
    ],
    ['Host sconosciuto, Domain Lookup non riuscito', 'hostunknown'],
    ['CODA 550 4.4.7.Scaduto; messaggio scaduto.', 'expired'],
    ['Timeout della connessione', 'networkerror'],
    ['Il mittente non è autorizzato a inviare posta per questo dominio (SPF non superato).', 'authfailure'],
    ["L'indirizzo del mittente è stato rifiutato.", 'rejected'],
    ["L'operazione ha superato il tempo di attesa del server.", 'networkerror'],
    ["Il server SMTP richiede l'autenticazione.", 'securityerror'],
    ['Il messaggio è stato rifiutato perché contiene un virus.', 'virusdetected'],
    ['La casella email del destinatario è stata disattivata.', 'suspend'],
    ['Hai raggiunto il numero massimo di messaggi inviabili in un giorno.', 'speeding'],
    ['Il messaggio non ha superato i controlli DMARC del dominio del mittente.', 'authfailure'],
    ['Consegna non riuscita: il server del destinatario non risponde.', 'networkerror'],
    ["The email address you entered couldn't be found.", 'userunknown'],
    ["Your message wasn't delivered because it's too large.", 'mesgtoobig'],
    [
      "Your message couldn't be delivered. Despite repeated attempts to contact the recipient's email system it didn't respond.",
      'expired',
    ],
    ['421 4.4.5 Service unavailable, concurrency limit reached', 'toomanyconn'],
    [
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent.\nPlease contact your Internet service provider since part of their network is on our block list (S3140).",
      'blocked',
    ],
    ["Réponse du serveur : '550 <anna@exemple.fr>... Relais refusé', Port : 25", 'norelaying'],
    ["Resposta do Servidor: '550 nome@exemplo.com... Retransmissão Negada', Porta: 25", 'norelaying'],
    ['553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)', 'norelaying'],
    [
      'Mailer Error: SMTP Error: The following recipients failed: a@example.it: Client host rejected: This mail server requires authentication',
      'securityerror',
    ],
    ['550 Could not complete sender verify callout', 'rejected'],
    ['Error CA2: 192.0.2.7 is blocked from sending. Probably due to sending spam messages.', 'blocked'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads a Postfix reply cut after its codes with its words on the next lines of the paragraph', async () => {
    const pasted = [
      '<info@example.de>: host mail.example.de[192.0.2.25] said: 550 5.7.0',
      'Your server hostname [mx.example.com] for IP [192.0.2.31] matches a pattern which was abusive in the past.',
      'See http://spamauditor.org/best-practices/check_reverse_dns_list/ for more information.',
    ].join('\n')
    expect(await parseBounce(pasted)).toMatchObject({ reason: 'blocked', recipient: 'info@example.de' })
  })

  it('reads a notice pasted without headers by its own first lines, and a PEC anomaly around a bounce as a bounce', async () => {
    const dsn =
      'This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.\n\nanna@'
    expect((await parseBounce(dsn)).format).not.toBe('none')
    const anomaly = await parseBounce('Anomalia Messaggio: Undelivered Mail Returned to Sender')
    expect(anomaly.reason).not.toBe('delivered')
    expect(anomaly.retry).not.toBe('none')
  })

  it('reads Exchange’s Italian delay notice and a qmail "delayed delivery notice" as still being tried', async () => {
    const exchange = 'Il recapito ai destinatari o ai gruppi seguenti è stato ritardato:\nanna@esempio.it'
    expect(await parseBounce(exchange)).toMatchObject({ reason: 'expired', retry: 'warning' })
    const qmail =
      'Subject: delayed delivery notice\n\nYour message has been undeliverable to the following recipients for at least 4 hours.\nThe mail system will continue to attempt to deliver your message for a total of 2 days.\nYou do not need to resend your message at this time.'
    expect((await parseBounce(qmail)).retry).toBe('warning')
  })
})

/** Gmail's and Exchange's notices as French, German and Spanish mailboxes show them. */
describe('notices in French, German and Spanish', () => {
  it.each([
    ["Votre message n'a pas été distribué à anna@exemple.fr, car l'adresse est introuvable.", 'userunknown'],
    [
      "Votre message n'a pas été distribué à anna@gmial.com, car le domaine gmial.com est introuvable.",
      'hostunknown',
    ],
    [
      'Ihre Nachricht wurde nicht an anna@gmial.com zugestellt, weil die Domain gmial.com nicht gefunden wurde.',
      'hostunknown',
    ],
    ['Die eingegebene E-Mail-Adresse wurde nicht gefunden.', 'userunknown'],
    [
      'No se ha podido entregar el mensaje porque no se ha encontrado la dirección o no puede recibir correo.',
      'userunknown',
    ],
    ['No se ha podido entregar el mensaje porque no se ha encontrado el dominio gmial.com.', 'hostunknown'],
    ['No se encontró la dirección de correo electrónico que especificó.', 'userunknown'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules from the fifty-seventh and fifty-eighth corpora after their one sealed run, each on a text of its own. */
describe('rules from the fifty-seventh and fifty-eighth corpora (after their one sealed run)', () => {
  it.each([
    ["550 MIME message is missing 'From' header", 'notcompliantrfc'],
    ["550-5.7.1 'From' header is missing.", 'notcompliantrfc'],
    ['SMTP server error: 5.4.5 Daily user sending        quota exceeded.', 'speeding'],
    ['SMTP server error: You are not allowed to use the domain hotmail.com as a sender domain.', 'rejected'],
    ['message sending failed: 4.7.1 Ratelimit "user" exceeded (451)', 'speeding'],
    ['452 4.3.2 Connection rate limit exceeded.', 'toomanyconn'],
    [
      'Error Description: Inbox is full. Additional information: The recipients inbox is full.',
      'mailboxfull',
    ],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads Amazon SES’s unverified identity as the sender refused, its address never the recipient', async () => {
    const ses =
      'Sender - MessageRejected: Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-2: anna@example.com.au Request Id: 2b25'
    expect(await parseBounce(ses)).toMatchObject({ reason: 'rejected', recipient: null })
  })

  it('takes the reply after a log line’s source location, never the line number ("manager.go:501:")', async () => {
    const log =
      '2025/05/30 06:29:04 manager.go:501: error sending message in campaign May: subscriber 3354: 450 Too many requests. Try again later.'
    expect(await parseBounce(log)).toMatchObject({ replyCode: 450, retry: 'temporary' })
  })
})

describe('the recipients a notice lists itself', () => {
  it('keeps the notice’s own list of failed addresses over an X-Failed-Recipients header that names none of them', async () => {
    const notice = [
      'From: Mail Delivery System <Mailer-Daemon@mail.example.de>',
      'To: sender@example.com',
      'Subject: Mail delivery failed: returning message to sender',
      'X-Failed-Recipients: someone-else@example.de',
      '',
      '|------------------------- Failed addresses follow: ---------------------|',
      ' <anna@example.de>',
      '   552 5.2.2 <anna@example.de> Quota exceeded (mailbox for user is full)',
      ' <bruno@example.de>',
      '   550 5.1.1 <bruno@example.de> unknown user',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.recipients.map((entry) => [entry.recipient, entry.reason])).toEqual([
      ['anna@example.de', 'mailboxfull'],
      ['bruno@example.de', 'userunknown'],
    ])
  })
})

/**
 * Providers' words that are plain enough to read without the provider's table, found among the
 * misses of Sisimai's rhost samples read with each provider's table left out.
 */
describe('providers’ plain words, read without their tables', () => {
  it.each([
    ['550 Ip frequency limited [Blocked IP 192.0.2.22]', 'toomanyconn'],
    ["554 delivery error: dd This user doesn't have a example.com account", 'userunknown'],
    ['550-Please turn on SMTP Authentication in your mail client.', 'securityerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from mail server software's own words (sixty-first to sixty-fourth corpora), each on a text of its own. */
describe('rules from the words of mail server software and mail programs', () => {
  it.each([
    ['450 4.7.1 Error: too much mail from 198.51.100.9', 'speeding'],
    ['450 4.7.1 <anna@example.org>: Recipient address rejected: Rate limit reach, retry later', 'speeding'],
    ['450 4.2.1 <anna@example.org>: You are sending too many messages too fast', 'speeding'],
    ['554 5.7.1 <END-OF-MESSAGE>: End-of-data rejected: Throttling quota exceeded', 'speeding'],
    ['550 5.7.0 Bad DKIM signature on this message', 'authfailure'],
    ['554 5.7.1 Rejected by DMARC policy of example.org', 'authfailure'],
    ['554 client host.dyn.example.net [203.0.113.5] refused: generic rDNS, use your ISPs relay', 'blocked'],
    ['554 5.7.1 ClamAV FOUND VIRUS "Eicar-Test-Signature"', 'virusdetected'],
    ['554 5.7.0 Reject, id=1234-01 - INFECTED: Eicar-Test-Signature', 'virusdetected'],
    ['554 5.7.0 Reject, id=1234-01 - BANNED: fattura.exe', 'policyviolation'],
    ['552 5.3.4 Mail size is larger than the maximum size allowed', 'mesgtoobig'],
    ['451 4.3.0 Error: maximum message size exceeded', 'mesgtoobig'],
    ['554 5.7.1 End-of-data rejected: Message size is too large', 'mesgtoobig'],
    ["550 Required header 'From' missing", 'notcompliantrfc'],
    ['550 5.7.1 Message is not RFC 822 compliant', 'notcompliantrfc'],
    ['554 5.6.0 Message contains invalid header', 'notcompliantrfc'],
    ['550 User <anna@example.org> unknown', 'userunknown'],
    ['550 5.7.1 Your message was automatically rejected by Sieve', 'filtered'],
    ['554 5.1.10 Domain does not accept email (null MX)', 'notaccept'],
    ['451 Bare line-feed; see the server’s page', 'notcompliantrfc'],
    ['Network error: Error connecting to mx.example.org. connect ECONNREFUSED', 'networkerror'],
    ['451 4.3.0 Temporary internal error', 'systemerror'],
    ['cannot send message: (smtp) originator not accepted', 'rejected'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads the delivery agent’s "File too large" as a mailbox over its size limit', async () => {
    const info = await parseBounce(
      '<anna@example.org>: cannot update mailbox /var/mail/anna for user anna. error writing message: File too large',
    )
    expect(info).toMatchObject({ reason: 'mailboxfull', recipient: 'anna@example.org' })
  })

  it('keeps RFC 3463’s words for X.7.1 Microsoft’s meaning only when Microsoft answered', async () => {
    const info = await parseBounce('550 5.7.1 Delivery not authorized, message refused: header is missing')
    expect(info.reason).not.toBe('policyviolation')
  })
})

/** Rules learnt from the sixty-fifth and sixty-sixth corpora (Exim's source, qpsmtpd, sending libraries), each on a text of its own. */
describe('rules from the words of sending libraries and more server software', () => {
  it.each([
    ['Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused', 'networkerror'],
    ['Error: connect to smtp.example.org:587: Connection refused', 'networkerror'],
    ["Couldn't connect to host, port: smtp.example.org, 587; timeout -1", 'networkerror'],
    ['System.Net.Mail.SmtpException: The operation has timed out.', 'networkerror'],
    ['Failure sending mail. ---> No such host is known.', 'networkerror'],
    ['Il server SMTP non è raggiungibile', 'networkerror'],
    [
      'Connection could not be established with host "smtp.example.org:465": getaddrinfo failed: Name or service not known',
      'networkerror',
    ],
    ['Could not convert socket to TLS; PKIX path building failed', 'failedstarttls'],
    [
      'SSL operation failed with code 1. error:0A000086:SSL routines::certificate verify failed',
      'failedstarttls',
    ],
    ['a TLS session is required, but the server did not offer TLS support', 'failedstarttls'],
    ['SMTP Error: Could not authenticate.', 'securityerror'],
    ['SMTP Error: Impossibile autenticarsi.', 'securityerror'],
    ['Autenticazione negata dal server SMTP', 'securityerror'],
    ['530 Unauthenticated senders not allowed', 'securityerror'],
    ['Error: Message size larger than allowed 10485760', 'mesgtoobig'],
    ['550 header syntax', 'notcompliantrfc'],
    ['550 maximum allowed line length is 998 octets, got 2000', 'notcompliantrfc'],
    ['452 Space shortage, please try later', 'systemfull'],
    ['550 SPF - forgery: example.org: sender is not authorized', 'authfailure'],
    ['550 unknown sender domain', 'rejected'],
    ['550 This message contains a virus (Eicar-Test-Signature).', 'virusdetected'],
    ['Il server SMTP non può inoltrare un messaggio.', 'norelaying'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads PHPMailer’s error with the server’s words before their codes', async () => {
    const info = await parseBounce(
      'SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Message rejected as spam\n SMTP code: 554 Additional SMTP info: 5.7.1',
    )
    expect(info).toMatchObject({ replyCode: 554, enhancedCode: '5.7.1', reason: 'spamdetected' })
  })

  it('keeps "accesso negato" an access refused, not a sign-in', async () => {
    const info = await parseBounce("550 5.7.606 Accesso negato, vietato l'invio di IP [198.51.100.7]")
    expect(info.reason).toBe('blocked')
  })
})

/** Rules learnt from hosting panels' mail settings and closed programs' windows (sixty-seventh and sixty-eighth corpora). */
describe('rules from hosting panels’ settings and closed mail programs’ windows', () => {
  it.each([
    ['550 Invalid HELO name (See RFC2821 4.1.3)', 'blocked'],
    ['554 5.7.1 <pc.lan>: Helo command rejected: Host not found, the domain does not exist', 'blocked'],
    ['550 Helo name contains a ip address and is not valid', 'blocked'],
    ['503 HELO required before MAIL', 'syntaxerror'],
    ['550 Blacklisted file extension detected', 'policyviolation'],
    ['451 4.3.2 Temporary failure (rate-limit)', 'speeding'],
    ['450 4.7.1 <anna@example.org>: Recipient address rejected: Daily limit reached', 'speeding'],
    ['550 MAIL from blocked: Too much traffic from this sender', 'speeding'],
    ['554 5.7.1 Rejected (anti-spoofing: noauth)', 'authfailure'],
    ['554 5.7.1 Rejected (dangerous macro detected)', 'virusdetected'],
    ['<anna@example.org>: Server certificate not verified', 'failedstarttls'],
    [
      'TLS is required, but host mx.example.org refused to start TLS: 454 4.7.0 TLS not available',
      'failedstarttls',
    ],
    ['Your server does not support the connection encryption type you have specified.', 'failedstarttls'],
    ['Cannot Verify Server Identity', 'failedstarttls'],
    ['Application-specific password required', 'securityerror'],
    ['Password incorrect – type the password again', 'securityerror'],
    ['550 smtp auth required', 'securityerror'],
    ['Your server has unexpectedly terminated the connection.', 'networkerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads Outlook’s task error as a failure even where its words name no cause', async () => {
    const info = await parseBounce(
      "Task 'Home - Sending' reported error (0x800CCC3C) : 'The server responded 'Precondition Failed'.'",
    )
    expect(info.format).not.toBe('none')
  })
})

/** Rules learnt from more mail programs' windows and web applications' mail errors (sixty-ninth and seventieth corpora). */
describe('rules from more mail programs’ and web applications’ windows', () => {
  it.each([
    ['Sending failed: the server denied authentication.', 'securityerror'],
    ['Impossibile autenticare la casella «Lavoro».', 'securityerror'],
    ['Impossibile effettuare il login sul server «imap.example.it».', 'securityerror'],
    ['Error: Password not accepted from server!', 'securityerror'],
    ['Connecting to the SMTP server failed: no suitable authentication mechanism', 'securityerror'],
    ['SMTP server does not support authentication.', 'securityerror'],
    ['Il server POP3 non supporta SASL.', 'securityerror'],
    ['Error: TLS could not be established!', 'failedstarttls'],
    ['Verifica del certificato fallita: il nome host non corrisponde', 'failedstarttls'],
    ['Il server SMTP ha rifiutato la connessione.', 'networkerror'],
    ['Impossibile connettersi a smtp.example.it (Connessione rifiutata).', 'networkerror'],
    ['Sending the message failed: connection lost', 'networkerror'],
    ['SMTP session failed: read error', 'networkerror'],
    ['Tempo scaduto dal server IMAP imap.example.it', 'networkerror'],
    ['Could not open socket: Unable to connect to ssl://smtp.example.org:465', 'networkerror'],
    ['Connessione non riuscita (problema del server di posta)', 'networkerror'],
    ['Your message could not be sent because you have exceeded your mail quota.', 'mailboxfull'],
    ['Error: MAIL FROM not accepted from server!', 'rejected'],
    ['Message is oversized', 'mesgtoobig'],
    ['Non puoi inviare messaggi a più di 100 destinatari ogni ora', 'speeding'],
    ['4.3.2 The maximum number of concurrent server connections has exceeded a limit', 'toomanyconn'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it.each([
    'There was an error sending your message.',
    "Can't send message",
    'Unable to send email. Contact the site administrator.',
    'Si è verificato un errore inviando il messaggio.',
  ])('reads "%s" as a failure whose cause it does not name', async (text) => {
    expect((await parseBounce(text)).reason).toBe('onhold')
  })

  it('reads "try again in 15 seconds" as a pause', async () => {
    expect((await parseBounce('Error Sending Email - 422 try again in 15 seconds.')).retry).toBe('temporary')
  })
})

/** Rules learnt from security gateways' and sending services' documented refusals (seventy-first and seventy-second corpora). */
describe('rules from gateways’ and sending services’ documented refusals', () => {
  it.each([
    ['551 Sender is on the recipient’s blacklist', 'filtered'],
    ['550 Message rejected: the sender is on the admin block list', 'filtered'],
    ['550 5.7.1 The sender is on the Blocked Senders list', 'filtered'],
    ['550 5.7.1 SPF unauthorized mail is prohibited', 'authfailure'],
    ['Message did not contain a valid DKIM signature', 'authfailure'],
    ['550 Message rejected due to sending IP reputation', 'blocked'],
    ['554 5.4.7 exceeded the maximum time without delivery', 'expired'],
    ['554 Transaction failed: missing required header From', 'notcompliantrfc'],
    ["554 5.1.0 Sender's address was not allowed", 'rejected'],
    ['421 Volume too high, slow down', 'speeding'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from sending services' event texts, Italian help pages and European providers' texts (seventy-third to seventy-fifth corpora). */
describe('rules from sending services’ events and European providers’ texts', () => {
  it.each([
    ['Not delivering to unsubscribed address', 'suppressed'],
    ['Spam Reporting Address', 'suppressed'],
    ['550 5.7.1 address suppressed by the sending service', 'suppressed'],
    ['blocked : due to invalid email', 'suppressed'],
    ['Unable to find MX for mario.rossi@esempio.it', 'hostunknown'],
    ['550 No MX for your FROM address', 'rejected'],
    ['554 5.7.0 Please make sure your message is RFC 5322 compliant', 'notcompliantrfc'],
    ['Warning: could not send message for past 2 days', 'expired'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it.each([
    ['Greylisted, come back later', 'temporary'],
    ['Soft bounce: the mailbox did not answer', 'temporary'],
    ['Hard bounce, no reason given by the receiving server', 'permanent'],
    ['Action: failed', 'permanent'],
    ['Warning: could not send message for past 4 hours', 'warning'],
  ])('answers "will sending again help?" for "%s" with %s', async (text, retry) => {
    const info = await parseBounce(text)
    expect(info.reason).not.toBe('undefined')
    expect(info.retry).toBe(retry)
  })
})

/** The standard texts of RFC 5321, RFC 4954 and RFC 7504, pasted bare as an error window shows them. */
describe('the standards’ own reply texts', () => {
  it.each([
    ['500 Syntax error, command unrecognized', 'syntaxerror'],
    ['521 Server does not accept mail', 'notaccept'],
    ['556 Domain does not accept mail', 'notaccept'],
    ['534 Authentication mechanism is too weak', 'securityerror'],
    ['538 Encryption required for requested authentication mechanism', 'securityerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it.each(['500 Line too long', '521 Block permanently (Sender Filtering/Authentication)'])(
    'names no cause the bare code does not give for "%s"',
    async (text) => {
      expect((await parseBounce(text)).reason).toBe('onhold')
    },
  )
})

/** Rules learnt from Microsoft's own support articles (seventy-sixth corpus). */
describe('rules from Microsoft’s support articles', () => {
  it.each([
    ["451 4.7.322 certificate-expired: the mail server's certificate is expired", 'failedstarttls'],
    ['550 5.7.323 The recipient domain failed DANE validation', 'failedstarttls'],
    ['451 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]', 'failedstarttls'],
    ['4.4.8 The MX hosts of esempio.it failed MTA-STS validation', 'failedstarttls'],
    ['554 5.6.211 Header too long', 'notcompliantrfc'],
    ['550 5.7.1 Multiple From addresses are not allowed', 'notcompliantrfc'],
    ['550 5.7.512 message must be RFC 5322 section 3.6.2 compliant', 'notcompliantrfc'],
    ['550 5.7.23 SPF permerror for esempio.it', 'authfailure'],
    ['Your submission quota is used up for today', 'speeding'],
    [
      '0x800CCC80: None of the authentication methods supported by this client are supported by your server',
      'securityerror',
    ],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads Outlook’s “messaging interfaces” window as a failure whose cause it does not name', async () => {
    const info = await parseBounce('The messaging interfaces have returned an unknown error.')
    expect(info.reason).toBe('onhold')
  })
})

/** Rules learnt from sending services' documentation and pasted mail-server log lines (seventy-seventh and seventy-eighth corpora). */
describe('rules from sending services’ documentation and mail-server log lines', () => {
  it.each([
    ['421 4.7.30 Your email has been rate limited because DKIM authentication didn’t pass', 'authfailure'],
    ['452 too many recent messages from your server; try again later', 'speeding'],
    ['Email was deferred: the IP reached the provider’s hourly limit', 'speeding'],
    ['550 5.7.1 address was suppressed due to a previous complaint', 'suppressed'],
    ['554 5.4.7 maximum retries exceeded', 'expired'],
    ['454 4.7.0 Failed to establish appropriate TLS channel', 'failedstarttls'],
    ['451 Network error when connecting to MX server mx.esempio.it: Connection timed out', 'networkerror'],
    ['status=deferred (mail transport unavailable)', 'systemerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from providers' postmaster pages and blocklist refusals (seventy-ninth and eightieth corpora). */
describe('rules from postmaster pages and blocklist refusals', () => {
  it.each([
    ['550 <203.0.113.9> has been blocked', 'blocked'],
    ['550 Your message is larger than the recipient’s server accepts', 'mesgtoobig'],
    ['553 esempio.it requires valid sender domain', 'rejected'],
    ['You have sent more than the messages you can send each day', 'speeding'],
    ['554 A link in this message (esempio . biz) is listed on multi.uribl.com', 'spamdetected'],
    ['554 5.7.1 Sender address [anna@esempio.it] blocked using dbl.spamhaus.org', 'rejected'],
    [
      '554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org; Error: open resolver',
      'systemerror',
    ],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('joins a reply that a page broke after "Client host" or after a greeting’s "ESMTP"', async () => {
    const broken = await parseBounce(
      '554 Service unavailable; Client host\n[] blocked using Barracuda Reputation;',
    )
    expect(broken.reason).toBe('blocked')
    const greeting = await parseBounce(
      '550 mx.esempio.it ESMTP\nConnection rejected. Your IP 203.0.113.9 is in RBL',
    )
    expect(greeting.reason).toBe('blocked')
  })

  it('tells a sender refused through an open resolver that nobody is listed and the recipient’s side must act', async () => {
    const info = await parseBounce(
      '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/203.0.113.9',
    )
    expect(info.explanation?.serverText.map((entry) => entry.id)).toEqual(['openResolver'])
    expect(info.remedies[0]).toBe('contact-recipient-admin')
  })
})

describe('a delivery pasted as if it had failed', () => {
  it.each([
    'Il messaggio è stato consegnato a: anna@esempio.it',
    'Il tuo messaggio è stato recapitato nella casella di anna@esempio.it',
    'to=<anna@esempio.it>, relay=mx.esempio.it[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4F2A1)',
  ])('says "%s" is no failure: nothing to send again', async (text) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe('delivered')
    expect(info.retry).toBe('none')
  })
})

/** Rules learnt from Microsoft 365's and Gmail's refusals as people pasted them (eighty-first and eighty-second corpora). */
describe('rules from Microsoft 365’s and Gmail’s refusals in threads', () => {
  it.each([
    ['421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade your client.', 'failedstarttls'],
    ['553 This route requires TLS version 1.2 or greater', 'failedstarttls'],
    ['550 5.7.1 Messages missing a valid Message-ID header are not accepted.', 'notcompliantrfc'],
    [
      "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from",
      'filtered',
    ],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from Yahoo's, AOL's and iCloud's refusals in threads (eighty-third corpus). */
describe('rules from Yahoo’s, AOL’s and iCloud’s refusals in threads', () => {
  it.each([
    ['451 deferred: unresolvable RFC.5321 from domain esempio.it', 'rejected'],
    ['550 Message refused for failed RFC compliance', 'notcompliantrfc'],
    ['Sending failed: the From address is not one of your addresses', 'rejected'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from shared hosting's notices in threads and help pages (eighty-fourth corpus). */
describe('rules from shared hosting’s notices', () => {
  it('reads DirectAdmin’s "you have reached your message limit" as a sending limit', async () => {
    expect((await parseBounce('Anna (anna) have reached your message limit.')).reason).toBe('speeding')
  })

  it('reads the error Exim’s local scanning gave when a page ran its lines together', async () => {
    const info = await parseBounce(
      'This message was created automatically by mail delivery software. A message that you sent was rejected by the local scanning code that checks incoming messages on this system. The following error was given: This message was classified as SPAM and may not be delivered ------ This is a copy of your message',
    )
    expect(info.reason).toBe('spamdetected')
  })
})

describe('a host that stopped its own customer’s outgoing mail', () => {
  it('gives cPanel’s "outgoing mail suspension" the advice to unblock the account, with the provider', async () => {
    const info = await parseBounce('Domain esempio.it has an outgoing mail suspension. Message discarded.')
    expect(info.explanation?.serverText.map((entry) => entry.id)).toEqual(['providerHold'])
    expect(info.remedies.slice(0, 2)).toEqual(['unblock-account', 'contact-provider'])
  })

  it('says a held message is still to be tried', async () => {
    const info = await parseBounce(
      'Domain esempio.it has an outgoing mail hold. Message will be reattempted later',
    )
    expect(info.retry).toBe('warning')
  })
})

describe('more of the same families, met again later in the session', () => {
  it.each([
    [
      '550 5.7.193 Delivery failed because external senders aren’t permitted to send to this group.',
      'filtered',
    ],
    ['451 4.7.0 Messages per session limit reached, please reconnect', 'toomanyconn'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

/** Rules learnt from mail programs' windows as people pasted them in threads (eighty-fifth corpus). */
describe('rules from mail programs’ windows in threads', () => {
  it.each([
    ['Error sending message, child exited 1 (Exec error.)', 'mailererror'],
    ['Could not send: From header must be equal to the signed-in address', 'rejected'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it.each([
    'Sending of the message failed. The mail server responded: please try later.',
    'Failed to send some messages',
    'Retries exceeded',
    'An unknown error was returned from the SMTP server.',
  ])('reads "%s" as a failure whose cause it does not name', async (text) => {
    expect((await parseBounce(text)).reason).not.toBe('undefined')
  })
})

/** Rules learnt from sending libraries' errors as developers pasted them (eighty-sixth corpus). */
describe('rules from sending libraries’ errors in threads', () => {
  it('reads SwiftMailer’s quoted message over its lines: Gmail wants the web sign-in', async () => {
    const info = await parseBounce(
      [
        'Uncaught Swift_TransportException: Failed to authenticate on SMTP server with username "anna@gmail.com" using 2 possible authenticators. Authenticator LOGIN returned Swift_TransportException: Expected response code 235 but got code "534", with message "<https://accounts.google.com/signin/continue>',
        'Please log in via your web browser and then try again.',
        'Learn more at https://support.google.com/mail/answer/78754',
        '" in AbstractSmtpTransport.php:457',
      ].join('\n'),
    )
    expect(info.replyCode).toBe(534)
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('modernAuth')
  })

  it('keeps the words a quoted message quotes itself', async () => {
    const info = await parseBounce(
      'Expected response code "250" but got code "550", with message "550 "sender address rejected"',
    )
    expect(info.reason).toBe('rejected')
  })

  it.each([
    "Error: connect ECONNREFUSED 203.0.113.5:587\n  code: 'ECONNECTION',",
    'Unhandled Exception: SocketException: Connection timed out, host: smtp.esempio.it, port: 587',
    'Connection failed. Error #2: stream_socket_client(): Unable to connect to smtp.esempio.it:25 (Connection timed out)',
  ])('reads a library that could not reach its own server as such: "%s"', async (text) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe('networkerror')
    expect(info.replyCode).toBeNull()
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownServerUnreachable')
  })

  it('never takes a port glued to its host for a reply code', async () => {
    const info = await parseBounce(
      'Could not open socket: Unable to connect to ssl://smtp.esempio.it:465 (Connection refused)',
    )
    expect(info.replyCode).toBeNull()
  })
})

/** Rules from the seventeenth session's sets (deliverability pages, Gmail's rate limits). */
describe('rules from the eighty-seventh set and its neighbours', () => {
  it.each([
    [
      '421-4.7.0 [203.0.113.8 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      'speeding',
      'temporary',
    ],
    [
      '421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address 203.0.113.8. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      'speeding',
      'temporary',
    ],
    [
      '550 5.7.28 There is an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.',
      'blocked',
      'permanent',
    ],
    [
      '421 4.7.0 The IP address sending this message does not have a PTR record. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      'requireptr',
      'temporary',
    ],
    ['450 4.2.1 The recipient has exceeded message rate limit. Try again later.', 'speeding', 'temporary'],
    [
      '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
      'spamdetected',
      'permanent',
    ],
    ['554 5.7.1 Message rejected: a link in it is listed on uribl.example', 'spamdetected', 'permanent'],
  ])('reads "%s" as %s', async (text, reason, retry) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe(reason)
    expect(info.retry).toBe(retry)
  })

  it.each([
    '454 4.7.0 Too many login attempts, please try again later. l204sm333464qhl.34 - gsmtp',
    '535 5.7.8 Error: too many failed authentication attempts',
    'Errore: troppi tentativi di accesso, riprova più tardi',
  ])('reads sign-ins paused after too many as such, not as a sender check: "%s"', async (text) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe('securityerror')
    const ids = info.explanation?.serverText.map((entry) => entry.id)
    expect(ids).toContain('tooManyLogins')
    expect(ids).not.toContain('authentication')
  })

  it.each([
    ['The recipient name is not recognised', 'userunknown'],
    ['Mail from Domain not accepted from host', 'rejected'],
    ['Possibly forged hostname for 203.0.113.7', 'requireptr'],
  ])('reads an institution’s short refusal "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads the reason Outlook words under "The following recipient(s) cannot be reached"', async () => {
    const info = await parseBounce(
      [
        'Your message did not reach some or all of the intended recipients.',
        '',
        '      Subject:\tOrdine',
        '',
        'The following recipient(s) cannot be reached:',
        '',
        '      ...',
        '',
        'This message could not be sent. Try sending the message again later, or',
        'contact your network administrator. You do not have the permission to',
        'send the message on behalf of the specified user.',
      ].join('\n'),
    )
    expect(info.reason).toBe('rejected')
    expect(info.diagnostic).toContain('on behalf of the specified user')
  })

  it.each([
    [
      '421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
      'badreputation',
    ],
    [
      '553 5.7.2 [TSS09] All messages from 203.0.113.25 will be permanently deferred; Retrying will NOT succeed.',
      'blocked',
    ],
  ])(
    'reads Yahoo’s refusal of the sending server, pasted alone, as the server’s: "%s"',
    async (text, reason) => {
      expect((await parseBounce(text)).reason).toBe(reason)
    },
  )

  it.each([
    [
      '530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError',
      'smtpAuthOff',
    ],
    ['550 Please turn on SMTP Authentication in your mail client', 'smtpAuthOff'],
    ['There was an error sending your message: Server requires authentication.', 'smtpAuthOff'],
    ['550 Unauthenticated senders not allowed', 'smtpAuthOff'],
    ['550 smtp auth requried', 'smtpAuthOff'],
    [
      "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
      'insideSendersOnly',
    ],
    ['535 5.7.8 Error: authentication failed: Invalid user or password', 'authentication'],
  ])(
    'tells a sign-in never given from a refused one and from a group for insiders: "%s"',
    async (text, id) => {
      const ids = (await parseBounce(text)).explanation?.serverText.map((entry) => entry.id) ?? []
      expect(ids).toContain(id)
      expect(
        ids.filter((other) => ['smtpAuthOff', 'insideSendersOnly', 'authentication'].includes(other)),
      ).toEqual([id])
    },
  )

  it.each([
    ['mx.example.net [203.0.113.8] said: 550 #5.2.0 no such mailbox', 'userunknown'],
    [
      '550-Verification failed for <news@example.it>\n550-Unrouteable address\n550 unable to verify sender address',
      'rejected',
    ],
    ['550-Callback setup failed while verifying <news@example.it>', 'rejected'],
    [
      'Client was not authenticated. The server response was: 5.7.0 Must issue STARTTLS command first.',
      'failedstarttls',
    ],
    ["Error: MAIL FROM failed: '503 5.5.4 Error: send AUTH command first.", 'securityerror'],
  ])('reads "%s" as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('gives the sending server’s advice where Yahoo’s server holds back its mail, under Sisimai’s reason', async () => {
    const info = await parseBounce(
      [
        'This is the mail system at host mx.example.it.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients.',
        '',
        '                   The mail system',
        '',
        '<anna@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.64] said: 421 4.7.0',
        '    [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected',
        '    volume or user complaints - 4.16.55.1; see',
        '    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
      ].join('\n'),
    )
    expect(info.reason).toBe('rejected')
    const words = info.explanation?.serverText ?? []
    expect(words.map((entry) => entry.id)).toEqual(['serverHeldBack'])
    expect(info.explanation?.remedies).toContain('delist')
    expect(info.explanation?.remedies).not.toContain('fix-auth-records')
  })

  it.each([
    '450 4.1.8 <info@studio-esempio.it>: Sender address rejected: Domain not found',
    '451 4.1.8 Domain of sender address info@studio-esempio.it does not resolve',
    '550 5.1.0 MailProtect : Domain of sender address info@studio-esempio.it does not exist',
  ])('reads the sender’s own domain not found as such, with the domain’s steps: "%s"', async (text) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe('rejected')
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('senderDomainMissing')
    expect(info.explanation?.remedies[0]).toBe('domain-expired')
  })

  it('never names the sender’s own address as the recipient when the refusal is of the sender’s domain', async () => {
    const alone = await parseBounce(
      '553 5.1.8 <luca@nonesiste.example>... Domain of sender address luca@nonesiste.example does not exist',
    )
    expect(alone.recipient).toBeNull()
    const withRecipient = await parseBounce(
      '<<< 451 4.1.8 Domain of sender address luca@nonesiste.example does not resolve anna@example.net... Deferred',
    )
    expect(withRecipient.recipient).toBe('anna@example.net')
  })
})

describe('rules from the cards of this session, and the ninety-sixth set', () => {
  it.each([
    ['550 Your envelope sender is in my spammers list', 'rejected'],
    ['523 Message length (120000 bytes) exceeds administrative limit(100000).', 'mesgtoobig'],
  ])(
    'reads a list of refused senders and RFC 3463’s size words with numbers between: "%s"',
    async (text, reason) => {
      expect((await parseBounce(text)).reason).toBe(reason)
    },
  )

  it('keeps Sisimai’s `blocked` for Microsoft’s 5.7.25 but gives the reverse name’s advice, not the blocklists', async () => {
    const info = await parseBounce(
      '5.7.25 Access denied, the sending IPv6 address [2001:db8::7] must have a reverse DNS record',
    )
    expect(info.reason).toBe('blocked')
    expect(info.explanation?.serverText.map((entry) => entry.id)).toEqual(['noReverseName'])
    expect(info.explanation?.remedies[0]).toBe('ask-ptr')
    expect(info.explanation?.remedies).not.toContain('delist')
  })

  it.each([
    '554 5.7.0 Reject, id=20311-07 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,T=exe,N=setup.exe',
    '554 5.7.1 Message rejected: attachment type .js is not allowed here',
    '550 Messaggio rifiutato: tipo di allegato non consentito',
  ])(
    'reads a refused kind of attachment as the attachment’s problem, not the sender’s records: %s',
    async (text) => {
      const info = await parseBounce(text)
      expect(info.reason).toBe('policyviolation')
      const steps = info.explanation?.steps.map((step) => step.key) ?? []
      expect(steps).toEqual([
        'knowledge:steps.shareFileAsLinkInstead',
        'knowledge:steps.askRecipientFileTypes',
      ])
      expect(info.explanation?.title.key).toBe('knowledge:details.bannedAttachment.title')
    },
  )

  it('reads Sisimai’s “due to extended inactivity new mail is not currently being accepted” as filtered: contact the recipient', async () => {
    const info = await parseBounce(
      '550 5.7.1 Due to extended inactivity new mail is not currently being accepted for this mailbox',
    )
    expect(info.reason).toBe('filtered')
    expect(info.explanation?.steps.map((step) => step.key)).toEqual(['knowledge:steps.contactRecipient'])
  })

  it.each([
    '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
    '550 5.7.1 Your message can’t be delivered because you don’t have permission to send to this recipient',
  ])(
    'reads Exchange’s delivery restrictions as the recipient’s allowed senders, not SPF: %s',
    async (text) => {
      const info = await parseBounce(text.replace(/’/g, "'"))
      expect(info.reason).toBe('filtered')
      expect(info.explanation?.steps.map((step) => step.key)).toEqual([
        'knowledge:steps.askRecipientAllowOutside',
      ])
    },
  )

  it('reads Sisimai’s “mail file size exceeds the maximum size allowed” as a full mailbox, with no code', async () => {
    const info = await parseBounce('Mail file size exceeds the maximum size allowed for mail delivery')
    expect(info.reason).toBe('mailboxfull')
  })

  it('reads GTUBE, the spam filters’ own test string, as spam whatever the code says', async () => {
    const info = await parseBounce('550 5.7.1 Message refused: GTUBE signature found in the body')
    expect(info.reason).toBe('spamdetected')
  })
})

describe('rules from the ninety-eighth set, each shown on a text of its own', () => {
  it.each([
    ['550 5.7.1 This sender cannot send mail to this domain', 'rejected'],
    ['553 Sender not permitted here', 'rejected'],
    ['550 5.6.0 Only one From header allowed', 'notcompliantrfc'],
    ['554 Message refused, see RFC 5322, section 3.6.4', 'notcompliantrfc'],
    ['550 Message refused: the Date header is in the future', 'contenterror'],
    ['554 Your host [192.0.2.77] rejected; no rDNS', 'requireptr'],
    ['550 I cannot deliver mail for <anna@example.org>', 'norelaying'],
  ])('reads “%s” as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  const greylisted = (action: string, status: string): string =>
    deliveryReport({
      from: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      subject:
        action === 'delayed' ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender',
      text: ['Your message could not be delivered yet.'],
      fields: [
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; anna@example.org',
        `Action: ${action}`,
        `Status: ${status}`,
        'Diagnostic-Code: smtp; 451 4.7.1 <anna@example.org>: Recipient address rejected: Greylisted, come back in 300 seconds',
      ],
    })

  it('reads greylisting in a delay notice or a delivery given up as time passing, not a block', async () => {
    expect(await parseBounce(greylisted('delayed', '4.7.1'))).toMatchObject({
      reason: 'expired',
      retry: 'warning',
    })
    expect((await parseBounce(greylisted('failed', '4.7.1'))).reason).toBe('expired')
    const alone = await parseBounce('451 4.7.1 Greylisted, come back in 300 seconds')
    expect(alone.reason).not.toBe('expired')
    expect(alone.explanation?.serverText.map((entry) => entry.id)).toContain('greylisting')
  })
})

describe('rules from the hundredth set, each shown on a text of its own', () => {
  it('answers "permanent" for a full mailbox its server calls inactive, "temporary" for a full one', async () => {
    expect((await parseBounce('552 5.2.2 This mailbox is over quota and inactive')).retry).toBe('permanent')
    expect((await parseBounce('552 5.2.2 This mailbox is over quota')).retry).toBe('temporary')
  })

  it('gives an abandoned full mailbox its own advice: another address, not "send again once there is room"', async () => {
    const gmail = await parseBounce(
      "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
    )
    expect(gmail).toMatchObject({ reason: 'mailboxfull', retry: 'permanent' })
    const steps = gmail.explanation?.steps.map((step) => step.key)
    expect(steps).toEqual(['knowledge:steps.contactRecipient', 'knowledge:steps.askRecipientAddressReceives'])
    const italian = await parseBounce('552 5.2.2 La casella del destinatario è piena e inattiva da mesi')
    expect(italian.explanation?.serverText.map((entry) => entry.id)).toContain('abandonedMailbox')
    const full = await parseBounce('552 5.2.2 Mailbox full')
    expect(full.explanation?.steps.map((step) => step.key)).toContain('knowledge:steps.sendOnceMadeRoom')
  })

  it('keeps a quoted local part whole: "first last"@example.org, not last@example.org', async () => {
    const notice = [
      'Received: from MAILER-DAEMON',
      '\tid 2c0491',
      '\tby mx.example.net (DragonFly Mail Agent v0.13);',
      '\tMon, 07 Dec 2026 19:30:44 +0000',
      'From: MAILER-DAEMON <>',
      'Subject: Mail delivery failed',
      '',
      'This is the DragonFly Mail Agent v0.13 at mx.example.net.',
      '',
      'There was an error delivering your mail to <"anna maria"@example.org>.',
      '',
      '192.0.2.5 [192.0.2.5] did not like our RCPT TO:',
      '550 5.1.1 <anna maria@example.org>: Recipient address rejected: User unknown',
    ].join('\n')
    expect((await parseBounce(notice)).recipient).toBe('"anna maria"@example.org')
    expect(findEmails('refused <"anna maria"@example.org> and bob@example.net')).toEqual([
      '"anna maria"@example.org',
      'bob@example.net',
    ])
  })
})

describe('rules from the ninety-ninth set: clients’ own words, each shown on a text of its own', () => {
  it.each([
    ['curl: (60) SSL certificate problem: unable to get local issuer certificate', 'failedstarttls'],
    ['WARNING: Server hostname does not match certificate', 'failedstarttls'],
    [
      "Error: Hostname/IP does not match certificate's altnames: Host: mail.example.org. is not in the cert's altnames: DNS:other.example.org",
      'failedstarttls',
    ],
    ['ATTENZIONE: il nome host del server non corrisponde al certificato', 'failedstarttls'],
    ['msmtp: cannot locate host smtp.example.org: Name or service not known', 'networkerror'],
    ['msmtp: network read error: the operation timed out', 'networkerror'],
    ['curl: (28) Operation timed out after 30000 milliseconds with 0 bytes received', 'networkerror'],
    ['Socket error on imap.example.org (192.0.2.7:993): timeout.', 'networkerror'],
    ['curl: (67) Login denied', 'securityerror'],
    ['fetchmail: Authorization failure on anna@example.org', 'securityerror'],
    ['IMAP command failed: a0003 NO [AUTHENTICATIONFAILED] Authentication failed.', 'securityerror'],
  ])('reads “%s” as %s, the person’s own server', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads IMAP’s [OVERQUOTA] as the person’s own mailbox full: permanent, its own advice', async () => {
    const info = await parseBounce('NO [OVERQUOTA] Quota exceeded (mailbox for user is full)')
    expect(info).toMatchObject({ reason: 'mailboxfull', retry: 'permanent' })
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownMailboxFull')
    expect(info.explanation?.steps.map((step) => step.key)).toContain('knowledge:steps.ownMailboxMakeRoom')
  })
})

describe('rules from the hundred-and-first set: sending libraries’ own words, each on a text of its own', () => {
  it.each([
    ["SMTP Error: Impossibile connettersi all'host SMTP.", 'networkerror'],
    [
      'jakarta.mail.MessagingException: Exception reading response; java.net.SocketTimeoutException: Read timed out',
      'networkerror',
    ],
    ['dial tcp: lookup mail.example.org on 192.0.2.53:53: no such host', 'networkerror'],
    ['getaddrinfo: Name or service not known (SocketError)', 'networkerror'],
    ['Name or service not known at /srv/app/send.pl line 12.', 'networkerror'],
    ['Nome o servizio sconosciuto', 'networkerror'],
    ['unable to establish SMTP connection to (mail.example.org) port 587', 'networkerror'],
    ['x509: certificate signed by unknown authority', 'failedstarttls'],
    ['x509: certificate is valid for mx.example.org, not mail.example.org', 'failedstarttls'],
    ['hostname verification failed', 'failedstarttls'],
    ["can't STARTTLS: 2.0.0 Ready to start TLS", 'failedstarttls'],
    ['mail: cannot send message: File too large', 'mesgtoobig'],
  ])('reads “%s” as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })
})

describe('rules from the hundred-and-second set: rate limits and policy services, each on a text of its own', () => {
  it.each([
    ['554 5.7.1 <anna@example.org>: Recipient address rejected: limit of 50 exceeded [51 hits]', 'speeding'],
    ['450 4.7.1 <anna@example.org>: Recipient address rejected: sorry, max 20 messages per hour', 'speeding'],
    ['451 Sender rate exceeds 100 messages per 1h', 'speeding'],
    ['452 4.3.2 Too many open connections.', 'toomanyconn'],
    ['454 4.7.0 Error: too many new TLS sessions from unknown[192.0.2.9]', 'toomanyconn'],
    [
      '550 5.7.1 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs',
      'blocked',
    ],
  ])('reads “%s” as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('keeps a size over its limit a size, not a rate', async () => {
    expect((await parseBounce('552 5.3.4 Message size limit of 10485760 exceeded')).reason).not.toBe(
      'speeding',
    )
  })
})

describe('rules from the hundred-and-sixth set, each shown on a message of its own', () => {
  it.each([
    [
      'an X-ARF abuse report',
      message(
        [
          'From: abuse-bot@reports.example.net',
          'To: abuse@example.org',
          'Subject: abuse report about 192.0.2.44',
          'X-ARF: YES',
          'Content-Type: text/plain',
        ],
        ['Your server 192.0.2.44 was seen attacking our SSH service and is blocked.'],
      ),
    ],
    [
      'a SpamCop report',
      message(
        [
          'From: 123456@reports.spamcop.net',
          'To: abuse@example.org',
          'Subject: [SpamCop (192.0.2.44) id:123456]Cheap watches',
        ],
        ['- SpamCop V5 -', 'This message is brief for your comfort. Email from 192.0.2.44 is blocked here.'],
      ),
    ],
    [
      'an Amazon SES complaint',
      message(
        [
          'From: complaints@email-abuse.amazonses.com',
          'To: sender@example.org',
          'Subject: complaint about message from 192.0.2.44',
          'Content-Type: multipart/mixed; boundary="b"',
        ],
        ['--b', 'Content-Type: text/plain', '', 'A recipient marked your message as spam.', '--b--'],
      ),
    ],
  ])('reads %s as a complaint, not a returned message', async (_, text) => {
    expect(await parseBounce(text)).toMatchObject({ format: 'arf', reason: 'feedback', retry: 'none' })
  })

  it('does not take the returned copy’s headers for the server’s words ("X-Spam-Flag: NO")', async () => {
    const notice = message(
      ['From: Mail Delivery System <mailer-daemon@mx.example.net>', 'Subject: Mail delivery failed'],
      [
        'A message that you sent could not be delivered to one or more of its recipients.',
        '',
        '  anna@example.org',
        '',
        '--- The header of the original message is following. ---',
        '',
        'Received: from mx.example.net by mx2.example.net',
        'X-Spam-Flag: NO',
        'Subject: Spam report for October',
      ],
    )
    expect((await parseBounce(notice)).reason).not.toBe('spamdetected')
  })

  it('reads every indented line of an Exim address block, not only the first', async () => {
    const notice = message(
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
        'Subject: Mail delivery failed: returning message to sender',
      ],
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  anna@example.org',
        '    (cf) Refused by the content filter of example.org',
        '    (cf) Spam score of the message exceeded the limit',
        '',
        '------ This is a copy of the message, including all the headers. ------',
      ],
    )
    expect(await parseBounce(notice)).toMatchObject({ reason: 'spamdetected', recipient: 'anna@example.org' })
  })
})

describe('rules from the hundred-and-fifth set: web applications’ libraries, each on a text of its own', () => {
  it.each([
    [
      'Connection could not be established with host "ssl://smtp.example.org:465": stream_socket_client(): Peer certificate CN=`mail.example.net\' did not match expected CN=`smtp.example.org\'',
      'failedstarttls',
    ],
    [
      'Certificate failure for imap.example.org: self signed certificate: /CN=imap.example.org',
      'failedstarttls',
    ],
    ["java.io.IOException: Can't verify identity of server: smtp.example.org", 'failedstarttls'],
    ['smtplib.SMTPNotSupportedError: SMTP AUTH extension is not supported by server', 'failedstarttls'],
    ['ConnectionRefusedError: [Errno 111] Connection refused', 'networkerror'],
    [
      'aiosmtplib.errors.SMTPConnectTimeoutError: Timed out connecting to smtp.example.org on port 465',
      'networkerror',
    ],
    ['ssmtp: Cannot open smtp.example.org:465', 'networkerror'],
    ['Swift_TransportException: Connection to ssl://smtp.example.org:465 Timed Out', 'networkerror'],
    ['ERROR => SMTP-AUTH: Authentication to smtp.example.org:587 failed.', 'securityerror'],
  ])('reads “%s” as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('answers "permanent" when the resolver says a server name does not exist, "temporary" when it could not ask', async () => {
    for (const text of [
      'Error: getaddrinfo ENOTFOUND smtp.exmaple.org',
      'dial tcp: lookup smtp.exmaple.org: no such host',
      'socket.gaierror: [Errno -2] Name or service not known',
    ])
      expect(await parseBounce(text), text).toMatchObject({ reason: 'networkerror', retry: 'permanent' })
    const offline = await parseBounce('socket.gaierror: [Errno -3] Temporary failure in name resolution')
    expect(offline).toMatchObject({ reason: 'networkerror', retry: 'temporary' })
  })

  it('reads a long stack trace from its root cause, the last line that names one', async () => {
    const frames = Array.from(
      { length: 8 },
      (_, index) => `\tat com.example.mail.Sender.send(Sender.java:${index + 40})`,
    )
    const trace = [
      'org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.example.org:465',
      ...frames,
      'Caused by: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465;',
      ...frames,
      'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed',
    ].join('\n')
    expect(await parseBounce(trace)).toMatchObject({ reason: 'failedstarttls', retry: 'permanent' })
  })
})

describe('rules from the hundred-and-fourth set: mailbox rules and lists, each on a message of its own', () => {
  const eximNotice = (output: string) =>
    message(
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
        'Subject: Mail delivery failed: returning message to sender',
      ],
      [
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  anna@example.org',
        '    local delivery failed',
        '',
        'The following text was generated during the delivery attempt:',
        '',
        '------ anna@example.org ------',
        '',
        output,
        '',
        '------ This is a copy of the message, including all the headers. ------',
      ],
    )

  it('reads the text a local delivery returned in an Exim notice when it names the cause', async () => {
    expect(await parseBounce(eximNotice('Mailbox quota exceeded for this user'))).toMatchObject({
      reason: 'mailboxfull',
      recipient: 'anna@example.org',
    })
    expect((await parseBounce(eximNotice('deliver: cannot chdir to /srv/mail'))).reason).not.toBe(
      'mailboxfull',
    )
  })

  it.each([
    [
      'Your message to <anna@example.org> was automatically rejected:\nSorry, no mail about offers here.',
      'filtered',
    ],
    ['550 5.7.1 This mailbox does not accept e-mail from this sender', 'filtered'],
  ])('reads the recipient’s own rule in “%s” as %s', async (text, reason) => {
    expect((await parseBounce(text)).reason).toBe(reason)
  })

  it('reads vacation(1)’s default reply as an automatic reply', async () => {
    const reply = message(
      ['From: Anna Rossi <anna@example.org>', 'To: mario@example.net', 'Subject: away from my mail'],
      ['Back on Monday.'],
    )
    expect(await parseBounce(reply)).toMatchObject({ reason: 'vacation', retry: 'none' })
  })

  it('gives a list’s refusal its own advice: post from the subscribed address, or ask the owner', async () => {
    const info = await parseBounce('Post by non-member to a members-only list')
    expect(info.reason).toBe('policyviolation')
    expect(info.explanation?.steps.map((step) => step.key)).toEqual([
      'knowledge:steps.postFromSubscribedAddress',
      'knowledge:steps.askListOwner',
    ])
  })

  it('reads a list’s refusal of a post, its words wrapped over two lines, as a refusal', async () => {
    const refusal = message(
      [
        'From: team-owner@lists.example.org',
        'To: mario@example.net',
        'Subject: Post to team@lists.example.org denied',
        'Content-Type: multipart/mixed; boundary="b"',
      ],
      [
        '--b',
        'Content-Type: text/plain',
        '',
        'Your message to <team@lists.example.org> was unable to be delivered to the list because',
        'you are not subscribed to this list.',
        '--b',
        'Content-Type: message/rfc822',
        '',
        'From: mario@example.net',
        'To: team@lists.example.org',
        'Subject: Monday',
        '',
        'See you on Monday.',
        '--b--',
      ],
    )
    expect(await parseBounce(refusal)).toMatchObject({
      reason: 'policyviolation',
      retry: 'permanent',
      recipient: 'team@lists.example.org',
    })
  })
})

describe('rules from the card and tree audits and the hundred-and-seventh set, each on a text of its own', () => {
  it('gives a mail loop its own advice: a forwarding rule to change, never "wait and retry"', async () => {
    const loop = await parseBounce('554 5.4.14 Hop count exceeded - possible mail loop ATTR34')
    expect(loop).toMatchObject({ reason: 'networkerror', retry: 'permanent' })
    const steps = loop.explanation?.steps.map((step) => step.key) ?? []
    expect(steps).toEqual(['knowledge:steps.checkOwnForwarding', 'knowledge:steps.tellRecipientLoop'])
  })

  it('reads a full disk in a delivery agent’s words as a full system', async () => {
    const text = 'procmail: No space left to finish writing "/var/mail/anna"'
    expect((await parseBounce(text)).reason).toBe('systemfull')
  })

  it('answers "temporary" to the Italian "try again later" of a paused sign-in', async () => {
    expect((await parseBounce('Troppi tentativi di login. Tenta di nuovo più tardi.')).retry).toBe(
      'temporary',
    )
  })

  it('reads UW c-client’s "No such host as" as the person’s own server name not found', async () => {
    const info = await parseBounce('IMAP connection broken: No such host as mail.exmaple.org')
    expect(info).toMatchObject({ reason: 'networkerror', retry: 'permanent' })
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownServerUnreachable')
  })
})

describe('one answer to "will sending again help?" on a delay warning', () => {
  it('says no step to send again while the message is still being tried', async () => {
    const warning = [
      'This is an automatically generated Delivery Status Notification',
      '',
      'THIS IS A WARNING MESSAGE ONLY.',
      '',
      'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
      '',
      'Delivery to the following recipient has been delayed:',
      '',
      '     anna@example.org',
      '',
      'The recipient server did not accept our requests to connect. 452 4.2.2 The email account that you tried to reach is over quota.',
    ].join('\n')
    const info = await parseBounce(warning)
    expect(info.retry).toBe('warning')
    const steps = info.explanation?.steps.map((step) => step.key) ?? []
    expect(steps).not.toContain('knowledge:steps.sendOnceMadeRoom')
    const failed = await parseBounce('552 5.2.2 The email account that you tried to reach is over quota.')
    expect(failed.explanation?.steps.map((step) => step.key)).toContain('knowledge:steps.sendOnceMadeRoom')
  })
})

describe('one answer to "will sending again help?" on a final refusal', () => {
  it('tells who can fix a fault the server refused with for good, and no step to wait', async () => {
    const notice = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
      '',
      '<anna@example.org>: host mx.example.org[192.0.2.7] said: 554 5.3.0 Local configuration error (in reply to end of DATA command)',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.retry).toBe('permanent')
    const steps = info.explanation?.steps.map((step) => step.key) ?? []
    expect(steps).toEqual(['knowledge:steps.tellRecipientServerFault'])
    const passing = await parseBounce('451 4.3.0 Local configuration error, try again later')
    expect(passing.explanation?.steps.map((step) => step.key)).toContain(
      'knowledge:steps.waitRetryPersistsTell',
    )
  })
})

describe('rules from the hundred-and-eighth set: GNU Mailman 3, each on a message of its own', () => {
  const listNotice = (subject: string, body: string[]) =>
    [
      'From: team-owner@lists.example.org',
      'To: mario@example.net',
      `Subject: ${subject}`,
      'List-Id: <team.lists.example.org>',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      ...body,
      '--b',
      'Content-Type: message/rfc822',
      '',
      'From: mario@example.net',
      'To: team@lists.example.org',
      'Subject: Monday',
      '',
      'See you on Monday.',
      '--b--',
    ].join('\n')

  it.each([
    [
      'Monday',
      [
        'Your message to the Team mailing-list was rejected for the following',
        'reasons:',
        '',
        'The message is not from a list member',
      ],
    ],
    [
      'Request to mailing list "Team" rejected',
      [
        'Your request to the Team mailing list',
        '',
        '    Posting of your message titled "Monday"',
        '',
        'has been rejected by the list moderator.',
      ],
    ],
  ])(
    'reads a list’s refusal titled “%s” as a refusal of the post, and its words with the list’s advice',
    async (subject, body) => {
      const info = await parseBounce(listNotice(subject, body))
      // The list the post was written to, read from the list's own address that sent the notice.
      expect(info).toMatchObject({
        reason: 'policyviolation',
        retry: 'permanent',
        recipient: 'team@lists.example.org',
      })
      // The whole notice quotes no server reply: its own sentence explains it, with the list's advice.
      expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('listRefusedPost')
      // Pasted as the mail program shows it, the refusal's words get the list's own advice.
      const pasted = await parseBounce(body.join('\n'))
      expect(pasted.explanation?.serverText.map((entry) => entry.id)).toContain('listRefusedPost')
    },
  )

  it('reads a post held for the moderator as no refusal, but a bounce of that notice as a bounce', async () => {
    const held = listNotice('Your message to team@lists.example.org awaits moderator approval', [
      'Your mail to team@lists.example.org with the subject "Monday"',
      'Is being held until the list moderator can review it for approval.',
      '',
      'The reason it is being held:',
      '',
      '    The message is larger than the 40 KB maximum size',
    ])
    expect(await parseBounce(held)).toMatchObject({ format: 'none', retry: 'none' })
    const bounced = [
      'From: postmaster@example.net',
      'Subject: Undeliverable: Your message to Team awaits moderator approval',
      '',
      'The email below could not be delivered to the following user:',
      '',
      'mario@example.net',
      '',
      'Is being held until the list moderator can review it for approval.',
    ].join('\n')
    expect((await parseBounce(bounced)).format).not.toBe('none')
  })
})

describe('rules from the hundred-and-tenth set: TLS between servers, each on a text of its own', () => {
  it.each([
    ['454 4.7.0 TLS currently unavailable due to local problem'],
    ['421 4.7.1 mx.posta.example.it Error: No client certificate presented'],
    ['454 4.7.0 encryption too weak 56 less than 112'],
    ['454 4.7.0 CN mail.altro.example.it does not match mx.posta.example.it'],
  ])('reads “%s” as encryption the servers could not agree on', async (line) => {
    const notice = [
      'From: Mail Delivery System <MAILER-DAEMON@out.example.net>',
      'Subject: Delayed Mail (still being retried)',
      '',
      'This is the mail system at host out.example.net.',
      '',
      '####################################################################',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################',
      '',
      `<anna@posta.example.it>: host mx.posta.example.it[192.0.2.9] said: ${line}`,
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info).toMatchObject({
      reason: 'failedstarttls',
      retry: 'warning',
      recipient: 'anna@posta.example.it',
    })
  })
})

describe('rules from the hundred-and-ninth set: virus scanners, each on a text of its own', () => {
  it('reads a malware scan in the server’s own words as a virus, over the generic code beside it', async () => {
    for (const line of [
      '550 5.2.0 This message contains malware (Win.Test.EICAR_HDB-1)',
      '550-5.2.0 This message was detected as possible malware\n550 5.2.0 (Win.Test.EICAR_HDB-1).',
    ]) {
      const info = await parseBounce(line)
      expect(info).toMatchObject({ reason: 'virusdetected', retry: 'permanent' })
    }
  })

  it('reads a virus alert to the administrator or the recipient as no returned message, though it quotes the refusal', async () => {
    const alert = (subject: string) =>
      [
        'From: "Content-filter at mx.example.org" <postmaster@mx.example.org>',
        'To: <security@example.org>',
        `Subject: ${subject}`,
        '',
        'A virus was found: Win.Test.EICAR_HDB-1',
        '',
        'The message WAS NOT relayed to:',
        '<anna@example.org>:',
        '   554 5.7.0 Reject, id=04711-02 - INFECTED: Win.Test.EICAR_HDB-1',
      ].join('\n')
    const admin = await parseBounce(
      alert('VIRUS (Win.Test.EICAR_HDB-1) in mail FROM\n [192.0.2.4]:5120 <mario@example.net>'),
    )
    expect(admin).toMatchObject({ reason: 'virusnotice', retry: 'none' })
    const toYou = await parseBounce(
      alert('VIRUS (Win.Test.EICAR_HDB-1) in mail TO YOU (from <mario@example.net>)'),
    )
    expect(toYou).toMatchObject({ reason: 'virusnotice', retry: 'none' })
    const fromYou = await parseBounce(alert('VIRUS (Win.Test.EICAR_HDB-1) IN MAIL FROM YOU'))
    expect(fromYou).toMatchObject({ reason: 'virusdetected', retry: 'permanent' })
  })

  it('reads Exim’s “Temporary local problem” that ran out of retry time as the recipient’s system, not a bare expiry', async () => {
    const notice = [
      'From: Mail Delivery System <Mailer-Daemon@out.example.net>',
      'Subject: Mail delivery failed: returning message to sender',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  anna@example.org',
      '    host mx.example.org [192.0.2.7]',
      '    SMTP error from remote mail server after end of data:',
      '    451 Temporary local problem - please try later: retry timeout exceeded',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info).toMatchObject({ reason: 'systemerror', recipient: 'anna@example.org' })
  })
})

describe('a sender other than the mailbox signed in with, in each provider’s words', () => {
  it.each([
    ['552 5.2.0 Xy12Ab - Mittente non consentito / Sender not allowed ( mail-from )'],
    [
      '553 5.7.1 <ufficio@studio.example.it>: Sender address rejected: not owned by user posta@studio.example.it',
    ],
    ['554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'],
  ])('“%s”: send from the signed-in mailbox, or allow the other address first', async (line) => {
    const info = await parseBounce(line)
    expect(info.reason).toBe('rejected')
    expect(info.explanation?.title.key).toBe('knowledge:details.fromNotYourMailbox.title')
    expect(info.explanation?.steps.map((step) => step.key)).toEqual([
      'knowledge:steps.sendFromSignedInAddress',
      'knowledge:steps.allowOtherSenderAddress',
    ])
  })
})

describe('rules from the tree audit of words read as no reason under a 550, each on a text of its own', () => {
  it.each([
    ['550 5.7.0 Encryption is required from you, please use STARTTLS', 'failedstarttls'],
    ['550 This message was classified as rSPAM (score 15.2)', 'spamdetected'],
    ['553 Local user only,163 smtp9,AbCdEf== 1700000000', 'rejected'],
  ])('“%s” names its cause (%s), not a recipient’s address to check', async (line, reason) => {
    const info = await parseBounce(line)
    expect(info.reason).toBe(reason)
  })
})

describe('rules from the hundred-and-twelfth set: list managers in Italian, each on a message of its own', () => {
  const notice = (from: string, subject: string, body: string[]) =>
    [
      `From: ${from}`,
      'To: mario@example.net',
      `Subject: ${subject}`,
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...body,
      '--b',
      'Content-Type: message/rfc822',
      '',
      'From: mario@example.net',
      'To: gruppo@liste.example.org',
      'Subject: Riunione',
      '',
      'Ci vediamo lunedì.',
      '--b--',
    ].join('\n')

  it.each([
    [
      'gruppo+owner@liste.example.org',
      'Messaggio a gruppo@liste.example.org negato: Riunione',
      [
        'Non è stato possibile consegnare alla lista il messaggio da',
        '<mario@example.net> con oggetto "Riunione"',
        'perché non sei iscritto/a alla lista.',
      ],
    ],
    [
      'gruppo-owner@liste.example.org',
      'Riunione',
      [
        'Il tuo messaggio alla mailing list Gruppo è stato rifiutato per i seguenti',
        'motivi:',
        '',
        'Il messaggio non proviene da un membro della lista',
      ],
    ],
    [
      'gruppo-bounces@liste.example.org',
      'La richiesta alla lista "Gruppo" è stata rifiutata',
      [
        'La tua richiesta alla mailing list gruppo@liste.example.org',
        '',
        'è stata rifiutata dal moderatore della lista.',
      ],
    ],
    [
      'gruppo-owner@liste.example.org',
      'Riunione',
      [
        'Il tuo messaggio alla mailing list Gruppo è stato rifiutato per i seguenti motivi:',
        '',
        'You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine.',
      ],
    ],
  ])('reads the refusal sent by %s as the list’s, for the list’s address', async (from, subject, body) => {
    const info = await parseBounce(notice(from, subject, body))
    expect(info).toMatchObject({
      reason: 'policyviolation',
      retry: 'permanent',
      recipient: 'gruppo@liste.example.org',
    })
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('listRefusedPost')
  })

  it('reads a post held for the moderator, in Italian, as no refusal', async () => {
    const held = notice(
      'gruppo-bounces@liste.example.org',
      'Il tuo messaggio a gruppo@liste.example.org attende l’approvazione del moderatore',
      [
        "La tua mail a 'gruppo@liste.example.org' con oggetto",
        '',
        '    Riunione',
        '',
        'Viene trattenuto fino a quando il moderatore della lista non può esaminarlo.',
      ],
    )
    expect(await parseBounce(held)).toMatchObject({ retry: 'none' })
  })

  it('reads a list’s size limit, in English and Italian, as a message too big', async () => {
    for (const line of [
      'perché ha superato la dimensione massima consentita di 4000 byte.',
      'because it exceeded the maximum allowed message size of 4000 bytes.',
    ]) {
      const info = await parseBounce(
        notice('gruppo+owner@liste.example.org', 'Messaggio negato', [
          'Non è stato possibile consegnare alla lista il messaggio',
          line,
        ]),
      )
      expect(info.reason).toBe('mesgtoobig')
    }
  })
})

describe('rules from the hundred-and-eleventh set: the sender’s own relay, each on a text of its own', () => {
  it.each([
    [
      'There was an error delivering your mail to <anna@example.org>.\n\nSMTP login to smtp.posta.example.it failed',
      'securityerror',
    ],
    ['Diagnostic-Code: SMTP; Server SSL/TLS certificate is untrusted', 'failedstarttls'],
    [
      'Diagnostic-Code: SMTP; Server does not advertise any supported authentication methods',
      'securityerror',
    ],
  ])('reads “%s” as %s', async (text, reason) => {
    const info = await parseBounce(text)
    expect(info.reason).toBe(reason)
  })
})

describe('rules from the hundred-and-fourteenth set: blocklist checks, each on a text of its own', () => {
  it('reads a blocklist the server could not ask as its own look-up failing, never as a listing', async () => {
    const info = await parseBounce('451 4.4.3 Temporary lookup failure of 192.0.2.10 at bl.example-list.net')
    expect(info).toMatchObject({ reason: 'systemerror', retry: 'temporary' })
    const returned = await parseBounce(
      [
        'From: Mail Delivery System <Mailer-Daemon@out.example.net>',
        'Subject: Mail delivery failed: returning message to sender',
        '',
        'This message was created automatically by mail delivery software.',
        '',
        '  anna@example.org',
        '    host mx.example.org [192.0.2.7]',
        '    SMTP error from remote mail server after MAIL FROM:<mario@example.net>:',
        '    451 4.4.3 Temporary lookup failure of 192.0.2.10 at bl.example-list.net: retry timeout exceeded',
      ].join('\n'),
    )
    expect(returned.reason).toBe('systemerror')
  })

  it('reads the HELO name on a domain list as the sending server refused, not the message’s links', async () => {
    const info = await parseBounce(
      '554 5.7.1 Service unavailable; Helo command [mx.negozio.example.it] blocked using dbl.example-list.org; see https://example-list.org/query',
    )
    expect(info.reason).toBe('blocked')
  })
})

describe('rules from the hundred-and-thirteenth set: a webmail’s own banners, each on a text of its own', () => {
  it.each([
    ['SMTP Error (): Connection to server failed.'],
    ['Connection to storage server failed.'],
    ['Request timed out'],
    ['Richiesta scaduta'],
  ])('reads “%s” as the person’s own server not reached', async (text) => {
    const info = await parseBounce(text)
    expect(info).toMatchObject({ reason: 'networkerror', retry: 'temporary' })
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownServerUnreachable')
  })

  it('reads a sent copy the webmail could not save as the person’s own mailbox full', async () => {
    for (const text of [
      'An error occurred while saving sent message. Unable to perform operation. Quota exceeded.',
      "Si è verificato un errore nel salvare il messaggio inviato. Impossibile eseguire l'operazione.",
    ]) {
      const info = await parseBounce(text)
      expect(info).toMatchObject({ reason: 'mailboxfull', retry: 'permanent' })
      expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownMailboxFull')
    }
  })
})

describe('rules from the hundred-and-fifteenth set: what mail programs showed, each on a text of its own', () => {
  it.each([
    ['SMTP Error (535): Authentication failed.', 535, 'securityerror'],
    ['Sending failed: permanent error (554)', 554, 'onhold'],
  ])('reads the code a program puts in brackets after “error”: “%s”', async (text, code, reason) => {
    const info = await parseBounce(text)
    expect(info).toMatchObject({ replyCode: code, retry: 'permanent', reason })
  })

  it('does not take a number in brackets elsewhere for a reply code', async () => {
    expect((await parseBounce('Outbox (554) could not be sent')).replyCode).toBeNull()
  })

  it.each([
    ['552 5.2.0 Message refused: it holds a bare linefeed'],
    ['554 5.5.0 Error: bare <CR> found in the message'],
    ['550 5.7.1 Bare carriage return not allowed in SMTP'],
  ])(
    'reads a line end SMTP does not carry as a message the program wrote against the rules: “%s”',
    async (text) => {
      expect((await parseBounce(text)).reason).toBe('notcompliantrfc')
    },
  )

  it('reads a sender address held for forged as the sender refused, not a security error', async () => {
    const info = await parseBounce(
      '553 5.7.1 <ufficio@studio.example.it>: Forged sender address, use your own',
    )
    expect(info.reason).toBe('rejected')
  })

  it('reads Android’s untrusted certificate chain as encryption with the own server failing', async () => {
    const info = await parseBounce(
      'javax.net.ssl.SSLHandshakeException: Trust anchor for certification path not found. (imap.example.it)',
    )
    expect(info.reason).toBe('failedstarttls')
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownServerTls')
  })
})

describe('the sender’s domain on a list of domains', () => {
  it('keeps an address on a list as the sending server’s, in the same words', async () => {
    expect((await parseBounce('550 203.0.113.9 is listed at zen.example-list.org (127.0.0.2)')).reason).toBe(
      'blocked',
    )
  })

  it.each([
    '554 5.7.1 <info@negozio.example.it>: Sender address rejected: MailFrom domain is listed in Spamhaus DBL',
    '550 5.7.1 Envelope domain blacklisted by the receiving gateway',
    '554 5.7.1 Service unavailable; Sender address [info@negozio.example.it] blocked using dbl.example-list.org',
    '550 negozio.example.it is listed at rhsbl.example-list.org (127.0.1.2: see the list’s page)',
  ])(
    'reads “%s” as the sender refused for its domain, with the steps to look the domain up',
    async (text) => {
      const info = await parseBounce(text)
      expect(info.reason).toBe('rejected')
      expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('senderDomainListed')
      expect(info.explanation?.steps.map((step) => step.key)).toContain('knowledge:steps.lookUpListedDomain')
      expect(info.explanation?.steps.map((step) => step.key)).not.toContain(
        'knowledge:steps.checkSpfDkimPass',
      )
    },
  )
})

describe('a card that shows one reading, not a second one its words only seem to name', () => {
  it('reads Postfix’s “loops back to myself” under 5.1.1 as the receiving side’s set-up, not an unknown address', async () => {
    const info = await parseBounce(
      '550 5.1.1 <ufficio@studio.example.it>: Recipient address rejected: undeliverable address: mail for studio.example.it loops back to myself',
    )
    expect(info.reason).toBe('systemerror')
    expect(info.explanation?.steps.map((step) => step.key)).not.toContain('knowledge:steps.checkAddressTypos')
  })

  it('does not read a mailbox named after DMARC as a DMARC failure', async () => {
    const info = await parseBounce(
      '550 5.1.1 <dmarc-reports@studio.example.it>: Recipient address rejected: User unknown in virtual mailbox table',
    )
    expect(info.reason).toBe('userunknown')
    expect(info.explanation?.serverText.map((entry) => entry.id)).not.toContain('dmarc')
  })

  it('does not read a HELO name that does not match the host as a certificate of another name', async () => {
    const info = await parseBounce(
      '550 5.7.1 <anna@example.it>: Recipient address rejected: correct HELO and DNS MX settings; MTA helo: pc-ufficio (helo/hostname mismatch)',
    )
    expect(info.explanation?.serverText.map((entry) => entry.id)).not.toContain('ownServerTls')
    expect(info.reason).not.toBe('failedstarttls')
  })
})

describe('a refusal that says it was because of DMARC, SPF or DKIM', () => {
  it.each([
    '550 5.2.0 Q7Lm01 Messaggio rifiutato: message rejected due to DMARC, see the provider’s page',
    '554 5.1.1 Message blocked because of the sender’s domain DKIM',
  ])('reads “%s” as the sender checks failing, whatever the code', async (text) => {
    expect((await parseBounce(text)).reason).toBe('authfailure')
  })
})

describe('a mail system’s notice is never a mail program’s words about its own server', () => {
  const line = "5.4.7 - Delivery expired (message too old) '[Errno 111] Connection refused'"
  const notice = [
    'From: MAILER-DAEMON@mx.example.it',
    'To: anna@example.it',
    'Subject: Undeliverable',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
    '',
    '--r',
    'Content-Type: text/plain',
    '',
    `The following message to <mario@example.org> was undeliverable: ${line}`,
    '--r',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.it',
    '',
    'Final-Recipient: rfc822;mario@example.org',
    'Action: failed',
    'Status: 5.4.7',
    `Diagnostic-Code: smtp; ${line}`,
    '',
    '--r--',
    '',
  ].join('\r\n')
  const ids = (info: Awaited<ReturnType<typeof parseBounce>>) =>
    info.explanation?.serverText.map((entry) => entry.id)

  it('leaves out “your own server was not reached” under a delivery report', async () => {
    expect(ids(await parseBounce(notice))).not.toContain('ownServerUnreachable')
  })

  it('keeps it for the same words pasted alone from a program’s window', async () => {
    expect(ids(await parseBounce('[Errno 111] Connection refused'))).toContain('ownServerUnreachable')
  })
})

describe('rules from the hundred-and-eighteenth set: Italian pages’ notices, each on a text of its own', () => {
  it('reads Exchange’s “Message expired” as the delivery time run out, not the last attempt’s dropped connection', async () => {
    const info = await parseBounce(
      '550 5.4.316 Message expired, connection dropped (SocketError) on the last attempt',
    )
    expect(info.reason).toBe('expired')
  })

  it('reads Microsoft 365’s restricted sender as the account held by its own provider', async () => {
    for (const text of [
      '550 5.1.8 Access denied, bad outbound sender. AS(42020)',
      'You weren’t recognized as a valid sender: your address is no longer allowed to send email.',
    ]) {
      const info = await parseBounce(text)
      expect(info.reason).toBe('rejected')
      expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('providerHold')
    }
  })

  it('does not read a list that no longer takes a member’s posts as the account held by its provider', async () => {
    const info = await parseBounce(
      'Your message to soci@liste.example.it was rejected: you are no longer allowed to send messages to this list.',
    )
    expect(info.explanation?.serverText.map((entry) => entry.id) ?? []).not.toContain('providerHold')
  })

  it('reads a domain whose name does not resolve, quoted when the queue gave up, as the domain', async () => {
    const info = await parseBounce(
      '554 4.4.7 Message expired: unable to deliver in 720 minutes.<421 4.4.0 Unable to lookup DNS for gmial.con>',
    )
    expect(info.reason).toBe('hostunknown')
  })
})

describe('rules from the hundred-and-seventeenth set: a list manager’s refusals, each on a text of its own', () => {
  const listReport = (notice: string) =>
    [
      'From: listmaster@liste.example.it',
      'To: anna@example.it',
      'Subject: Message distribution: Authorization denied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="s"',
      '',
      '--s',
      'Content-Type: text/plain; charset=utf-8',
      '',
      notice,
      '--s',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; liste.example.it',
      '',
      'Final-Recipient: rfc822; docenti@liste.example.it',
      'Action: failed',
      'Status: 5.7.1',
      'Diagnostic-Code: X-Sympa; Delivery not authorized, message refused',
      '',
      '--s--',
      '',
    ].join('\r\n')

  it.each([
    'Your post was refused.\r\nPosting to this list is restricted to members.',
    'Il tuo messaggio è stato rifiutato.\r\nLa distribuzione di messaggi in questa lista è limitata agli iscritti alla lista.',
  ])(
    'reads a list’s report whose text names its rule as the list’s refusal, with the list’s advice',
    async (notice) => {
      const info = await parseBounce(listReport(notice))
      expect(info.reason).toBe('policyviolation')
      expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('listRefusedPost')
    },
  )

  it.each([
    'Your message to list docenti was refused by the\r\nmoderator (a.bianchi@example.it).',
    'Il tuo messaggio per la lista docenti è stato respinto\r\ndal moderatore.',
  ])('reads a moderator’s refusal, even across a line end, as the list’s refusal: “%s”', async (notice) => {
    const info = await parseBounce(
      [
        'From: docenti-request@liste.example.it',
        'To: anna@example.it',
        'Subject: Message rejected',
        '',
        notice,
      ].join('\r\n'),
    )
    expect(info).toMatchObject({ reason: 'policyviolation', retry: 'permanent' })
  })

  it('names the list a robot refused the post to, never the moderator named in brackets', async () => {
    const info = await parseBounce(
      [
        'From: "SYMPA" <sympa@liste.example.it>',
        'To: anna@example.it',
        'Subject: Message rejected by the moderator of list docenti',
        '',
        'Your message "orari" to list docenti was rejected by the',
        'moderator',
        '(a.bianchi@example.it).',
      ].join('\r\n'),
    )
    expect(info.recipient).toBe('docenti@liste.example.it')
  })

  it('does not read a list’s word that a member’s address bounced as a returned message', async () => {
    const info = await parseBounce(
      [
        'From: listmaster@liste.example.it',
        'To: anna@example.it',
        'Subject: indirizzo con problemi',
        '',
        'I messaggi della lista docenti inviati al tuo indirizzo',
        'anna@example.it hanno generato rapporti di mancata consegna da 08 Dec 2026.',
      ].join('\r\n'),
    )
    expect(info.retry).toBe('none')
  })
})

describe('a mail program’s window in Italian, copied over a few lines, is read as the failure it shows', () => {
  it.each([
    [
      "Si è verificato un problema durante l'invio del messaggio.\nControlla le impostazioni dell'account.",
      'permanent',
    ],
    [
      'Errore con l’account mario@example.it\nErrore temporaneo di imap.example.it durante la sincronizzazione.',
      'temporary',
    ],
    ['Errore del server di posta', 'permanent'],
    ['Invio del messaggio non riuscito.\nIl programma tenterà di reinviarlo al prossimo avvio.', 'temporary'],
    ['Invio del messaggio non riuscito.', 'permanent'],
  ])('reads “%s” as a failure (%s)', async (text, retry) => {
    const info = await parseBounce(text)
    expect(info.format).toBe('text')
    expect(info.retry).toBe(retry)
  })

  it('reads a webmail’s “No free disk space” as the person’s own mailbox full', async () => {
    const info = await parseBounce(
      'Saving the draft failed: Unable to perform operation. No free disk space.',
    )
    expect(info.reason).toBe('mailboxfull')
    expect(info.explanation?.serverText.map((entry) => entry.id)).toContain('ownMailboxFull')
  })

  it('leaves a longer text of many lines to the other readers', async () => {
    const letter = [
      'Ciao Mario,',
      'ti scrivo per la riunione.',
      'Si è verificato un errore nel calendario,',
      'ma ora è a posto.',
      'A presto,',
      'Anna',
    ].join('\n')
    expect((await parseBounce(letter)).retry).toBe('none')
  })
})
