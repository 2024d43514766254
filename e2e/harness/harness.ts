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
import { contentSecurityPolicy, withCspMeta } from '../../electron/window-policy'

/** Where the built renderer lives (electron-vite's output). */
export const RENDERER_DIR = resolve('out/renderer')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}
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

/**
 * Serves the built renderer and the engine on 127.0.0.1 only. Every request needs the token (in the
 * query or the cookie the first page sets) and a loopback Host header; the engine answers the same
 * contract as in Electron, over HTTP and server-sent events.
 */
export async function startHarness(
  options: { port?: number; engineOptions?: EngineOptions; rendererDir?: string; historyDir?: string } = {},
): Promise<Harness> {
  const ownHistoryDir = options.historyDir === undefined
  const historyDir = options.historyDir ?? (await mkdtemp(join(tmpdir(), 'maildoctor-harness-history-')))
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  const settingsDir = await mkdtemp(join(tmpdir(), 'maildoctor-harness-settings-'))
  const token = randomBytes(24).toString('hex')
  const bridge = await buildBridge()
  const eventClients = new Set<ServerResponse>()
  const opened: string[] = []
  const service = createApiService({
    appInfo: () => ({ version: APP_VERSION, platform: 'harness', locale: 'en-US' }),
    openExternal: (url) => {
      opened.push(url)
      return Promise.resolve()
    },
    setLanguage: () => undefined,
    send: (channel, payload) => {
      const frame = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const client of eventClients) if (!client.writableEnded) client.write(frame)
    },
    ...(options.engineOptions ? { engineOptions: options.engineOptions } : {}),
    historyDir,
    settingsFile: join(settingsDir, 'settings.json'),
  })

  let port = 0
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(error instanceof Error ? error.message : 'error')
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return deny(response, 421, 'bad host')
    if (!isSameOriginRequest(request, port)) return deny(response, 403, 'cross-origin request')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const cookieToken = /(?:^|;\s*)md_token=([a-f0-9]+)/.exec(request.headers.cookie ?? '')?.[1]
    const given = url.searchParams.get('token') ?? cookieToken ?? ''
    if (!sameToken(given, token)) return deny(response, 403, 'token required')

    if (url.pathname === '/__harness/bridge.js') return send(response, 200, MIME['.js'] ?? '', bridge)
    if (url.pathname === '/__harness/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      response.write(': connected\n\n')
      eventClients.add(response)
      response.on('close', () => eventClients.delete(response))
      return
    }
    if (url.pathname.startsWith('/__harness/invoke/') && request.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/__harness/invoke/'.length))
      const body = await readBody(request)
      let args: unknown
      try {
        args = JSON.parse(body)
      } catch {
        return send(
          response,
          200,
          MIME['.json'] ?? '',
          JSON.stringify({ ok: false, error: { code: 'badRequest', message: 'invalid JSON' } }),
        )
      }
      const envelope = await service.dispatch(channel, args)
      return send(response, 200, MIME['.json'] ?? '', JSON.stringify(envelope))
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const built = await readFile(join(rendererDir, 'index.html'), 'utf8')
      const html = withCspMeta(built, HARNESS_CSP).replace(
        '<head>',
        '<head>\n    <script src="/__harness/bridge.js"></script>',
      )
      response.setHeader('set-cookie', `md_token=${token}; HttpOnly; SameSite=Strict; Path=/`)
      return send(response, 200, MIME['.html'] ?? '', html)
    }
    const file = normalize(join(rendererDir, url.pathname))
    if (!file.startsWith(rendererDir + sep)) return deny(response, 404, 'not found')
    try {
      if (!(await stat(file)).isFile()) return deny(response, 404, 'not found')
      return send(response, 200, MIME[extname(file)] ?? 'application/octet-stream', await readFile(file))
    } catch {
      return deny(response, 404, 'not found')
    }
  }

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    opened,
    historyDir,
    close: async () => {
      service.cancelAll()
      for (const client of eventClients) client.end()
      eventClients.clear()
      server.closeAllConnections()
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()))
      if (ownHistoryDir) await rm(historyDir, { recursive: true, force: true })
      await rm(settingsDir, { recursive: true, force: true })
    },
  }
}

/**
 * True unless the browser says the request comes from another page: a page on another loopback
 * port is same-site (ports do not count), so its requests carry the SameSite cookie; the Origin
 * and Sec-Fetch-Site headers tell them apart. Requests without them (typed URLs, scripts) pass.
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
