import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../../../e2e/servers/dovecot'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { worldStamp } from '../../../e2e/servers/wizard-world'
import { probeImap } from './imap-probe'
import { probePop3 } from './pop3-probe'
import { roundTrip } from './round-trip'

const USER = 'mario@example.test'
const PASSWORD = 'Dove-Pa55word"\\x'
/** A second mailbox whose password has accented letters, as Italian passwords often do. */
const ACCENTED_USER = 'lucia@example.test'
const ACCENTED_PASSWORD = 'perché-città-è-già'
const skipReason = dovecotUnavailable()
if (skipReason) console.warn(`Dovecot tests skipped: ${skipReason}`)

let pki: TestPki
beforeAll(() => {
  pki = createTestPki()
})

describe.skipIf(skipReason !== null)('IMAP and POP3 probes against Dovecot on 127.0.0.1', () => {
  let dovecot: RunningDovecot
  let smtp: RunningSmtpServer

  beforeAll(async () => {
    dovecot = await startDovecot({
      certificate: pki.chained,
      users: { [USER]: PASSWORD, [ACCENTED_USER]: ACCENTED_PASSWORD },
    })
    smtp = await startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      users: { [USER]: PASSWORD },
      maildir: dovecot.maildir(USER),
      stamp: worldStamp,
    })
  })

  afterAll(async () => {
    await smtp?.close()
    await dovecot?.stop()
  })

  const options = (extra = {}) => ({ stepTimeoutMs: 3000, extraCaPem: pki.caPem, ...extra })

  it('IMAP: a password with accented letters logs in (AUTHENTICATE PLAIN carries UTF-8 intact)', async () => {
    const result = await probeImap(
      { kind: 'imaps', host: '127.0.0.1', port: dovecot.ports.imaps },
      options({ credentials: { user: ACCENTED_USER, password: ACCENTED_PASSWORD } }),
    )
    expect(result.findings.map((finding) => [finding.id, finding.status])).toEqual([
      ['imaps', 'pass'],
      ['mailbox.auth', 'pass'],
    ])
    expect(JSON.stringify(result)).not.toContain(ACCENTED_PASSWORD)
  })

  it.each(['imap', 'imaps'] as const)('%s: greeting, capabilities, TLS and a good login', async (kind) => {
    const result = await probeImap(
      { kind, host: '127.0.0.1', port: dovecot.ports[kind] },
      options({ credentials: { user: USER, password: PASSWORD } }),
    )
    expect(result.findings.map((finding) => [finding.id, finding.status])).toEqual([
      [kind, 'pass'],
      ['mailbox.auth', 'pass'],
    ])
    expect(result.tlsMode).toBe(kind === 'imap' ? 'starttls' : 'implicit')
    expect(result.tls?.verified).toBe(true)
    expect(result.capabilities).toContain('IMAP4rev1')
    expect(result.greeting).toMatch(/Dovecot/)
    expect(result.timings.auth).toBeTypeOf('number')
    const json = JSON.stringify(result)
    expect(json).not.toContain(PASSWORD)
    expect(json).toContain('AUTHENTICATE PLAIN ***')
    expect(result.auth?.mechanism).toBe('PLAIN')
  })

  it.each(['pop3', 'pop3s'] as const)('%s: greeting, CAPA, TLS and a good login', async (kind) => {
    const result = await probePop3(
      { kind, host: '127.0.0.1', port: dovecot.ports[kind] },
      options({ credentials: { user: USER, password: PASSWORD } }),
    )
    expect(result.findings.map((finding) => [finding.id, finding.status])).toEqual([
      [kind, 'pass'],
      ['mailbox.auth', 'pass'],
    ])
    expect(result.capabilities).toContain('UIDL')
    expect(result.tlsMode).toBe(kind === 'pop3' ? 'starttls' : 'implicit')
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
    expect(result.transcript.some((line) => line.line === 'PASS ***')).toBe(true)
  })

  it('round trip: sends through submission, finds the message over IMAP and deletes it', async () => {
    const result = await roundTrip(
      {
        submission: { kind: 'submission', host: '127.0.0.1', port: smtp.port },
        mailbox: { kind: 'imaps', host: '127.0.0.1', port: dovecot.ports.imaps },
        credentials: { user: USER, password: PASSWORD },
        address: USER,
        waitMs: 5000,
        pollMs: 200,
      },
      options(),
    )
    expect(result.outcome).toBe('arrived')
    expect(result.finding).toMatchObject({ id: 'smtp.roundtrip', status: 'pass' })
    expect(result.cleanedUp).toBe(true)
    expect(result.deliveryMs).toBeGreaterThanOrEqual(0)
    expect(smtp.messages.at(-1)).toMatch(/MailDoctor test message/)
    expect(result.headers?.hops).toMatchObject([{ by: 'mail.test.invalid', fromIp: '127.0.0.1' }])
    expect(result.headers?.auth).toMatchObject({ spf: 'pass', dkim: 'none', dmarc: 'fail' })
    expect(result.headers?.remedies.map((remedy) => remedy.id)).toContain('dkim-enable')
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
    const left = await Promise.all(['new', 'cur'].map((sub) => readdir(join(dovecot.maildir(USER), sub))))
    expect(left.flat()).toEqual([])
  })

  it('round trip over POP3 finds and deletes the message', async () => {
    const result = await roundTrip(
      {
        submission: { kind: 'submission', host: '127.0.0.1', port: smtp.port },
        mailbox: { kind: 'pop3', host: '127.0.0.1', port: dovecot.ports.pop3 },
        credentials: { user: USER, password: PASSWORD },
        address: USER,
        waitMs: 5000,
        pollMs: 200,
      },
      options(),
    )
    expect(result.outcome).toBe('arrived')
    expect(result.cleanedUp).toBe(true)
    expect(result.headers?.auth).toMatchObject({ spf: 'pass', dkim: 'none', dmarc: 'fail' })
    const left = await Promise.all(['new', 'cur'].map((sub) => readdir(join(dovecot.maildir(USER), sub))))
    expect(left.flat()).toEqual([])
  })

  it('round trip: a message that never arrives is "not received", naming the receiving half', async () => {
    const elsewhere = await startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      users: { [USER]: PASSWORD },
    })
    try {
      const result = await roundTrip(
        {
          submission: { kind: 'submission', host: '127.0.0.1', port: elsewhere.port },
          mailbox: { kind: 'imaps', host: '127.0.0.1', port: dovecot.ports.imaps },
          credentials: { user: USER, password: PASSWORD },
          address: USER,
          waitMs: 800,
          pollMs: 200,
        },
        options(),
      )
      expect(result.outcome).toBe('not-received')
      expect(result.finding.status).toBe('fail')
      expect(result.finding.title.key).toBe('probe:roundTrip.not-received.title')
      expect(result.polls).toBeGreaterThanOrEqual(2)
      expect(elsewhere.messages).toHaveLength(1)
    } finally {
      await elsewhere.close()
    }
  })

  it('round trip: a refused login on submission is "not sent", with the 535 causes', async () => {
    const result = await roundTrip(
      {
        submission: { kind: 'submission', host: '127.0.0.1', port: smtp.port },
        mailbox: { kind: 'imaps', host: '127.0.0.1', port: dovecot.ports.imaps },
        credentials: { user: USER, password: 'not-the-password' },
        address: USER,
        waitMs: 800,
      },
      options(),
    )
    expect(result.outcome).toBe('not-sent')
    expect(result.polls).toBe(0)
    expect(result.finding.title.key).toBe('probe:roundTrip.not-sent.title')
    expect(result.finding.remedies).toEqual(['reset-password', 'unblock-account', 'check-offer-status'])
  })
})

describe.skipIf(skipReason !== null)('wrong passwords against Dovecot', () => {
  it.each(['imaps', 'pop3s'] as const)('%s: a wrong password is wrong-credentials', async (kind) => {
    const dovecot = await startDovecot({ certificate: pki.valid, users: { [USER]: PASSWORD } })
    try {
      const probe = kind === 'imaps' ? probeImap : probePop3
      const result = await probe({ kind, host: '127.0.0.1', port: dovecot.ports[kind] } as never, {
        stepTimeoutMs: 3000,
        extraCaPem: pki.caPem,
        credentials: { user: USER, password: 'wrong' },
      })
      const auth = result.findings.find((finding) => finding.id === 'mailbox.auth')
      expect(auth?.status).toBe('fail')
      expect(auth?.title.key).toBe('probe:auth.wrong-credentials.title')
      expect(auth?.remedies).toContain('reset-password')
    } finally {
      await dovecot.stop()
    }
  })
})
