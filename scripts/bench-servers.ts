/**
 * The benchmark's servers in a process of their own, so their work (TLS handshakes on the server
 * side, proxies, DNS) does not share the event loop of the engine being measured. Prints one line
 * `BENCH_WORLD={...}` when ready; stops when its standard input closes.
 */
import { authoritativeZones, fixtureZones } from '../e2e/servers/dns-fixtures'
import { startDnsServer } from '../e2e/servers/dns-server'
import {
  batchZone,
  DNS_DELAY_MS,
  shopZone,
  startSlowMailServers,
  WORLD_LINE,
  type SlowWorld,
} from './bench-fixtures'

const servers = await startSlowMailServers()
const zone = { records: shopZone(servers.ports), delayMs: DNS_DELAY_MS }
const resolver = await startDnsServer(zone)
const serialResolver = await startDnsServer({ ...zone, serial: true })
const batchResolver = await startDnsServer({ records: batchZone(servers.ports), delayMs: DNS_DELAY_MS })
const fixtureResolver = await startDnsServer(fixtureZones(DNS_DELAY_MS))
const nameservers = await Promise.all(
  ['ns1.good.test', 'ns2.good.test'].map(() =>
    startDnsServer(authoritativeZones('mx1.good.test', DNS_DELAY_MS)),
  ),
)
const world: SlowWorld = {
  caPem: servers.caPem,
  ports: servers.ports,
  noDovecot: servers.noDovecot,
  dns: resolver.address,
  serialDns: serialResolver.address,
  batchDns: batchResolver.address,
  fixtureDns: fixtureResolver.address,
  fixtureNameserverPorts: {
    'ns1.good.test': nameservers[0]?.port ?? 0,
    'ns2.good.test': nameservers[1]?.port ?? 0,
  },
}
process.stdout.write(`${WORLD_LINE}${JSON.stringify(world)}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  const dnsServers = [resolver, serialResolver, batchResolver, fixtureResolver, ...nameservers]
  void Promise.all([...dnsServers.map((server) => server.close()), servers.close()]).then(() =>
    process.exit(0),
  )
})
