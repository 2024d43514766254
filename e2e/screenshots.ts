import type { Locator, Page } from '@playwright/test'

/**
 * Whether this run keeps screenshots for a person to look at. Taking them costs seconds each, and no
 * test reads them, so they are taken only on request: `MAILDOCTOR_SCREENSHOTS=1 npm run test:e2e`.
 */
export const KEEP_SCREENSHOTS = process.env.MAILDOCTOR_SCREENSHOTS === '1'

/** What a kept screenshot is: where it goes, and the part of the page it holds. */
type ScreenshotOptions = NonNullable<Parameters<Page['screenshot']>[0]> & { path: string }

/** Saves a screenshot of the page or element at `options.path` when this run keeps screenshots. */
export async function keepScreenshot(target: Page | Locator, options: ScreenshotOptions): Promise<void> {
  if (KEEP_SCREENSHOTS) await target.screenshot(options)
}
