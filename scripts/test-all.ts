import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The whole test suite, in the order a newcomer would want it to fail: types, lint, unit and
 * integration tests (Vitest), then end-to-end (Playwright). Ends with one line of totals.
 */
const reports = mkdtempSync(join(tmpdir(), 'maildoctor-tests-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')

const stages: { name: string; command: string[]; env?: Record<string, string> }[] = [
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
  {
    name: 'unit and integration',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
  },
  {
    name: 'end-to-end',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  },
]

let failedStages = 0
for (const stage of stages) {
  process.stdout.write(`\n=== ${stage.name}\n`)
  const result = spawnSync(stage.command[0] ?? '', stage.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  })
  if (result.status !== 0) {
    failedStages += 1
    process.stdout.write(`=== ${stage.name} failed (exit ${result.status ?? result.signal})\n`)
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 }
try {
  const vitest = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests
} catch {
  totals.failed += 1
}
try {
  const playwright = JSON.parse(readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  }
  totals.passed += playwright.stats.expected + playwright.stats.flaky
  totals.failed += playwright.stats.unexpected
  totals.skipped += playwright.stats.skipped
} catch {
  totals.failed += 1
}
if (failedStages > 0 && totals.failed === 0) totals.failed = failedStages

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`)
process.exitCode = failedStages > 0 || totals.failed > 0 ? 1 : 0
