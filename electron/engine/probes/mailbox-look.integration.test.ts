import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../../../e2e/servers/dovecot'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { worldStamp } from '../../../e2e/servers/wizard-world'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { Finding } from '../../../shared/report'
import { lookInMailbox } from './mailbox-look'
import { roundTrip } from './round-trip'

const ROOMY = 'anna@example.test'
const FULL = 'piena@example.test'
const PASSWORD = 'Look-Pa55word"\\x'
const skipReason = dovecotUnavailable()
if (skipReason) console.warn(`Dovecot tests skipped: ${skipReason}`)

/** A message as a Maildir file holds it. */
function message(subject: string, from: string, body = 'Ciao.'): string {
  return [
    `From: ${from}`,
    `To: <${ROOMY}>`,
    `Subject: ${subject}`,
    'Date: Thu, 03 Dec 2026 09:15:00 +0100',
    `Message-ID: <${subject.replace(/\W/g, '')}@sender.example>`,
    '',
    body,
    '',
  ].join('\n')
}

/** The finding with this id, in one language's words. */
function said(findings: Finding[], id: Finding['id'], lang: 'it' | 'en') {
  const finding = findings.find((entry) => entry.id === id)
  const i18n = createI18n(lang)
  return (
    finding && { status: finding.status, title: renderMsg(i18n, finding.title), remedies: finding.remedies }
  )
}

let pki: TestPki
beforeAll(() => {
  pki = createTestPki()
})

describe.skipIf(skipReason !== null)('the mailbox look against Dovecot with quota and a Junk folder', () => {
  let dovecot: RunningDovecot
  let smtp: RunningSmtpServer

  beforeAll(async () => {
    dovecot = await startDovecot({
      certificate: pki.chained,
      users: { [ROOMY]: PASSWORD, [FULL]: PASSWORD },
      quotaKib: { [ROOMY]: 10_240, [FULL]: 20 },
      specialFolders: true,
    })
    const deliver = (user: string, folder: string, name: string, text: string) =>
      writeFile(join(dovecot.maildir(user), folder, 'new', `${name}.maildoctor`), text)
    await deliver(ROOMY, '', '1', message('Riunione di lunedì', '"Luca Bianchi" <luca@sender.example>'))
    await deliver(ROOMY, '.Junk', '2', message('Fattura marzo', '"Studio Verdi" <fatture@verdi.example>'))
    await deliver(
      FULL,
      '',
      '3',
      message('Foto', '<amici@sender.example>', 'x'.repeat(76).concat('\n').repeat(300)),
    )
    smtp = await startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      users: { [ROOMY]: PASSWORD },
      maildir: join(dovecot.maildir(ROOMY), '.Junk'),
      stamp: worldStamp,
    })
  })

  afterAll(async () => {
    await smtp?.close()
    await dovecot?.stop()
  })

  const options = () => ({ stepTimeoutMs: 3000, extraCaPem: pki.caPem })
  const imaps = () => ({ kind: 'imaps' as const, host: '127.0.0.1', port: dovecot.ports.imaps })

  it('a full mailbox ends on "your mailbox is full" with the numbers, in both languages', async () => {
    const result = await lookInMailbox(
      { mailbox: imaps(), credentials: { user: FULL, password: PASSWORD } },
      options(),
    )
    expect(result.quota?.limitBytes).toBe(20 * 1024)
    expect(result.quota?.usedBytes).toBeGreaterThanOrEqual(20 * 1024)
    const en = said(result.findings, 'mailbox.quota', 'en')
    expect(en).toMatchObject({ status: 'fail', remedies: ['mailbox-full'] })
    expect(en?.title).toMatch(/^Your mailbox is full: 2\d KB of 20 KB used$/)
    expect(said(result.findings, 'mailbox.quota', 'it')?.title).toMatch(
      /^La tua casella è piena: 2\d KB usati su 20 KB$/,
    )
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
  })

  it('lists the folders with their special uses and message counts, and changes nothing', async () => {
    const result = await lookInMailbox(
      { mailbox: imaps(), credentials: { user: ROOMY, password: PASSWORD } },
      options(),
    )
    // The inbox first, then the spam folder, then the others in the server's order.
    expect(result.folders.slice(0, 2)).toEqual([
      { name: 'INBOX', specialUse: null, messages: 1 },
      { name: 'Junk', specialUse: '\\Junk', messages: 1 },
    ])
    expect(result.folders.slice(2)).toEqual(
      expect.arrayContaining([
        { name: 'Sent', specialUse: '\\Sent', messages: 0 },
        { name: 'Trash', specialUse: '\\Trash', messages: 0 },
      ]),
    )
    expect(said(result.findings, 'mailbox.quota', 'en')?.status).toBe('pass')
    expect(said(result.findings, 'mailbox.folders', 'en')?.title).toBe('Your mailbox has 4 folders')
    // EXAMINE and BODY.PEEK only: the messages are still new (unseen) in their folders.
    expect(await readdir(join(dovecot.maildir(ROOMY), '.Junk', 'new'))).toHaveLength(1)
  })

  it.each([
    ['a subject', 'fattura MARZO'],
    ['a sender', 'fatture@verdi.example'],
    ['a Message-ID', 'Fatturamarzo@sender.example'],
  ])('a message named by %s and filed in Junk ends on "arrived, in Spam"', async (_, find) => {
    const result = await lookInMailbox(
      { mailbox: imaps(), credentials: { user: ROOMY, password: PASSWORD }, find },
      options(),
    )
    expect(result.found).toEqual([
      {
        folder: 'Junk',
        specialUse: '\\Junk',
        subject: 'Fattura marzo',
        from: '"Studio Verdi" <fatture@verdi.example>',
        date: 'Thu, 03 Dec 2026 09:15:00 +0100',
      },
    ])
    expect(said(result.findings, 'mailbox.find', 'en')).toEqual({
      status: 'fail',
      title: 'The message arrived, in Spam',
      remedies: ['arrived-in-spam'],
    })
    expect(said(result.findings, 'mailbox.find', 'it')?.title).toBe('Il messaggio è arrivato, nello spam')
  })

  it('an accented subject in the inbox is found there; an unknown one is looked for in every folder', async () => {
    const look = (find: string) =>
      lookInMailbox({ mailbox: imaps(), credentials: { user: ROOMY, password: PASSWORD }, find }, options())
    const inbox = await look('lunedì')
    expect(said(inbox.findings, 'mailbox.find', 'en')?.title).toBe('The message arrived, in the inbox')
    const missing = await look('Preventivo')
    expect(said(missing.findings, 'mailbox.find', 'en')).toMatchObject({
      status: 'info',
      title: 'No message matching “Preventivo” is in your mailbox',
    })
  })

  it('POP3: messages and size left on the server from STAT', async () => {
    const result = await lookInMailbox(
      {
        mailbox: { kind: 'pop3s', host: '127.0.0.1', port: dovecot.ports.pop3s },
        credentials: { user: ROOMY, password: PASSWORD },
        find: 'Riunione',
      },
      options(),
    )
    expect(result.pop3?.messages).toBe(1)
    expect(result.pop3?.sizeBytes).toBeGreaterThan(100)
    expect(said(result.findings, 'mailbox.quota', 'en')?.title).toMatch(/^1 messages \(\d+ KB\) are kept/)
    expect(said(result.findings, 'mailbox.find', 'en')?.status).toBe('pass')
  })

  it('the round trip finds its test message in Junk: "arrived, in Spam", never "not received"', async () => {
    const result = await roundTrip(
      {
        submission: { kind: 'submission', host: '127.0.0.1', port: smtp.port },
        mailbox: imaps(),
        credentials: { user: ROOMY, password: PASSWORD },
        address: ROOMY,
        waitMs: 5000,
        pollMs: 200,
      },
      options(),
    )
    expect(result.outcome).toBe('arrived-in-spam')
    expect(result.folder).toBe('Junk')
    expect(result.cleanedUp).toBe(true)
    const i18n = { en: createI18n('en'), it: createI18n('it') }
    expect(renderMsg(i18n.en, result.finding.title)).toBe('Your test message arrived, in Spam')
    expect(renderMsg(i18n.it, result.finding.title)).toBe('Il messaggio di prova è arrivato, nello spam')
    expect(result.finding).toMatchObject({ status: 'warn', remedies: ['arrived-in-spam'] })
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
  })
})
