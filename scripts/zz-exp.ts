import { fixtureZones, authoritativeZones } from '../e2e/servers/dns-fixtures'
import { startDnsServer } from '../e2e/servers/dns-server'
import { createDnsClient } from '../electron/engine/dns/dns-client'
import { runDnsChecks } from '../electron/engine/dns'
import type { CheckContext } from '../electron/engine/context'
const D = 50
const resolver = await startDnsServer(fixtureZones(D))
const authA = await startDnsServer(authoritativeZones('mx1.good.test', D))
const authB = await startDnsServer(authoritativeZones('mx1.good.test', D))
const chain = ['MX good.test', 'A mx2.good.test', 'PTR 20.2.0.192.in-addr.arpa', 'A elsewhere.good.test']
for (let round = 0; round < 12; round++) {
  const controller = new AbortController()
  const options = { dnsServers: [resolver.address], stepTimeoutMs: 2000, timeoutMs: 20000, nameserverPorts: { 'ns1.good.test': authA.port, 'ns2.good.test': authB.port } }
  const client = createDnsClient(options, controller.signal)
  const ctx = { request: { runId: 'x', input: 'good.test', only: ['dns'] }, domain: 'good.test', domainUnicode: 'good.test', localPart: null, options, signal: controller.signal, dns: client, emit: () => undefined } as unknown as CheckContext
  const t0 = performance.now(); const origin = Date.now()
  await runDnsChecks(ctx, client)
  const wall = performance.now() - t0
  const steps = chain.map((c) => { const e = client.log.find((x) => `${x.type} ${x.name}` === c && x.server === resolver.address)!; return `${e.startedAtMs - origin}+${e.durationMs}` })
  console.log(`round ${round}: ${wall.toFixed(0)} ms  ${steps.join('  ')}  last ${Math.max(...client.log.map((e) => e.startedAtMs + e.durationMs)) - origin}`)
}
await Promise.all([resolver.close(), authA.close(), authB.close()])
