import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer, type FixtureRecord } from '../../e2e/servers/dns-server'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../../e2e/servers/dovecot'
import { silentServer, startRawServer, type RunningRawServer } from '../../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../e2e/servers/test-ca'
import type { CheckRequest, ProbeKind } from '../../shared/ipc'
import type { Finding } from '../../shared/report'
import { runCheck } from './check'
import type { EngineOptions } from './context/check-context'

const DOMAIN = 'shop.test'
const USER = 'mario@shop.test'
/** Long enough that the MX probe, slowed by other test files on a loaded machine, still ends first. */
const SLOW_DNS_MS = 4000
const skipReason = dovecotUnavailable()
if (skipReason) console.warn(`Dovecot tests skipped: ${skipReason}`)

let pki: TestPki
beforeAll(() => {
  pki = createTestPki()
})

/** A zone whose MX is `localhost` (the name on the test certificate), which points at 127.0.0.1. */
function zone(extra: FixtureRecord[] = []): FixtureRecord[] {
  return [
    { name: DOMAIN, type: 'MX', data: { preference: 10, exchange: 'localhost' } },
    { name: DOMAIN, type: 'TXT', data: 'v=spf1 mx -all' },
    { name: `_dmarc.${DOMAIN}`, type: 'TXT', data: 'v=DMARC1; p=none' },
    { name: 'localhost', type: 'A', data: '127.0.0.1' },
    ...extra,
  ]
}

function srv(service: string, port: number): FixtureRecord {
  return {
    name: `${service}._tcp.${DOMAIN}`,
    type: 'SRV',
    data: { priority: 0, weight: 1, port, target: 'localhost' },
  }
}

interface Arrival {
  finding: Finding
  atMs: number
}

async function check(
  request: Omit<CheckRequest, 'runId'>,
  options: EngineOptions,
  signal?: AbortSignal,
): Promise<{ arrivals: Arrival[]; elapsed: number; findings: Finding[] }> {
  const arrivals: Arrival[] = []
  const started = Date.now()
  const report = await runCheck({ runId: 'test', ...request }, options, {
    onFinding: (finding) => arrivals.push({ finding, atMs: Date.now() - started }),
    ...(signal ? { signal } : {}),
  })
  return { arrivals, elapsed: Date.now() - started, findings: report.findings }
}

const of = (findings: Finding[], id: string) => findings.filter((finding) => finding.id === id)

describe.skipIf(skipReason !== null)('a full check against loopback DNS, SMTP and Dovecot', () => {
  let dns: FixtureDnsServer
  let dovecot: RunningDovecot
  let starttls: RunningSmtpServer
  let implicit: RunningSmtpServer
  let options: EngineOptions

  beforeAll(async () => {
    dovecot = await startDovecot({ certificate: pki.valid, users: { [USER]: 'secret-pass' } })
    starttls = await startSmtpServer({ tls: 'starttls', certificate: pki.valid })
    implicit = await startSmtpServer({ tls: 'implicit', certificate: pki.valid })
    dns = await startDnsServer({
      records: zone([srv('_submission', starttls.port), srv('_imaps', dovecot.ports.imaps)]),
      delays: { [`_dmarc.${DOMAIN} TXT`]: SLOW_DNS_MS },
    })
    options = {
      dnsServers: [dns.address],
      extraCaPem: pki.caPem,
      stepTimeoutMs: 6000,
      timeoutMs: 15_000,
      ports: { smtp: starttls.port },
    }
  })

  afterAll(async () => {
    await Promise.all([dns?.close(), starttls?.close(), implicit?.close()])
    await dovecot?.stop()
  })

  it('tests every server it can find, from the MX, SRV records and typed servers, with timings', async () => {
    const { arrivals, findings } = await check(
      {
        input: `mario@${DOMAIN}`,
        only: ['dns', 'smtp', 'imap', 'pop3'],
        servers: [
          { kind: 'submissions', host: 'localhost', port: implicit.port },
          { kind: 'pop3s', host: 'localhost', port: dovecot.ports.pop3s },
        ],
      },
      options,
    )
    const probe = (id: string) => {
      const found = of(findings, id)
      expect(found, id).toHaveLength(1)
      return found[0] as Finding
    }
    const mx = probe('smtp.mx')
    expect(mx).toMatchObject({ status: 'pass', subject: `localhost:${starttls.port}` })
    expect(mx.title).toMatchObject({ key: 'probe:ok.title', params: { host: 'localhost' } })
    expect(mx.evidence).toMatchObject({ source: 'mx', addresses: ['127.0.0.1'], tlsMode: 'starttls' })
    const timings = mx.evidence.timings as Record<string, number>
    for (const phase of ['dns', 'connect', 'banner', 'ehlo', 'starttls', 'total'])
      expect(timings[phase], phase).toBeTypeOf('number')

    expect(probe('smtp.submission')).toMatchObject({
      status: 'pass',
      subject: `localhost:${starttls.port}`,
      evidence: { source: 'srv' },
    })
    expect(probe('smtp.submissions')).toMatchObject({
      status: 'pass',
      subject: `localhost:${implicit.port}`,
      evidence: { source: 'typed', tlsMode: 'implicit' },
    })
    expect(probe('imaps')).toMatchObject({
      status: 'pass',
      subject: `localhost:${dovecot.ports.imaps}`,
      evidence: { source: 'srv' },
    })
    expect(probe('pop3s')).toMatchObject({ status: 'pass', evidence: { source: 'typed' } })
    for (const id of ['imap', 'pop3'])
      expect(probe(id)).toMatchObject({
        status: 'skipped',
        title: { key: 'probe:orchestration.unknownServer.title' },
      })

    // The probe of the MX host does not wait for the slow DMARC answer.
    const at = (id: string) => arrivals.find((arrival) => arrival.finding.id === id)?.atMs ?? Infinity
    expect(at('dns.dmarc')).toBeGreaterThanOrEqual(SLOW_DNS_MS)
    expect(at('smtp.mx')).toBeLessThan(at('dns.dmarc'))
    // One DNS client per run: the MX host's address was asked once for the DNS checks and the probe.
    expect(
      dns.questions.filter((q) => q.name === 'localhost' && q.type === 'A' && q.transport === 'udp'),
    ).toHaveLength(1)
  })

  it('uses the typed port over the SRV record, and the offer named by the person', async () => {
    const { findings } = await check(
      {
        input: DOMAIN,
        only: ['smtp'],
        provider: 'google-workspace',
        servers: [{ kind: 'submission', host: '127.0.0.1', port: starttls.port }],
      },
      options,
    )
    expect(of(findings, 'smtp.submission')).toMatchObject([
      { status: 'pass', subject: `127.0.0.1:${starttls.port}`, evidence: { source: 'typed' } },
    ])
  })
})

describe('a check whose servers never answer', () => {
  const silent: RunningRawServer[] = []
  let dns: FixtureDnsServer
  let ports: Partial<Record<ProbeKind, number>>

  beforeAll(async () => {
    for (let index = 0; index < 3; index++) silent.push(await startRawServer(silentServer))
    const [mx, submission, imaps] = silent.map((server) => server.port) as [number, number, number]
    ports = { smtp: mx, submission, imaps }
    dns = await startDnsServer({ records: zone([srv('_submission', submission), srv('_imaps', imaps)]) })
  })

  afterAll(async () => {
    await Promise.all([dns?.close(), ...silent.map((server) => server.close())])
  })

  it('ends at the whole deadline, not at the sum of the step deadlines, and says time ran out', async () => {
    const { elapsed, findings } = await check(
      { input: DOMAIN, only: ['dns', 'smtp', 'imap'] },
      { dnsServers: [dns.address], stepTimeoutMs: 5000, timeoutMs: 1500, ports },
    )
    expect(elapsed).toBeGreaterThanOrEqual(1450)
    expect(elapsed).toBeLessThan(2300)
    for (const id of ['smtp.mx', 'smtp.submission', 'imaps'])
      expect(of(findings, id), id).toMatchObject([
        {
          status: 'error',
          title: { key: 'probe:orchestration.timeUp.title', params: { host: 'localhost' } },
        },
      ])
    // The DNS checks that had their answers are still in the report.
    expect(of(findings, 'dns.mx')).toMatchObject([{ status: 'pass' }])
    for (const server of silent) expect(server.openConnections()).toBe(0)
  })

  it('closes every connection at once when the person cancels', async () => {
    const controller = new AbortController()
    const done = check(
      { input: DOMAIN, only: ['smtp', 'imap'] },
      { dnsServers: [dns.address], stepTimeoutMs: 5000, timeoutMs: 20_000, ports },
      controller.signal,
    )
    const open = () => silent.reduce((sum, server) => sum + server.openConnections(), 0)
    const waitUntil = async (condition: () => boolean, limitMs: number) => {
      const started = Date.now()
      while (!condition() && Date.now() - started < limitMs)
        await new Promise((resolve) => setTimeout(resolve, 5))
      return Date.now() - started
    }
    await waitUntil(() => open() === 3, 3000)
    expect(open()).toBe(3)
    controller.abort()
    const closedIn = await waitUntil(() => open() === 0, 2000)
    expect(open()).toBe(0)
    expect(closedIn).toBeLessThan(150)
    const { elapsed, findings } = await done
    expect(elapsed).toBeLessThan(3000)
    expect(of(findings, 'smtp.mx')).toMatchObject([
      { status: 'error', title: { key: 'probe:failure.aborted.title' } },
    ])
  })
})

describe('where the servers to test come from when none answers or none is known', () => {
  let dns: FixtureDnsServer

  beforeAll(async () => {
    dns = await startDnsServer({
      records: [
        { name: 'nomail.test', type: 'MX', data: { preference: 0, exchange: '.' } },
        { name: 'nomail.test', type: 'A', data: '127.0.0.1' },
        { name: 'ovh-shop.test', type: 'MX', data: { preference: 1, exchange: 'mx0.mail.ovh.net' } },
      ],
    })
  })

  afterAll(async () => {
    await dns?.close()
  })

  it('skips port 25 with a sentence when the domain has a null MX', async () => {
    const { findings } = await check(
      { input: 'nomail.test', only: ['smtp'] },
      { dnsServers: [dns.address], timeoutMs: 3000, stepTimeoutMs: 1000 },
    )
    expect(of(findings, 'smtp.mx')).toMatchObject([
      {
        status: 'skipped',
        title: { key: 'probe:orchestration.mx.null.title' },
        detail: { key: 'probe:orchestration.mx.null.detail', params: { domain: 'nomail.test' } },
      },
    ])
    expect(of(findings, 'smtp.submission')).toMatchObject([
      { status: 'skipped', title: { key: 'probe:orchestration.unknownServer.title' } },
    ])
  })

  it('tests the server of the offer the person named, through the loopback resolver only', async () => {
    const { findings } = await check(
      { input: 'ovh-shop.test', only: ['imap'], provider: 'ovh-mxplan' },
      { dnsServers: [dns.address], timeoutMs: 3000, stepTimeoutMs: 1000 },
    )
    // The offer's server is looked up on the run's resolver (loopback), which does not know it.
    expect(of(findings, 'imaps')).toMatchObject([
      {
        status: 'fail',
        subject: 'ssl0.ovh.net:993',
        title: { key: 'probe:failure.name-not-found.title' },
        evidence: { source: 'provider' },
      },
    ])
    expect(of(findings, 'imap')).toMatchObject([{ status: 'skipped' }])
    expect(dns.questions.some((q) => q.name === 'ssl0.ovh.net' && q.type === 'A')).toBe(true)
  })
})
