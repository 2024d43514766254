import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'
import { retryVerdict } from './retry-verdict'

describe('will sending again help', () => {
  it.each([
    [
      'qmail, no code',
      "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<anna@example.net>:\nSorry, no mailbox here by that name.",
      'permanent',
    ],
    [
      'Gmail, no code, an address that does not exist',
      'Delivery to the following recipient failed permanently:\n\n     anna@example.net\n\nTechnical details of permanent failure:\nThe email account that you tried to reach does not exist.',
      'permanent',
    ],
    [
      'Gmail, gave up connecting: the cause may pass (RFC 3463 X.4.7 is persistent transient)',
      'Delivery to the following recipient failed permanently:\n\n     anna@example.net\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.',
      'temporary',
    ],
    [
      'qmail, a full mailbox under its "permanent error" boilerplate (RFC 3463 X.2.2)',
      "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<anna@example.net>:\n552 5.2.2 Mailbox full",
      'temporary',
    ],
    [
      'Gmail delay notice',
      'This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     anna@example.net',
      'warning',
    ],
    [
      'Exim delay notice',
      'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.org.\n\n  anna@example.net\n    Message delayed',
      'warning',
    ],
    [
      'Exim, a domain its routers failed: the look-up is not tried again',
      'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to all of its recipients. The\nfollowing address(es) failed:\n\n  anna@example.net:\n    unrouteable mail domain "example.net"',
      'permanent',
    ],
    [
      "Postfix, a look-up that failed for now ('try again')",
      "This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<anna@example.net>: Host or domain name not found. Name service error for\n    name=example.net type=MX: Host not found, try again",
      'temporary',
    ],
    [
      "a final 550 5.1.2 after a look-up that failed for now: the refusal's code decides",
      '<paolo@example.invalid>: Host or domain name not found. Name service error for\n    name=example.invalid type=MX: Host not found, try again\n550 5.1.2 <paolo@example.invalid>: Recipient address rejected: Domain not found',
      'permanent',
    ],
    [
      'a mail log line of a message still queued',
      'postfix/smtp[123]: 4F2C1: to=<anna@example.net>, status=deferred (host mx.example.net said: 421 4.7.0 try again later)',
      'warning',
    ],
    ['a 4xx line', '451 4.7.1 Greylisted, please try again later', 'temporary'],
    ['a 5xx line', '550 5.1.1 User unknown', 'permanent'],
    [
      'an unknown user under a 4xx reply: the address will not start to exist (Sisimai: a hard bounce)',
      '450 4.1.1 <anna@example.net>: Recipient address rejected: User unknown in local recipient table',
      'permanent',
    ],
    ['a 5xx refusal the server calls temporary', '554 Your IP has been temporarily blocked', 'temporary'],
    ['the same in Italian, no code', 'Indirizzo IP bloccato temporaneamente per sospetto abuso', 'temporary'],
  ])('%s: %s', async (_name, text, expected) => {
    const info = await parseBounce(text)
    expect(info.retry).toBe(expected)
    expect(info.transient).toBe(expected !== 'permanent')
  })

  it('says "nothing to send again" for a receipt, and uses the reason when nothing else speaks', () => {
    const base = { replyCode: null, enhancedCode: null, action: null, text: '' }
    expect(retryVerdict({ ...base, reason: 'delivered' })).toBe('none')
    expect(retryVerdict({ ...base, reason: 'mailboxfull' })).toBe('temporary')
    expect(retryVerdict({ ...base, reason: 'userunknown' })).toBe('permanent')
    expect(retryVerdict({ ...base, reason: 'userunknown', action: 'delayed' })).toBe('warning')
  })

  it('answers a mail loop "no, not as it is", as its card says waiting will not fix it, whatever the code', async () => {
    for (const text of [
      'Routing loop detected: the message came back to the server that sent it.',
      '451 4.4.6 Too many hops (30): mail loop for anna@example.it',
    ])
      expect((await parseBounce(text)).retry).toBe('permanent')
  })

  it('reads only the first part of a hostile text, in time', () => {
    const hostile = `${'a'.repeat(200_000)} this is a warning message only`
    const started = performance.now()
    const verdict = retryVerdict({
      replyCode: null,
      enhancedCode: null,
      action: null,
      reason: 'onhold',
      text: hostile,
    })
    expect(verdict).toBe('permanent')
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('reads OpenSMTPD\'s "Envelope expired" in its delay template (Action: delayed) as given up: send it again later', async () => {
    const notice = readFileSync(
      join(import.meta.dirname, 'fixtures', 'generated-mta', 'opensmtpd-expired.eml'),
      'utf8',
    )
    expect(await parseBounce(notice)).toMatchObject({ reason: 'expired', retry: 'temporary' })
  })
})
