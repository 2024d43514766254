import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium'

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
            args: CHROMIUM_ARGS,
          },
        }
      : {}),
    trace: 'retain-on-failure',
  },
})
