import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
import { remoteServiceReason } from './remote-hosts'

describe('the replies of known receiving services', () => {
  it.each([
    ['someone@icloud.com', null, '552 5.2.2 <someone@icloud.com>: user is over quota', 'mailboxfull'],
    ['someone@me.com', null, '550 5.1.6 recipient no longer on server: someone@me.com', 'hasmoved'],
    [
      'a@example.it',
      'mx1.mail.icloud.com',
      "554 5.7.1 Your message was rejected due to example.it's DMARC policy",
      'authfailure',
    ],
    ['someone@hotmail.com', null, '550 Requested action not taken: mailbox unavailable (-1)', 'userunknown'],
    [
      'a@example.it',
      'eu-smtp-inbound-1.mimecast.com',
      '550 Rejected by header-based Anti-Spoofing policy',
      'policyviolation',
    ],
    [
      'a@example.it',
      'cluster1.eu.messagelabs.com',
      '553 Sorry, your email address has been blacklisted',
      'rejected',
    ],
    ['someone@ezweb.ne.jp', null, '550 : User unknown', 'filtered'],
    ['someone@ezweb.ne.jp', null, '550 <someone@ezweb.ne.jp>: User unknown', 'userunknown'],
    [
      'someone@gmail.com',
      null,
      '550 5.7.1 Messages with multiple addresses in From: header are not accepted',
      'notcompliantrfc',
    ],
    [
      'a@example.it',
      'aspmx.l.google.com',
      '550 5.7.26 This message does not have authentication information or fails to pass authentication checks',
      'authfailure',
    ],
    [
      'a@contoso.example',
      'contoso-example.mail.protection.outlook.com',
      '550 5.7.509 Access denied, sending domain EXAMPLE.IT does not pass DMARC verification',
      'authfailure',
    ],
    [
      'someone@outlook.com',
      null,
      "550 5.7.1 Unfortunately, messages from [192.0.2.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      'blocked',
    ],
    ['someone@gmail.com', null, '550 5.2.1 The email account that you tried to reach is inactive', 'suspend'],
    [
      'someone@laposte.net',
      null,
      '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416',
      'userunknown',
    ],
    [
      'someone@orange.fr',
      null,
      '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
      'mailboxfull',
    ],
    [
      'someone@yahoo.com',
      null,
      "554 delivery error: dd This user doesn't have a yahoo.com account",
      'userunknown',
    ],
  ] as const)('%s via %s: "%s" is %s', (recipient, remoteMta, text, reason) => {
    expect(remoteServiceReason({ recipient, remoteMta }, text)).toBe(reason)
  })

  it('reads a reply worded with "email" where the service’s table says "mail", and the other way round', () => {
    const gmail = { recipient: 'someone@gmail.com', remoteMta: null }
    const tooQuickly = '450 4.2.1 The user you are trying to contact is receiving email too quickly.'
    expect(remoteServiceReason(gmail, tooQuickly)).toBe('speeding')
    expect(remoteServiceReason(gmail, tooQuickly.replace('email', 'e-mail'))).toBe('speeding')
  })

  it('lets the service that answered read its reply when the recipient’s domain names another', () => {
    const refused = { recipient: 'someone@yahoo.com', remoteMta: 'mta6.am0.yahoodns.net' }
    const text =
      '421 4.7.0 [TSS04] Messages from 192.0.2.16 temporarily deferred due to unexpected volume or user complaints'
    expect(remoteServiceReason(refused, text)).toBe('rejected')
  })

  it('reads everyday words as a service’s own only when its server answered (QQ’s "suspected spam")', () => {
    const text = '550 Mail is rejected as suspected spam'
    expect(remoteServiceReason({ recipient: 'a@qq.com', remoteMta: 'mx3.qq.com' }, text)).toBe('rejected')
    expect(remoteServiceReason({ recipient: null, remoteMta: null }, text)).toBeNull()
  })

  it('reads the case code in the link of a GMX, WEB.DE or IONOS refusal, with or without a server named', async () => {
    const refusal = (link: string) =>
      `554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit ${link}`
    const header = refusal('https://postmaster.gmx.net/en/case?c=r0735&i=ip&v=192.0.2.8&r=1MbDI4')
    expect(remoteServiceReason({ recipient: 'a@gmx.de', remoteMta: 'mx01.emig.gmx.net' }, header)).toBe(
      'notcompliantrfc',
    )
    expect((await parseBounce(header)).reason).toBe('notcompliantrfc')
    const listed = refusal('https://www.gmx.net/mail/senderguidelines?ip=192.0.2.8&c=bip')
    expect((await parseBounce(listed)).reason).toBe('blocked')
    // A code the table does not hold leaves the reading to the words.
    const unknown = refusal('https://postmaster.web.de/en/case?c=zz99&i=ip&v=192.0.2.8')
    expect((await parseBounce(unknown)).reason).toBe('policyviolation')
    // The same parameter in another provider's link is not theirs.
    expect(
      remoteServiceReason({ recipient: null, remoteMta: null }, 'see https://example.org/help?c=hi'),
    ).toBeNull()
  })

  it('says nothing for a service it does not know, or a text the service does not use', () => {
    expect(
      remoteServiceReason(
        { recipient: 'a@example.it', remoteMta: 'mx.example.it' },
        '550 5.2.2 user is over quota',
      ),
    ).toBeNull()
    expect(
      remoteServiceReason({ recipient: 'someone@icloud.com', remoteMta: null }, '550 something else'),
    ).toBeNull()
  })

  it('reads Sisimai’s newer entries with the codes they come with, for the provider whose host is named', () => {
    const microsoft = {
      recipient: 'a@contoso.example',
      remoteMta: 'contoso-example.mail.protection.outlook.com',
    }
    const tryLater = 'Access denied, please try again later. (AS102)'
    expect(remoteServiceReason(microsoft, `451 4.7.852 ${tryLater}`)).toBe('blocked')
    // The same words outside the 4.7.850-899 range are not that entry.
    expect(remoteServiceReason(microsoft, `451 4.7.900 ${tryLater}`)).toBeNull()
    const dane = '451 4.7.323 tlsa-invalid: The domain failed DANE validation'
    expect(remoteServiceReason(microsoft, dane)).toBe('failedstarttls')

    const google = { recipient: 'a@example.it', remoteMta: 'aspmx.l.google.com' }
    const limited =
      'This mail has been rate limited. For more information, go to https://support.google.com/a/answer/81126'
    expect(remoteServiceReason(google, `550 5.7.1 ${limited}`)).toBe('speeding')
    expect(remoteServiceReason(google, `421 4.7.1 ${limited}`)).toBeNull()

    const mimecast = { recipient: 'a@example.it', remoteMta: 'eu-smtp-inbound-1.mimecast.com' }
    expect(remoteServiceReason(mimecast, '452 Too many recipients - https://community.mimecast.com')).toBe(
      'toomanyconn',
    )

    const iua = { recipient: 'someone@i.ua', remoteMta: 'mx.email.ua' }
    expect(remoteServiceReason(iua, '550 Mailbox is frozen. See https://mail.i.ua/err/3/')).toBe('suspend')
  })

  it('recognises Outlook.com by the server that wrote the report when the recipient domain is not its own', async () => {
    const text = [
      'Reporting-MTA: dns;BAY004-MC1F12.hotmail.com',
      '',
      'Final-Recipient: rfc822;someone@hotmail.example.it',
      'Action: failed',
      'Status: 5.5.0',
      'Diagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable (-1:2:-1)',
    ].join('\n')
    expect(await parseBounce(text)).toMatchObject({ reason: 'userunknown', replyCode: 550 })
  })
})
