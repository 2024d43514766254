import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { checkRegistration } from './registration'
import { fetchRdap } from './rdap-fetch'
import type { CheckContext } from '../context/check-context'
import type { Finding } from '../../../shared/report'

/**
 * An RDAP server on loopback, over HTTPS with the test CA, that redirects to private and loopback
 * addresses. With private addresses not allowed, each redirect is refused before any connection:
 * the trap listening on 127.0.0.1 sees none, and nothing is sent anywhere else.
 */
let pki: TestPki
let rdap: HttpsServer
let trap: Server
let rdapPort = 0
let trapPort = 0
let trapConnections = 0
const rdapRequests: string[] = []

const REDIRECTS: Record<string, () => string> = {
  '/domain/metadata.test': () => 'http://169.254.169.254/latest/meta-data/',
  '/domain/private.test': () => 'https://10.255.255.1/domain/private.test',
  '/domain/loopback.test': () => `http://127.0.0.1:${trapPort}/domain/loopback.test`,
  '/domain/named.test': () => `http://localhost:${trapPort}/domain/named.test`,
  '/domain/v6.test': () => `http://[::1]:${trapPort}/domain/v6.test`,
}

function port(server: { address: () => AddressInfo | string | null }): number {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

beforeAll(async () => {
  pki = createTestPki()
  trap = createTcpServer((socket) => {
    trapConnections += 1
    socket.destroy()
  })
  rdap = createHttpsServer({ key: pki.valid.key, cert: pki.valid.cert }, (request, response) => {
    const path = request.url ?? '/'
    rdapRequests.push(path)
    const target = REDIRECTS[path]
    if (!target) return void response.writeHead(404).end()
    response.writeHead(302, { location: target() }).end()
  })
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve))
  await new Promise<void>((resolve) => rdap.listen(0, '127.0.0.1', resolve))
  trapPort = port(trap)
  rdapPort = port(rdap)
})

afterAll(async () => {
  await new Promise<void>((resolve) => trap.close(() => resolve()))
  await new Promise<void>((resolve) => rdap.close(() => resolve()))
})

const ask = (name: string, allowPrivate: boolean) =>
  fetchRdap(`https://127.0.0.1:${rdapPort}/domain/${name}`, allowPrivate, AbortSignal.timeout(3000), {
    trustStart: true,
    extraCaPem: pki.caPem,
  })

describe('RDAP redirects', () => {
  it('refuses a redirect to a private, link-local or loopback address before connecting', async () => {
    for (const name of Object.keys(REDIRECTS).map((path) => path.slice('/domain/'.length))) {
      const before = rdapRequests.length
      const started = Date.now()
      expect(await ask(name, false), name).toEqual({ kind: 'failed', reason: 'private-address' })
      expect(rdapRequests.length, name).toBe(before + 1)
      expect(Date.now() - started, name).toBeLessThan(1000)
    }
    expect(trapConnections).toBe(0)
  })

  it('follows the same redirect when private addresses are allowed (the trap is reached)', async () => {
    await expect(ask('loopback.test', true)).rejects.toThrow('socket hang up')
    expect(trapConnections).toBe(1)
  })

  it('says so in the registration finding, from the configured RDAP server over verified HTTPS', async () => {
    const findings: Finding[] = []
    const ctx = {
      domain: 'loopback.test',
      options: {
        rdapBaseUrl: `https://127.0.0.1:${rdapPort}/`,
        extraCaPem: pki.caPem,
        allowPrivateAddresses: false,
        stepTimeoutMs: 2000,
      },
      signal: AbortSignal.timeout(5000),
      emit: (finding: Finding) => findings.push(finding),
    } as unknown as CheckContext
    const before = trapConnections
    await checkRegistration(ctx)
    expect(rdapRequests.at(-1)).toBe('/domain/loopback.test')
    expect(JSON.stringify(findings)).toContain('private-address')
    expect(trapConnections).toBe(before)
  })
})
