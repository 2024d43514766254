import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The whole test suite, in the order a newcomer would want it to fail: types, lint and format (run
 * at once, each stage's output held back and printed whole, in this order), unit and integration
 * tests (Vitest, which also runs the architecture test of `npm run lint`), then end-to-end
 * (Playwright). Ends with one line of totals.
 */
const reports = mkdtempSync(join(tmpdir(), 'maildoctor-tests-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')

interface Stage {
  name: string
  command: string[]
  env?: Record<string, string>
}

/** The static checks: they share no files and each is single-threaded, so they run side by side. */
const checks: Stage[] = [
  { name: 'typecheck (node)', command: ['npx', 'tsc', '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (web)', command: ['npx', 'tsc', '-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
]

const suites: Stage[] = [
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

/** Says how a stage ended, and counts it when it failed (any exit but 0). */
function settle(stage: Stage, status: number | string | null, seconds: number): void {
  if (status === 0) {
    process.stdout.write(`=== ${stage.name} passed (${seconds.toFixed(0)} s)\n`)
    return
  }
  failedStages += 1
  process.stdout.write(`=== ${stage.name} failed (exit ${status ?? 'unknown'})\n`)
}

/** Runs a stage with its output (stdout and stderr, in the order written) held in memory. */
function runQuietly(
  stage: Stage,
): Promise<{ output: string; status: number | string | null; seconds: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(stage.command[0] ?? '', stage.command.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...stage.env },
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)))
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8')
      resolve({ output, status: code ?? signal, seconds: (Date.now() - started) / 1000 })
    })
  })
}

const running = checks.map((stage) => ({ stage, result: runQuietly(stage) }))
for (const { stage, result } of running) {
  process.stdout.write(`\n=== ${stage.name}\n`)
  const { output, status, seconds } = await result
  process.stdout.write(output)
  settle(stage, status, seconds)
}
for (const stage of suites) {
  process.stdout.write(`\n=== ${stage.name}\n`)
  const started = Date.now()
  const result = spawnSync(stage.command[0] ?? '', stage.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  })
  settle(stage, result.status ?? result.signal, (Date.now() - started) / 1000)
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
