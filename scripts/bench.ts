/**
 * Benchmarks of the engine against loopback servers that add a fixed delay to every answer.
 * Run with `npm run bench`; each section is one function and prints its own lines.
 */
import { authoritativeZones, fixtureZones } from '../e2e/servers/dns-fixtures'
import { startDnsServer } from '../e2e/servers/dns-server'
import type { CheckRequest } from '../shared/ipc'
import type { Finding } from '../shared/report'
import type { CheckContext } from '../electron/engine/context'
import { createDnsClient } from '../electron/engine/dns/dns-client'
import { runDnsChecks } from '../electron/engine/dns'

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

/** The whole DNS check of one domain: wall time against its critical path and the serial sum. */
async function benchDnsCheck(): Promise<void> {
  const resolver = await startDnsServer(fixtureZones(DNS_DELAY_MS))
  const authA = await startDnsServer(authoritativeZones('mx1.good.test', DNS_DELAY_MS))
  const authB = await startDnsServer(authoritativeZones('mx1.good.test', DNS_DELAY_MS))
  try {
    const controller = new AbortController()
    const options = {
      dnsServers: [resolver.address],
      stepTimeoutMs: 2000,
      timeoutMs: 20_000,
      nameserverPorts: { 'ns1.good.test': authA.port, 'ns2.good.test': authB.port },
    }
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
    const wall = performance.now() - started

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
    console.log(`  wall time:       ${formatMs(wall)}`)
    console.log(`  wall / critical: ${(wall / critical).toFixed(2)}`)
    console.log(`  sum / wall:      ${(serial / wall).toFixed(1)}× faster than asking one at a time`)
  } finally {
    await Promise.all([resolver.close(), authA.close(), authB.close()])
  }
}

async function main(): Promise<void> {
  await benchDnsCheck()
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
