import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { build } from 'esbuild'
import { createApiService } from '../../electron/api-service'
import type { EngineOptions } from '../../electron/engine'
import { APP_VERSION } from '../../shared/version'
import { CONTENT_TYPES, contentSecurityPolicy, withCspMeta } from '../../electron/window-policy'

/** Where the built renderer lives (electron-vite's output). */
export const RENDERER_DIR = resolve('out/renderer')

const MAX_BODY = 6 * 1024 * 1024
/** The built page's policy, with the bridge's same-origin requests (fetch, event stream) allowed. */
const HARNESS_CSP = contentSecurityPolicy('production', 'meta').replace(
  "connect-src 'none'",
  "connect-src 'self'",
)

/** Builds the app with electron-vite when the renderer output is missing or older than its sources. */
export function ensureBuilt(): boolean {
  const builtIndex = join(RENDERER_DIR, 'index.html')
  if (
    existsSync(builtIndex) &&
    statSync(builtIndex).mtimeMs >= newestMtime(['renderer', 'shared', 'electron'])
  )
    return true
  return spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' }).status === 0
}

function newestMtime(paths: string[]): number {
  let newest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const info = statSync(path)
    newest = info.isDirectory()
      ? Math.max(newest, newestMtime(readdirSync(path).map((entry) => join(path, entry))))
      : Math.max(newest, info.mtimeMs)
  }
  return newest
}

/** A running harness: its URL (with the token) and a way to stop it. */
export interface Harness {
  url: string
  opened: string[]
  /** The folder the harness keeps saved sessions in (a temporary one unless given). */
  historyDir: string
  close: () => Promise<void>
}

/** What startHarness takes: a fixed port, the engine's options, and other folders than the defaults. */
export interface HarnessOptions {
  port?: number
  engineOptions?: EngineOptions
  rendererDir?: string
  historyDir?: string
}

/** What the request handler of a harness works with. */
interface HarnessContext {
  token: string
  /** The port listened on (known once listening): the Host and Origin headers must name it. */
  port: () => number
  bridge: string
  rendererDir: string
  service: ReturnType<typeof createApiService>
  eventClients: Set<ServerResponse>
}

/**
 * Serves the built renderer and the engine on 127.0.0.1 only. Every request needs the token (in the
 * first URL's query, then in the path of everything below `/t/TOKEN/`) and a loopback Host header; the engine answers the same
 * contract as in Electron, over HTTP and server-sent events.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ownHistoryDir = options.historyDir === undefined
  const historyDir = options.historyDir ?? (await mkdtemp(join(tmpdir(), 'maildoctor-harness-history-')))
  const settingsDir = await mkdtemp(join(tmpdir(), 'maildoctor-harness-settings-'))
  const eventClients = new Set<ServerResponse>()
  const opened: string[] = []
  let port = 0
  const context: HarnessContext = {
    token: randomBytes(24).toString('hex'),
    port: () => port,
    bridge: await buildBridge(),
    rendererDir: options.rendererDir ?? RENDERER_DIR,
    service: harnessService(options, { historyDir, settingsDir, opened, eventClients }),
    eventClients,
  }
  const server = createServer((request, response) => {
    handleRequest(context, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(error instanceof Error ? error.message : 'error')
    })
  })
  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  const close = async () => {
    context.service.cancelAll()
    for (const client of eventClients) client.end()
    eventClients.clear()
    server.closeAllConnections()
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()))
    if (ownHistoryDir) await rm(historyDir, { recursive: true, force: true })
    await rm(settingsDir, { recursive: true, force: true })
  }
  return { url: `http://127.0.0.1:${port}/?token=${context.token}`, opened, historyDir, close }
}

/** The engine behind the harness: the app's API service, its events sent to every open event stream. */
function harnessService(
  options: HarnessOptions,
  where: { historyDir: string; settingsDir: string; opened: string[]; eventClients: Set<ServerResponse> },
): ReturnType<typeof createApiService> {
  return createApiService({
    appInfo: () => ({ version: APP_VERSION, platform: 'harness', locale: 'en-US' }),
    openExternal: (url) => {
      where.opened.push(url)
      return Promise.resolve()
    },
    setLanguage: () => undefined,
    send: (channel, payload) => {
      const frame = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const client of where.eventClients) if (!client.writableEnded) client.write(frame)
    },
    ...(options.engineOptions ? { engineOptions: options.engineOptions } : {}),
    historyDir: where.historyDir,
    settingsFile: join(where.settingsDir, 'settings.json'),
  })
}

/** Where the app lives behind the token: every path under it carries the token, so no cookie is needed. */
function tokenPath(token: string): string {
  return `/t/${token}/`
}

/**
 * Checks the Host and the origin, then the token: `/?token=T` sends the browser on to the app's
 * path `/t/T/`, and every request below that path (the page, its files, the bridge, calls, events)
 * carries the token in its path. No cookie: cookies ignore ports, so every service on 127.0.0.1
 * would receive it.
 */
async function handleRequest(
  context: HarnessContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const port = context.port()
  const host = request.headers.host ?? ''
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return deny(response, 421, 'bad host')
  if (!isSameOriginRequest(request, port)) return deny(response, 403, 'cross-origin request')
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
  if (url.pathname === '/' && sameToken(url.searchParams.get('token') ?? '', context.token)) {
    url.searchParams.delete('token')
    response.writeHead(303, {
      location: `${tokenPath(context.token)}${url.search}`,
      'cache-control': 'no-store',
    })
    return void response.end()
  }
  const given = /^\/t\/([a-f0-9]+)\//.exec(url.pathname)?.[1] ?? ''
  if (!sameToken(given, context.token)) return deny(response, 403, 'token required')
  const path = url.pathname.slice(tokenPath(context.token).length - 1)

  if (path === '/__harness/bridge.js') return send(response, 200, CONTENT_TYPES['.js'] ?? '', context.bridge)
  if (path === '/__harness/events') return openEventStream(context.eventClients, response)
  if (path.startsWith('/__harness/invoke/') && request.method === 'POST') {
    const channel = decodeURIComponent(path.slice('/__harness/invoke/'.length))
    return invoke(context.service, channel, request, response)
  }
  if (path === '/' || path === '/index.html') return serveIndex(context, response)
  return serveFile(context.rendererDir, path, response)
}

/** Keeps the response open as a server-sent event stream that the engine's events are written to. */
function openEventStream(eventClients: Set<ServerResponse>, response: ServerResponse): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  })
  response.write(': connected\n\n')
  eventClients.add(response)
  response.on('close', () => eventClients.delete(response))
}

/** One call of the IPC contract: the JSON body is its arguments, the answer its envelope. */
async function invoke(
  service: HarnessContext['service'],
  channel: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readBody(request)
  let args: unknown
  try {
    args = JSON.parse(body)
  } catch {
    const envelope = { ok: false, error: { code: 'badRequest', message: 'invalid JSON' } }
    return send(response, 200, CONTENT_TYPES['.json'] ?? '', JSON.stringify(envelope))
  }
  const envelope = await service.dispatch(channel, args)
  send(response, 200, CONTENT_TYPES['.json'] ?? '', JSON.stringify(envelope))
}

/** The app's page, with the harness's policy and bridge (a path relative to the token's path). */
async function serveIndex(context: HarnessContext, response: ServerResponse): Promise<void> {
  const built = await readFile(join(context.rendererDir, 'index.html'), 'utf8')
  const html = withCspMeta(built, HARNESS_CSP).replace(
    '<head>',
    '<head>\n    <script src="./__harness/bridge.js"></script>',
  )
  send(response, 200, CONTENT_TYPES['.html'] ?? '', html)
}

/** A file of the built renderer; nothing outside its folder. */
async function serveFile(rendererDir: string, pathname: string, response: ServerResponse): Promise<void> {
  const file = normalize(join(rendererDir, pathname))
  if (!file.startsWith(rendererDir + sep)) return deny(response, 404, 'not found')
  try {
    if (!(await stat(file)).isFile()) return deny(response, 404, 'not found')
    send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file))
  } catch {
    deny(response, 404, 'not found')
  }
}

/**
 * True unless the browser says the request comes from another page: a page on another loopback
 * port is same-site (ports do not count); the Origin and Sec-Fetch-Site headers tell them apart.
 * Requests without them (typed URLs, scripts) pass.
 */
export function isSameOriginRequest(request: IncomingMessage, port: number): boolean {
  const fetchSite = request.headers['sec-fetch-site']
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false
  const origin = request.headers.origin
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  )
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function deny(response: ServerResponse, status: number, message: string): void {
  send(response, status, 'text/plain; charset=utf-8', message)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('request too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function buildBridge(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('e2e/harness/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}
