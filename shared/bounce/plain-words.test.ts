import { describe, expect, it } from 'vitest'
import { plainWordsReason } from './plain-words'

describe('plain words', () => {
  it.each([
    ['550 this mailbox has been disabled'],
    ['550 user account is inactive'],
    ['550 la casella è stata disattivata'],
    ['550 esta casilla ha expirado por falta de uso'],
    ['550 ce compte a été désactivé'],
    ['550 dieses postfach ist gesperrt'],
    ['550 esta conta foi desativada'],
    ["550 5.7.1 your recipient's account has been blocked due to user agreement violations"],
    ['550 5.5.0 le compte du destinataire est bloque. the recipient account is blocked.'],
    ['550 la casella del destinatario è bloccata'],
  ])('"%s" is a mailbox switched off', (text) => {
    expect(plainWordsReason(text)).toBe('suspend')
  })

  it('leaves an IP or a sender blocked to their own readings: only the recipient’s account is switched off', () => {
    expect(plainWordsReason('550 your account is blocked for sending spam')).not.toBe('suspend')
    expect(plainWordsReason('554 ip blocked by the recipient mailbox provider')).toBe('blocked')
  })

  it('reads an account disabled at sign-in as the sign-in refused: it is the sender’s own, not a recipient’s', () => {
    expect(plainWordsReason('535 authentication failed: account disabled')).toBe('securityerror')
  })

  it('reads a domain named between "domain" and "does not exist" as a domain that does not exist', () => {
    expect(plainWordsReason('550 5.4.310 dns domain example.moc does not exist')).toBe('hostunknown')
  })

  it.each([
    ['the recipient name is not recognized', 'userunknown'],
    ['dns lookup failure: host cx.example.org not found', 'hostunknown'],
    ["sorry, i couldn't find any host named cx.example.com. (#5.1.2)", 'hostunknown'],
    ['could not deliver for the last 432000 seconds. giving up.', 'expired'],
    ['this message has been too long in the queue', 'expired'],
    ['"false" (pipe) failed permanently with error: exit status 1', 'mailererror'],
    ['550 zen.spamhaus.example listed by css', 'blocked'],
    ['bob@studio.example.it mailing to remote domains not supported', 'norelaying'],
    ['smtp; exit status 1', 'mailererror'],
    ['their delivery program(s) failed', 'mailererror'],
    ['the program exited with an unknown value of 141', 'mailererror'],
    ['5.7.1 unable to relay', 'norelaying'],
    ['does not meet ipv6 sending guidelines regarding ptr records and authentication', 'requireptr'],
    ['500 internal server error', 'systemerror'],
    ['550 if mail from is local then you must authenticate', 'securityerror'],
  ])('reads "%s" as %s', (text, reason) => {
    expect(plainWordsReason(text)).toBe(reason)
  })

  it('reads an old notice’s "err.nosuchuser" as an address that does not exist', () => {
    expect(plainWordsReason('x-local; 500 (err.nosuchuser)')).toBe('userunknown')
  })
})

describe('plain words in the languages of the mail people receive', () => {
  it.each([
    ["L'utente destinatario non esiste", 'userunknown'],
    ['Sorry, the address you sent to is a non-existent address', 'userunknown'],
    ["le destinataire n'existe pas", 'userunknown'],
    ['empfänger unbekannt', 'userunknown'],
    ['el usuario no existe', 'userunknown'],
    ['Il dominio example.cmo non esiste', 'hostunknown'],
    ['La casella del destinatario è piena', 'mailboxfull'],
    ['Il messaggio supera la dimensione massima consentita', 'mesgtoobig'],
    ["Trattasi di errore causato dall'invio di un numero eccessivo di messaggi", 'speeding'],
    ['550 message rejected: your ip is listed on a dynamic ip list', 'blocked'],
    ['the mail server ip has exhibited namespace mining behavior', 'blocked'],
    ['553 bad reverse dns', 'requireptr'],
    ['553 sorry, your envelope sender has been denied', 'rejected'],
    ['550 5.7.1 unconfigured sending domain', 'rejected'],
    ['max rcpt to daily limit', 'speeding'],
    ['500 these attachments are not allowed -- please compress them', 'policyviolation'],
    ['550 spf', 'authfailure'],
    ['user has exhausted allowed storage space', 'mailboxfull'],
    ["reason: failed to connect. no mx records were found for the 'example.com' domain.", 'hostunknown'],
    ['failed four attempts to connect to recipients mail server', 'networkerror'],
    ['message rejected (no valid recipients)', 'userunknown'],
    ['550 recipient e-mail adress unknown', 'userunknown'],
    ['550 5.7.1 recipient address rejected: user email address is marked as invalid', 'userunknown'],
    ['550 5.7.0 message size violation', 'mesgtoobig'],
    ['552 "message body is too big"', 'mesgtoobig'],
    ['sending quota exceeded', 'speeding'],
    ['domain has exceeded the max defers and failures per hour (5/5 (100%)) allowed', 'speeding'],
    ["550 5.7.1 recipient doesn't want your mail", 'filtered'],
    ['all relevant mx records point to non-existent hosts', 'hostunknown'],
    ['domain look up failed', 'hostunknown'],
    ['no mailbox by that name', 'userunknown'],
    ['user: message would exceed maximum mailbox size for this recipient', 'mailboxfull'],
    ['550-550 relay through this server without authentication.', 'norelaying'],
    ['550 subject contains invalid characters', 'notcompliantrfc'],
    ['552 illegal attachment', 'policyviolation'],
    ['reject for policy reason. rule1_1', 'policyviolation'],
    ['etp106 requested action aborted', 'systemerror'],
    ['550 <someone@example.com>... inoltro negato', 'norelaying'],
    ["553 sorry, that domain is't in my list of allowed rcpthosts", 'norelaying'],
    ['554 refused. sending to remote addresses (relaying) is not allowed.', 'norelaying'],
    [
      "your message wasn't delivered because the address couldn't be found, or is unable to receive mail.",
      'userunknown',
    ],
    ["your message can't be delivered because delivery to this address is restricted.", 'filtered'],
    ['anna wurde nicht in example.se gefunden.', 'userunknown'],
  ])('"%s" names %s', (text, reason) => {
    expect(plainWordsReason(text.toLowerCase())).toBe(reason)
  })

  it('leaves a sender’s domain that does not exist to the sender’s reading', () => {
    expect(plainWordsReason('553 sender domain example.moc does not exist')).not.toBe('hostunknown')
  })

  it('does not read too many messages in a mailbox as sending too fast', () => {
    expect(plainWordsReason('552 too many messages in this mailbox')).not.toBe('speeding')
  })
})

describe('plain words that stay apart', () => {
  it('leaves a sender’s invalid address to the sender’s reading', () => {
    expect(plainWordsReason('553 sender address is invalid')).not.toBe('userunknown')
  })
})
