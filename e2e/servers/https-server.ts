import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { KeyAndCert } from './test-ca'

/** What the server answers for one host and path (the query string is ignored). */
export interface HttpsAnswer {
  status?: number
  body?: string
  headers?: Record<string, string>
  /** Wait this long before answering, in ms. */
  delayMs?: number
}

/** A running loopback HTTPS server that answers by Host header and path, and what it was asked. */
export interface RunningHttpsServer {
  port: number
  requests: { host: string; method: string; url: string; body: string }[]
  close(): Promise<void>
}

/**
 * Starts an HTTPS server on 127.0.0.1 that plays every fixture web server at once (autoconfig,
 * .well-known, Autodiscover): `routes` maps `host/path` (no port) to an answer; anything else is 404.
 */
export async function startHttpsServer(
  certificate: KeyAndCert,
  routes: Record<string, HttpsAnswer>,
): Promise<RunningHttpsServer> {
  const requests: RunningHttpsServer['requests'] = []
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const host = String(request.headers.host ?? '').replace(/:\d+$/, '')
      const url = request.url ?? '/'
      requests.push({ host, method: request.method ?? '', url, body: Buffer.concat(chunks).toString('utf8') })
      const answer = routes[`${host}${url.split('?')[0]}`]
      const send = () => {
        if (!answer) {
          response.writeHead(404).end()
          return
        }
        response.writeHead(answer.status ?? 200, { 'Content-Type': 'text/xml', ...answer.headers })
        response.end(answer.body ?? '')
      }
      if (answer?.delayMs) setTimeout(send, answer.delayMs)
      else send()
    })
  })
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
