import { connect as netConnect, type AddressInfo, type Socket } from 'node:net'
import { createSecureContext, createServer, rootCertificates, type Server } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { startTls } from './tls-inspect'

let pki: TestPki
let server: Server
let port = 0

/** A loopback TLS server with a certificate from the test CA; it hangs up after the handshake. */
beforeAll(async () => {
  pki = createTestPki()
  server = createServer({ key: pki.valid.key, cert: pki.valid.cert }, (socket) => socket.end())
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function connected(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host: '127.0.0.1', port }, () => resolve(socket))
    socket.once('error', reject)
  })
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

describe('TLS probes and the main process', () => {
  it('30 handshakes cost far less CPU than building 30 trust stores (the store is built once)', async () => {
    const oneStoreStart = cpuMs()
    createSecureContext({ ca: [...rootCertificates, pki.caPem] })
    const oneStore = cpuMs() - oneStoreStart

    const start = cpuMs()
    const handshakes = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const socket = await connected(port)
        const { socket: secure, info } = await startTls(
          socket,
          'localhost',
          { extraCaPem: pki.caPem },
          Date.now() + 10_000,
        )
        secure.destroy()
        return info.verified
      }),
    )
    const spent = cpuMs() - start
    expect(handshakes.every(Boolean)).toBe(true)
    expect(spent).toBeLessThan(oneStore * 10)
  })
})
