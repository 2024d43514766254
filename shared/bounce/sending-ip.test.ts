import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
import { deliveryReport } from './report.test-helper'

/** A Postfix report whose Diagnostic-Code is `diagnostic`, with no Remote-MTA field. */
function postfixReport(diagnostic: string): string {
  return deliveryReport({
    from: 'MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    text: ["I'm sorry to have to inform you that your message could not be delivered."],
    fields: [
      'Reporting-MTA: dns; mail.example.net',
      '',
      'Final-Recipient: rfc822; anna@example.org',
      'Action: failed',
      'Status: 5.0.0',
      `Diagnostic-Code: smtp; ${diagnostic}`,
    ],
  })
}

describe('the sending IP a bounce names (checked on blocklists as the sender’s)', () => {
  it('is the client the receiving server names, not the server that said it', async () => {
    const info = await parseBounce(
      postfixReport(
        'host mx.example.org[203.0.113.7] said: 554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org',
      ),
    )
    expect(info.sendingIp).toBe('198.51.100.9')
  })

  it.each([
    'connect to mx.example.org[203.0.113.7]:25: Connection timed out',
    'conversation with mx.example.org[203.0.113.7] timed out while receiving the initial server greeting',
    'lost connection with mx.example.org[203.0.113.7] while receiving the initial server greeting',
    'host mx.example.org[203.0.113.7] refused to talk to me: 421 too many connections',
    'message size 8596800 exceeds size limit 5242880 of server mx.example.org[203.0.113.7]',
    'remote host 203.0.113.7 said: 550 Unknown user',
    '<anna@example.org>... Addressee unknown, relay=[203.0.113.7]',
    'The recipient server did not accept our requests. [mx.example.org 203.0.113.7: timed out]',
  ])('is never the receiving server: %s', async (diagnostic) => {
    const info = await parseBounce(postfixReport(diagnostic))
    expect(info.sendingIp).not.toBe('203.0.113.7')
  })
})

describe('the sending IP and Spamhaus’s open-resolver link', () => {
  it('never takes the resolver named in a "returnc/pub" link for the sending server', async () => {
    const info = await parseBounce(
      '554 5.7.1 Service unavailable; Sender address [anna@esempio.it] blocked using dbl.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/13.66.150.136/',
    )
    expect(info.sendingIp ?? null).toBeNull()
  })
})
