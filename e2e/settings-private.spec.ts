import type { Page } from '@playwright/test'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { startHarness, type Harness } from './harness/harness'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    settings: 'Settings',
    legend: 'Servers on your own network',
    label: 'Also check servers at private and loopback addresses (127.0.0.1, 10.x, 192.168.x, 169.254.x)',
    savedOn: 'Saved. The next checks also connect to private and loopback addresses.',
    savedOff: 'Saved. The next checks don’t connect to private and loopback addresses.',
  },
  it: {
    settings: 'Impostazioni',
    legend: 'Server della tua rete',
    label: 'Verifica anche i server con indirizzi privati e locali (127.0.0.1, 10.x, 192.168.x, 169.254.x)',
    savedOn: 'Salvato. Le prossime verifiche si collegano anche agli indirizzi privati e locali.',
    savedOff: 'Salvato. Le prossime verifiche non si collegano agli indirizzi privati e locali.',
  },
} as const

interface Finding {
  id: string
  status: string
  title: { key: string }
}

/** Checks `wrong-mx.test` (its mail host is on 127.0.0.1) through the page's bridge; its MX-hosts finding. */
async function mxHostsFinding(page: Page): Promise<Finding | undefined> {
  const report = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as { maildoctor: { runCheck: (request: unknown) => Promise<unknown> } }
    ).maildoctor
    return api.runCheck({ runId: `private-${Date.now()}`, input: 'wrong-mx.test', only: ['dns'] })
  })
  const findings = (report as { ok: boolean; value: { findings: Finding[] } }).value.findings
  return findings.find((finding) => finding.id === 'dns.mx.hosts')
}

/** Opens the header's Settings dialog by keyboard. */
async function openSettings(page: Page, lang: 'en' | 'it') {
  await openStaffMenu(page)
  await page.getByRole('button', { name: TEXT[lang].settings }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: TEXT[lang].settings })
  await expect(dialog).toBeVisible()
  return dialog
}

/** A harness whose launch does not allow private addresses, so only the setting can. */
let harness: Harness
test.beforeAll(async ({ world }) => {
  harness = await startHarness({ engineOptions: { ...world.engineOptions, allowPrivateAddresses: false } })
})
test.afterAll(async () => {
  await harness.close()
})

for (const lang of ['en', 'it'] as const) {
  const text = TEXT[lang]

  test(`settings: private addresses are off by default, and the opt-in reaches the next checks, by keyboard, in ${lang}`, async ({
    page,
  }) => {
    await page.goto(`${harness.url}&lang=${lang}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await mxHostsFinding(page)).toMatchObject({
      status: 'fail',
      title: { key: expect.stringContaining('mxHosts.privateTitle') as unknown },
    })

    const dialog = await openSettings(page, lang)
    const box = dialog.getByRole('checkbox', { name: text.label })
    await expect(dialog.getByRole('group', { name: text.legend })).toBeVisible()
    await expect(box).not.toBeChecked()
    await expect(box).toBeEnabled()
    await box.focus()
    await page.keyboard.press('Space')
    await expect(dialog.getByText(text.savedOn)).toBeVisible()
    await expect(box).toBeChecked()
    await expectNoSeriousAxeViolations(page)
    await page.setViewportSize({ width: 480, height: 900 })
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    )
    expect(width).toBeLessThanOrEqual(480)
    await keepScreenshot(page, { path: `e2e/screenshots/settings-private-${lang}.png` })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    expect(await mxHostsFinding(page)).toMatchObject({
      status: 'pass',
      title: { key: expect.stringContaining('mxHosts.okTitle') as unknown },
    })

    await page.reload()
    const again = await openSettings(page, lang)
    const kept = again.getByRole('checkbox', { name: text.label })
    await expect(kept).toBeChecked()
    await kept.focus()
    await page.keyboard.press('Space')
    await expect(again.getByText(text.savedOff)).toBeVisible()
    await page.keyboard.press('Escape')
    expect(await mxHostsFinding(page)).toMatchObject({ status: 'fail' })
  })
}
