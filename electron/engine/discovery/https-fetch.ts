/**
 * One bounded HTTPS request for settings discovery: the host resolved on the run's DNS client, the
 * certificate verified (system store plus EngineOptions.extraCaPem), a deadline, a size cap, and
 * redirects reported, never followed.
 */
import { request } from 'node:https'
import type { IncomingMessage } from 'node:http'
import { sortAddresses } from '../util/private-address'
import { createSecureContext, rootCertificates, type ConnectionOptions, type SecureContext } from 'node:tls'

/** The largest body read, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024
/**
 * The most pieces a body may arrive in. A server that sends 256 KB one byte per TLS record makes
 * every byte cost a record and a buffer (about 110 MB a request); real servers send 16 KB records,
 * so a whole body takes a few dozen pieces.
 */
export const MAX_BODY_PIECES = 2048

/** What came back. */
export type FetchOutcome =
  | { kind: 'ok'; status: number; body: string; contentType: string }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'http-error'; status: number }
  | { kind: 'error'; code: string }
  | { kind: 'timeout' }

/** One request. */
export interface FetchRequest {
  host: string
  port: number
  path: string
  method?: 'GET' | 'POST'
  body?: string
  /** Resolves the host to its addresses (the run's DNS client). */
  resolve: (host: string) => Promise<string[]>
  extraCaPem?: string
  /** Fetch from loopback, private and link-local addresses too (see EngineOptions). */
  allowPrivate?: boolean
  deadlineMs: number
  signal: AbortSignal
}

const contexts = new Map<string, SecureContext>()

/** One TLS context per set of trusted CAs: building one reads every root certificate, so it is made once. */
function trustedContext(extraCaPem: string | undefined): SecureContext {
  const key = extraCaPem ?? ''
  let context = contexts.get(key)
  if (!context) {
    context = createSecureContext({
      ca: extraCaPem ? [...rootCertificates, extraCaPem] : [...rootCertificates],
    })
    contexts.set(key, context)
  }
  return context
}

/** Sends the request and reads at most MAX_BODY_BYTES of the answer before the deadline. Never throws. */
export async function fetchHttps(req: FetchRequest): Promise<FetchOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), req.deadlineMs)
  const onAbort = () => controller.abort()
  req.signal.addEventListener('abort', onAbort, { once: true })
  try {
    const addresses = await Promise.race([req.resolve(req.host), aborted(controller.signal)])
    const { allowed, refused } = sortAddresses(addresses, req.allowPrivate)
    const address = allowed[0]
    if (!address) return { kind: 'error', code: refused.length > 0 ? 'private-address' : 'ENOTFOUND' }
    return await send(req, address, controller.signal)
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' }
    const code = (error as NodeJS.ErrnoException).code
    return { kind: 'error', code: typeof code === 'string' ? code : (error as Error).message.slice(0, 80) }
  } finally {
    clearTimeout(timer)
    req.signal.removeEventListener('abort', onAbort)
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
  )
}

function send(req: FetchRequest, address: string, signal: AbortSignal): Promise<FetchOutcome> {
  // Passed through to tls.connect, which takes a ready context (the request options' type omits it).
  const tlsOptions: ConnectionOptions = {
    servername: req.host,
    secureContext: trustedContext(req.extraCaPem),
    rejectUnauthorized: true,
  }
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        ...tlsOptions,
        host: address,
        port: req.port,
        path: req.path,
        method: req.method ?? 'GET',
        headers: {
          Host: req.port === 443 ? req.host : `${req.host}:${req.port}`,
          'User-Agent': 'MailDoctor',
          ...(req.body ? { 'Content-Type': 'text/xml; charset=utf-8' } : {}),
        },
        signal,
        agent: false,
      },
      (response) => readResponse(response, resolve, reject),
    )
    outgoing.on('error', reject)
    outgoing.end(req.body)
  })
}

/** Reads one response: a redirect or an error status as such, a 200 body up to its size and piece limits. */
function readResponse(
  response: IncomingMessage,
  resolve: (outcome: FetchOutcome) => void,
  reject: (error: Error) => void,
): void {
  const status = response.statusCode ?? 0
  if (status >= 300 && status < 400) {
    response.destroy()
    resolve({ kind: 'redirect', status, location: String(response.headers.location ?? '') })
    return
  }
  if (status !== 200) {
    response.destroy()
    resolve({ kind: 'http-error', status })
    return
  }
  const body = Buffer.alloc(MAX_BODY_BYTES)
  let size = 0
  let pieces = 0
  response.on('data', (chunk: Buffer) => {
    pieces += 1
    const refusal =
      size + chunk.length > MAX_BODY_BYTES ? 'too-large' : pieces > MAX_BODY_PIECES ? 'too-fragmented' : null
    if (refusal) {
      response.destroy()
      resolve({ kind: 'error', code: refusal })
      return
    }
    chunk.copy(body, size)
    size += chunk.length
  })
  response.on('end', () =>
    resolve({
      kind: 'ok',
      status,
      body: body.toString('utf8', 0, size),
      contentType: String(response.headers['content-type'] ?? ''),
    }),
  )
  response.on('error', reject)
}
