import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { DECISION_TREE } from '../shared/tree/decision-tree'
import { expect, openStaffMenu, test } from './fixtures'
import { person, type Lang } from './person'

/**
 * Every screen a person reads, on file under test-results/plain-words/ so a native reader can go
 * through them in context (issue 23, item 2): each question, each end screen with its "why" and
 * finding cards open, the findings, a returned message explained, the headers, settings and history.
 */
const SCREENS = Object.values(DECISION_TREE.nodes).filter((node) => node.kind !== 'route')

/** The little of the DOM the spec reaches into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  document: { querySelectorAll: (selector: string) => Iterable<{ open: boolean }> }
}

async function shot(page: Page, name: string, lang: Lang): Promise<void> {
  await page.evaluate(() => {
    for (const details of (globalThis as unknown as BrowserGlobals).document.querySelectorAll(
      'main details',
    ))
      details.open = true
  })
  await page.screenshot({ path: `test-results/plain-words/${name}-${lang}.png`, fullPage: true })
}

for (const lang of ['en', 'it'] as Lang[]) {
  test(`every screen a person reads is on file for a read in context (${lang})`, async ({ open }) => {
    test.setTimeout(300_000)
    const p = await person(open, lang)
    await p.page.setViewportSize({ width: 720, height: 900 })
    await shot(p.page, '00-problem', lang)
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', 'wrong-mx.test')
    await p.expectRemedy('fix-mx')
    await shot(p.page, '01-fix-mx-walked', lang)
    const callView = p.page.getByRole('button', { name: resources[lang].report.staff.callView, exact: true })
    await openStaffMenu(p.page)
    for (const node of SCREENS) {
      await callView.click()
      await p.page.locator(`[data-node-id="${node.id}"]`).click()
      await callView.click()
      await expect(p.page.locator('main')).not.toContainText(/\{\{|remedy:|tree:/)
      await shot(p.page, `${node.kind}-${node.id}`, lang)
    }
    await openStaffMenu(p.page)
    await p.page.getByRole('button', { name: resources[lang].common.settings.open, exact: true }).click()
    await shot(p.page, '90-settings', lang)
  })

  test(`a returned message and the headers, read in context (${lang})`, async ({ open }) => {
    const p = await person(open, lang)
    await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
    await shot(p.page, '10-bounce-input', lang)
    await p.pasteBounce('550 5.7.1 Message rejected as spam by Content Filtering')
    await p.expectRemedy('spam-refused')
    await shot(p.page, '11-bounce-spam-refused', lang)
  })
}
