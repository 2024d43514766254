import type { Page } from '@playwright/test'
import { resources } from '../shared/i18n'
import { DECISION_TREE } from '../shared/tree/decision-tree'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { person, type Lang } from './person'
import { KEEP_SCREENSHOTS, keepScreenshot } from './screenshots'

/**
 * Every screen a person reads, on file under test-results/plain-words/ so a native reader can go
 * through them in context (issue 23, item 2): each question, each end screen with its "why" and
 * finding cards open, the findings, a returned message explained, the headers, settings and history.
 */
const SCREENS = Object.values(DECISION_TREE.nodes).filter((node) => node.kind !== 'route')

/** The little of the DOM the spec reaches into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  document: {
    querySelectorAll: (selector: string) => Iterable<{ open: boolean }>
    documentElement: { scrollHeight: number }
  }
}

/** Height of one saved tile: a tall page is saved in pieces a reader can take in at once. */
const TILE = 1400

/** Saves the page, every disclosure of the screen open, as tiles of at most TILE pixels. */
async function shot(page: Page, name: string, lang: Lang): Promise<void> {
  if (!KEEP_SCREENSHOTS) return
  const height = await page.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals
    for (const details of document.querySelectorAll('main .screen details')) details.open = true
    return document.documentElement.scrollHeight
  })
  const width = page.viewportSize()?.width ?? 720
  for (let top = 0, part = 1; top < height; top += TILE, part += 1)
    await keepScreenshot(page, {
      path: `test-results/plain-words/${name}-${lang}${height > TILE ? `-${part}` : ''}.png`,
      clip: { x: 0, y: top, width, height: Math.min(TILE, height - top) },
      fullPage: true,
    })
}

for (const lang of ['en', 'it'] as Lang[]) {
  test(`every screen a person reads is on file for a read in context (${lang})`, async ({ open }) => {
    // Without screenshots the walk would only repeat what e2e/wizard-zoom.spec.ts's walk of every
    // screen already asserts (no placeholder or key in any screen's text), at 480 CSS px.
    test.skip(!KEEP_SCREENSHOTS, 'a walk for screenshots: MAILDOCTOR_SCREENSHOTS=1 takes them')
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
    await p.page.getByRole('button', { name: resources[lang].common.action.close, exact: true }).click()
    await openStaffMenu(p.page)
    await p.page.getByRole('button', { name: resources[lang].report.history.open, exact: true }).click()
    await expect(p.page.getByRole('heading', { level: 1 })).toHaveText(resources[lang].report.history.title)
    await shot(p.page, '91-history', lang)
  })

  test(`a returned message and the headers, read in context (${lang})`, async ({ open }) => {
    const p = await person(open, lang)
    await p.pastTheServices('bounce', 'ovh-mxplan', 'mario@healthy.test')
    await shot(p.page, '10-bounce-input', lang)
    await p.pasteBounce('550 5.7.1 Message rejected as spam by Content Filtering')
    await p.expectRemedy('spam-refused')
    await shot(p.page, '11-bounce-spam-refused', lang)
  })

  test(`a DNS remedy offers “Check again” beside “Did this solve it?”, and it runs the checks again, by keyboard (${lang})`, async ({
    open,
  }) => {
    const p = await person(open, lang)
    await p.pastTheServices('cannotReceive', 'ovh-mxplan', 'wrong-mx.test')
    await p.expectRemedy('fix-mx')
    const again = p.page.getByRole('button', { name: p.tree.recheck.button, exact: true })
    await expect(again).toHaveCount(1)
    await expect(p.page.getByRole('group', { name: p.tree.ui.solvedQuestion })).toBeVisible()
    await expect(p.page.locator('ol.steps')).toContainText(p.tree.recheck.button)
    await expectNoSeriousAxeViolations(p.page)
    await again.focus()
    await p.page.keyboard.press('Enter')
    await p.expectRemedy('fix-mx')
    await p.expectBecause('mxWrong', { domain: 'wrong-mx.test', provider: 'OVHcloud MX Plan' })
    await shot(p.page, '02-fix-mx-checked-again', lang)
  })
}
