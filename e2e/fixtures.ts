import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

/**
 * The language of a group of behaviour tests (what the wizard decides, where it leads). Each such
 * group runs once, the groups of a file alternating between Italian and English; both languages'
 * texts are checked key by key by the unit tests, and the tests of how texts read and fit (first
 * screens, zoom, narrow windows, plain words) still run in both.
 */
export const ITALIAN = ['it'] as const
/** See ITALIAN. */
export const ENGLISH = ['en'] as const

/** The language of the index-th walk of a list walked once each: even ones Italian, odd ones English. */
export function languageOfTurn(index: number): 'it' | 'en' {
  return index % 2 === 0 ? 'it' : 'en'
}

/** The little of the page the specs reach into; the node tsconfig has no DOM types. */
interface BrowserGlobals {
  document: { getAnimations: () => { playState: string }[] }
  axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> }
}

/** What axe-core reports of one rule that failed. */
interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core's source, read once per worker and put into a page only when it lacks it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Fails on any serious or critical axe violation of the page as it is now. axe-core runs inside
 * the page itself, with every rule on, and is injected once per page rather than once per call.
 */
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
  const hasAxe = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).axe !== undefined)
  if (!hasAxe) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as BrowserGlobals
    const results = await axe?.run(document, { resultTypes: ['violations'] })
    return (
      results?.violations ?? [{ id: 'axe-missing', impact: 'critical', help: 'axe did not load', nodes: [] }]
    )
  })
  const serious = violations.filter(
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
