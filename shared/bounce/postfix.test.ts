import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SISIMAI_FIXTURES } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'
import { postfixParser } from './postfix'
import { splitLines } from './text-scan'

describe('the Postfix layout with several recipients', () => {
  it('reads a paragraph per recipient of a real Postfix bounce', () => {
    const text = readFileSync(join(SISIMAI_FIXTURES, 'lhost-postfix-13.eml'), 'utf8')
    const fields = postfixParser.parse(splitLines(text), new Map())
    expect([fields, ...(fields.others ?? [])].map((entry) => entry.recipient)).toHaveLength(2)
    expect(fields.others?.[0]?.diagnostic).toMatch(/^5[0-9]{2} /)
  })

  it('gives each recipient of a pasted Postfix bounce its own code and reason', async () => {
    const info = await parseBounce(
      [
        'This is the mail system at host mail.example.it.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients.',
        '',
        '<anna@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1',
        '    <anna@example.org>: Recipient address rejected: User unknown (in reply to',
        '    RCPT TO command)',
        '',
        '<luca@example.net>: host mx.example.net[192.0.2.20] said: 552 5.2.2 Mailbox',
        '    full (in reply to RCPT TO command)',
      ].join('\n'),
    )
    expect(info).toMatchObject({ format: 'postfix', recipient: 'anna@example.org', reason: 'userunknown' })
    expect(info.recipients.map((entry) => [entry.recipient, entry.replyCode, entry.reason])).toEqual([
      ['anna@example.org', 550, 'userunknown'],
      ['luca@example.net', 552, 'mailboxfull'],
    ])
  })
})
