import { createSocket, type Socket } from 'node:dgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckProgress, ResponseTypes } from '../shared/ipc'
import { dovecotUnavailable, startDovecot } from '../e2e/servers/dovecot'
import { silentServer, startRawServer, type RunningRawServer } from '../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../e2e/servers/test-ca'
import { createApiService } from './api-service'
import type { EngineOptions } from './engine'

const PASSWORD = 'Wiz4rd-Secret!'

function service(
  engineOptions: EngineOptions,
  onProgress: (progress: CheckProgress) => void = () => undefined,
) {
  return createApiService({
    appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en-GB' }),
    openExternal: () => Promise.resolve(),
    setLanguage: () => undefined,
    send: (_channel, payload) => onProgress(payload),
    engineOptions,
  })
}

let pki: TestPki
let smtp: RunningSmtpServer
let silent: RunningRawServer
/** A DNS server that reads every question and never answers. */
let silentDns: Socket

beforeAll(async () => {
  pki = createTestPki()
  smtp = await startSmtpServer({ tls: 'implicit', certificate: pki.valid, users: { mario: PASSWORD } })
  silent = await startRawServer(silentServer)
  silentDns = createSocket('udp4')
  await new Promise<void>((resolve) => silentDns.bind(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  await Promise.all([smtp?.close(), silent?.close()])
  silentDns?.close()
})

describe('check:cancel through the IPC service', () => {
  it('stops a running check at once, and what could not finish reads as not run, never as failed', async () => {
    const dnsPort = silentDns.address().port
    const pressed: { cancel?: Promise<unknown> } = {}
    const api = service(
      { dnsServers: [`127.0.0.1:${dnsPort}`], timeoutMs: 60_000, stepTimeoutMs: 30_000, dnsRetries: 0 },
      (progress) => {
        // The check has started (its input is read): the person presses Cancel.
        if (progress.finding.id === 'input.domain')
          pressed.cancel ??= api.dispatch('check:cancel', [{ runId: progress.runId }])
      },
    )
    const started = Date.now()
    const result = await api.dispatch('check:run', [
      { runId: 'slow-1', input: 'example.test', only: ['dns'] },
    ])
    const tookMs = Date.now() - started

    expect(await pressed.cancel).toEqual({ ok: true, value: { cancelled: true } })
    // Far sooner than any deadline of the run (30 s a step, 60 s in all), even on a loaded machine.
    expect(tookMs).toBeLessThan(10_000)
    expect(result.ok).toBe(true)
    const report = (result as { value: ResponseTypes['check:run'] }).value
    const mx = report.findings.find((finding) => finding.id === 'dns.mx')
    expect(mx).toMatchObject({ status: 'error', remedies: [] })
    expect(report.findings.filter((finding) => finding.status === 'fail')).toEqual([])
    // The run is over: there is nothing left to cancel under its id, nor under an id never used.
    expect(await api.dispatch('check:cancel', [{ runId: 'slow-1' }])).toEqual({
      ok: true,
      value: { cancelled: false },
    })
    expect(await api.dispatch('check:cancel', [{ runId: 'nothing' }])).toEqual({
      ok: true,
      value: { cancelled: false },
    })
  }, 30_000)
})

describe('probe:login through the IPC service', () => {
  it('tests the login over verified TLS and never returns the password', async () => {
    const api = service({ extraCaPem: pki.caPem, stepTimeoutMs: 3000, ports: { submissions: smtp.port } })
    const request = { runId: 'login-1', kind: 'submissions', host: 'localhost', user: 'mario' }
    const good = await api.dispatch('probe:login', [{ ...request, password: PASSWORD }])
    expect(good).toMatchObject({
      ok: true,
      value: {
        findings: [
          { id: 'smtp.submissions', status: 'pass' },
          { id: 'smtp.auth', status: 'pass' },
        ],
      },
    })
    expect(smtp.logins.at(-1)).toMatchObject({ user: 'mario', password: PASSWORD, secure: true })
    const json = JSON.stringify(good)
    expect(json).not.toContain(PASSWORD)
    expect(json).not.toContain(Buffer.from(`\0mario\0${PASSWORD}`).toString('base64'))
    expect(json).toContain('***')

    const wrong = await api.dispatch('probe:login', [{ ...request, password: 'not-it' }])
    expect(wrong).toMatchObject({
      ok: true,
      value: { findings: [{ status: 'pass' }, { id: 'smtp.auth', status: 'fail' }] },
    })
    expect(JSON.stringify(wrong)).not.toContain('not-it')
  })

  it('is stopped by check:cancel with its runId, closing the connection at once', async () => {
    const api = service({ stepTimeoutMs: 5000, ports: { imaps: silent.port } })
    const pending = api.dispatch('probe:login', [
      { runId: 'login-2', kind: 'imaps', host: '127.0.0.1', user: 'mario', password: PASSWORD },
    ])
    const started = Date.now()
    while (silent.openConnections() === 0 && Date.now() - started < 2000)
      await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await api.dispatch('check:cancel', [{ runId: 'login-2' }])).toEqual({
      ok: true,
      value: { cancelled: true },
    })
    expect(await pending).toMatchObject({
      ok: true,
      value: {
        findings: [
          { id: 'imaps', status: 'error', title: { key: 'probe:failure.aborted.title' } },
          { id: 'mailbox.auth', status: 'skipped' },
        ],
      },
    })
    expect(Date.now() - started).toBeLessThan(1000)
    const cancelled = Date.now()
    while (silent.openConnections() > 0 && Date.now() - cancelled < 1000)
      await new Promise((resolve) => setTimeout(resolve, 5))
    expect(silent.openConnections()).toBe(0)
    expect(Date.now() - cancelled).toBeLessThan(150)
  })
})

describe.skipIf(dovecotUnavailable() !== null)('probe:roundtrip through the IPC service', () => {
  it('sends a test message and finds it in the mailbox, without the password in the answer', async () => {
    const user = 'lucia@shop.test'
    const dovecot = await startDovecot({ certificate: pki.valid, users: { [user]: PASSWORD } })
    const submission = await startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      users: { [user]: PASSWORD },
      maildir: dovecot.maildir(user),
    })
    try {
      const api = service({
        extraCaPem: pki.caPem,
        stepTimeoutMs: 3000,
        ports: { submission: submission.port, imaps: dovecot.ports.imaps },
      })
      const result = await api.dispatch('probe:roundtrip', [
        {
          runId: 'trip-1',
          submission: { kind: 'submission', host: 'localhost' },
          mailbox: { kind: 'imaps', host: 'localhost' },
          user,
          password: PASSWORD,
          address: user,
        },
      ])
      expect(result).toMatchObject({
        ok: true,
        value: { outcome: 'arrived', finding: { id: 'smtp.roundtrip', status: 'pass' } },
      })
      expect(JSON.stringify(result)).not.toContain(PASSWORD)
    } finally {
      await submission.close()
      await dovecot.stop()
    }
  })
})
