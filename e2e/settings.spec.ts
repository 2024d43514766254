import type { Page } from '@playwright/test'
import { ENGLISH, expect, expectNoSeriousAxeViolations, ITALIAN, openStaffMenu, test } from './fixtures'
import { startDnsServer, type FixtureDnsServer, type FixtureZones } from './servers/dns-server'
import { Person } from './person'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    start: 'Start',
    offerActive: 'Is your email service paid up and active?',
    settings: 'Settings',
    fromEnvironment: 'the environment (MAILDOCTOR_DNS)',
    fromSaved: 'saved in these settings',
    system: 'The system’s resolvers',
    custom: 'These DNS servers',
    dnsField: 'DNS servers',
    notAnAddress: '“dns.example” isn’t an IP address.',
    badPort: '“127.0.0.1:70000” has a port that doesn’t exist',
    saved: (server: string) => `Saved. The next checks use: ${server}.`,
    savedSystem: 'Saved. The next checks use the system’s resolvers.',
    rerun: 'Run this check again',
    rerunning: 'Running this check again…',
    finished: 'Checks finished in',
    welcome: 'Let’s find out what’s wrong with your email',
  },
  it: {
    start: 'Inizia',
    offerActive: 'Il tuo servizio di posta è pagato e attivo?',
    settings: 'Impostazioni',
    fromEnvironment: 'l’ambiente (MAILDOCTOR_DNS)',
    fromSaved: 'salvata in queste impostazioni',
    system: 'I server DNS del sistema',
    custom: 'Questi server DNS',
    dnsField: 'Server DNS',
    notAnAddress: '«dns.example» non è un indirizzo IP.',
    badPort: '«127.0.0.1:70000» ha una porta che non esiste',
    saved: (server: string) => `Salvato. Le prossime verifiche useranno: ${server}.`,
    savedSystem: 'Salvato. Le prossime verifiche useranno i server DNS del sistema.',
    rerun: 'Ripeti questa verifica',
    rerunning: 'Sto ripetendo questa verifica…',
    finished: 'Verifiche concluse in',
    welcome: 'Scopriamo insieme cosa non va con la tua posta',
  },
} as const

/**
 * A zone of its own that knows nothing of the world's `healthy.test`; the tests change it while the
 * app runs (the server reads it on every query).
 */
function ownZone(): FixtureZones {
  return {
    records: [
      { name: 'rerun.test', type: 'MX', data: { preference: 10, exchange: 'mx.rerun.test' } },
      { name: 'mx.rerun.test', type: 'A', data: '127.0.0.1' },
      { name: 'rerun.test', type: 'TXT', data: 'v=spf1 mx -all' },
      // `healthy.test` exists here too, but this server gives it no MX (the world's server does).
      { name: 'healthy.test', type: 'TXT', data: 'v=spf1 -all' },
    ],
    delays: {},
  }
}

interface BrowserGlobals {
  maildoctor: { setSettings: (settings: { dnsServers: string[] }) => Promise<{ ok: boolean }> }
}

let dns: FixtureDnsServer | undefined

test.afterEach(async ({ page }) => {
  // The harness (and its settings) is shared by the worker's other specs: back to the world's DNS.
  const reset = await page.evaluate(() =>
    (globalThis as unknown as BrowserGlobals).maildoctor.setSettings({ dnsServers: [] }),
  )
  expect(reset.ok).toBe(true)
  await dns?.close()
  dns = undefined
})

/** Runs the wizard up to the results for a domain, by keyboard. */
async function checkDomain(page: Page, lang: 'en' | 'it', input: string): Promise<void> {
  const text = TEXT[lang]
  await page.getByRole('button', { name: text.start }).click()
  const person = new Person(page, lang)
  await person.choose('problem', 'cannotSend')
  await person.typeTarget(input)
  await person.provider('unknown')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.offerActive)
  await expect(page.locator('[data-check-id="dns.mx"]')).toHaveCount(1)
}

/** Opens the settings from the header by keyboard and types DNS servers into them. */
async function typeDnsServers(page: Page, lang: 'en' | 'it', typed: string): Promise<void> {
  const text = TEXT[lang]
  const dialog = page.getByRole('dialog', { name: text.settings })
  if (!(await dialog.isVisible())) {
    await openStaffMenu(page)
    await page.getByRole('button', { name: text.settings }).focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
  }
  const field = dialog.getByRole('textbox', { name: text.dnsField })
  if (!(await field.isVisible())) {
    await dialog.getByRole('radio', { name: text.system }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByRole('radio', { name: text.custom })).toBeChecked()
    await page.keyboard.press('Tab')
  }
  await expect(field).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
}

for (const lang of ITALIAN) {
  const text = TEXT[lang]

  test(`settings: the DNS server typed in the settings answers the next checks, by keyboard, in ${lang}`, async ({
    open,
  }) => {
    test.slow() // three whole checks one after another: more than a minute on a loaded machine
    dns = await startDnsServer(ownZone())
    const page = await open(lang)
    await checkDomain(page, lang, 'healthy.test')
    await expect(page.locator('[data-check-id="dns.mx"]')).toHaveAttribute('data-status', 'pass')

    await typeDnsServers(page, lang, 'dns.example')
    const dialog = page.getByRole('dialog', { name: text.settings })
    const dnsInEffect = dialog.locator('tr[data-setting="dns"]')
    await expect(dnsInEffect).toContainText(text.fromEnvironment)
    const field = dialog.getByRole('textbox', { name: text.dnsField })
    await expect(dialog.getByRole('alert')).toContainText(text.notAnAddress)
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toBeFocused()
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/settings-error-${lang}.png` })

    await typeDnsServers(page, lang, '127.0.0.1:70000')
    await expect(dialog.getByRole('alert')).toContainText(text.badPort)

    await typeDnsServers(page, lang, dns.address)
    await expect(dialog.getByRole('status')).toHaveText(text.saved(dns.address))
    await expect(dnsInEffect).toContainText(dns.address)
    await expect(dnsInEffect).toContainText(text.fromSaved)
    await expect(field).toHaveAttribute('aria-invalid', 'false')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(page, { path: `e2e/screenshots/settings-saved-${lang}.png` })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: text.settings })).toBeFocused()

    // The same domain, checked again: the server of the settings knows it but has no MX for it.
    const asked = dns.questions.length
    await page.keyboard.press('Alt+Shift+R')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.welcome)
    await checkDomain(page, lang, 'healthy.test')
    await expect(page.locator('[data-check-id="dns.mx"]')).toHaveAttribute('data-status', 'fail')
    expect(dns.questions.slice(asked).some((question) => question.name === 'healthy.test')).toBe(true)

    // Back to the system's resolvers (in this harness, the world's loopback server it was started with).
    await openStaffMenu(page)
    await page.getByRole('button', { name: text.settings }).focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toContainText(dns.address)
    await expect(dialog.getByRole('radio', { name: text.custom })).toBeChecked()
    await dialog.getByRole('radio', { name: text.custom }).focus()
    await page.keyboard.press('ArrowUp')
    await expect(dialog.getByRole('radio', { name: text.system })).toBeChecked()
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('status')).toHaveText(text.savedSystem)
    await expect(dnsInEffect).toContainText(text.fromEnvironment)
    await page.keyboard.press('Escape')
    const afterReset = dns.questions.length
    await page.keyboard.press('Alt+Shift+R')
    await checkDomain(page, lang, 'healthy.test')
    await expect(page.locator('[data-check-id="dns.mx"]')).toHaveAttribute('data-status', 'pass')
    expect(dns.questions.length).toBe(afterReset)
  })
}

for (const lang of ENGLISH) {
  const text = TEXT[lang]

  test(`call view: one check run again replaces its finding with the new result, by keyboard, in ${lang}`, async ({
    open,
  }) => {
    const zone = ownZone()
    dns = await startDnsServer(zone)
    const page = await open(lang)
    await typeDnsServers(page, lang, dns.address)
    await page.keyboard.press('Escape')
    await checkDomain(page, lang, 'rerun.test')
    await expect(page.getByRole('status').filter({ hasText: text.finished })).toBeVisible()
    const mx = page.locator('[data-check-id="dns.mx"]')
    await expect(mx).toHaveAttribute('data-status', 'pass')
    const spfBefore = await page.locator('[data-check-id="dns.spf"]').getAttribute('data-status')
    const findingCount = await page.locator('[data-check-id]').count()

    // Outside the call view there is nothing to run again.
    await expect(page.getByRole('button', { name: text.rerun })).toHaveCount(0)
    await page.keyboard.press('Alt+Shift+V')
    const rerun = mx.getByRole('button', { name: text.rerun })
    await expect(rerun).toBeVisible()

    // The MX record goes away, and its answer now takes a moment.
    zone.records = zone.records.filter((record) => !(record.name === 'rerun.test' && record.type === 'MX'))
    zone.delays = { 'rerun.test MX': 800 }
    const asked = dns.questions.length
    await rerun.focus()
    await page.keyboard.press('Enter')
    const busy = mx.getByRole('button', { name: text.rerunning })
    await expect(busy).toHaveAttribute('aria-busy', 'true')
    await expect(busy).toBeFocused()
    await expect(mx).toHaveAttribute('data-status', 'fail')
    await expect(mx.getByRole('button', { name: text.rerun })).toHaveAttribute('aria-busy', 'false')
    await expect(mx.getByRole('button', { name: text.rerun })).toBeFocused()

    expect(dns.questions.slice(asked)).toContainEqual(
      expect.objectContaining({ name: 'rerun.test', type: 'MX' }),
    )
    // Only that check changed: the others are there once each, as they were.
    await expect(page.locator('[data-check-id]')).toHaveCount(findingCount)
    await expect(page.locator('[data-check-id="dns.mx"]')).toHaveCount(1)
    await expect(page.locator('[data-check-id="dns.spf"]')).toHaveAttribute('data-status', spfBefore ?? '')
    await expectNoSeriousAxeViolations(page)
    await keepScreenshot(mx, { path: `e2e/screenshots/rerun-${lang}.png` })
  })
}
