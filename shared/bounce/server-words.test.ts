import { describe, expect, it } from 'vitest'
import { recogniseServerText, SERVER_TEXT_RULES, type ServerTextId } from './server-text'

const SAMPLES: Record<ServerTextId, { yes: string[]; no: string }> = {
  ordinaryToPec: {
    yes: [
      'Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    ],
    no: 'Indirizzo destinatario sconosciuto',
  },
  blocklisted: {
    yes: [
      'Client host [192.0.2.7] blocked using zen.spamhaus.org',
      'Your IP is listed on bl.spamcop.net',
      'part of their network is on our block list (S3150)',
      'IP inserito in lista nera',
    ],
    no: 'Mailbox full',
  },
  greylisting: { yes: ['Greylisted, please try again later', 'greylisting in action'], no: 'User unknown' },
  quota: {
    yes: ['Mailbox full', 'user is over quota', 'insufficient system storage', 'casella piena'],
    no: 'Relay access denied',
  },
  userUnknown: {
    yes: [
      'User unknown in virtual mailbox table',
      'The email account that you tried to reach does not exist',
      'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      "L'utente non esiste",
    ],
    no: 'Message too large',
  },
  mailboxDisabled: {
    yes: ['Mailbox disabled, not accepting messages', 'account is suspended'],
    no: 'User unknown',
  },
  spf: {
    yes: ['SPF fail - not authorized', 'is not permitted to send mail from example.com'],
    no: 'Mailbox full',
  },
  dkim: { yes: ['DKIM signature verification failed'], no: 'Mailbox full' },
  dmarc: { yes: ["rejected due to domain's DMARC policy"], no: 'SPF fail' },
  reverseDns: {
    yes: ['Client host rejected: cannot find your hostname', 'no PTR record'],
    no: 'User unknown',
  },
  rateLimit: {
    yes: ['Rate limit exceeded', 'too many messages from your IP', 'troppi messaggi inviati'],
    no: 'User unknown',
  },
  tooBig: {
    yes: [
      'Message size exceeds fixed limit',
      'message too large for this mailbox',
      'messaggio troppo grande',
    ],
    no: 'User unknown',
  },
  relayDenied: {
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
    ],
    no: 'Mailbox full',
  },
  passwordOrAppPassword: {
    yes: [
      '535-5.7.8 Username and Password not accepted.',
      'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
    ],
    no: 'Authentication required',
  },
  authentication: {
    yes: ['Error: authentication failed', 'Authentication required', 'autenticazione fallita'],
    no: 'Mailbox full',
  },
  spamContent: { yes: ['Message rejected as spam', 'virus found in message'], no: 'User unknown' },
}

describe('server text recognisers', () => {
  it('covers every recogniser with samples', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(SERVER_TEXT_RULES.map((rule) => rule.id).sort())
  })

  for (const [id, sample] of Object.entries(SAMPLES)) {
    it(`recognises ${id}`, () => {
      for (const text of sample.yes)
        expect(
          recogniseServerText(text).map((match) => match.id),
          text,
        ).toContain(id)
      expect(recogniseServerText(sample.no).map((match) => match.id)).not.toContain(id)
    })
  }

  it('names the blocklist when the text does', () => {
    expect(recogniseServerText('blocked using b.barracudacentral.org')[0]?.list).toBe('Barracuda')
    expect(recogniseServerText('listed at cbl.abuseat.org')[0]?.list).toBe('CBL')
    expect(recogniseServerText('Client host blocked by our blacklist')[0]?.list).toBeUndefined()
  })

  it('keeps the matched words as evidence, as written', () => {
    expect(recogniseServerText('550 Relay Access Denied')[0]?.evidence).toBe('Relay Access Denied')
  })
})
