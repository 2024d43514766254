/**
 * Benchmark of `check --from` for a hosting company: BATCH_SIZE domains, each set up like the shop
 * on the same slow loopback servers, checked `concurrency` at a time. The goal is
 * 1.5 × (domains / concurrency) × the wall time of one domain. The machine's load and the CPU spent
 * by the engine and by the loopback servers are printed with it, since on a shared machine a batch
 * waits for CPU that one domain alone hardly needs.
 */
import { cpus, loadavg } from 'node:os'
import type { CheckArea } from '../shared/ipc'
import { runCheck } from '../electron/engine/check'
import type { EngineOptions } from '../electron/engine/context/check-context'
import { checkBatch } from '../electron/cli/batch-check'
import { DEFAULT_BATCH_CONCURRENCY } from '../electron/cli/command-declaration'
import { BATCH_SIZE, batchDomain, SHOP_DOMAIN } from './bench-fixtures'
import { startSlowWorld } from './slow-world'

const EXTRAS = { only: ['dns', 'smtp', 'imap', 'pop3'] as CheckArea[] }
/** How many single-domain runs the reference time is the median of. */
const SINGLE_RUNS = 3

function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** The median wall time of one domain checked alone (after a warm-up run), and its CPU. */
async function oneDomain(options: EngineOptions): Promise<{ wall: number; cpu: number }> {
  await runCheck({ runId: 'bench-batch-warm-up', input: batchDomain(1), ...EXTRAS }, options)
  const runs: { wall: number; cpu: number }[] = []
  for (let run = 0; run < SINGLE_RUNS; run++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    await runCheck({ runId: `bench-batch-one-${run}`, input: batchDomain(run + 2), ...EXTRAS }, options)
    runs.push({ wall: performance.now() - started, cpu: cpuMsSince(cpu) })
  }
  runs.sort((a, b) => a.wall - b.wall)
  return runs[Math.floor(runs.length / 2)] ?? { wall: 0, cpu: 0 }
}

/** Checks every batch domain as `check --from` would, and returns the JSON lines it printed. */
async function runBatch(options: EngineOptions, concurrency: number): Promise<string[]> {
  const lines: string[] = []
  await checkBatch(
    {
      targets: Array.from({ length: BATCH_SIZE }, (_, index) => batchDomain(index + 1)),
      concurrency,
      json: true,
      lang: 'en',
      options,
      extras: EXTRAS,
      output: { line: (text) => lines.push(text), progress: () => undefined },
    },
    new AbortController().signal,
  )
  return lines
}

function loadText(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')
}

/** Runs the batch benchmark and prints its figures: times, goal and ratio, load, CPU. */
export async function benchBatch(): Promise<void> {
  const { world, cpuMs: serverCpuMs, stop } = await startSlowWorld()
  try {
    const options: EngineOptions = {
      dnsServers: [world.batchDns],
      extraCaPem: world.caPem,
      ports: { smtp: world.ports.smtp ?? 0 },
      allowPrivateAddresses: true,
      stepTimeoutMs: 5000,
      timeoutMs: 30_000,
    }
    const one = await oneDomain(options)
    const concurrency = DEFAULT_BATCH_CONCURRENCY
    const loadBefore = loadText()
    const engineCpu = process.cpuUsage()
    const serverCpuBefore = serverCpuMs()
    const started = performance.now()
    const lines = await runBatch(options, concurrency)
    const wall = performance.now() - started
    const engineMs = cpuMsSince(engineCpu)
    const serverCpuAfter = serverCpuMs()
    const serverMs =
      serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore
    const goal = 1.5 * (BATCH_SIZE / concurrency) * one.wall
    const outcomes = lines.map((line) => (JSON.parse(line) as { outcome: string }).outcome)
    const count = (outcome: string) => outcomes.filter((candidate) => candidate === outcome).length
    const perDomain = (ms: number) => formatMs(ms / BATCH_SIZE)
    console.log(`check --from: ${BATCH_SIZE} domains set up like ${SHOP_DOMAIN}, ${concurrency} at a time`)
    console.log(`  load average:    ${loadBefore} before, ${loadText()} after (${cpus().length} cores)`)
    console.log(
      `  one domain:      ${formatMs(one.wall)} (median of ${SINGLE_RUNS}; ${formatMs(one.cpu)} CPU)`,
    )
    console.log(
      `  lines printed:   ${lines.length} (ok ${count('ok')}, problems ${count('problems')}, offline ${count('offline')}, failed ${count('failed')})`,
    )
    console.log(`  wall time:       ${formatMs(wall)}`)
    console.log(
      `  CPU used:        engine ${formatMs(engineMs)} (${perDomain(engineMs)} a domain); loopback servers ${serverMs === null ? 'unknown' : `${formatMs(serverMs)} (${perDomain(serverMs)} a domain)`}`,
    )
    console.log(`  goal:            ${formatMs(goal)} = 1.5 × (${BATCH_SIZE} / ${concurrency}) × one domain`)
    console.log(`  wall / goal:     ${(wall / goal).toFixed(2)} (≤ 1.00 meets it)`)
  } finally {
    await stop()
  }
}
