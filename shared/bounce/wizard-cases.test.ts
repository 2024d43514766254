import { describe, expect, it } from 'vitest'
import { closestDomain } from '../did-you-mean'
import { COMMON_MAIL_DOMAINS } from '../knowledge/common-mail-domains'
import { explainCode } from './explain'
import type { Finding } from '../report'
import { DECISION_TREE } from '../tree/decision-tree'
import { chooseRoute, type WalkState } from '../tree/walker'
import { parseBounce } from './parse-bounce'
import type { BounceInfo } from './types'

/** The remedy or next step the wizard takes for a pasted text, with the recipient's MX check as given. */
function routeOf(info: BounceInfo, nodeId = 'bounce-route', recipientMx: Finding['status'] = 'pass'): string {
  const node = DECISION_TREE.nodes[nodeId]
  if (node?.kind !== 'route') throw new Error(`${nodeId} is not a route node`)
  const mx: Finding = {
    id: 'dns.mx',
    status: recipientMx,
    title: { key: 'x' },
    detail: { key: 'x' },
    evidence: {},
    durationMs: 1,
    remedies: [],
  }
  const walk: WalkState = {
    answers: {},
    findings: { own: [], recipient: [mx] },
    runDone: { own: true, recipient: true },
    bounce: {
      replyCode: info.replyCode,
      enhancedCode: info.enhancedCode,
      serverText: info.explanation?.serverText.map((match) => match.id) ?? [],
      recipient: info.recipient,
      reason: info.reason,
    },
  }
  return chooseRoute(node, walk).next
}

describe('the five pasted texts a new user brought', () => {
  it('552 5.3.4 "message size exceeds fixed limit" is a message too large, not a full mailbox', async () => {
    const info = await parseBounce('552 5.3.4 Message size exceeds fixed limit')
    expect(info.reason).toBe('mesgtoobig')
    expect(info.transient).toBe(false)
    expect(routeOf(info)).toBe('reduce-size')
    expect(info.remedies[0]).toBe('reduce-size')
  })

  it('550 5.7.1 "rejected as spam by content filtering" is spam, not a wrong address', async () => {
    const info = await parseBounce('550 5.7.1 Message rejected as spam by Content Filtering')
    expect(info.reason).toBe('spamdetected')
    expect(routeOf(info)).toBe('spam-refused')
    expect(info.remedies).not.toContain('reset-password')
  })

  it('a bare 550 5.7.1 is a refusal by policy: it never ends on "check the recipient’s address"', async () => {
    const info = await parseBounce('550 5.7.1')
    expect(routeOf(info)).toBe('bounce-explained')
    expect(info.explanation?.remedies).not.toContain('reset-password')
    expect(explainCode('535 5.7.8 Authentication credentials invalid')?.remedies).toContain('reset-password')
  })

  it('Gmail’s "DNS type mx lookup of gmial.com responded with NXDOMAIN" checks that domain, and offers gmail.com', async () => {
    const info = await parseBounce(
      [
        'Address not found',
        "Your message wasn't delivered to mario@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.",
        '',
        'The response was:',
        "DNS Error: 2631926 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com",
      ].join('\n'),
    )
    expect(info.recipient).toBe('mario@gmial.com')
    expect(routeOf(info)).toBe('recipient-check')
    expect(routeOf(info, 'recipient-check', 'fail')).toBe('recipient-domain-broken')
    expect(closestDomain('gmial.com', COMMON_MAIL_DOMAINS)).toBe('gmail.com')
  })

  it('Microsoft 365’s 5.1.10 "RecipientNotFound" is explained as an address that does not exist, once', async () => {
    const info = await parseBounce(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    )
    expect(info.reason).toBe('userunknown')
    expect(routeOf(info)).toBe('recipient-address')
    const explained = explainCode(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    )
    expect(explained?.enhanced?.title.key).toBe('knowledge:enhanced.details.d1_1.title')
    expect(explained?.serverText.map((match) => match.id)).toEqual(['userunknown'])
  })
})

/** A PEC receipt's visible text, as Aruba, Legalmail, Poste and Namirial word it (composed from the DM 2005 annex). */
const PEC = {
  arubaMancataConsegna: [
    'AVVISO DI MANCATA CONSEGNA: Fattura 12/2026',
    'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio "Fattura 12/2026" proveniente da "mario@pec.it"',
    'ed indirizzato a "anna@healthy.test"',
    'è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido.',
    'Il messaggio non è stato consegnato.',
    'Identificativo messaggio: opec210.20261203101245.12345.1.1@pec.aruba.it',
  ],
  legalmailMancataConsegna: [
    'Avviso di mancata consegna',
    'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio “Fattura” proveniente da “mario@legalmail.it” ed indirizzato a “anna@healthy.test” è stato rilevato un problema che ne impedisce la consegna a causa di 5.1.1 - InfoCert S.p.A. - casella inesistente.',
  ],
  namirialDominio: [
    'AVVISO DI MANCATA CONSEGNA: Contratto',
    'Il giorno 03/12/2026 alle ore 09:00:00 (+0100) nel messaggio "Contratto" proveniente da "ufficio@sicurezzapostale.it" ed indirizzato a "anna@nowhere.test" è stato rilevato un errore 5.4.4 - Namirial S.p.A. - dominio non valido.',
  ],
  posteNonAccettazione: [
    'AVVISO DI NON ACCETTAZIONE: Fattura',
    'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio "Fattura" proveniente da "mario@postecert.it"',
    'è stato rilevato un problema che ne impedisce l’accettazione a causa di: destinatario non valido.',
    'Il messaggio non è stato accettato.',
  ],
  accettazione: [
    'ACCETTAZIONE: Fattura',
    'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) il messaggio "Fattura" proveniente da "mario@pec.it" ed indirizzato a:',
    'anna@healthy.test ("posta certificata")',
    'è stato accettato dal sistema ed inoltrato.',
  ],
  presaInCarico: [
    'PRESA IN CARICO: Fattura',
    'Il giorno 03/12/2026 alle ore 10:12:46 (+0100) il messaggio "Fattura" proveniente da "mario@pec.it" ed indirizzato a "anna@healthy.test" è stato accettato dal sistema.',
  ],
  consegna: [
    'RICEVUTA DI AVVENUTA CONSEGNA',
    'Il giorno 03/12/2026 alle ore 10:12:47 (+0100) il messaggio "Fattura" proveniente da "mario@pec.it" ed indirizzato a "anna@healthy.test" è stato consegnato nella casella di destinazione.',
  ],
  preavviso: [
    'AVVISO DI MANCATA CONSEGNA PER SUPERAMENTO TEMPI MASSIMI: Fattura',
    'Il messaggio "Fattura" proveniente da "mario@pec.it" non è stato ancora consegnato: la ricevuta di avvenuta consegna non è pervenuta entro le prime dodici ore dal suo invio.',
  ],
  virus: [
    'PROBLEMA DI SICUREZZA: Fattura',
    'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio "Fattura" proveniente da "mario@pec.it" è stato rilevato un virus.',
  ],
  anomalia: [
    'ANOMALIA MESSAGGIO: Preventivo',
    'Il giorno 03/12/2026 alle ore 11:02:40 (+0100) è stato ricevuto il messaggio "Preventivo" proveniente da "mario@esempio.com" ed indirizzato a "anna@pec.it".',
  ],
} as const

describe('PEC receipts pasted as the mail program shows them', () => {
  it.each([
    ['arubaMancataConsegna', 'errore-consegna', 'userunknown', 'anna@healthy.test', 'recipient-check'],
    ['legalmailMancataConsegna', 'errore-consegna', 'userunknown', 'anna@healthy.test', 'recipient-check'],
    ['namirialDominio', 'errore-consegna', 'hostunknown', 'anna@nowhere.test', 'recipient-check'],
    ['posteNonAccettazione', 'non-accettazione', 'userunknown', null, 'recipient-address'],
    ['accettazione', 'accettazione', 'delivered', 'anna@healthy.test', 'bounce-not-error'],
    ['presaInCarico', 'presa-in-carico', 'delivered', 'anna@healthy.test', 'bounce-not-error'],
    ['consegna', 'avvenuta-consegna', 'delivered', 'anna@healthy.test', 'bounce-not-error'],
    ['preavviso', 'preavviso-errore-consegna', 'expired', null, 'retry-later'],
    ['virus', 'rilevazione-virus', 'virusdetected', null, 'bounce-explained'],
    ['anomalia', 'errore', 'delivered', 'anna@pec.it', 'bounce-not-error'],
  ] as const)('%s: a %s receipt (%s) about %s, ending on %s', async (name, kind, reason, recipient, next) => {
    const info = await parseBounce(PEC[name].join('\n'))
    expect(info.format).toBe('pec')
    expect(info.pec?.kind).toBe(kind)
    expect(info.reason).toBe(reason)
    expect(info.recipient).toBe(recipient)
    expect(routeOf(info)).toBe(next)
  })

  it('reads the provider’s code of a failed delivery, and the hours of a notice', async () => {
    const failed = await parseBounce(PEC.arubaMancataConsegna.join('\n'))
    expect(failed.enhancedCode).toBe('5.1.1')
    expect(routeOf(failed, 'recipient-check')).toBe('recipient-address')
    expect((await parseBounce(PEC.preavviso.join('\n'))).pec?.hours).toBe(12)
  })

  it('leaves an ordinary Italian bounce alone', async () => {
    const info = await parseBounce(
      'Il messaggio non è stato consegnato.\n550 5.1.1 <anna@healthy.test>: Recipient address rejected: User unknown',
    )
    expect(info.format).not.toBe('pec')
    expect(info.reason).toBe('userunknown')
  })
})

/** Mail programs' own windows, in the words of their string files (Thunderbird, Roundcube, NeoMutt, Geary). */
describe('a mail program’s own window pasted in place of a returned message', () => {
  it.each([
    [
      'Errore di invio\nNon è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) smtp.example.it non è riuscita. Verificare che le impostazioni siano corrette e riprovare.',
      'networkerror',
      'ownServerUnreachable',
    ],
    [
      'The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out. Try again.',
      'networkerror',
      'ownServerUnreachable',
    ],
    ['Impossibile trovare l\'host "smtp.example.it".', 'networkerror', 'ownServerUnreachable'],
    ['Impossibile negoziare la connessione TLS', 'failedstarttls', 'ownServerTls'],
    ['Security problem\nAn account has reported an untrusted server.', 'failedstarttls', 'ownServerTls'],
    [
      'The Outgoing server (SMTP) mail.example.net does not support the selected authentication method.',
      'securityerror',
      'authMethod',
    ],
  ] as const)(
    'reads "%s" as %s about the person’s own server, and tests that server',
    async (text, reason, detail) => {
      const info = await parseBounce(text)
      expect(info).toMatchObject({ reason, recipient: null })
      expect(info.explanation?.serverText.map((match) => match.id)).toContain(detail)
      expect(info.remedies).not.toContain('recipient-domain-broken')
      expect(routeOf(info)).toBe('send-check')
    },
  )

  it('reads a refused sign-in in a window as the sign-in, in either language', async () => {
    for (const text of [
      'Errore di invio\nAutenticazione non riuscita col server di posta in uscita (SMTP) smtp.example.it. Controllare la password.',
      'Login to server imap.example.com with username mario@example.com failed.',
      'Problema di accesso\nUn account ha segnalato un nome di accesso o una password non corretti.',
    ]) {
      const info = await parseBounce(text)
      expect(info.reason).toBe('securityerror')
      expect(info.remedies[0]).toBe('reset-password')
      expect(routeOf(info)).toBe('account-blocked')
    }
  })

  it('never takes the person’s own account, as the window names it, for a recipient', async () => {
    for (const text of [
      "The current operation on 'Sent' did not succeed. The mail server for account mario@example.it responded: [OVERQUOTA] Quota exceeded",
      'Login to server imap.example.com with username mario@example.com failed.',
      'Errore con l’account mario@example.it\nIl server ha risposto: [SERVERBUG] Internal error occurred.',
    ])
      expect((await parseBounce(text)).recipient).toBeNull()
  })

  it('leaves a remote server’s connection failure in a notice to the recipient’s side', async () => {
    const info = await parseBounce(
      '<anna@example.it>: connect to mx.example.it[192.0.2.1]:25: Connection timed out',
    )
    expect(info.explanation?.serverText.map((match) => match.id)).not.toContain('ownServerUnreachable')
    expect(routeOf(info)).not.toBe('send-check')
  })
})
