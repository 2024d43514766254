import { extname, join, normalize, sep } from 'node:path'
import { allowedExternalLink } from '../shared/external-links'

/**
 * The window's security as pure policy, decided here and applied by main.ts: which renderer is
 * trusted, which senders may call the IPC, which permissions are granted, the Content Security
 * Policy, the `app://` protocol's file mapping, and what the packaged app takes from its
 * environment. Nothing here imports Electron, so every rule is unit-tested.
 */

/** The privileged scheme the renderer is served from (Electron checklist item 18: no file://). */
export const APP_SCHEME = 'app'
/** The one host of the app scheme. */
export const APP_HOST = 'maildoctor'
/** The renderer's entry page. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** What main takes from its environment at launch. */
export interface LaunchOptions {
  /** The dev server to load the renderer from (electron-vite dev), or null: the built files. */
  rendererDevUrl: string | null
  /** Where to keep settings, history and window state, when not the OS default. */
  userDataDir: string | null
}

/**
 * The launch options from the environment. A packaged app ignores the development switch
 * `ELECTRON_RENDERER_URL` (it would make any page the trusted renderer, with the full IPC and a
 * relaxed CSP); an unpackaged one accepts it only for an http dev server on loopback.
 */
export function launchOptions(env: Record<string, string | undefined>, isPackaged: boolean): LaunchOptions {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL
  return {
    rendererDevUrl: devUrl !== undefined && isLoopbackHttp(devUrl) ? devUrl : null,
    userDataDir: env.MAILDOCTOR_USER_DATA || null,
  }
}

function isLoopbackHttp(address: string): boolean {
  try {
    const url = new URL(address)
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}

/**
 * The Content Security Policy of the renderer. Production connects nowhere; development allows the
 * dev server's hot-reload socket. A `<meta>` policy cannot carry `frame-ancestors` (browsers ignore
 * it there), so only the header form has it.
 */
export function contentSecurityPolicy(
  mode: 'production' | 'development',
  delivery: 'header' | 'meta',
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    mode === 'development' ? "connect-src 'self' ws:" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ')
}

/** Replaces the CSP `<meta>` tag's policy in an HTML page (the renderer build uses it). */
export function withCspMeta(html: string, policy: string): string {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i
  if (!meta.test(html)) throw new Error('the page has no Content-Security-Policy meta tag')
  return html.replace(meta, (_match, start: string, end: string) => `${start}${policy}${end}`)
}

/** True when an address is the app's own renderer (the app scheme, or the dev server's origin). */
export function isRendererUrl(address: string, rendererDevUrl: string | null): boolean {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return false
  }
  if (rendererDevUrl !== null) return url.origin === new URL(rendererDevUrl).origin
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
}

/** Where an IPC call or a permission request comes from, as main sees it. */
export interface CallerFacts {
  /** The caller's web contents are the main window's. */
  fromMainWindow: boolean
  /** The caller is that window's main frame (not a subframe). */
  fromMainFrame: boolean
  /** The URL of the calling frame. */
  url: string
}

/** True when an IPC call may be answered: the main window's main frame, showing the app's renderer. */
export function isTrustedSender(caller: CallerFacts, rendererDevUrl: string | null): boolean {
  return caller.fromMainWindow && caller.fromMainFrame && isRendererUrl(caller.url, rendererDevUrl)
}

/** The one permission the app grants: writing the report to the clipboard, from its own page only. */
export function mayGrantPermission(
  permission: string,
  caller: Omit<CallerFacts, 'fromMainFrame'>,
  rendererDevUrl: string | null,
): boolean {
  return (
    permission === 'clipboard-sanitized-write' &&
    caller.fromMainWindow &&
    isRendererUrl(caller.url, rendererDevUrl)
  )
}

/**
 * What to do when a page tries to navigate or open a window: never inside the app (it is one
 * page); a link on the allowlist opens in the person's browser, as its normalised URL.
 */
export function leavingThePage(url: string): { allowInApp: false; openInBrowser: URL | null } {
  return { allowInApp: false, openInBrowser: allowedExternalLink(url) }
}

/** The content type of each kind of file the built renderer holds, by extension. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * The file an `app://maildoctor/...` request maps to inside the renderer folder, with its content
 * type, or null: another host, a query, a path that leaves the folder (`..`, encoded or not,
 * backslashes, NUL) or an unknown kind of file.
 */
export function resolveAppRequest(
  address: string,
  rootDir: string,
): { file: string; contentType: string } | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path === '/' || path === '') path = '/index.html'
  if (/[\\\0]/.test(path) || path.split('/').includes('..')) return null
  const root = normalize(rootDir)
  const file = normalize(join(root, path))
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()]
  return contentType ? { file, contentType } : null
}

/** The host under which the printer's session serves the report being printed. */
const REPORT_HOST = 'report'

/** The policy of a printed report: its own inline style, nothing else, nothing loaded. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/** The address of a report being printed. */
export function reportUrl(id: string): string {
  return `${APP_SCHEME}://${REPORT_HOST}/${id}.html`
}

/** The report id an address names, or null for anything but `app://report/<uuid>.html`. */
export function reportIdOf(address: string): string | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== REPORT_HOST || url.search || url.username) return null
  return /^\/([0-9a-f-]{36})\.html$/.exec(url.pathname)?.[1] ?? null
}
