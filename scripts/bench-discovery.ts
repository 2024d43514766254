/** Benchmark of settings discovery: every source at once, so its wall time is about its slowest source. */
import { startDnsServer } from '../e2e/servers/dns-server'
import { startHttpsServer } from '../e2e/servers/https-server'
import { createTestPki } from '../e2e/servers/test-ca'
import type { SourceOutcome } from '../shared/knowledge/discovered-settings'
import { runCheck } from '../electron/engine/check'

const DOMAIN = 'bench-discovery.test'
/** The delay of every DNS answer and of the autoconfig and Autodiscover web servers, in ms. */
const DNS_DELAY_MS = 50
const HTTPS_DELAY_MS = 300

/** Runs a discovery where every source has something to wait for, and prints the wall time against its slowest source. */
export async function benchDiscovery(): Promise<void> {
  const pki = createTestPki([`autoconfig.${DOMAIN}`, `autodiscover.${DOMAIN}`, DOMAIN])
  const dns = await startDnsServer({
    delayMs: DNS_DELAY_MS,
    records: [
      { name: DOMAIN, type: 'MX', data: { preference: 10, exchange: 'mx.aruba.it' } },
      { name: DOMAIN, type: 'A', data: '127.0.0.1' },
      { name: `autoconfig.${DOMAIN}`, type: 'A', data: '127.0.0.1' },
      { name: `autodiscover.${DOMAIN}`, type: 'A', data: '127.0.0.1' },
    ],
  })
  const https = await startHttpsServer(pki.valid, {
    [`autoconfig.${DOMAIN}/mail/config-v1.1.xml`]: { status: 404, delayMs: HTTPS_DELAY_MS },
    [`${DOMAIN}/.well-known/autoconfig/mail/config-v1.1.xml`]: { status: 404, delayMs: HTTPS_DELAY_MS },
    [`autodiscover.${DOMAIN}/autodiscover/autodiscover.xml`]: { status: 401, delayMs: HTTPS_DELAY_MS },
  })
  try {
    const started = performance.now()
    const report = await runCheck(
      { runId: 'bench-discovery', input: `anna@${DOMAIN}`, only: ['discovery'] },
      {
        dnsServers: [dns.address],
        extraCaPem: pki.caPem,
        httpsPort: https.port,
        stepTimeoutMs: 3000,
        timeoutMs: 20_000,
      },
    )
    const wall = performance.now() - started
    const evidence = report.findings.find((finding) => finding.id === 'client.discovery')?.evidence ?? {}
    const sources = (evidence.sources ?? []) as SourceOutcome[]
    const slowest = sources.reduce((best, source) => (source.durationMs > best.durationMs ? source : best))
    const sum = sources.reduce((total, source) => total + source.durationMs, 0)
    console.log(
      `Settings discovery for anna@${DOMAIN} (DNS answers +${DNS_DELAY_MS} ms, web servers +${HTTPS_DELAY_MS} ms)`,
    )
    for (const source of sources)
      console.log(
        `  ${source.source.padEnd(13)} ${source.status.padEnd(9)} ${String(source.durationMs).padStart(6)} ms`,
      )
    console.log(`  wall time:       ${Math.round(wall)} ms`)
    console.log(`  slowest source:  ${slowest.source}, ${slowest.durationMs} ms`)
    console.log(`  sum of sources, one after another: ${sum} ms`)
  } finally {
    await Promise.all([dns.close(), https.close()])
  }
}
