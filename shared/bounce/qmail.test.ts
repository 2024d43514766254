import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

describe("qmail's own sentences", () => {
  it('reads a null MX ("no mail exchanger or IP address") as a domain that accepts no mail', async () => {
    const info = await readSisimai('lhost-qmail-11.eml')
    expect(info).toMatchObject({ format: 'qmail', enhancedCode: '5.4.4', reason: 'notaccept' })
  })

  it('reads "my name was rejected" as the greeting refused: the sending server is blocked', async () => {
    const info = await readSisimai('lhost-qmail-04.eml')
    expect(info).toMatchObject({ command: 'EHLO', replyCode: 501, reason: 'blocked' })
  })

  it('reads "sender was rejected" as the MAIL command refused', async () => {
    const info = await readSisimai('lhost-qmail-03.eml')
    expect(info).toMatchObject({ command: 'MAIL', reason: 'rejected' })
  })

  it('names the failure before the give-up line ("in the queue too long")', async () => {
    expect((await readSisimai('lhost-qmail-07.eml')).reason).toBe('networkerror')
    expect((await readSisimai('lhost-qmail-05.eml')).reason).toBe('systemerror')
  })

  it('gives each recipient the command of its own paragraph', async () => {
    const info = await readSisimai('lhost-qmail-02.eml')
    expect(info.recipients.map((entry) => entry.reason)).toEqual(['userunknown', 'userunknown'])
  })

  it('reads the qmail derivatives that open with "Unable to deliver message to the following address(es)."', async () => {
    const info = await readSisimai('lhost-x2-02.eml')
    expect(info.format).toBe('qmail')
    // "This user doesn't have a … account", no command named: Sisimai says filtered (DEPARTURES).
    expect(info.recipients.map((entry) => [entry.recipient, entry.reason])).toEqual([
      ['kijitora@example.com', 'userunknown'],
      ['mikeneko@example.com', 'suspend'],
      ['sabineko@example.com', 'userunknown'],
    ])
    expect(await readSisimai('lhost-x2-05.eml')).toMatchObject({ enhancedCode: '4.1.9', reason: 'expired' })
  })

  const qmailNotice = (paragraph: string) =>
    [
      'Hi. This is the qmail-send program at mail.example.org.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<anna@example.net>:',
      paragraph,
    ].join('\n')

  it('reads vpopmail’s catch-all ("user does not exist, but will deliver to …") by what failed after it', async () => {
    const info = await parseBounce(
      qmailNotice(
        'user does not exist, but will deliver to /home/vpopmail/domains/example.net/catchall/\ncan not open new email file errno=2\nsystem error',
      ),
    )
    expect(info.reason).toBe('systemerror')
  })

  it('reads "This message is looping" as a mail loop', async () => {
    const info = await parseBounce(
      qmailNotice('This message is looping: it already has my Delivered-To line. (#5.4.6)'),
    )
    expect(info.reason).toBe('networkerror')
  })
})
