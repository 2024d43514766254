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
