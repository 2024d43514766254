import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { judgeAudit, parseAuditCsv, type AllowlistEntry, type AuditFinding } from './audit-findings'

/**
 * `npm run audit:security`: runs Electronegativity over the app's main-process and renderer
 * sources together (its global checks, such as navigation limits, look across both), against the
 * Electron version installed, offline (the one check that needs the network,
 * the list of Electron releases, is left out: `npm outdated electron` answers that). Fails on a
 * high or medium finding that build/electronegativity-allowlist.json does not explain with a reason.
 */
const INPUTS = ['electron', 'renderer']
const ALLOWLIST = 'build/electronegativity-allowlist.json'

function electronVersion(): string {
  const manifest = createRequire(import.meta.url)('electron/package.json') as { version: string }
  return manifest.version
}

/** Scans a copy of the sources (without tests, builds or node_modules), so paths read `electron/...`. */
function scan(version: string, dir: string): AuditFinding[] {
  const sources = join(dir, 'app')
  for (const input of INPUTS)
    cpSync(input, join(sources, input), { recursive: true, filter: (path) => !/\.test\.tsx?$/.test(path) })
  cpSync('package.json', join(sources, 'package.json'))
  const output = join(dir, 'findings.csv')
  const tool = join(process.cwd(), 'node_modules/.bin/electronegativity')
  const args = [
    '-i',
    '.',
    '-r',
    '-e',
    version,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-v',
    'false',
    '-o',
    output,
  ]
  const run = spawnSync(tool, args, { encoding: 'utf8', cwd: sources })
  if (run.status !== 0) throw new Error(`electronegativity failed: ${run.stderr || run.stdout}`)
  return parseAuditCsv(readFileSync(output, 'utf8'))
}

function describe(finding: AuditFinding): string {
  return `${finding.severity} ${finding.issue} ${finding.file}:${finding.location} ${finding.description}: ${finding.sample}`
}

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-audit-'))
try {
  const version = electronVersion()
  const findings = scan(version, dir)
  const allowlist = JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as AllowlistEntry[]
  const verdict = judgeAudit(findings, allowlist)
  process.stdout.write(`Electronegativity against Electron ${version}: ${findings.length} findings\n`)
  for (const finding of findings) process.stdout.write(`  ${describe(finding)}\n`)
  for (const finding of verdict.unexplained) process.stdout.write(`UNEXPLAINED ${describe(finding)}\n`)
  for (const entry of verdict.withoutReason) process.stdout.write(`NO REASON ${entry.issue} ${entry.file}\n`)
  for (const entry of verdict.stale) process.stdout.write(`STALE ${entry.issue} ${entry.file}\n`)
  const failed = verdict.unexplained.length + verdict.withoutReason.length + verdict.stale.length > 0
  process.stdout.write(failed ? 'audit:security FAILED\n' : 'audit:security passed\n')
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(dir, { recursive: true, force: true })
}
