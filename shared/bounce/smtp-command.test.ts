import { describe, expect, it } from 'vitest'
import { findCommand } from './smtp-command'
import { readSisimai } from '../../scripts/corpus-measure'

describe('findCommand', () => {
  it("reads Postfix's 'refused to talk to me' as a refused greeting", () => {
    const text =
      'delivery temporarily suspended: host mx.example.net[203.0.113.127] refused to talk to me: 421 service not available'
    expect(findCommand(text)).toBe('CONN')
  })

  it('reads a report that names the refused command ("rejected command \'RCPT TO:<…>\'") as that command', () => {
    const rcpt =
      "host 'mx.example.org' rejected command 'RCPT TO:<anna@example.org>' with code 550 (5.1.2) 'User does not exist'"
    expect(findCommand(rcpt.toLowerCase())).toBe('RCPT')
    expect(
      findCommand("host 'mx.example.org' rejected command 'mail from:<luca@example.it>' with code 550"),
    ).toBe('MAIL')
  })

  it('reads "SMTP:RCPT host …" as the answer to RCPT: a recipient that does not exist, not a filter', async () => {
    expect(findCommand('smtp:rcpt host 192.0.2.8: 553 5.3.0 <a@example.com>... no such user here')).toBe(
      'RCPT',
    )
    const info = await readSisimai('lhost-x3-01.eml')
    expect(info).toMatchObject({ command: 'RCPT', replyCode: 553, reason: 'userunknown' })
  })

  it('reads refusals shown under a pipelined DATA, that the server then answered "no recipient", as answers to RCPT', () => {
    const transcript = (dataReply: string): string =>
      `... while talking to mx.example.net.:\n>>> DATA\n<<< 550 5.1.1 <anna@example.net>... User unknown\n<<< ${dataReply}\n`.toLowerCase()
    expect(findCommand(transcript('503 5.0.0 Need RCPT (recipient)'))).toBe('RCPT')
    expect(findCommand(transcript('554 5.5.1 Error: no valid recipients'))).toBe('RCPT')
    expect(findCommand(transcript('354 Enter mail, end with "." on a line by itself'))).toBe('DATA')
  })

  it('names no command when the text names none', () => {
    expect(findCommand('550 5.1.1 user unknown')).toBeNull()
  })

  it('classifies a greeting refused by a Postfix relay as blocked', async () => {
    const info = await readSisimai('lhost-postfix-50.eml')
    expect(info.command).toBe('CONN')
    expect(info.reason).toBe('blocked')
  })
})

describe('the last-resort scan of a transcript', () => {
  it("reads the server's answer after a `<<<` marker", async () => {
    const info = await readSisimai('lhost-ezweb-04.eml')
    expect(info.replyCode).toBe(550)
    expect(info.command).toBe('RCPT')
    expect(info.reason).toBe('userunknown')
  })
})
