import { join } from 'node:path'
import { createI18n, resources } from '../shared/i18n'
import { fixParams } from '../shared/knowledge/mail-program-labels'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { person, type Lang } from './person'

/** A recorded Thunderbird profile: mario@healthy.test sends through ssl0.ovh.net on 587 with STARTTLS. */
const PROFILE = join(import.meta.dirname, '../electron/engine/mail-programs/fixtures/thunderbird-ovh')

test.beforeEach(() => {
  process.env.MAILDOCTOR_THUNDERBIRD_DIR = PROFILE
})
test.afterEach(() => {
  delete process.env.MAILDOCTOR_THUNDERBIRD_DIR
})

for (const lang of ['en', 'it'] as Lang[])
  test(`a wrong outgoing port in Thunderbird ends on the field to fix, without a technical question (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
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
    await expect(p.page.locator('.program-fixes-panel .program-fixes li')).toHaveText(fixes)
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

    await p.page.setViewportSize({ width: 1700, height: 1000 })
    await openStaffMenu(p.page)
    await p.page.getByRole('button', { name: resources[lang].report.staff.callView, exact: true }).click()
    const row = p.page.locator('.call-view-evidence [data-check-id="client.programs"]').first()
    await row.getByText(resources[lang].report.staff.evidence).click()
    const evidence = row.locator('[data-evidence-for="client.programs"]')
    await expect(evidence.locator('article.program-account dd')).toHaveCount(9)
    await expect(evidence).toContainText('ssl0.ovh.net')
    await p.page.screenshot({ path: `e2e/screenshots/call-view-programs-${lang}.png`, fullPage: true })
  })

test('saying no to reading the settings goes on with the questions of today (en)', async ({ open }) => {
  const p = await person(open, 'en')
  await p.pastTheServices('cannotSend', 'ovh-mxplan', 'mario@healthy.test')
  await expect(p.heading()).toHaveText(p.tree.nodes.programs.title)
  await p.page.getByRole('button', { name: p.tree.nodes.programs.no }).click()
  await expect(p.heading()).toHaveText(p.tree.nodes['send-symptom'].title)
})
