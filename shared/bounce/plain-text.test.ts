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
  ])('%s', async (_name, text, replyCode, reason) => {
    const info = await parseBounce(text)
    expect(info).toMatchObject({ replyCode, reason, retry: 'permanent' })
  })
})
