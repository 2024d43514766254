import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createI18n, resources } from '../shared/i18n'
import { fixParams } from '../shared/knowledge/mail-program-labels'
import { expect, expectNoSeriousAxeViolations, ITALIAN, openStaffMenu, test } from './fixtures'
import { person, type Lang } from './person'
import { keepScreenshot } from './screenshots'

/** A recorded Thunderbird profile: mario@healthy.test sends through ssl0.ovh.net on 587 with STARTTLS. */
const PROFILE = join(import.meta.dirname, '../electron/engine/mail-programs/fixtures/thunderbird-ovh')
/** The same profile once its outgoing port and security are put right (465, SSL/TLS). */
const FIXED = join(import.meta.dirname, '../electron/engine/mail-programs/fixtures/thunderbird-ovh-fixed')

test.beforeEach(() => {
  process.env.MAILDOCTOR_THUNDERBIRD_DIR = PROFILE
})
test.afterEach(() => {
  delete process.env.MAILDOCTOR_THUNDERBIRD_DIR
})

/** Every screen title the person saw, in order (recorded in the page as the wizard renders them). */
const RECORD_TITLES = () => {
  const scope = globalThis as unknown as {
    __titles: string[]
    MutationObserver: new (callback: () => void) => { observe: (node: unknown, options: unknown) => void }
    document: {
      documentElement: unknown
      querySelector: (selector: string) => { textContent: string } | null
    }
  }
  scope.__titles = []
  new scope.MutationObserver(() => {
    const title = scope.document.querySelector('#screen-title')?.textContent ?? ''
    if (title !== '' && scope.__titles.at(-1) !== title) scope.__titles.push(title)
  }).observe(scope.document, { childList: true, subtree: true, characterData: true })
}

/** Everything that could hold a secret after the walk: the summary, the exports, the page's storage, the history. */
async function everyOutput(page: Page, historyDir: string, lang: Lang): Promise<string[]> {
  const panel = resources[lang].report.panel
  await page.getByRole('button', { name: panel.copy }).click()
  const places = [
    await page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText: () => Promise<string> } } }
      ).navigator.clipboard.readText(),
    ),
  ]
  for (const name of [panel.exportHtml, panel.exportJson]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ])
    places.push(await readFile((await download.path()) ?? '', 'utf8'))
  }
  places.push(
    await page.evaluate(() => {
      const scope = globalThis as unknown as { sessionStorage: object; localStorage: object }
      return JSON.stringify([{ ...scope.sessionStorage }, { ...scope.localStorage }])
    }),
  )
  const history = await readdir(historyDir)
  expect(history.length).toBeGreaterThan(0)
  for (const name of history) places.push(await readFile(join(historyDir, name), 'utf8'))
  places.push((await page.locator('body').textContent()) ?? '')
  return places
}

for (const lang of ITALIAN)
  test(`a wrong outgoing port in Thunderbird ends on the field to fix, without a technical question (${lang})`, async ({
    open,
    harness,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const p = await person(open, lang)
    await p.page.addInitScript(RECORD_TITLES)
    await p.page.reload()
    await p.page.setViewportSize({ width: 480, height: 900 })
    const { t } = createI18n(lang)
    const texts = p.tree.nodes.programs
    await p.pastTheServices('cannotSend', 'ovh-mxplan', 'mario@healthy.test')
    await expect(p.heading()).toHaveText(texts.title)
    await expect(p.page.locator('.lead')).toHaveText(texts.lead)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('programs-consent')
    await p.page.getByRole('button', { name: texts.yes }).click()

    const fixes = [
      fixParams('thunderbird', lang, { field: 'outgoing.port', now: '587', right: '465' }),
      fixParams('thunderbird', lang, { field: 'outgoing.security', now: 'starttls', right: 'ssl' }),
    ].map((params) => t('mailPrograms:fix', params))
    const accounts = p.page.locator('article.program-account')
    await expect(accounts.first().getByRole('heading')).toHaveText('Thunderbird · mario@healthy.test')
    await expect(accounts.first().locator('.program-fixes li')).toHaveText(fixes)
    // The other account (Gmail) is listed after the address's own, right as it is.
    await expect(accounts.nth(1)).toContainText(texts.allRight)
    await expect(p.page.locator('main')).not.toContainText(/PLANTED|\{\{|mailPrograms:/)
    await p.shot('programs-found')
    await p.page.getByRole('button', { name: texts.next }).click()

    await p.expectRemedy('fix-program-field')
    await p.expectBecause('programWrong')
    // The reason is said once: the blue box says why, the line under the title says what to do.
    const lead = resources[lang].remedy['fix-program-field'].summary
    await expect(p.page.locator('.lead')).toHaveText(lead)
    expect(lead).not.toBe(p.tree.because.programWrong)
    await expect(p.page.locator('.program-fixes-panel .program-fixes li')).toHaveText(fixes)
    // Each fix names the program's own path to the field.
    await expect(p.page.locator('.program-fixes-panel')).toContainText(
      fixParams('thunderbird', lang, { field: 'outgoing.port', now: '587', right: '465' }).path ?? '',
    )
    // Not a single technical question: the problem, the address, the provider, the services, the consent.
    // The "checking…" screens in between ask nothing.
    const titles = (
      await p.page.evaluate(() => (globalThis as unknown as { __titles: string[] }).__titles)
    ).filter((title) => title !== p.tree.ui.waiting)
    const confirm = p.tree.nodes['provider-confirm'].title.replace('{{provider}}', 'OVHcloud MX Plan')
    expect(titles).toEqual([
      p.tree.nodes.problem.title,
      resources[lang].input.domain.title,
      confirm,
      p.tree.nodes['offer-active'].title,
      texts.title,
      resources[lang].remedy['fix-program-field'].title,
    ])
    const overflow = await p.page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return root.scrollWidth - root.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoSeriousAxeViolations(p.page)
    await p.shot('remedy-fix-program-field')
    await p.solved()
    await expect(p.heading()).toHaveText(p.tree.ui.solvedTitle)

    await p.page.setViewportSize({ width: 1700, height: 1000 })
    await openStaffMenu(p.page)
    await p.page.getByRole('button', { name: resources[lang].report.staff.callView, exact: true }).click()
    const rows = p.page.locator('.call-view-evidence [data-check-id="client.programs"]')
    await expect(rows).toHaveCount(2)
    for (const row of await rows.all()) await row.getByText(resources[lang].report.staff.evidence).click()
    // Every account, every field.
    await expect(rows.locator('article.program-account')).toHaveCount(2)
    await expect(rows.locator('article.program-account dd')).toHaveCount(18)
    const own = rows.filter({ hasText: 'mario@healthy.test' })
    await expect(own.locator('[data-evidence-for="client.programs"]')).toContainText('ssl0.ovh.net')
    await expect(own.locator('.program-fixes li')).toHaveText(fixes)
    await keepScreenshot(own, { path: `e2e/screenshots/call-view-programs-${lang}.png` })

    // Staff put the port right on the person's computer, then read the settings again.
    process.env.MAILDOCTOR_THUNDERBIRD_DIR = FIXED
    await own.getByRole('button', { name: resources[lang].report.staff.rerun }).click()
    const fixed = p.page
      .locator('.call-view-evidence [data-check-id="client.programs"]')
      .filter({ hasText: 'mario@healthy.test' })
    await expect(fixed).toHaveAttribute('data-status', 'pass')
    await fixed.getByText(resources[lang].report.staff.evidence).click()
    await expect(fixed.locator('article.program-account')).toContainText(texts.allRight)
    await expect(p.page.locator('.call-view-evidence [data-check-id="client.programs"]')).toHaveCount(2)
    await keepScreenshot(fixed, { path: `e2e/screenshots/call-view-programs-rerun-${lang}.png` })

    for (const place of await everyOutput(p.page, harness.historyDir, lang))
      expect(place).not.toMatch(/PLANTED|7f3a|91c2/)
  })

test('saying no to reading the settings goes on with the questions of today (en)', async ({ open }) => {
  const p = await person(open, 'en')
  await p.pastTheServices('cannotSend', 'ovh-mxplan', 'mario@healthy.test')
  await expect(p.heading()).toHaveText(p.tree.nodes.programs.title)
  await p.page.getByRole('button', { name: p.tree.nodes.programs.no }).click()
  await expect(p.heading()).toHaveText(p.tree.nodes['send-symptom'].title)
})
