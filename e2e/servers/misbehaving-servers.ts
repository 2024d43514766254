import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import type { KeyAndCert } from './test-ca'

/** A loopback server that misbehaves on purpose, and everything it received. */
export interface RunningRawServer {
  port: number
  /** Every byte the server received, decrypted when it speaks TLS, as latin1 text. */
  received(): string
  /** How many connections are still open (a probe must leave none behind). */
  openConnections(): number
  close(): Promise<void>
}

/** What the server does with each connection: greet, answer lines, or misbehave. */
export interface RawBehaviour {
  /** Implicit TLS with this certificate; a plain server when absent. */
  tls?: KeyAndCert
  /** Called once a client connects (after the handshake for TLS). */
  onConnect?: (socket: Socket) => void
  /** Called for each line the client sends (without CRLF). */
  onLine?: (line: string, socket: Socket) => void
}

/** Starts a raw net or tls server on 127.0.0.1 that records all it receives. */
export async function startRawServer(behaviour: RawBehaviour): Promise<RunningRawServer> {
  const chunks: Buffer[] = []
  const sockets = new Set<Socket>()
  const handle = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let pending = ''
    socket.on('data', (data: Buffer) => {
      chunks.push(data)
      pending += data.toString('latin1')
      for (let index = pending.indexOf('\n'); index !== -1; index = pending.indexOf('\n')) {
        const line = pending.slice(0, index).replace(/\r$/, '')
        pending = pending.slice(index + 1)
        behaviour.onLine?.(line, socket)
      }
    })
    behaviour.onConnect?.(socket)
  }
  const server: Server = behaviour.tls
    ? createTlsServer({ key: behaviour.tls.key, cert: behaviour.tls.cert }, handle)
    : createNetServer(handle)
  server.on('tlsClientError', () => undefined)
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    received: () => Buffer.concat(chunks).toString('latin1'),
    openConnections: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/**
 * A tiny SMTP dialogue for raw servers: greets, answers EHLO with these lines, runs AUTH LOGIN's
 * two 334 prompts and then refuses with 535, and answers anything else with 250.
 */
export function smtpDialogue(options: {
  greeting?: string
  greetingDelayMs?: number
  ehlo?: string[]
  tls?: KeyAndCert
}): RawBehaviour {
  const ehlo = options.ehlo ?? ['250-mail.test.invalid', '250-AUTH PLAIN LOGIN', '250 SIZE 1000']
  const loginStep = new WeakMap<Socket, number>()
  return {
    ...(options.tls ? { tls: options.tls } : {}),
    onConnect(socket) {
      const greet = () =>
        socket.writable && socket.write(`${options.greeting ?? '220 mail.test.invalid ESMTP'}\r\n`)
      if (options.greetingDelayMs) setTimeout(greet, options.greetingDelayMs).unref()
      else greet()
    },
    onLine(line, socket) {
      const step = loginStep.get(socket) ?? 0
      const verb = line.split(' ')[0]?.toUpperCase()
      if (step > 0) {
        loginStep.set(socket, step === 1 ? 2 : 0)
        socket.write(step === 1 ? '334 UGFzc3dvcmQ6\r\n' : '535 5.7.8 Authentication failed\r\n')
      } else if (verb === 'EHLO') socket.write(`${ehlo.join('\r\n')}\r\n`)
      else if (line.toUpperCase() === 'AUTH LOGIN') {
        loginStep.set(socket, 1)
        socket.write('334 VXNlcm5hbWU6\r\n')
      } else if (verb === 'AUTH') socket.write('535 5.7.8 Authentication failed\r\n')
      else if (verb === 'QUIT') socket.end('221 bye\r\n')
      else socket.write('250 ok\r\n')
    },
  }
}

/** Never says anything. */
export const silentServer: RawBehaviour = {}

/** Greets with one line of about 2 MB and no line end. */
export const hugeLineServer: RawBehaviour = {
  onConnect(socket) {
    socket.write(`220 ${'x'.repeat(2 * 1024 * 1024)}`)
  },
}

/** Greets, then answers EHLO with `250-` lines that never end. */
export function endlessReplyServer(): RawBehaviour {
  return {
    onConnect(socket) {
      socket.write('220 mail.test.invalid ESMTP\r\n')
    },
    onLine(line, socket) {
      if (!line.toUpperCase().startsWith('EHLO')) return
      const timer = setInterval(() => {
        if (!socket.writable) return clearInterval(timer)
        socket.write('250-PIPELINING\r\n'.repeat(50))
      }, 5)
      socket.on('close', () => clearInterval(timer))
    },
  }
}

/** Answers EHLO with a multi-line reply whose lines carry different codes. */
export const mixedCodesServer: RawBehaviour = smtpDialogue({
  ehlo: ['250-mail.test.invalid', '251-SIZE 1000', '250 8BITMIME'],
})

/** Accepts the TCP connection and drops it as soon as the TLS handshake begins. */
export const tlsDropServer: RawBehaviour = {
  onConnect(socket) {
    socket.once('data', () => socket.destroy())
  },
}

/** Greets with 421 (service not available) and closes. */
export const busyServer: RawBehaviour = {
  onConnect(socket) {
    socket.end('421 4.3.2 mail.test.invalid too busy, try later\r\n')
  },
}

/** Accepts and closes at once, before any greeting. */
export const hangUpServer: RawBehaviour = {
  onConnect(socket) {
    socket.destroy()
  },
}
