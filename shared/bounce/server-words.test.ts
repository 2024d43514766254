import { describe, expect, it } from 'vitest'
import { findCodes } from './explain'
import { readServerWords, type WordsMatch } from './server-words'

function ids(text: string): WordsMatch['id'][] {
  return readServerWords(text, findCodes(text)).map((match) => match.id)
}

/** Lines each reason or finer reading must be read from, and one it must not. */
const SAMPLES: Partial<Record<WordsMatch['id'], { yes: string[]; no: string }>> = {
  ordinaryToPec: {
    yes: [
      'Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    ],
    no: 'Indirizzo destinatario sconosciuto',
  },
  blocked: {
    yes: [
      'Client host [192.0.2.7] blocked using zen.spamhaus.org',
      'Your IP is listed on bl.spamcop.net',
      'part of their network is on our block list (S3150)',
      'IP inserito in lista nera',
      'IP blocked by zen.spamhaus.org',
    ],
    no: 'Mailbox full',
  },
  greylisting: { yes: ['Greylisted, please try again later', 'greylisting in action'], no: 'User unknown' },
  mailboxfull: {
    yes: ['Mailbox full', 'user is over quota', 'casella piena', 'does not have enough space'],
    no: 'Relay access denied',
  },
  userunknown: {
    yes: [
      'User unknown in virtual mailbox table',
      'The email account that you tried to reach does not exist',
      'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      "L'utente non esiste",
    ],
    no: 'Message too large',
  },
  suspend: {
    yes: ['Mailbox disabled, not accepting messages', 'account is suspended', 'Account has been disabled'],
    no: 'User unknown',
  },
  spf: {
    yes: [
      'SPF fail - not authorized',
      'is not permitted to send mail from example.com',
      'Sender IP 192.0.2.7 is not authorized to send on behalf of example.com',
    ],
    no: '550 5.7.1 [M12] User [a@example.com] not authorized to send on behalf of <b@example.com>',
  },
  dkim: { yes: ['DKIM signature verification failed'], no: 'Mailbox full' },
  dmarc: { yes: ["rejected due to domain's DMARC policy"], no: 'SPF fail' },
  requireptr: {
    yes: ['Client host rejected: cannot find your hostname', 'no PTR record'],
    no: 'User unknown',
  },
  speeding: {
    yes: ['too many messages from your IP', 'troppi messaggi inviati'],
    no: 'User unknown',
  },
  mesgtoobig: {
    yes: [
      'Message size exceeds fixed limit',
      'message too large for this mailbox',
      'messaggio troppo grande',
    ],
    no: 'User unknown',
  },
  norelaying: {
    yes: ['Relay access denied', 'we do not relay', 'Unable to relay for x@y.it'],
    no: 'User unknown',
  },
  modernAuth: {
    yes: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
      '550 5.7.30 Basic authentication is not supported for Client Submission.',
      '530 5.7.57 Client not authenticated to send mail.',
      'NO [ALERT] Please log in via your web browser',
      'NO [WEBALERT https://accounts.google.com/signin/continue] Web login required.',
    ],
    no: 'Authentication required',
  },
  appPassword: {
    yes: [
      '534-5.7.9 Application-specific password required.',
      'NO [ALERT] Application-specific password required',
      '534 5.7.9 Please log in with your web browser',
    ],
    no: '554 5.7.9 Message not accepted for policy reasons.',
  },
  passwordOrAppPassword: {
    yes: [
      '535-5.7.8 Username and Password not accepted.',
      'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
    ],
    no: 'Authentication required',
  },
  smtpAuthOff: {
    yes: [
      '530 5.7.0 Authentication Required',
      '550 Please turn on SMTP Authentication in your mail client',
      'If MAIL FROM is local then you must authenticate',
    ],
    no: 'Error: authentication failed',
  },
  authentication: {
    yes: ['Error: authentication failed', 'autenticazione fallita', 'Invalid credentials'],
    no: 'Authentication required',
  },
  spamdetected: {
    yes: ['Message rejected as spam', '550 5.7.1 Message rejected as spam by Content Filtering'],
    no: 'User unknown',
  },
}

describe('what a server’s words say, in the one vocabulary', () => {
  it('quotes the plain words that decided the reason, so the explanation says what the reason says', () => {
    const text = '530 From/Sender name is not valid'
    const [first] = readServerWords(text, { ...findCodes(text), reason: 'rejected' })
    expect(first).toMatchObject({ reason: 'rejected', evidence: 'From/Sender name is not valid' })
  })

  for (const [id, sample] of Object.entries(SAMPLES)) {
    it(`reads ${id}`, () => {
      for (const text of sample.yes) expect(ids(text), text).toContain(id)
      expect(ids(sample.no)).not.toContain(id)
    })
  }

  it('reads the words the issue found misread, as Sisimai names them', () => {
    expect(ids('552 5.3.4 Message size exceeds fixed limit')).toEqual(['mesgtoobig'])
    expect(ids('550 User unknown')).toEqual(['userunknown'])
    expect(ids('550 No such user here')).toEqual(['userunknown'])
    expect(ids('insufficient system storage')).toEqual(['systemfull'])
    expect(ids('virus found in message')).toEqual(['virusdetected'])
    expect(ids('550 5.7.1')).toEqual([])
  })

  it('reads the words as the reason the bounce reader decided', () => {
    const words = readServerWords('Mailbox full', {
      replyCode: 550,
      enhancedCode: null,
      reason: 'mailboxfull',
    })
    expect(words.map((match) => match.id)).toEqual(['mailboxfull'])
    expect(
      readServerWords('Mailbox full', { replyCode: 550, enhancedCode: null, reason: 'expired' }),
    ).toEqual([])
  })

  it('names the blocklist when the text does', () => {
    expect(readServerWords('blocked using b.barracudacentral.org', findCodes(''))[0]?.list).toBe('Barracuda')
    expect(readServerWords('Your IP is listed at cbl.abuseat.org', findCodes(''))[0]?.list).toBe('CBL')
    expect(readServerWords('Client host blocked by our blacklist', findCodes(''))[0]?.list).toBeUndefined()
  })

  it('keeps the matched words as evidence, as written', () => {
    expect(readServerWords('550 Relay Access Denied', findCodes('550'))[0]?.evidence).toBe(
      'Relay Access Denied',
    )
  })
})
