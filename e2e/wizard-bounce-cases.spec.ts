import { resources } from '../shared/i18n'
import { expect, test } from './fixtures'
import { person, type Lang } from './person'

/** The cases issue 21 names walk in both languages: what a pasted refusal means must read right in each. */
const LANGS: Lang[] = ['en', 'it']

/** Gmail's notice for a mistyped domain, as its web page shows it (no headers). */
const GMAIL_NXDOMAIN = [
  'Address not found',
  "Your message wasn't delivered to paolo@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.",
  '',
  'The response was:',
  "DNS Error: 2631926 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com",
].join('\n')

/** Gmail's whole notice for the same typo, with its delivery-status part (Status 4.0.0, as Gmail writes it). */
const GMAIL_NXDOMAIN_MESSAGE = [
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
  'To: mario@healthy.test',
  'Subject: Delivery Status Notification (Failure)',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  GMAIL_NXDOMAIN,
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; googlemail.com',
  '',
  'Final-Recipient: rfc822; paolo@gmial.com',
  'Action: failed',
  'Status: 4.0.0',
  "Diagnostic-Code: smtp; DNS Error: 2631926 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN",
  '--b--',
].join('\n')

/** A PEC notice of non-delivery, pasted as the mail program shows it (Aruba's wording). */
const PEC_MANCATA_CONSEGNA = [
  'AVVISO DI MANCATA CONSEGNA: Fattura 12/2026',
  'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio "Fattura 12/2026" proveniente da "mario@pec.it"',
  'ed indirizzato a "anna@healthy.test"',
  'è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido.',
  'Il messaggio non è stato consegnato.',
].join('\n')

/** A PEC notice of non-acceptance, pasted as the mail program shows it (Poste's wording). */
const PEC_NON_ACCETTAZIONE = [
  'AVVISO DI NON ACCETTAZIONE: Fattura',
  'Il giorno 03/12/2026 alle ore 10:12:45 (+0100) nel messaggio "Fattura" proveniente da "mario@postecert.it"',
  'è stato rilevato un problema che ne impedisce l’accettazione a causa di: destinatario non valido.',
  'Il messaggio non è stato accettato.',
].join('\n')

/** A PEC delivery receipt: good news, not a failure. */
const PEC_CONSEGNA = [
  'RICEVUTA DI AVVENUTA CONSEGNA',
  'Il giorno 03/12/2026 alle ore 10:12:47 (+0100) il messaggio "Fattura" proveniente da "mario@pec.it" ed indirizzato a "anna@healthy.test" è stato consegnato nella casella di destinazione.',
].join('\n')

/** Gmail's older notice for a mistyped domain: "failed permanently", then the DNS's NXDOMAIN. */
const GMAIL_NXDOMAIN_OLDER = [
  'Delivery to the following recipient failed permanently:',
  '',
  '     paolo@gmial.com',
  '',
  'Technical details of permanent failure:',
  "DNS Error: 113013016 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN",
  'Domain name not found: gmial.com',
].join('\n')

/** GMX's refusal of a message whose To: header breaks the standard, its case code in the link. */
const GMX_HEADER_REFUSED = [
  '554-Transaction failed',
  '554-Reject due to policy restrictions.',
  '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0735&i=ip&v=192.0.2.8&r=1MbDI4',
].join('\n')

/** Exchange Online's notice as an Italian mailbox shows it: the recipient's mailbox is full. */
const EXCHANGE_FULL_ITALIAN = [
  'Impossibile recapitare il messaggio a questi destinatari o gruppi:',
  '',
  'anna@healthy.test',
  'La cassetta postale del destinatario è piena e non può accettare messaggi al momento.',
].join('\n')

/** Gmail's notice in Italian for a mistyped domain. */
const GMAIL_NXDOMAIN_ITALIAN =
  'Indirizzo non trovato\nIl tuo messaggio non è stato recapitato a paolo@gmial.com perché non è stato possibile trovare il dominio gmial.com. Controlla che non ci siano errori di battitura o spazi non necessari e riprova.'

/** Thunderbird's own window when it cannot reach its outgoing server, in each language (its string files' words). */
const THUNDERBIRD_CANNOT_CONNECT: Record<Lang, string> = {
  en: 'Send Message Error\nThe message could not be sent because the connection to Outgoing server (SMTP) smtp.healthy.test timed out. Try again.',
  it: 'Errore di invio\nNon è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) smtp.healthy.test non è riuscita. Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.',
}

/** Outlook's delivery receipt, pasted as the mail program shows it (no delivery-status part), in each language. */
const DELIVERY_RECEIPT: Record<Lang, string> = {
  en: 'Your message has been delivered to the following recipients:\n\nanna@healthy.test\n\nSubject: Invoice 12/2026',
  it: 'Il messaggio è stato recapitato ai destinatari seguenti:\n\nanna@healthy.test\n\nOggetto: Fattura 12/2026',
}

test.describe('what people paste ends on the remedy that fits', () => {
  for (const lang of LANGS) {
    test(`552 5.3.4 "message size exceeds fixed limit": make the message smaller (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('552 5.3.4 Message size exceeds fixed limit')
      await p.expectRemedy('reduce-size')
      await p.expectBecause('tooBig')
      await expect(p.page.getByText(resources[lang].remedy['recipient-full'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-size')
    })

    test(`550 5.4.7 "delivery time expired": wait and send again, one answer to "will it help?" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.4.7 Delivery time expired')
      await p.expectRemedy('retry-later')
      await p.expectBecause('causePasses')
      await expect(p.page.getByText(resources[lang].remedy['recipient-address'].title)).toHaveCount(0)
      await p.page.getByText(resources[lang].tree.ui.why, { exact: true }).click()
      await expect(p.page.getByText(resources[lang].bounce.retry.temporary)).toBeVisible()
      const codeRetryLabel = resources[lang].knowledge.cli.labels.retry
      await expect(p.page.locator('dt', { hasText: new RegExp(`^${codeRetryLabel}$`) })).toHaveCount(0)
      // One answer to "who needs to act": the screen's, not a second one in the explanation.
      const whoLabel = resources[lang].knowledge.cli.labels.whoActs
      await expect(p.page.locator('dt', { hasText: new RegExp(`^${whoLabel}$`) })).toHaveCount(0)
      await p.shot('remedy-bounce-expired')
    })

    test(`550 5.7.1 rejected as spam: the spam remedy, not the recipient's address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.7.1 Message rejected as spam by Content Filtering')
      await p.expectRemedy('spam-refused')
      await p.expectBecause('spamContent')
      await p.shot('remedy-bounce-spam')
    })

    test(`a bare 550 5.7.1 is explained, never "check the recipient's address" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.7.1')
      await p.expectRemedy('bounce-explained')
      await expect(p.page.getByText(resources[lang].remedy['recipient-address'].title)).toHaveCount(0)
      await expect(p.page.getByText(resources[lang].remedy['reset-password'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-bare-571')
    })

    test(`Gmail's NXDOMAIN notice: the domain does not exist, did you mean gmail.com (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(GMAIL_NXDOMAIN)
      await p.expectRemedy('recipient-domain-broken')
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'gmail.com'),
      )
      await p.shot('remedy-bounce-gmail-nxdomain')
    })

    test(`Gmail's whole NXDOMAIN message (Status 4.0.0): the DNS check decides, did you mean gmail.com (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(GMAIL_NXDOMAIN_MESSAGE)
      await p.expectRemedy('recipient-domain-broken')
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'gmail.com'),
      )
    })

    test(`a pasted PEC notice of non-delivery with 5.1.1 ends on the recipient's address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(PEC_MANCATA_CONSEGNA)
      await p.expectRemedy('recipient-address')
      await expect(p.page.getByText(resources[lang].remedy['bounce-unreadable'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-pec-mancata-consegna')
    })

    test(`a pasted PEC notice of non-acceptance for an invalid recipient: check the address, never "no code found" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(PEC_NON_ACCETTAZIONE)
      await p.expectRemedy('recipient-address')
      await expect(p.page.getByText(resources[lang].remedy['bounce-unreadable'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-pec-non-accettazione')
    })

    test(`a pasted PEC delivery receipt is not an error (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(PEC_CONSEGNA)
      await p.expectRemedy('bounce-not-error')
      await p.expectBecause('notABounce')
      await p.shot('remedy-bounce-pec-consegna')
    })

    test(`Outlook's delivery receipt is good news, not a failure (${lang})`, async ({ open }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(DELIVERY_RECEIPT[lang])
      await p.expectRemedy('bounce-not-error')
      await p.expectBecause('notABounce')
      await expect(p.page.getByText(resources[lang].remedy['recipient-address'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-delivery-receipt')
    })

    test(`a server that wants encryption: turn on SSL/TLS in the mail program, never the recipient's address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('530 5.7.0 Must issue a STARTTLS command first')
      await p.expectRemedy('bounce-explained')
      await expect(p.page.getByText(resources[lang].knowledge.steps.turnOnTlsInProgram)).toBeVisible()
      await expect(p.page.getByText(resources[lang].remedy['recipient-address'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-tls-required')
    })

    test(`Gmail's older NXDOMAIN wording ("failed permanently"): the domain does not exist, did you mean gmail.com (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(GMAIL_NXDOMAIN_OLDER)
      await p.expectRemedy('recipient-domain-broken')
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'gmail.com'),
      )
      await expect(p.page.getByText(resources[lang].remedy['retry-later'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-gmail-nxdomain-older')
    })

    test(`GMX's "policy restrictions" with a header case code: the message breaks the standard, not the recipient's rules (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(GMX_HEADER_REFUSED)
      await p.expectRemedy('bounce-explained')
      const reasons = resources[lang].bounce.reasons
      await expect(p.page.getByText(reasons.notcompliantrfc.title).first()).toBeVisible()
      await expect(p.page.getByText(reasons.policyviolation.title)).toHaveCount(0)
      await p.shot('remedy-bounce-gmx-header')
    })

    test(`Exchange's notice in Italian, "la cassetta postale del destinatario è piena": the recipient's mailbox is full (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(EXCHANGE_FULL_ITALIAN)
      await p.expectRemedy('recipient-full')
      await expect(p.page.getByText(resources[lang].remedy['bounce-unreadable'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-exchange-full-italian')
    })

    test(`Gmail's notice in Italian for a mistyped domain: did you mean gmail.com (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(GMAIL_NXDOMAIN_ITALIAN)
      await p.expectRemedy('recipient-domain-broken')
      await expect(p.page.locator('.did-you-mean')).toHaveText(
        p.tree.target.didYouMean.replace('{{domain}}', 'gmail.com'),
      )
      await p.shot('remedy-bounce-gmail-nxdomain-italian')
    })

    test(`Thunderbird's own "could not connect" window: its own server is tested, never the recipient's domain (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(THUNDERBIRD_CANNOT_CONNECT[lang])
      await expect(p.heading()).toHaveText(p.tree.nodes['login-test'].title)
      await p.expectBecause('ownProgramWindow')
      await expect(p.page.getByText(resources[lang].remedy['recipient-domain-broken'].title)).toHaveCount(0)
      await p.shot('bounce-own-program-window')
    })

    test(`Microsoft 365's RecipientNotFound: one verdict, the address does not exist (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      )
      await p.expectRemedy('recipient-address')
      await p.openWhy()
      const why = p.page.locator('.explanation')
      await expect(why).toContainText(resources[lang].bounce.reasons.userunknown.title)
      await expect(why).not.toContainText(resources[lang].bounce.reasons.filtered.meaning)
      await expect(why).not.toContainText(resources[lang].knowledge.enhanced.details.d1_10.title)
      await p.shot('remedy-bounce-m365-not-found')
    })

    test(`Exchange's "sender was not authenticated by organization": the recipient's side lets you in, never your password (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.7.12 Sender was not authenticated by organization')
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('onlyAllowedSenders')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.onlyAllowedSenders.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.askRecipientAllowOutside)
      await expect(card).not.toContainText(resources[lang].knowledge.enhanced.details.d7_12.title)
      await expect(p.page.getByText(resources[lang].remedy['reset-password'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-only-allowed-senders')
    })

    test(`Spamhaus's "Error: open resolver": nobody is listed, the recipient's server must change (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/203.0.113.9',
      )
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('openResolver')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.openResolver.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.tellRecipientResolver)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-open-resolver')
    })

    test(`Gmail's "Too many login attempts": a pause first, then the saved passwords (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '454 4.7.0 Too many login attempts, please try again later. l204sm333464qhl.34 - gsmtp',
      )
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('tooManyLogins')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.tooManyLogins.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.checkSavedPasswordEveryDevice)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.checkDomainsSpfDkim)
      await expect(card).not.toContainText(resources[lang].bounce.reasons.securityerror.title)
      await expect(p.page.getByText(resources[lang].remedy['account-blocked'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-too-many-logins')
    })
    test(`A bare "550 5.2.2" copied from an error window: a full mailbox, not a mistyped address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.2.2')
      await p.expectRemedy('recipient-full')
      await p.openWhy()
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.enhanced.details.d2_2.meaning)
      await expect(card).not.toContainText(resources[lang].knowledge.codes.c550.meaning)
      await p.shot('remedy-bounce-bare-550-522')
    })

    test(`"550 5.1.8" with the sender's domain named: renew the domain, not check the recipient (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('550 5.1.8 <mario@healthy.test>: Sender address rejected: Domain not found')
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.steps.checkOwnDomainRenewed)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.checkAddressTypos)
      await expect(card).not.toContainText(resources[lang].knowledge.codes.c550.meaning)
      await p.shot('remedy-bounce-sender-domain-518')
    })
    test(`Microsoft's "must have a reverse DNS record": the sending address needs a name, not a blocklist removal (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::7] must have a reverse DNS record',
      )
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.noReverseName.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.askWhoeverRunsSending)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-no-reverse-name')
    })

    test(`a 552 that says "spam detected" ends on the spam remedy, not "the recipient's mailbox is full" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('552 5.2.0 a1B2c3D4e5F6g7H8 spam detected')
      await p.expectRemedy('spam-refused')
      await expect(p.page.getByText(resources[lang].remedy['recipient-full'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-552-spam')
    })

    test(`IMAP's "[OVERQUOTA]" when a copy is saved to Sent: your own mailbox is full, not the recipient's (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '[OVERQUOTA] Quota exceeded (mailbox for user is full)\nWarning: Fcc to imaps://mario@healthy.test/Sent failed',
      )
      await p.expectRemedy('mailbox-full')
      await expect(p.page.getByText(resources[lang].remedy['recipient-full'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-own-overquota')
    })

    test(`amavisd-new's "BANNED: .exe": share the file another way, not the blocklists (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('554 5.7.0 Reject, id=20311-07 - BANNED: .exe,.exe-ms,fattura_0425.exe')
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.bannedAttachment.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.shareFileAsLinkInstead)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.checkSendingIpAddress)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-banned-attachment')
    })

    test(`Gmail's full and inactive mailbox: ask for another address, not "send again once there is room" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
      )
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.abandonedMailbox.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.askRecipientAddressReceives)
      await expect(p.page.getByText(resources[lang].knowledge.steps.sendOnceMadeRoom)).toHaveCount(0)
      await expect(p.page.getByText(resources[lang].bounce.retry.permanent)).toBeVisible()
      await p.shot('remedy-bounce-abandoned-mailbox')
    })

    test(`a mailing list's refusal of a post: write from the subscribed address, not a server fix (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        'The message from <mario@healthy.test> with subject "Riunione" was unable to be delivered to the list because you are not a list subscriber.',
      )
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.listRefusedPost.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.postFromSubscribedAddress)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-list-refused')
    })

    test(`a mail loop ("hop count exceeded"): a forwarding rule to change, not "wait and try again" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('554 5.4.14 Hop count exceeded - possible mail loop ATTR34')
      await p.expectRemedy('bounce-explained')
      await p.expectBecause('mailLoop')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.steps.checkOwnForwarding)
      await expect(p.page.getByText(resources[lang].remedy['retry-later'].title)).toHaveCount(0)
      await p.shot('remedy-bounce-mail-loop')
    })

    test(`a fault the recipient's server refused with for good: who can fix it, not "wait and retry" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '550 5.3.0 <anna@healthy.test>: Internal server error, please contact the postmaster',
      )
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.steps.tellRecipientServerFault)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.waitRetryPersistsTell)
      await expect(p.page.getByText(resources[lang].bounce.retry.permanent)).toBeVisible()
      await p.shot('remedy-bounce-server-fault')
    })

    test(`Aruba's "Mittente non consentito": send from the mailbox signed in with, not a blocklist (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('552 5.2.0 Kq81Zp - Mittente non consentito / Sender not allowed ( header-from )')
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.fromNotYourMailbox.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.sendFromSignedInAddress)
      await expect(card).not.toContainText(resources[lang].knowledge.codes.c552.title)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-sender-not-mailbox')
    })

    test(`the sender's domain on a domain blocklist: look the domain up and clean it, no check of the server's address (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce(
        '554 5.7.1 Service unavailable; Sender address [mario@healthy.test] blocked using dbl.example-list.org',
      )
      await p.expectRemedy('bounce-explained')
      const card = p.page.locator('.explanation')
      await expect(card).toContainText(resources[lang].knowledge.details.senderDomainListed.title)
      await expect(card).toContainText(resources[lang].knowledge.steps.lookUpListedDomain)
      await expect(card).not.toContainText(resources[lang].knowledge.steps.checkSpfDkimPass)
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await p.shot('remedy-bounce-sender-domain-listed')
    })

    test(`a blocklist the server could not ask: wait and retry, never "get off the list" (${lang})`, async ({
      open,
    }) => {
      const p = await person(open, lang)
      await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
      await p.pasteBounce('451 4.4.3 Temporary lookup failure of 192.0.2.10 at dnsbl.sorbs.net')
      await p.expectRemedy('retry-later')
      await expect(p.page.getByText(resources[lang].remedy.delist.title)).toHaveCount(0)
      await expect(p.page.locator('.explanation')).toContainText(resources[lang].bounce.retry.temporary)
      await p.shot('remedy-bounce-list-not-asked')
    })
  }
})
