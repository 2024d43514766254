import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import { startRawServer, type RunningRawServer } from '../../e2e/servers/misbehaving-servers'
import { createI18n, renderMsg } from '../../shared/i18n'
import type { Finding } from '../../shared/report'
import { runCheck } from './check'
import type { EngineOptions } from './context/check-context'
import { runProbe } from './probes/run-probe'
import { fetchRdap, MAX_RDAP_BYTES } from './rdap/rdap-fetch'
import { isPrivateAddress } from './util/private-address'

let dns: FixtureDnsServer
let smtp: RunningRawServer
let connections = 0
let rdapRequests = 0
let rdap: http.Server
let rdapPort = 0

/** RDAP answers by path: a good object, a wrong shape, an endless redirect, a body over the cap. */
function answerRdap(request: http.IncomingMessage, response: http.ServerResponse): void {
  rdapRequests++
  const path = request.url ?? '/'
  if (path === '/loop') return void response.writeHead(302, { location: '/loop' }).end()
  if (path === '/huge') {
    response.writeHead(200, { 'content-type': 'application/rdap+json' })
    return void response.end(`{"ldhName":"${'x'.repeat(MAX_RDAP_BYTES)}"}`)
  }
  response.writeHead(200, { 'content-type': 'application/rdap+json' })
  if (path === '/wrong-shape') return void response.end('{"status":"active","events":7}')
  response.end('{"ldhName":"inside.test","status":["active"]}')
}

beforeAll(async () => {
  dns = await startDnsServer({
    records: [
      { name: 'inside.test', type: 'MX', data: { preference: 10, exchange: 'mx.inside.test' } },
      { name: 'mx.inside.test', type: 'A', data: '127.0.0.1' },
    ],
  })
  smtp = await startRawServer({
    onConnect: (socket) => {
      connections++
      socket.write('220 inside.test ESMTP\r\n')
    },
  })
  rdap = http.createServer(answerRdap)
  await new Promise<void>((resolve) => rdap.listen(0, '127.0.0.1', resolve))
  rdapPort = (rdap.address() as AddressInfo).port
})

afterAll(async () => {
  await Promise.all([dns?.close(), smtp?.close(), new Promise((resolve) => rdap?.close(resolve))])
})

const texts = (finding: Finding | undefined) =>
  (['en', 'it'] as const).map((lang) => {
    const i18n = createI18n(lang)
    return finding ? `${renderMsg(i18n, finding.title)} ${renderMsg(i18n, finding.detail)}` : ''
  })

describe('private addresses', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.31.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fe80::1%eth0', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['192.0.2.10', false],
    ['8.8.8.8', false],
    ['2001:db8::1', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })

  it('an MX on loopback is a failure in words, and nothing connects to it unless allowed', async () => {
    const options: EngineOptions = {
      dnsServers: [dns.address],
      ports: { smtp: smtp.port },
      stepTimeoutMs: 1000,
      timeoutMs: 8000,
      allowPrivateAddresses: false,
    }
    const report = await runCheck({ runId: 'private', input: 'inside.test', only: ['dns', 'smtp'] }, options)
    const hosts = report.findings.find((finding) => finding.id === 'dns.mx.hosts')
    expect(hosts?.status).toBe('fail')
    const [english, italian] = texts(hosts)
    expect(english).toContain('nobody outside your network can deliver to it')
    expect(english).toContain('127.0.0.1')
    expect(italian).toContain('nessuno fuori dalla tua rete')
    const probe = report.findings.find((finding) => finding.id.startsWith('smtp'))
    expect(texts(probe)[0]).toContain('We didn’t connect to it')
    expect(connections).toBe(0)

    const allowed = await runProbe(
      { kind: 'smtp', host: 'mx.inside.test', port: smtp.port },
      { stepTimeoutMs: 1000, dnsServers: [dns.address], allowPrivateAddresses: true },
    )
    expect(allowed.reachable).toBe(true)
    expect(connections).toBe(1)
  })

  it('a probe of a private IP typed directly is refused with the address', async () => {
    const result = await runProbe(
      { kind: 'submission', host: '127.0.0.1', port: smtp.port },
      { stepTimeoutMs: 1000, allowPrivateAddresses: false },
    )
    expect(result.failure).toMatchObject({ code: 'private-address', serverText: '127.0.0.1' })
    expect(connections).toBe(1)
  })
})

describe('RDAP fetch', () => {
  const ask = (path: string, allowPrivate: boolean, host = '127.0.0.1') =>
    fetchRdap(`http://${host}:${rdapPort}${path}`, allowPrivate, AbortSignal.timeout(3000))

  it('asks no private address unless allowed, by IP or by name', async () => {
    const before = rdapRequests
    expect(await ask('/domain/inside.test', false)).toEqual({ kind: 'failed', reason: 'private-address' })
    expect(await ask('/domain/inside.test', false, 'localhost')).toEqual({
      kind: 'failed',
      reason: 'private-address',
    })
    expect(rdapRequests).toBe(before)
    expect(await ask('/domain/inside.test', true)).toMatchObject({ kind: 'found' })
  })

  it('caps the body, checks the shape and stops endless redirects', async () => {
    expect(await ask('/huge', true)).toEqual({ kind: 'failed', reason: 'too-large' })
    expect(await ask('/wrong-shape', true)).toEqual({ kind: 'failed', reason: 'not-rdap' })
    expect(await ask('/loop', true)).toEqual({ kind: 'failed', reason: 'too-many-redirects' })
  })
})
