import { createServer, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { startHarness, type Harness } from './harness/harness'

/**
 * A page on another loopback port is "same-site" with the harness (ports do not count): the harness
 * must refuse its requests, and must give the browser nothing (no cookie) that it would send there.
 */
let harness: Harness
let other: Server
let otherUrl = ''
const otherSaw: { cookie: string | undefined; url: string | undefined }[] = []

test.beforeAll(async () => {
  harness = await startHarness()
  const apiUrl = new URL('/__harness/invoke/app%3Aopen-external', harness.url).href
  other = createServer((request, response) => {
    otherSaw.push({ cookie: request.headers.cookie, url: request.url })
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><title>other</title><script>
      fetch(${JSON.stringify(apiUrl)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
        body: JSON.stringify(['https://www.ovh.com/manager/']) })
        .then(() => { document.title = 'sent' }, () => { document.title = 'failed' })
    </script>`)
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  const address = other.address()
  otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
})

test.afterAll(async () => {
  await harness.close()
  await new Promise<void>((resolve) => other.close(() => resolve()))
})

test('a page on another loopback port cannot call the harness API', async ({ page }) => {
  await page.goto(`${harness.url}&lang=en`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const own = await page.evaluate(() =>
    (
      globalThis as unknown as { maildoctor: { openExternal: (url: string) => Promise<unknown> } }
    ).maildoctor.openExternal('https://www.ovh.com/manager/'),
  )
  expect(own).toEqual({ ok: true, value: { opened: true } })
  expect(harness.opened).toEqual(['https://www.ovh.com/manager/'])

  await page.goto(otherUrl)
  await expect(page).toHaveTitle(/sent|failed/)
  expect(harness.opened).toEqual(['https://www.ovh.com/manager/'])
})

test('a service on another loopback port receives no token of the harness', async ({ page }) => {
  const token = new URL(harness.url).searchParams.get('token') ?? ''
  await page.goto(`${harness.url}&lang=it`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('lang')).toBe('it')
  expect(await page.context().cookies()).toEqual([])
  otherSaw.length = 0
  await page.goto(otherUrl)
  await expect(page).toHaveTitle(/sent|failed/)
  expect(otherSaw.length).toBeGreaterThan(0)
  expect(JSON.stringify(otherSaw)).not.toContain(token)
})
