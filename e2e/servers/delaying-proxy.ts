import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

/** A running loopback TCP proxy. */
export interface RunningDelayingProxy {
  port: number
  close(): Promise<void>
}

/**
 * A TCP proxy on 127.0.0.1 in front of a loopback server that holds every chunk the server sends
 * (greeting, replies, TLS handshake flights) for `delayMs` before passing it on, like a server far
 * away. What the client sends goes through at once. Chunks keep their order.
 */
export async function startDelayingProxy(targetPort: number, delayMs: number): Promise<RunningDelayingProxy> {
  const sockets = new Set<Socket>()
  const later = (action: () => void) => setTimeout(action, delayMs)
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    client.on('data', (data: Buffer) => upstream.write(data))
    client.on('close', () => upstream.destroy())
    upstream.on('data', (data: Buffer) =>
      later(() => {
        if (!client.destroyed) client.write(data)
      }),
    )
    upstream.on('close', () => later(() => client.destroy()))
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
