import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

function message(subject: string, body: string, extra: string[] = []): string {
  return [
    'From: Anna Bianchi <anna@example.net>',
    'To: mario@example.org',
    `Subject: ${subject}`,
    'Date: Mon, 30 Nov 2026 10:00:00 +0100',
    'Message-ID: <auto-1@example.net>',
    ...extra,
    '',
    body,
  ].join('\r\n')
}

describe('not a bounce, said plainly', () => {
  it.each([
    ['Abwesenheitsnotiz: Angebot', 'Ich bin bis zum 7. Dezember nicht im Büro.'],
    ['Réponse automatique : Devis', 'Je suis absente du bureau jusqu’au 7 décembre.'],
    ['Respuesta automática: Presupuesto', 'Estoy fuera de la oficina hasta el 7 de diciembre.'],
    ['Automatisch antwoord: Offerte', 'Ik ben afwezig tot 7 december.'],
    ['[Risposta automatica] Preventivo', 'Sono fuori sede fino al 7 dicembre.'],
    // Outlook's "Automatic reply" in other languages.
    ['Automatická odpověď: Nabídka', 'Do 7. prosince nejsem v kanceláři.'],
    ['Αυτόματη απάντηση: Προσφορά', 'Είμαι εκτός γραφείου έως τις 7 Δεκεμβρίου.'],
    ['Automātiskā atbilde: Piedāvājums', 'Esmu prom līdz 7. decembrim.'],
    ['Автоматический ответ: Предложение', 'Я в отпуске до 7 декабря.'],
    // Lotus Notes and Domino name the person in the subject.
    ['Anna Bianchi/ACME is out of the office.', 'I will be out of the office starting 30/11/2026.'],
  ])('an auto-reply titled "%s" is an auto-reply, with no remedy', async (subject, body) => {
    const info = await parseBounce(message(subject, body))
    expect(info).toMatchObject({ format: 'autoreply', reason: 'vacation', remedies: [], retry: 'none' })
  })

  it('reads an auto-reply titled only "Re:" by the words it says of itself', async () => {
    const body =
      'This is an automated response to a message you have sent to anna@example.it. Back on Monday.'
    const info = await parseBounce(message('Re: anna@example.it', body))
    expect(info).toMatchObject({ reason: 'vacation', remedies: [], retry: 'none' })
  })

  it('reads an auto-reply whose subject is MIME-encoded (RFC 2047)', async () => {
    const info = await parseBounce(
      message('[Automatyczna =?iso-8859-2?Q?odpowied=BC?=] Oferta', 'Jestem na urlopie.'),
    )
    expect(info).toMatchObject({ format: 'autoreply', reason: 'vacation', remedies: [] })
  })

  it('reads a reply sent with an empty return path and Precedence: bulk as an auto-reply (vacation(1))', async () => {
    const reply = message('Thank you for your e-mail', 'I will reply as soon as possible.', [
      'Return-Path: <>',
      'Precedence: bulk',
    ])
    expect((await parseBounce(reply)).format).toBe('autoreply')
    expect((await parseBounce(message('Thank you for your e-mail', 'See you soon.'))).format).not.toBe(
      'autoreply',
    )
  })

  it('reads a challenge/response request as an auto-reply, unless the message was refused for good', async () => {
    const challenge = message(
      'Re: Offerta',
      "This account is protected. Please click on the following link to have your address added to the\r\nrecipient's allowed list and to ensure delivery of your email.",
    )
    expect(await parseBounce(challenge)).toMatchObject({
      format: 'autoreply',
      reason: 'vacation',
      retry: 'none',
    })
    const refused = message(
      'Undelivered Mail Returned to Sender',
      '550 5.7.1 Sender not pre-approved: add yourself to my guest list at https://example.net/list',
    )
    expect((await parseBounce(refused)).format).not.toBe('autoreply')
  })

  it('a bounce marked Auto-Submitted: auto-replied is still a bounce', async () => {
    const info = await parseBounce(
      message(
        'Re: Devis',
        'Your message could not be delivered to anna@example.net.\r\n\r\n550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown',
        ['Auto-Submitted: auto-replied'],
      ),
    )
    expect(info.format).not.toBe('autoreply')
    expect(info.reason).toBe('userunknown')
    expect(info.retry).toBe('permanent')
  })

  it('Hotmail’s own complaint report is a report, not a failure', async () => {
    const sample = join(import.meta.dirname, 'fixtures', 'sisimai', 'arf-22.eml')
    const info = await parseBounce(readFileSync(sample, 'utf8'))
    expect(info).toMatchObject({ format: 'arf', reason: 'feedback', remedies: [], retry: 'none' })
  })

  it('an ordinary reply with an address in its signature is not a returned message', async () => {
    const reply = [
      'From: ufficio@comune.example.it',
      'To: mario@example.org',
      'Subject: Re: richiesta documenti',
      '',
      'Buongiorno, i documenti sono pronti.',
      'Cordiali saluti',
      'Ufficio anagrafe - ufficio@comune.example.it',
    ].join('\r\n')
    const info = await parseBounce(reply)
    expect(info).toMatchObject({ format: 'none', reason: 'undefined', recipient: null, retry: 'none' })
  })

  it('a newsletter that speaks of spam, or an auto-response titled so, is not a returned message', async () => {
    const newsletter = [
      'From: news@shop.example.com',
      'To: mario@example.org',
      'Subject: Our news',
      '',
      'We never send spam. To leave this list write to leave@shop.example.com.',
    ].join('\r\n')
    expect(await parseBounce(newsletter)).toMatchObject({ format: 'none', reason: 'undefined' })
    const away = newsletter.replace('Subject: Our news', 'Subject: Auto Response')
    expect(await parseBounce(away)).toMatchObject({ format: 'autoreply', reason: 'vacation' })
  })

  it('a line copied from an error window, with no headers, is still read as one', async () => {
    const info = await parseBounce('<anna@example.net>: connect to mx.example.net[]: Connection refused')
    expect(info.format).not.toBe('none')
    expect(info.recipient).toBe('anna@example.net')
  })

  it('a notice from the mail system with no code is still a returned message', async () => {
    const notice = [
      'From: Mail Delivery System <mailer-daemon@mail.example.org>',
      'To: mario@example.org',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'Your message to anna@example.net could not be delivered.',
    ].join('\r\n')
    const info = await parseBounce(notice)
    expect(info.format).not.toBe('none')
    expect(info.recipient).toBe('anna@example.net')
  })

  it('Hotmail’s complaint kept as the reported message itself is a report too, and names no failed recipient', async () => {
    const copy = [
      'Return-Path: staff@hotmail.com',
      'X-HmXmrOriginalRecipient: reader@hotmail.com',
      'From: news@shop.example.com',
      'To: reader@hotmail.com',
      'Subject: This week’s offers',
      '',
      'Our offers of the week.',
    ].join('\r\n')
    const info = await parseBounce(copy)
    expect(info).toMatchObject({ format: 'arf', reason: 'feedback', recipient: null, retry: 'none' })
  })

  it.each([
    [
      'VIRUS (Eicar-Test-Signature) IN MAIL FROM YOU',
      'Our content checker found virus: Eicar-Test-Signature in an email presumably from you.\r\nThe message has been quarantined.',
    ],
    ['Virus alert', 'A virus was found in a message you sent to luca@example.org. The message was deleted.'],
    [
      'Avviso antivirus',
      'Nel messaggio che hai inviato è stato trovato un virus: il messaggio è stato bloccato.',
    ],
  ])('a virus scanner’s alert titled "%s" is a virus notice, with no remedy', async (subject, body) => {
    const info = await parseBounce(message(subject, body))
    expect(info).toMatchObject({ format: 'virus', reason: 'virusnotice', remedies: [], retry: 'none' })
  })

  it('a server refusing a message for a virus is still a returned message', async () => {
    const info = await parseBounce(
      message(
        'Undelivered Mail Returned to Sender',
        'Your message could not be delivered to luca@example.org.\r\n\r\n554 5.7.1 Virus detected: Eicar-Test-Signature (in reply to end of DATA command)',
      ),
    )
    expect(info.format).not.toBe('virus')
    expect(info.reason).toBe('virusdetected')
    expect(info.retry).toBe('permanent')
  })

  it('reads a message whose mbox line is "From <address>" alone by its headers, not as pasted text', async () => {
    const archived = `From <anna@example.net>\n${message('Test', 'Ciao', ['X-Spam-Status: No, score=1.2', 'X-Spam-Flag: NO'])}`
    expect(await parseBounce(archived)).toMatchObject({ format: 'none', reason: 'undefined' })
  })

  it('reads a message archived with two "From " lines above its headers by its headers', async () => {
    const archived = `From anna@example.net to list@example.org Message\nFrom anna@example.net Mon Nov 30 10:00:00 2026\n${message(
      'Auto: Offerta',
      '',
      ['Auto-Submitted: auto-replied (vacation)'],
    )}`
    expect(await parseBounce(archived)).toMatchObject({
      format: 'autoreply',
      reason: 'vacation',
      retry: 'none',
    })
  })

  it('reads a message saved with a byte-order mark, or with a header name holding "_", by its headers', async () => {
    const withMark = `\uFEFF${message('Conferma iscrizione', 'Rispondi a questo messaggio per confermare.')}`
    expect(await parseBounce(withMark)).toMatchObject({ format: 'none', reason: 'undefined' })
    const readAsBytes = Buffer.from(withMark, 'utf8').toString('latin1')
    expect(await parseBounce(readAsBytes)).toMatchObject({ format: 'none', reason: 'undefined' })
    const filterHeaders = `MAIL_FROM: anna@example.net\nX-SPAM-TYPE: SPAM\n${message('Offerta', 'Gioca ora!')}`
    expect(await parseBounce(filterHeaders)).toMatchObject({
      format: 'none',
      reason: 'undefined',
      retry: 'none',
    })
  })

  it('reads qmail autorespond’s reply, marked "Delivered-To: Autoresponder", as an auto-reply', async () => {
    const reply = message('Re: Preventivo', 'Sono in ferie fino al 7 dicembre.', [
      'Delivered-To: mario@example.org',
      'Delivered-To: Autoresponder',
    ])
    expect(await parseBounce(reply)).toMatchObject({ format: 'autoreply', reason: 'vacation' })
  })

  it('names the person who is away, never an address the auto-reply gives to write to instead', async () => {
    const reply = message(
      'Fuori sede: Preventivo',
      'Sono fuori sede. Per urgenze scrivete a ufficio@example.net',
      ['Auto-Submitted: auto-replied'],
    )
    expect(await parseBounce(reply)).toMatchObject({ format: 'autoreply', recipient: 'anna@example.net' })
  })

  it('reads a message whose mbox line has an empty sender ("From  Fri Apr  3 …") by its headers', async () => {
    const report = [
      'From  Fri Apr  3 11:37:28 2009',
      'Envelope-to: mario@example.org',
      'From: Mail Delivery Subsystem <postmaster@example.net>',
      'To: <mario@example.org>',
      'Subject: Automatically rejected mail',
      'Auto-Submitted: auto-replied (rejected)',
      '',
      'Your message to <anna@example.net> was automatically rejected:',
      'Quota exceeded',
    ].join('\n')
    expect(await parseBounce(report)).toMatchObject({ reason: 'mailboxfull', recipient: 'anna@example.net' })
  })

  it('never takes a version number in an automatic notification for a permanent status code', async () => {
    const notice = [
      'From: bugs@example.org',
      'To: anna@example.net',
      'Subject: [Tickets #10390] Add a setting',
      'Auto-Submitted: auto-replied',
      '',
      'PLEASE DO NOT REPLY TO THIS MESSAGE.',
      '  Ticket   | 10390',
      '  Version  | 5.0.8',
      '  Status   | New',
    ].join('\n')
    const info = await parseBounce(notice)
    expect(info.retry).toBe('none')
    expect(info.reason).not.toBe('onhold')
  })
})
