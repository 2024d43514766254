import type { Page } from '@playwright/test'
import { expect, expectNoSeriousAxeViolations, openStaffMenu, test } from './fixtures'
import { Person } from './person'
import { keepScreenshot } from './screenshots'

const TEXT = {
  en: {
    start: 'Start',
    offerActive: 'Is your email service paid up and active?',
    callView: 'Call view',
    notes: 'Notes for the report',
    automatic: 'automatic, done',
  },
  it: {
    start: 'Inizia',
    offerActive: 'Il tuo servizio di posta è pagato e attivo?',
    callView: 'Vista chiamata',
    notes: 'Note per il rapporto',
    automatic: 'automatico, fatto',
  },
} as const

async function reachResults(page: Page, lang: 'en' | 'it'): Promise<void> {
  const text = TEXT[lang]
  await page.getByRole('button', { name: text.start }).click()
  const person = new Person(page, lang)
  await person.choose('problem', 'cannotSend')
  await person.typeTarget('mario.rossi@healthy.test')
  await person.provider('unknown')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.offerActive)
  await expect(page.locator('[data-check-id="input.domain"]')).toHaveCount(1)
}

for (const width of [1280, 1920]) {
  for (const lang of ['en', 'it'] as const) {
    const text = TEXT[lang]
    test(`call view at ${width} px: map, screen, evidence and notes side by side, notes without scrolling, in ${lang}`, async ({
      open,
    }) => {
      const page = await open(lang)
      await page.setViewportSize({ width, height: 900 })
      await reachResults(page, lang)
      await page.keyboard.press('Alt+Shift+V')
      await openStaffMenu(page)
      await expect(page.getByRole('button', { name: text.callView })).toHaveAttribute('aria-pressed', 'true')

      const notes = page.getByRole('textbox', { name: text.notes })
      const box = await notes.boundingBox()
      expect(box).not.toBeNull()
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900)
      expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0)

      // Side by side: the map starts left of the current screen, on the same band of the page.
      const map = await page.locator('.call-view-map').boundingBox()
      const screen = await page.locator('.call-view-screen').boundingBox()
      const evidence = await page.locator('.call-view-evidence').boundingBox()
      expect((map?.x ?? 0) + (map?.width ?? 0)).toBeLessThanOrEqual(screen?.x ?? 0)
      expect(evidence?.x ?? 0).toBeGreaterThan(screen?.x ?? 0)
      if (width >= 1700) expect(evidence?.y ?? 0).toBeLessThan(300)

      // The automatic steps of the path are marked, with what decided them.
      await expect(page.locator('.tree-map').getByText(text.automatic).first()).toBeVisible()
      // The keyboard shortcuts stay.
      await notes.fill('Customer on the phone')
      await page.keyboard.press('Alt+Shift+V')
      await expect(page.getByRole('button', { name: text.callView })).toHaveAttribute('aria-pressed', 'false')
      await page.keyboard.press('Alt+Shift+V')
      await expect(notes).toHaveValue('Customer on the phone')
      await expect(page.locator('html')).toHaveJSProperty('scrollWidth', width)
      await expectNoSeriousAxeViolations(page)
      await keepScreenshot(page, { path: `e2e/screenshots/call-view-${width}-${lang}.png` })
    })
  }
}
