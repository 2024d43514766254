import dgram from 'node:dgram'
import net from 'node:net'
import type { EngineOptions } from '../../electron/engine'

/** A network where nothing answers: the engine options that point at it, and a way to close it. */
export interface OfflineWorld {
  engineOptions: EngineOptions
  close: () => Promise<void>
}

/** A loopback TCP port where nothing listens (bound, then closed), so a connection is refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address !== null ? address.port : 9
}

/**
 * "Offline" on loopback: a resolver address that takes every question and never answers, and an
 * RDAP URL that refuses connections. Every probe then times out at its DNS step.
 */
export async function startOfflineWorld(): Promise<OfflineWorld> {
  const resolver = dgram.createSocket('udp4')
  await new Promise<void>((resolve) => resolver.bind(0, '127.0.0.1', resolve))
  const rdapPort = await closedPort()
  return {
    engineOptions: {
      dnsServers: [`127.0.0.1:${resolver.address().port}`],
      rdapBaseUrl: `http://127.0.0.1:${rdapPort}/`,
      allowPrivateAddresses: true, // every server of the world listens on loopback
      stepTimeoutMs: 1_000,
      timeoutMs: 8_000,
      dnsRetries: 0,
    },
    close: () => new Promise<void>((resolve) => resolver.close(() => resolve())),
  }
}
