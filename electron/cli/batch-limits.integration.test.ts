import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureZones } from '../../e2e/servers/dns-fixtures'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import { checkBatch, MAX_TARGETS, readTargets } from './batch-check'
import { checkCommand } from './check-command'
import { UsageError } from './common'
import { ownMemory } from './own-memory.test-helper'

let server: FixtureDnsServer
let folder = ''

beforeAll(async () => {
  server = await startDnsServer(fixtureZones())
  folder = await mkdtemp(join(tmpdir(), 'batch-limits-'))
})

afterAll(async () => {
  await server?.close()
  await rm(folder, { recursive: true, force: true })
})

/** The highest resident memory seen while `work` runs, in bytes over what it was before. */
async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = ownMemory()
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, ownMemory())), 5)
  try {
    await work()
  } finally {
    clearInterval(timer)
  }
  return Math.max(peak, ownMemory()) - before
}

describe('check --from limits', () => {
  it('refuses a list of more than 100,000 entries instead of cutting it silently', async () => {
    const file = join(folder, 'long.txt')
    await writeFile(file, Array.from({ length: MAX_TARGETS + 1 }, (_, index) => `d${index}.test`).join('\n'))
    await expect(readTargets(file, 'en')).rejects.toThrow(UsageError)
    await writeFile(file, Array.from({ length: MAX_TARGETS }, (_, index) => `d${index}.test`).join('\n'))
    expect(await readTargets(file, 'en')).toHaveLength(MAX_TARGETS)
  })

  it('reads a 300 MB line in little memory, keeping only its start', async () => {
    const file = join(folder, 'huge-line.txt')
    const handle = await open(file, 'w')
    await handle.write('good.test\n')
    await handle.write('\nexample.test\n', 300 * 1024 * 1024)
    await handle.close()
    let targets: string[] = []
    const growth = await peakGrowth(async () => (targets = await readTargets(file, 'en')))
    expect(targets).toHaveLength(3)
    expect(targets[1]?.length).toBe(1024)
    expect(targets[2]).toBe('example.test')
    expect(growth).toBeLessThan(100 * 1024 * 1024)
  })

  it('refuses a concurrency over the cap, with exit status 2', async () => {
    await expect(checkCommand(['--from', '-', '--concurrency', '1000', '--lang', 'en'])).rejects.toThrow(
      UsageError,
    )
  })

  it('checks each distinct domain once and prints a line for every entry', async () => {
    const lines: string[] = []
    const targets = ['good.test', 'GOOD.test', 'www.good.test', 'good.test.', 'nullmx.test', 'not a domain!']
    await checkBatch(
      {
        targets,
        concurrency: 4,
        json: true,
        lang: 'en',
        options: { dnsServers: [server.address], stepTimeoutMs: 500, timeoutMs: 5000 },
        extras: { only: ['dns'] },
        output: { line: (text) => lines.push(text), progress: () => undefined },
      },
      new AbortController().signal,
    )
    const inputs = lines.map((line) => (JSON.parse(line) as { input: string }).input)
    expect(inputs.sort()).toEqual([...targets].sort())
    const mxQuestions = server.questions.filter((q) => q.name === 'good.test' && q.type === 'MX')
    expect(mxQuestions).toHaveLength(1)
  })
})
