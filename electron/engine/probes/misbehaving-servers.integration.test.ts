import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  busyServer,
  endlessReplyServer,
  hangUpServer,
  hugeLineServer,
  mixedCodesServer,
  silentServer,
  smtpDialogue,
  startRawServer,
  tlsDropServer,
  type RawBehaviour,
  type RunningRawServer,
} from '../../../e2e/servers/misbehaving-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import type { ProbeKind } from '../../../shared/ipc'
import type { ProbeResult } from './probe-types'
import { runProbe } from './run-probe'

const STEP_MS = 500
const PASSWORD = 'Hunter2-secret'
let pki: TestPki
const running: RunningRawServer[] = []

beforeAll(() => {
  pki = createTestPki()
})

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()))
})

async function probe(
  behaviour: RawBehaviour,
  kind: ProbeKind = 'submission',
  extra: { password?: boolean; signal?: AbortSignal } = {},
): Promise<{ result: ProbeResult; elapsed: number; server: RunningRawServer }> {
  const server = await startRawServer(behaviour)
  running.push(server)
  const started = Date.now()
  const result = await runProbe(
    { kind, host: '127.0.0.1', port: server.port },
    {
      stepTimeoutMs: STEP_MS,
      extraCaPem: pki.caPem,
      ...(extra.password ? { credentials: { user: 'mario@example.test', password: PASSWORD } } : {}),
    },
    extra.signal,
  )
  return { result, elapsed: Date.now() - started, server }
}

function main(result: ProbeResult) {
  const finding = result.findings[0]
  if (!finding) throw new Error('no finding')
  return finding
}

describe('probes against misbehaving servers on 127.0.0.1', () => {
  it('a server that never greets ends at the step deadline as no-greeting', async () => {
    const { result, elapsed } = await probe(silentServer)
    expect(main(result).status).toBe('fail')
    expect(main(result).title.key).toBe('probe:failure.no-greeting.title')
    expect(elapsed).toBeLessThan(STEP_MS * 3)
    expect(result.timings.banner).toBeGreaterThanOrEqual(STEP_MS - 20)
  })

  it('a greeting that comes late but within the deadline passes, and its delay shows in the timings', async () => {
    const { result } = await probe(
      smtpDialogue({ greetingDelayMs: 200, ehlo: ['250 mail.test.invalid'] }),
      'smtp',
    )
    expect(result.failure).toBeNull()
    expect(result.timings.banner).toBeGreaterThanOrEqual(180)
    expect(main(result).status).toBe('warn')
    expect(main(result).title.key).toBe('probe:failure.starttls-missing.title')
  })

  it('a greeting slower than the deadline is no-greeting', async () => {
    const { result } = await probe(smtpDialogue({ greetingDelayMs: STEP_MS * 2 }))
    expect(result.failure?.code).toBe('no-greeting')
  })

  it('a 2 MB line is cut off as line-too-long without waiting for it', async () => {
    const { result, elapsed } = await probe(hugeLineServer)
    expect(result.failure?.code).toBe('line-too-long')
    expect(main(result).status).toBe('fail')
    expect(elapsed).toBeLessThan(STEP_MS * 2)
    expect(JSON.stringify(result).length).toBeLessThan(50_000)
  })

  it('endless 250- lines end as reply-too-long', async () => {
    const { result, elapsed } = await probe(endlessReplyServer())
    expect(result.failure).toMatchObject({ code: 'reply-too-long', phase: 'ehlo' })
    expect(elapsed).toBeLessThan(STEP_MS * 3)
  })

  it('a multi-line reply with mixed codes is malformed', async () => {
    const { result } = await probe(mixedCodesServer)
    expect(result.failure).toMatchObject({ code: 'malformed-reply', phase: 'ehlo' })
    expect(main(result).title.key).toBe('probe:failure.malformed-reply.title')
  })

  it('421 at the greeting is greeting-rejected with the server text', async () => {
    const { result } = await probe(busyServer)
    expect(result.failure).toMatchObject({ code: 'greeting-rejected' })
    expect(main(result).detail.params?.server).toContain('too busy')
  })

  it('a server that hangs up before greeting is closed', async () => {
    const { result } = await probe(hangUpServer)
    expect(result.failure?.code).toBe('closed')
  })

  it('a drop during the TLS handshake is tls-handshake', async () => {
    const { result, elapsed } = await probe(tlsDropServer, 'submissions')
    expect(result.failure).toMatchObject({ code: 'tls-handshake', phase: 'tls' })
    expect(elapsed).toBeLessThan(STEP_MS * 3)
  })

  it('a refused port is connection refused', async () => {
    const server = await startRawServer(silentServer)
    const port = server.port
    await server.close()
    const result = await runProbe({ kind: 'imaps', host: '127.0.0.1', port }, { stepTimeoutMs: STEP_MS })
    expect(result.failure?.code).toBe('connect-refused')
    expect(main(result).remedies).toContain('provider-status')
  })

  it('cancel closes the socket at once and reports aborted', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const { result, elapsed, server } = await probe(silentServer, 'imap', { signal: controller.signal })
    expect(result.failure?.code).toBe('aborted')
    expect(main(result).status).toBe('error')
    expect(elapsed).toBeLessThan(STEP_MS)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.openConnections()).toBe(0)
  })

  it('cancel during a stalled TLS handshake ends at once as aborted', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const { result, elapsed } = await probe(silentServer, 'pop3s', { signal: controller.signal })
    expect(result.failure).toMatchObject({ code: 'aborted', phase: 'tls' })
    expect(elapsed).toBeLessThan(STEP_MS)
  })

  it('with no STARTTLS offered, the password is not sent in clear and the login is refused', async () => {
    const { result, server } = await probe(smtpDialogue({}), 'submission', { password: true })
    expect(main(result).title.key).toBe('probe:failure.starttls-missing.title')
    const auth = result.findings.find((finding) => finding.id === 'smtp.auth')
    expect(auth?.status).toBe('fail')
    expect(auth?.title.key).toBe('probe:auth.refused-plaintext.title')
    const wire = server.received()
    expect(wire).not.toMatch(/AUTH/)
    expect(wire).not.toContain(PASSWORD)
    expect(wire).not.toContain(Buffer.from(PASSWORD).toString('base64'))
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
  })

  it.each([
    ['expired', 'expired'],
    ['selfSigned', 'self-signed'],
    ['wrongName', 'wrong-name'],
    ['missingIntermediate', 'incomplete-chain'],
  ] as const)('a %s certificate is reported as %s and no password is sent', async (which, problem) => {
    const { result, server } = await probe(smtpDialogue({ tls: pki[which] }), 'submissions', {
      password: true,
    })
    expect(result.tls?.verified).toBe(false)
    expect(result.tls?.problem).toBe(problem)
    expect(main(result).status).toBe('fail')
    expect(main(result).title.key).toBe(`probe:cert.${problem}.title`)
    expect(result.auth?.outcome).toBe('refused-unverified')
    expect(server.received()).not.toMatch(/AUTH/)
    expect(JSON.stringify(result)).not.toContain(PASSWORD)
  })

  it('AUTH LOGIN over verified TLS: the password goes only inside TLS and is masked in the transcript', async () => {
    const ehlo = ['250-mail.test.invalid', '250-ENHANCEDSTATUSCODES', '250 AUTH LOGIN']
    const { result, server } = await probe(smtpDialogue({ tls: pki.valid, ehlo }), 'submissions', {
      password: true,
    })
    expect(result.auth).toMatchObject({
      outcome: 'wrong-credentials',
      mechanism: 'LOGIN',
      reply: '535 5.7.8 Authentication failed',
    })
    const encoded = Buffer.from(PASSWORD).toString('base64')
    expect(server.received()).toContain(encoded)
    const json = JSON.stringify(result)
    expect(json).not.toContain(encoded)
    expect(json).not.toContain(PASSWORD)
    expect(result.transcript.filter((line) => line.dir === 'C').map((line) => line.line)).toContain('***')
  })

  it('a host with a line break is refused before any connection', async () => {
    const result = await runProbe(
      { kind: 'smtp', host: 'mx.example.test\r\nQUIT', port: 25 },
      { stepTimeoutMs: STEP_MS },
    )
    expect(result.failure?.code).toBe('bad-input')
    expect(main(result).status).toBe('error')
    expect(result.transcript).toEqual([])
  })

  it('a full chain through an intermediate is trusted', async () => {
    const { result } = await probe(smtpDialogue({ tls: pki.chained }), 'submissions')
    expect(result.tls?.verified).toBe(true)
    expect(result.tls?.certificate?.chainLength).toBeGreaterThanOrEqual(2)
    expect(main(result).status).toBe('pass')
  })

  it('without the test CA the same server is untrusted (verification is never turned off)', async () => {
    const server = await startRawServer(smtpDialogue({ tls: pki.valid }))
    running.push(server)
    const result = await runProbe(
      { kind: 'submissions', host: '127.0.0.1', port: server.port },
      { stepTimeoutMs: STEP_MS },
    )
    expect(result.tls?.verified).toBe(false)
    expect(result.tls?.problem).toBe('incomplete-chain')
  })
})
