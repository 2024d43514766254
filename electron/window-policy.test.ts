import { readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  isRendererUrl,
  isTrustedSender,
  launchOptions,
  leavingThePage,
  mayGrantPermission,
  reportIdOf,
  reportUrl,
  resolveAppRequest,
  withCspMeta,
} from './window-policy'

const DEV = 'http://localhost:5173/'
const own = { fromMainWindow: true, fromMainFrame: true, url: APP_ENTRY_URL }

describe('launch options', () => {
  it('lets only an unpackaged app load the renderer from a loopback dev server', () => {
    expect(launchOptions({ ELECTRON_RENDERER_URL: DEV }, false).rendererDevUrl).toBe(DEV)
    expect(launchOptions({ ELECTRON_RENDERER_URL: DEV }, true).rendererDevUrl).toBeNull()
    expect(launchOptions({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false).rendererDevUrl).toBeNull()
    expect(launchOptions({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false).rendererDevUrl).toBeNull()
    expect(launchOptions({}, false).rendererDevUrl).toBeNull()
  })

  it('keeps the support switch for the data folder', () => {
    expect(launchOptions({ MAILDOCTOR_USER_DATA: '/tmp/md' }, true).userDataDir).toBe('/tmp/md')
    expect(launchOptions({ MAILDOCTOR_USER_DATA: '' }, true).userDataDir).toBeNull()
  })
})

describe('trusted renderer and senders', () => {
  it('trusts the app scheme page, and the dev server only when one is in use', () => {
    expect(isRendererUrl(APP_ENTRY_URL, null)).toBe(true)
    expect(isRendererUrl('app://other/index.html', null)).toBe(false)
    expect(isRendererUrl('file:///opt/MailDoctor/resources/app.asar/out/renderer/index.html', null)).toBe(
      false,
    )
    expect(isRendererUrl('http://localhost:5173/', null)).toBe(false)
    expect(isRendererUrl('http://localhost:5173/x', DEV)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isRendererUrl('not a url', null)).toBe(false)
  })

  it('answers only the main window main frame showing the renderer', () => {
    expect(isTrustedSender(own, null)).toBe(true)
    expect(isTrustedSender({ ...own, fromMainWindow: false }, null)).toBe(false)
    expect(isTrustedSender({ ...own, fromMainFrame: false }, null)).toBe(false)
    expect(isTrustedSender({ ...own, url: 'https://evil.example/' }, null)).toBe(false)
  })

  it('grants only the clipboard write, only to the renderer', () => {
    expect(mayGrantPermission('clipboard-sanitized-write', own, null)).toBe(true)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])
      expect(mayGrantPermission(permission, own, null)).toBe(false)
    expect(
      mayGrantPermission('clipboard-sanitized-write', { ...own, url: 'https://evil.example/' }, null),
    ).toBe(false)
    expect(mayGrantPermission('clipboard-sanitized-write', { ...own, fromMainWindow: false }, null)).toBe(
      false,
    )
  })
})

describe('content security policy', () => {
  it('connects nowhere in production and forbids framing in the header', () => {
    const production = contentSecurityPolicy('production', 'header')
    expect(production).toContain("connect-src 'none'")
    expect(production).not.toMatch(/ws:|unsafe/)
    expect(production).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('production', 'meta')).not.toContain('frame-ancestors')
    expect(contentSecurityPolicy('development', 'meta')).toContain("connect-src 'self' ws:")
  })

  it('is the production policy in the renderer page as written, and after the build transform', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]
    expect(meta).toBe(contentSecurityPolicy('production', 'meta'))
    const dev = withCspMeta(html, contentSecurityPolicy('development', 'meta'))
    expect(dev).toContain("connect-src 'self' ws:")
    expect(() => withCspMeta('<html></html>', 'x')).toThrow(/no Content-Security-Policy/)
  })
})

describe('the app:// protocol', () => {
  const root = join('/opt', 'MailDoctor', 'renderer')

  it('maps the app pages to files in the renderer folder', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({
      file: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    })
    expect(resolveAppRequest('app://maildoctor/', root)?.file).toBe(join(root, 'index.html'))
    expect(resolveAppRequest('app://maildoctor/assets/index-x1.js', root)?.contentType).toMatch(/javascript/)
  })

  it.each(['app://maildoctor/../../etc/passwd.html', 'app://maildoctor/%2e%2e/%2e%2e/etc/passwd.html'])(
    'keeps %s inside the renderer folder',
    (address) => {
      const target = resolveAppRequest(address, root)
      expect(target === null || target.file.startsWith(root + sep)).toBe(true)
    },
  )

  it.each([
    'app://maildoctor/assets/..%2f..%2f..%2fetc%2fpasswd.html',
    'app://maildoctor/assets/..%5c..%5csecret.html',
    'app://maildoctor/index.html%00.png',
    'app://maildoctor/%E0%A4%A.html',
    'app://other/index.html',
    'app://user:pw@maildoctor/index.html',
    'file:///etc/passwd',
    'app://maildoctor/secret.key',
  ])('refuses %s', (address) => {
    expect(resolveAppRequest(address, root)).toBeNull()
  })
})

describe('leaving the page', () => {
  it('never navigates in the app; allowlisted links go to the browser, normalised', () => {
    expect(leavingThePage('https://www.ovh.com/manager/')).toEqual({
      allowInApp: false,
      openInBrowser: new URL('https://www.ovh.com/manager/'),
    })
    expect(leavingThePage(APP_ENTRY_URL)).toEqual({ allowInApp: false, openInBrowser: null })
    expect(leavingThePage('https://www.google.com/url?q=https://evil.example/').openInBrowser).toBeNull()
    expect(leavingThePage('https://evil.example/').openInBrowser).toBeNull()
  })
})

describe('the printed report address', () => {
  const id = '0b7e6f0e-3c1a-4f57-9a43-7d2f4f0c9b11'

  it('names the report in memory and nothing else', () => {
    expect(reportUrl(id)).toBe(`app://report/${id}.html`)
    expect(reportIdOf(reportUrl(id))).toBe(id)
    expect(reportUrl(id).length).toBeLessThan(100)
  })

  it.each([
    `app://maildoctor/${id}.html`,
    `app://report//${id}.html`,
    `app://report/${id}.html?x=1`,
    `app://report/x/${id}.html`,
    'app://report/index.html',
    `data:text/html,${id}`,
  ])('refuses %s', (address) => {
    expect(reportIdOf(address)).toBeNull()
  })
})
