import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium'

const executablePath = chromiumPath()
// The worlds and the harness run their servers on loopback: the engine may connect there.
process.env.MAILDOCTOR_ALLOW_PRIVATE = '1'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Each test gets a fresh page and every worker its own world and harness, so the tests of one file
  // may run in either worker: the long files no longer hold one worker while the other waits.
  fullyParallel: true,
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
    // A trace is recorded for every test and kept for the failing ones: worth it on a developer's
    // machine, where the trace viewer opens it. The CI shows only its printed output, so .ci/run sets
    // MAILDOCTOR_E2E_TRACE=off and the stage saves the recording (about a fifth of its time).
    trace: process.env.MAILDOCTOR_E2E_TRACE === 'off' ? 'off' : 'retain-on-failure',
    // The screens' CSS turns its animations off for people who ask for less motion; the tests ask
    // too. The spinner and the findings sliding in kept the software compositor drawing frames:
    // about a quarter of the CPU of a wizard walk. No test looks at motion (axe waited for it to end).
    reducedMotion: 'reduce',
  },
})
