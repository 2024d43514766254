/**
 * Benchmarks of the engine against loopback servers that add a fixed delay to every answer.
 * Run with `npm run bench`; each section is one function and prints its own lines.
 */
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium'
import { ensureBuilt, startHarness } from '../e2e/harness/harness'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startDnsServer } from '../e2e/servers/dns-server'
import { silentServer, startRawServer } from '../e2e/servers/misbehaving-servers'
import { PROBE_KINDS, type CheckArea, type CheckRequest, type ProbeKind } from '../shared/ipc'
import type { Finding } from '../shared/report'
import { runCheck } from '../electron/engine/check'
import type { CheckContext, EngineOptions } from '../electron/engine/context/check-context'
import { createDnsClient, type DnsClient } from '../electron/engine/context/dns-client'
import { runDnsChecks } from '../electron/engine/dns'
import {
  CLIENT_KINDS,
  DNS_DELAY_MS as SHOP_DNS_DELAY_MS,
  SERVER_DELAY_MS,
  SHOP_DOMAIN,
  shopZone,
} from './bench-fixtures'
import { benchBatch } from './bench-batch'
import { benchDiscovery } from './bench-discovery'
import { benchHostile } from './bench-hostile'
import { startSlowWorld } from './slow-world'
import { probeClientKind, probeMailServers } from '../electron/engine/probe-modules'
import { probeOptionsFrom, runProbe } from '../electron/engine/probes/run-probe'
import { readHeaders } from '../shared/headers/read-headers'

// Every bench server listens on loopback: the engine may connect there (MAILDOCTOR_ALLOW_PRIVATE).
process.env.MAILDOCTOR_ALLOW_PRIVATE = '1'

/** The delay every loopback DNS answer waits, in ms. */
const DNS_DELAY_MS = 50
const BENCH_DOMAIN = 'good.test'

/**
 * The chains of dependent queries in the DNS check of the fixture domain: each step needs the
 * answer of the one before. Their longest, times the delay, is the fastest the check can be.
 */
const DNS_CHAINS: Record<string, string[]> = {
  'reverse name of an MX address': [
    'MX good.test',
    'A/AAAA mx2.good.test',
    'PTR 20.2.0.192.in-addr.arpa',
    'A/AAAA elsewhere.good.test',
  ],
  'blocklists of an MX address': ['MX good.test', 'A/AAAA mx1.good.test', 'A 10.2.0.192.zen.spamhaus.org'],
  'authoritative servers agree': ['NS good.test', 'A/AAAA ns1.good.test', 'MX good.test @ns1'],
  'SPF mx mechanism': ['TXT good.test', 'MX good.test', 'A mx1.good.test'],
  'DMARC report authorisation': ['TXT _dmarc.good.test', 'TXT good.test._report._dmarc.reports.test'],
}

function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`
}

/** One DNS check of the bench domain on a fresh client (nothing cached): its wall time and what it did. */
async function timeDnsCheck(
  options: CheckContext['options'],
): Promise<{ wall: number; findings: Finding[]; client: DnsClient }> {
  const controller = new AbortController()
  const client = createDnsClient(options, controller.signal)
  const findings: Finding[] = []
  const request: CheckRequest = { runId: 'bench', input: BENCH_DOMAIN, only: ['dns'] }
  const ctx: CheckContext = {
    request,
    domain: BENCH_DOMAIN,
    domainUnicode: BENCH_DOMAIN,
    localPart: null,
    options,
    signal: controller.signal,
    dns: client,
    emit: (finding) => findings.push(finding),
  }
  const started = performance.now()
  await runDnsChecks(ctx, client)
  return { wall: performance.now() - started, findings, client }
}

/**
 * The whole DNS check of one domain, its servers in another process (as in the full check): wall
 * time against its critical path and the serial sum.
 */
async function benchDnsCheck(): Promise<void> {
  const { world, stop } = await startSlowWorld()
  try {
    const options = {
      dnsServers: [world.fixtureDns],
      stepTimeoutMs: 2000,
      timeoutMs: 20_000,
      nameserverPorts: world.fixtureNameserverPorts,
    }
    // One run first, measured apart, so the measured one does not pay for loading and compiling code
    // (the engine's and the loopback servers' alike), as in the full check.
    const cold = await timeDnsCheck(options)
    const { wall, findings, client } = await timeDnsCheck(options)

    const longest = Object.entries(DNS_CHAINS).reduce((best, entry) =>
      entry[1].length > best[1].length ? entry : best,
    )
    const critical = longest[1].length * DNS_DELAY_MS
    const serial = client.log.reduce((sum, entry) => sum + entry.durationMs, 0)
    console.log(`DNS check of ${BENCH_DOMAIN}, every answer delayed ${DNS_DELAY_MS} ms`)
    console.log(`  findings:        ${findings.length}`)
    console.log(`  queries sent:    ${client.log.length} (each name and type once per run)`)
    for (const [name, chain] of Object.entries(DNS_CHAINS))
      console.log(`  chain ${name}: ${chain.length} × ${DNS_DELAY_MS} ms  (${chain.join(' → ')})`)
    console.log(`  critical path:   ${formatMs(critical)}  (${longest[0]})`)
    console.log(`  serial sum:      ${formatMs(serial)}  (the same queries one after another)`)
    console.log(
      `  first run:       ${formatMs(cold.wall)}  (${(cold.wall / critical).toFixed(2)} × critical: loading and compiling code)`,
    )
    console.log(`  wall time:       ${formatMs(wall)}`)
    console.log(`  wall / critical: ${(wall / critical).toFixed(2)}  (goal ≤ 1.10)`)
    console.log(`  sum / wall:      ${(serial / wall).toFixed(1)}× faster than asking one at a time`)
  } finally {
    await stop()
  }
}

/**
 * The full check (DNS, then every probe as soon as its server is known) against slow loopback
 * servers in another process: wall time against the critical path, and against the same steps
 * one after another.
 */
async function benchFullCheck(): Promise<void> {
  const { world, stop } = await startSlowWorld()
  try {
    const areas: CheckArea[] = ['dns', 'smtp', 'imap', 'pop3']
    const options: EngineOptions = {
      dnsServers: [world.dns],
      extraCaPem: world.caPem,
      ports: { smtp: world.ports.smtp ?? 0 },
      allowPrivateAddresses: true,
      stepTimeoutMs: 5000,
      timeoutMs: 30_000,
    }
    // One run first, unmeasured, so the measured one does not pay for loading and compiling code.
    await runCheck({ runId: 'bench-warm-up', input: SHOP_DOMAIN, only: areas }, options)
    const started = performance.now()
    const report = await runCheck({ runId: 'bench', input: SHOP_DOMAIN, only: areas }, options)
    const wall = performance.now() - started

    // Each probe alone, on the address (no lookup): the part of its chain inside the server dialogue.
    const probed = PROBE_KINDS.filter((kind) => world.ports[kind] !== undefined)
    const alone: Partial<Record<ProbeKind, number>> = {}
    for (const kind of probed) {
      const port = world.ports[kind] ?? 0
      const begin = performance.now()
      await runProbe({ kind, host: '127.0.0.1', port }, probeOptionsFrom({ ...options, stepTimeoutMs: 5000 }))
      alone[kind] = performance.now() - begin
    }
    const chains: [string, number][] = [
      ['SPF mx mechanism: TXT → MX → A localhost', 3 * SHOP_DNS_DELAY_MS],
      ['reverse name: MX → A localhost → PTR', 3 * SHOP_DNS_DELAY_MS],
      ['blocklists: MX → A localhost → A 1.0.0.127.zen.spamhaus.org', 3 * SHOP_DNS_DELAY_MS],
      ...probed.map((kind): [string, number] => [
        `${kind}: ${kind === 'smtp' ? 'MX' : 'SRV'} → A/AAAA localhost → ${kind} dialogue (${formatMs(alone[kind] ?? 0)} alone)`,
        2 * SHOP_DNS_DELAY_MS + (alone[kind] ?? 0),
      ]),
    ]
    const [criticalName, critical] = chains.reduce((best, chain) => (chain[1] > best[1] ? chain : best))

    // The same steps one after another: one DNS answer at a time, then each probe awaited in turn.
    const controller = new AbortController()
    const serialOptions = {
      ...options,
      dnsServers: [world.serialDns],
      stepTimeoutMs: 30_000,
      timeoutMs: 120_000,
    }
    const ctx: CheckContext = {
      request: { runId: 'bench-serial', input: SHOP_DOMAIN, only: areas },
      domain: SHOP_DOMAIN,
      domainUnicode: SHOP_DOMAIN,
      localPart: null,
      options: serialOptions,
      signal: controller.signal,
      dns: createDnsClient(
        { dnsServers: serialOptions.dnsServers, stepTimeoutMs: 30_000 },
        controller.signal,
      ),
      emit: () => undefined,
    }
    const serialStarted = performance.now()
    await runDnsChecks(ctx, ctx.dns)
    await probeMailServers(ctx)
    for (const kind of CLIENT_KINDS) await probeClientKind(ctx, kind)
    const serial = performance.now() - serialStarted

    const probesPassed = report.findings
      .filter((finding) => finding.status === 'pass' && !/^(dns|input)\./.test(finding.id))
      .map((finding) => finding.id)
    console.log(
      `Full check of ${SHOP_DOMAIN} (${areas.join(', ')}): every DNS answer delayed ${SHOP_DNS_DELAY_MS} ms, every server reply ${SERVER_DELAY_MS} ms`,
    )
    if (world.noDovecot) console.log(`  (IMAP and POP3 left out: ${world.noDovecot})`)
    console.log(`  findings:        ${report.findings.length}; probes passed: ${probesPassed.join(', ')}`)
    for (const [name, ms] of chains) console.log(`  chain ${formatMs(ms).padStart(7)}  ${name}`)
    console.log(`  critical path:   ${formatMs(critical)}  (${criticalName})`)
    console.log(`  wall time:       ${formatMs(wall)}`)
    console.log(`  wall / critical: ${(wall / critical).toFixed(2)}  (goal ≤ 1.10)`)
    console.log(
      `  one after another: ${formatMs(serial)}  (${(serial / wall).toFixed(1)}× the concurrent run)`,
    )
  } finally {
    await stop()
  }
}

/** A check whose every server accepts the connection and then says nothing ends at its deadline. */
async function benchSilentCheck(): Promise<void> {
  const silent = await Promise.all(PROBE_KINDS.map(() => startRawServer(silentServer)))
  const ports = Object.fromEntries(PROBE_KINDS.map((kind, index) => [kind, silent[index]?.port ?? 0]))
  const resolver = await startDnsServer({ records: shopZone(ports) })
  try {
    const timeoutMs = 2000
    const stepTimeoutMs = 5000
    const started = performance.now()
    const report = await runCheck(
      { runId: 'bench-silent', input: SHOP_DOMAIN, only: ['dns', 'smtp', 'imap', 'pop3'] },
      { dnsServers: [resolver.address], ports: { smtp: ports.smtp ?? 0 }, timeoutMs, stepTimeoutMs },
    )
    const wall = performance.now() - started
    const timedOut = report.findings.filter(
      (finding) => finding.title.key === 'probe:orchestration.timeUp.title',
    )
    const open = silent.reduce((sum, server) => sum + server.openConnections(), 0)
    console.log(`Check of ${SHOP_DOMAIN} where all ${PROBE_KINDS.length} mail servers stay silent`)
    console.log(`  whole deadline:  ${formatMs(timeoutMs)} (each step may take ${formatMs(stepTimeoutMs)})`)
    console.log(`  wall time:       ${formatMs(wall)}`)
    console.log(
      `  sum of the step deadlines, one probe after another: ${formatMs(PROBE_KINDS.length * stepTimeoutMs)}`,
    )
    console.log(
      `  probes reported "the check ran out of time": ${timedOut.length}; connections left open: ${open}`,
    )
  } finally {
    await Promise.all([resolver.close(), ...silent.map((server) => server.close())])
  }
}

/** The renderer's JavaScript as shipped: each bundle raw and gzipped (rebuilt first when stale). */
function benchRendererBundle(): void {
  const assets = join('out', 'renderer', 'assets')
  if (!ensureBuilt() || !existsSync(assets)) {
    console.log('Renderer bundle: the build failed; run `npx electron-vite build` to see why')
    return
  }
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'))
  console.log('Renderer bundle (out/renderer/assets)')
  let raw = 0
  let gzipped = 0
  let firstScreen = 0
  for (const name of files) {
    const content = readFileSync(join(assets, name))
    const zipped = gzipSync(content).length
    raw += content.length
    gzipped += zipped
    if (/^(index|rolldown-runtime|en)-/.test(name)) firstScreen += zipped
    console.log(
      `  ${name.padEnd(40)} ${formatKb(content.length).padStart(9)} raw ${formatKb(zipped).padStart(9)} gzip`,
    )
  }
  console.log(
    `  ${'total'.padEnd(40)} ${formatKb(raw).padStart(9)} raw ${formatKb(gzipped).padStart(9)} gzip`,
  )
  console.log(
    `  ${'first screen (app + one language)'.padEnd(40)} ${''.padStart(13)} ${formatKb(firstScreen).padStart(9)} gzip; the rest loads when needed`,
  )
}

/** How long the first screen takes to be usable: page load to the Start button ready, in Chromium. */
async function benchFirstScreen(): Promise<void> {
  const executablePath = chromiumPath()
  if (!executablePath) {
    console.log('First screen: skipped, no Chromium (set PLAYWRIGHT_CHROMIUM_PATH)')
    return
  }
  const harness = await startHarness({ engineOptions: { dnsServers: ['127.0.0.1:9'] } })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const times: number[] = []
  try {
    for (let round = 0; round < 7; round += 1) {
      const page = await browser.newPage()
      const started = performance.now()
      await page.goto(`${harness.url}&lang=en`)
      await page.getByRole('button', { name: 'Start' }).click({ trial: true })
      times.push(performance.now() - started)
      await page.close()
    }
  } finally {
    await browser.close()
    await harness.close()
  }
  times.sort((a, b) => a - b)
  console.log('First screen (Chromium, harness on loopback, 7 fresh pages)')
  console.log(
    `  from navigation to the Start button ready: median ${formatMs(times[3] ?? 0)}, slowest ${formatMs(times.at(-1) ?? 0)} (goal < 1000 ms)`,
  )
}

/** 1 MB of headers (the header corpus repeated): the reader should take under 100 ms. */
async function benchHeaders(): Promise<void> {
  const corpus = join(import.meta.dirname, '../shared/headers/corpus')
  const blocks = readdirSync(corpus).map(
    (name) => readFileSync(join(corpus, name), 'utf8').split(/\r?\n\r?\n/)[0] ?? '',
  )
  const lines: string[] = []
  for (let size = 0, index = 0; size < 1024 * 1024; index++) {
    const block = blocks[index % blocks.length] ?? ''
    lines.push(block)
    size += block.length + 1
  }
  const text = `${lines.join('\n')}\n\nbody\n`
  await readHeaders(text)
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    const started = performance.now()
    await readHeaders(text)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  console.log(`Headers reader: ${formatKb(text.length)} of headers, 5 runs`)
  console.log(`  median ${formatMs(times[2] ?? 0)}, slowest ${formatMs(times.at(-1) ?? 0)} (goal < 100 ms)`)
}

function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** Every section, by the name `npm run bench -- NAME...` picks it with (all when none is named). */
const SECTIONS: Record<string, () => void | Promise<void>> = {
  headers: benchHeaders,
  dns: benchDnsCheck,
  discovery: benchDiscovery,
  full: benchFullCheck,
  silent: benchSilentCheck,
  batch: benchBatch,
  bundle: benchRendererBundle,
  'first-screen': benchFirstScreen,
  hostile: benchHostile,
}

async function main(): Promise<void> {
  const named = process.argv.slice(2)
  const unknown = named.filter((name) => !Object.hasOwn(SECTIONS, name))
  if (unknown.length > 0)
    throw new Error(
      `no bench section ${unknown.join(', ')}; the sections are ${Object.keys(SECTIONS).join(', ')}`,
    )
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (named.length > 0 && !named.includes(name)) continue
    await section()
    console.log()
  }
}

main().then(
  () => {
    process.exitCode = 0
  },
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  },
)
