import { describe, expect, it } from 'vitest'
import { classifyReason, type ReasonInput } from './classify-reason'

const input = (fields: Partial<ReasonInput>): ReasonInput => ({
  enhancedCode: null,
  replyCode: null,
  diagnostic: null,
  diagnosticType: 'smtp',
  action: 'failed',
  command: null,
  ...fields,
})

describe('classifyReason', () => {
  it('reads a 535 or 530 with no enhanced code as a login refused or required (RFC 4954), unless words name another reason', () => {
    expect(classifyReason(input({ replyCode: 535, diagnostic: '535 Authentication Failed.' }))).toBe(
      'securityerror',
    )
    expect(classifyReason(input({ replyCode: 530, diagnostic: '530 Authentication required' }))).toBe(
      'securityerror',
    )
    expect(classifyReason(input({ replyCode: 530, diagnostic: '530 From/Sender name is not valid' }))).toBe(
      'rejected',
    )
  })

  it('reads libspf2’s "is not allowed to send mail from" tagged [SPF] as a failed SPF check', () => {
    const diagnostic = '550 5.7.0 [spf] host 192.0.2.1 is not allowed to send mail from example.com'
    expect(classifyReason(input({ enhancedCode: '5.7.0', replyCode: 550, diagnostic }))).toBe('authfailure')
  })

  it('reads "blocked by SPF" as a failed SPF check, over the 5.1.0 it comes with', () => {
    const diagnostic = '550 5.1.0 0bcw1i00g0jifnx01bcmha blocked by spf'
    expect(classifyReason(input({ enhancedCode: '5.1.0', replyCode: 550, diagnostic }))).toBe('authfailure')
  })

  it('reads a refusal to send as another address as the sender refused, whatever its code', () => {
    const refused = (enhancedCode: string, diagnostic: string) =>
      classifyReason(input({ enhancedCode, replyCode: 550, diagnostic }))
    expect(
      refused('5.7.60', '550 5.7.60 smtp; client does not have permissions to send as this sender'),
    ).toBe('rejected')
    expect(
      refused(
        '5.2.0',
        '554 5.2.0 storedrv.submission.exception:sendasdeniedexception.mapiexceptionsendasdenied',
      ),
    ).toBe('rejected')
  })

  it('reads “Mittente non consentito” (a From other than the signed-in mailbox) as the sender refused, not a full mailbox', () => {
    const refused = (diagnostic: string) =>
      classifyReason(input({ enhancedCode: '5.2.0', replyCode: 552, diagnostic }))
    expect(refused('552 5.2.0 a1B2c3 - mittente non consentito (mail-from)')).toBe('rejected')
    expect(refused('552 5.2.0 a1B2c3 - sender not allowed ( header-from )')).toBe('rejected')
  })

  it('reads the sender’s own address or domain refused as the sender refused, over a domain or syntax code', () => {
    expect(
      classifyReason(
        input({ enhancedCode: '5.1.2', replyCode: 550, diagnostic: '550 5.1.2 sender domain not found' }),
      ),
    ).toBe('rejected')
    const diagnostic = '504 5.5.2 <x@false>: sender address rejected: need fully-qualified address'
    expect(classifyReason(input({ enhancedCode: '5.5.2', replyCode: 504, diagnostic }))).toBe('rejected')
  })

  it('does not read a quota on sending as a full mailbox', () => {
    expect(classifyReason(input({ replyCode: 550, diagnostic: '550 sending quota exceeded' }))).not.toBe(
      'mailboxfull',
    )
  })

  it('reads a sending IP found on a DNS blocklist as blocked, even beside words of spam; a listed link stays spam', () => {
    const refused = (diagnostic: string) =>
      classifyReason(input({ enhancedCode: '5.7.1', replyCode: 554, diagnostic }))
    expect(refused('554 5.7.1 rejected as spam: your ip found in zen.spamhaus.org')).toBe('blocked')
    expect(refused('550 5.7.1 rejected: 192.0.2.1 listed at relays.ordb.org')).toBe('blocked')
    expect(refused('554 5.7.1 rejected as spam: a link in the message is listed in multi.uribl.com')).toBe(
      'spamdetected',
    )
    expect(refused('554 5.7.1 rejected as spam')).toBe('spamdetected')
  })

  it('reads a sending service’s suppression list over the code it attaches: nothing was sent', () => {
    const diagnostic =
      'Amazon SES did not send the message to this address because it is on the suppression list for your account.'
    expect(classifyReason(input({ enhancedCode: '5.1.1', diagnostic }))).toBe('suppressed')
    expect(classifyReason(input({ diagnostic: '550 Not delivering to previously bounced address' }))).toBe(
      'suppressed',
    )
  })

  it('reads the reason an enhanced code stands for', () => {
    expect(classifyReason(input({ enhancedCode: '5.2.2', diagnostic: '552 5.2.2 Over quota' }))).toBe(
      'mailboxfull',
    )
    expect(classifyReason(input({ enhancedCode: '5.1.2' }))).toBe('hostunknown')
    expect(classifyReason(input({ enhancedCode: '5.7.26', diagnostic: '550 5.7.26 Unauthenticated' }))).toBe(
      'authfailure',
    )
    expect(classifyReason(input({ enhancedCode: '2.0.0', action: 'delivered' }))).toBe('delivered')
  })

  it('sharpens a vague code with the server’s words', () => {
    const blocklisted =
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'
    expect(classifyReason(input({ enhancedCode: '5.7.1', replyCode: 554, diagnostic: blocklisted }))).toBe(
      'blocked',
    )
    expect(
      classifyReason(input({ enhancedCode: '5.0.0', diagnostic: '550 5.0.0 Relay access denied' })),
    ).toBe('norelaying')
  })

  it('tells an unknown user (refused at RCPT) from a filtered one (refused after DATA)', () => {
    const text = '550 User unknown'
    expect(classifyReason(input({ replyCode: 550, diagnostic: text, command: 'RCPT' }))).toBe('userunknown')
    expect(classifyReason(input({ replyCode: 550, diagnostic: text, command: 'DATA' }))).toBe('filtered')
  })

  it('reads the wording of Japanese mobile carriers and mailing-list managers', () => {
    const said = (diagnostic: string): string => classifyReason(input({ diagnostic }))
    expect(said('The user(s) account is disabled.')).toBe('suspend')
    expect(
      said('Your message was not delivered within 0 days and 1 hours. Remote host is not responding.'),
    ).toBe('expired')
    expect(said('You are not a member of this mailing list <list@example.org>.')).toBe('rejected')
  })

  it('reads Italian server texts', () => {
    expect(classifyReason(input({ replyCode: 550, diagnostic: '550 casella piena', command: 'RCPT' }))).toBe(
      'mailboxfull',
    )
    expect(
      classifyReason(input({ replyCode: 550, diagnostic: '550 utente inesistente', command: 'RCPT' })),
    ).toBe('userunknown')
  })

  it('lets words naming a reason beat a generic status (X.0.0, X.3.0), not a specific one', () => {
    const unknown = '553 5.3.0 <anna@example.net>... Addressee unknown'
    expect(
      classifyReason(
        input({ replyCode: 553, enhancedCode: '5.3.0', diagnostic: unknown, diagnosticType: 'x-unix' }),
      ),
    ).toBe('userunknown')
    const tooBig = 'host mx.example.net said: 534 SIZE=Message too big. (in reply to MAIL FROM command)'
    expect(
      classifyReason(
        input({ replyCode: 534, enhancedCode: '5.0.0', diagnostic: tooBig, diagnosticType: 'x-postfix' }),
      ),
    ).toBe('mesgtoobig')
    expect(
      classifyReason(
        input({ enhancedCode: '5.0.0', diagnostic: 'unknown user: "anna"', diagnosticType: 'x-postfix' }),
      ),
    ).toBe('userunknown')
    expect(
      classifyReason(
        input({ replyCode: 552, enhancedCode: '5.2.2', diagnostic: '552 5.2.2 message too big' }),
      ),
    ).toBe('mailboxfull')
  })

  it('falls back on the action, then on "on hold" when the words say nothing it knows', () => {
    expect(classifyReason(input({ action: 'delayed', diagnostic: 'still trying' }))).toBe('expired')
    expect(classifyReason(input({ diagnostic: 'something odd happened' }))).toBe('onhold')
    expect(classifyReason(input({ action: null }))).toBe('undefined')
    // A report that says the delivery failed came back, even with no words: the reason is just not clear.
    expect(classifyReason(input({}))).toBe('onhold')
  })

  it('stays fast on a long hostile text', () => {
    const started = Date.now()
    classifyReason(input({ diagnostic: 'mailbox '.repeat(50_000), replyCode: 550 }))
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
