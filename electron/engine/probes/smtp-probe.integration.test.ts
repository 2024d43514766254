import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { probeSmtp } from './smtp-probe'

const PASSWORD = 'S3cret-Pa55word!'
let pki: TestPki
let starttls: RunningSmtpServer
let implicit: RunningSmtpServer

beforeAll(async () => {
  pki = createTestPki()
  const common = {
    certificate: pki.valid,
    users: { 'mario@example.test': PASSWORD },
    authRefusals: {
      'spam@example.test': { code: 535, message: 'Account blocked for spam, contact support' },
      'suspended@example.test': { code: 535, message: 'Sending suspended: account disabled' },
    },
    recipientRefusals: {
      'nobody@example.test': { code: 550, message: 'No such user here' },
      'bad@example.test': { code: 553, message: 'Mailbox name not allowed' },
    },
  }
  starttls = await startSmtpServer({ tls: 'starttls', enhancedStatusCodes: true, ...common })
  implicit = await startSmtpServer({ tls: 'implicit', ...common })
})

afterAll(async () => {
  await starttls?.close()
  await implicit?.close()
})

const options = () => ({ stepTimeoutMs: 2000, extraCaPem: pki.caPem })

describe('probeSmtp against smtp-server on 127.0.0.1', () => {
  it('times every phase, reads capabilities and the certificate over STARTTLS', async () => {
    const result = await probeSmtp({ kind: 'submission', host: '127.0.0.1', port: starttls.port }, options())
    const [finding] = result.findings
    expect(finding?.id).toBe('smtp.submission')
    expect(finding?.status).toBe('pass')
    expect(finding?.title.key).toBe('probe:ok.title')
    expect(result.tlsMode).toBe('starttls')
    expect(result.tls?.verified).toBe(true)
    expect(result.tls?.protocol).toMatch(/^TLSv1\.[23]$/)
    expect(result.tls?.certificate?.subjectAltNames).toContain('IP Address:127.0.0.1')
    expect(result.smtp?.authMechanisms).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN']))
    expect(result.smtp?.sizeLimit).toBe(10_485_760)
    expect(result.smtp?.enhancedStatusCodes).toBe(true)
    for (const phase of ['connect', 'banner', 'ehlo', 'starttls', 'tls', 'total'] as const)
      expect(result.timings[phase]).toBeTypeOf('number')
    expect(result.transcript.map((line) => `${line.dir} ${line.line}`)).toEqual(
      expect.arrayContaining(['C STARTTLS', expect.stringMatching(/^S 220 /)]),
    )
  })

  it('logs in over implicit TLS and never shows the password', async () => {
    const result = await probeSmtp(
      { kind: 'submissions', host: '127.0.0.1', port: implicit.port },
      { ...options(), credentials: { user: 'mario@example.test', password: PASSWORD } },
    )
    const auth = result.findings.find((finding) => finding.id === 'smtp.auth')
    expect(auth?.status).toBe('pass')
    expect(implicit.logins.at(-1)).toEqual({ user: 'mario@example.test', password: PASSWORD, secure: true })
    const json = JSON.stringify(result)
    expect(json).not.toContain(PASSWORD)
    expect(json).not.toContain(Buffer.from(PASSWORD).toString('base64'))
    expect(json).not.toContain(Buffer.from(`\0mario@example.test\0${PASSWORD}`).toString('base64'))
    expect(json).toContain('AUTH PLAIN ***')
  })

  it.each([
    ['mario@example.test', 'wrong', 'wrong-credentials', 'reset-password'],
    ['spam@example.test', 'x', 'blocked-spam', 'unblock-account'],
    ['suspended@example.test', 'x', 'suspended', 'check-offer-status'],
  ])('tells a refused login for %s apart (%s)', async (user, password, outcome, remedy) => {
    const result = await probeSmtp(
      { kind: 'submission', host: '127.0.0.1', port: starttls.port },
      { ...options(), credentials: { user, password } },
    )
    const auth = result.findings.find((finding) => finding.id === 'smtp.auth')
    expect(auth?.status).toBe('fail')
    expect(auth?.title.key).toBe(`probe:auth.${outcome}.title`)
    expect(auth?.remedies).toContain(remedy)
    expect(result.auth?.reply).toMatch(/^535 /)
  })

  it.each([
    ['someone@example.test', 'accepted', 'pass'],
    ['nobody@example.test', 'unknown-recipient', 'fail'],
    ['bad@example.test', 'invalid-address', 'fail'],
  ])('envelope test for %s reads %s, sends no DATA and resets', async (to, outcome, status) => {
    const before = starttls.messages.length
    const result = await probeSmtp(
      { kind: 'smtp', host: '127.0.0.1', port: starttls.port },
      { ...options(), envelope: { from: 'probe@example.test', to } },
    )
    const envelope = result.findings.find((finding) => finding.id === 'smtp.envelope')
    expect(envelope?.status).toBe(status)
    expect(envelope?.title.key).toBe(`probe:envelope.${outcome}.title`)
    const sent = result.transcript.filter((line) => line.dir === 'C').map((line) => line.line.split(' ')[0])
    expect(sent).toEqual(expect.arrayContaining(['MAIL', 'RCPT', 'RSET', 'QUIT']))
    expect(sent).not.toContain('DATA')
    expect(starttls.messages.length).toBe(before)
  })

  it('refuses an envelope address with a line break before it reaches the server', async () => {
    const result = await probeSmtp(
      { kind: 'smtp', host: '127.0.0.1', port: starttls.port },
      { ...options(), envelope: { from: 'a@example.test', to: 'b@example.test\r\nDATA' } },
    )
    expect(result.envelope?.outcome).toBe('bad-input')
    expect(result.transcript.some((line) => line.line.startsWith('RCPT'))).toBe(false)
  })
})
