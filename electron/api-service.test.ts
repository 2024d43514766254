import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckProgress } from '../shared/ipc'
import { knownSession } from '../shared/report-export/fixture'
import { createApiService, type ServiceDeps } from './api-service'

function service(overrides: Partial<ServiceDeps> = {}) {
  const events: CheckProgress[] = []
  const opened: string[] = []
  const api = createApiService({
    appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'it-IT' }),
    openExternal: (url) => {
      opened.push(url)
      return Promise.resolve()
    },
    setLanguage: () => undefined,
    send: (_channel, payload) => events.push(payload),
    ...overrides,
  })
  return { api, events, opened }
}

describe('the IPC service', () => {
  it('runs a check, streams its findings and returns the report', async () => {
    const { api, events } = service()
    const result = await api.dispatch('check:run', [{ runId: 'r1', input: 'mario@Bücher.de', only: [] }])
    expect(result).toMatchObject({
      ok: true,
      value: { target: { domain: 'xn--bcher-kva.de', domainUnicode: 'bücher.de' } },
    })
    expect(events.map((event) => [event.runId, event.finding.id])).toEqual([['r1', 'input.domain']])
  })

  it('reads a typed target as the check will: the ASCII and Unicode domain, what was stripped, or why not', async () => {
    const { api } = service()
    expect(await api.dispatch('target:read', [{ input: ' https://www.Bücher.de/shop ' }])).toEqual({
      ok: true,
      value: {
        ok: true,
        input: ' https://www.Bücher.de/shop ',
        domain: 'xn--bcher-kva.de',
        domainUnicode: 'bücher.de',
        localPart: null,
        normalised: 'bücher.de',
      },
    })
    expect(await api.dispatch('target:read', [{ input: 'mario@192.0.2.1' }])).toMatchObject({
      ok: true,
      value: { ok: false, error: 'ip-literal' },
    })
    // One character past the limit reaches the engine, which says it is too long; more is refused.
    expect(await api.dispatch('target:read', [{ input: 'x'.repeat(1025) }])).toMatchObject({
      ok: true,
      value: { ok: false, error: 'too-long' },
    })
    expect(await api.dispatch('target:read', [{ input: 'x'.repeat(1026) }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
  })

  it('answers malformed requests with a badRequest envelope instead of throwing', async () => {
    const { api } = service()
    expect(await api.dispatch('check:run', [{ runId: 'r1' }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
    expect(await api.dispatch('check:run', [{ runId: 'r1', input: 'a.it', extra: true }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
    expect(await api.dispatch('check:run', [{ runId: 'bad id!', input: 'a.it' }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
    expect(await api.dispatch('app:info', ['surplus'])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
    expect(await api.dispatch('shell:exec', [])).toMatchObject({ ok: false, error: { code: 'badRequest' } })
  })

  it('refuses an envelope test whose addresses could smuggle a command onto the SMTP line', async () => {
    const { api } = service()
    for (const request of [
      { runId: 'e1', recipient: 'anna@example.org\r\nDATA' },
      { runId: 'e1', recipient: 'anna@example.org', from: 'me@example.org\nRSET' },
      { runId: 'e1', recipient: 'not an address' },
      { runId: 'e1', recipient: 'anna@example.org\0' },
    ]) {
      expect(await api.dispatch('probe:envelope', [request]), JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code: 'badRequest' },
      })
    }
  })

  it('opens only allowlisted https links', async () => {
    const { api, opened } = service()
    expect(await api.dispatch('app:open-external', ['https://www.ovh.com/manager/'])).toEqual({
      ok: true,
      value: { opened: true },
    })
    expect(await api.dispatch('app:open-external', ['https://evil.example/'])).toEqual({
      ok: true,
      value: { opened: false },
    })
    expect(await api.dispatch('app:open-external', ['file:///etc/passwd'])).toEqual({
      ok: true,
      value: { opened: false },
    })
    expect(
      await api.dispatch('app:open-external', ['https://www.google.com/url?q=https://evil.example/']),
    ).toEqual({
      ok: true,
      value: { opened: false },
    })
    await api.dispatch('app:open-external', ['https://WWW.OVH.COM/manager/./x'])
    expect(opened).toEqual(['https://www.ovh.com/manager/', 'https://www.ovh.com/manager/x'])
  })

  it('reports a handler failure as an unexpected error with its message', async () => {
    const { api } = service({
      appInfo: () => {
        throw new Error('boom')
      },
    })
    expect(await api.dispatch('app:info', [])).toEqual({
      ok: false,
      error: { code: 'unexpected', message: 'boom' },
    })
  })

  it('saves with its own time and refuses a session too large to keep, keeping the others', async () => {
    const historyDir = await mkdtemp(join(tmpdir(), 'maildoctor-api-history-'))
    try {
      const { api } = service({ historyDir })
      const small = { ...knownSession(), savedAt: '2099-01-01T00:00:00.000Z' }
      const saved = await api.dispatch('history:save', [small])
      expect(saved).toMatchObject({ ok: true, value: { id: small.id } })
      const savedAt = saved.ok ? (saved.value as { savedAt: string }).savedAt : ''
      expect(Math.abs(Date.parse(savedAt) - Date.now())).toBeLessThan(60_000)

      const huge = knownSession()
      huge.id = 'huge-session'
      const mx = huge.report.findings[1]
      if (mx) mx.evidence.filler = 'x'.repeat(26 * 1024 * 1024)
      expect(await api.dispatch('history:save', [huge])).toMatchObject({
        ok: false,
        error: { code: 'sessionTooLarge' },
      })
      const list = await api.dispatch('history:list', [])
      expect(list.ok && (list.value as { id: string }[]).map((entry) => entry.id)).toEqual([small.id])
    } finally {
      await rm(historyDir, { recursive: true, force: true })
    }
  })

  it('refuses login and round-trip requests with control characters, bad hosts or oversize passwords', async () => {
    const { api } = service()
    const login = { runId: 'l1', kind: 'imaps', host: 'mail.example.com', user: 'mario', password: 'pw' }
    const bad = [
      { ...login, user: 'mario\r\nA1 LOGOUT' },
      { ...login, password: 'pw\0' },
      { ...login, password: 'pw\nQUIT' },
      { ...login, password: 'x'.repeat(1025) },
      { ...login, password: '' },
      { ...login, host: 'mail.example.com\r\n' },
      { ...login, host: 'mail example.com' },
      { ...login, kind: 'ftp' },
      { ...login, port: 70000 },
      { ...login, extra: true },
    ]
    for (const request of bad) {
      const result = await api.dispatch('probe:login', [request])
      expect(result, JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'badRequest' } })
      expect(JSON.stringify(result)).not.toContain('pw')
    }
    const trip = {
      runId: 'r1',
      submission: { kind: 'submission', host: 'smtp.example.com' },
      mailbox: { kind: 'imaps', host: 'imap.example.com' },
      user: 'mario',
      password: 'pw',
      address: 'mario@example.com',
    }
    for (const request of [
      { ...trip, address: 'mario@example.com\r\nRCPT TO:<x@y>' },
      { ...trip, address: 'not an address' },
      { ...trip, submission: { kind: 'imap', host: 'smtp.example.com' } },
      { ...trip, mailbox: { kind: 'submission', host: 'imap.example.com' } },
      { ...trip, password: 'a\rb' },
    ])
      expect(await api.dispatch('probe:roundtrip', [request])).toMatchObject({
        ok: false,
        error: { code: 'badRequest' },
      })
  })

  it('refuses typed servers with line breaks, or for port 25, in a check request', async () => {
    const { api } = service()
    for (const server of [
      { kind: 'imap', host: 'a.it\r\nX' },
      { kind: 'smtp', host: 'mx.a.it' },
      { kind: 'imaps', host: 'a.it', port: 0 },
    ])
      expect(
        await api.dispatch('check:run', [{ runId: 'r1', input: 'a.it', only: [], servers: [server] }]),
      ).toMatchObject({ ok: false, error: { code: 'badRequest' } })
    expect(
      await api.dispatch('check:run', [
        { runId: 'r1', input: 'a.it', only: [], servers: [{ kind: 'imaps', host: 'imap.a.it', port: 993 }] },
      ]),
    ).toMatchObject({ ok: true })
  })
})
