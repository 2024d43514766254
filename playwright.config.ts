import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Chromium to drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's, else Playwright's own. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
}

const executablePath = chromiumPath()

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    ...(executablePath
      ? {
          launchOptions: {
            executablePath,
            args: [
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
              '--disable-quic',
            ],
          },
        }
      : {}),
    trace: 'retain-on-failure',
  },
})
