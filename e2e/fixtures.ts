import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { startHarness, type Harness } from './harness/harness'
import { startWizardWorld, type WizardWorld } from './servers/wizard-world'

/**
 * Playwright's test with, per worker, the loopback servers of the wizard's stories and a harness
 * whose engine talks only to them.
 */
export const test = base.extend<
  { open: (lang: 'it' | 'en') => Promise<Page> },
  { harness: Harness; world: WizardWorld }
>({
  world: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument
    async ({}, use) => {
      const world = await startWizardWorld()
      await use(world)
      await world.close()
    },
    { scope: 'worker' },
  ],
  harness: [
    async ({ world }, use) => {
      const harness = await startHarness({ engineOptions: world.engineOptions })
      await use(harness)
      await harness.close()
    },
    { scope: 'worker' },
  ],
  open: async ({ page, harness }, use) => {
    await use(async (lang) => {
      await page.goto(`${harness.url}&lang=${lang}`)
      return page
    })
  },
})

/** The little of the DOM the specs reach into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  document: { getAnimations: () => { playState: string }[] }
}

/** Fails on any serious or critical axe violation of the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        (globalThis as unknown as BrowserGlobals).document
          .getAnimations()
          .every((animation) => animation.playState !== 'running'),
      ),
    )
    .toBe(true)
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

/** Opens the header's staff menu (History, Call view, Settings) when it is closed. */
export async function openStaffMenu(page: Page): Promise<void> {
  const menu = page.locator('details.staff-menu')
  const open = await menu.evaluate((element) => (element as unknown as { open: boolean }).open)
  if (!open) await menu.locator('summary').click()
}

export { expect }
