/**
 * The loopback world of the full-check benchmark: the shop.test zone and slow mail servers (SMTP
 * with STARTTLS and implicit TLS, Dovecot when it can run) behind proxies that delay every reply.
 */
import { startDelayingProxy, type RunningDelayingProxy } from '../e2e/servers/delaying-proxy'
import type { FixtureRecord } from '../e2e/servers/dns-server'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../e2e/servers/dovecot'
import { startSmtpServer } from '../e2e/servers/smtp-servers'
import { createTestPki } from '../e2e/servers/test-ca'
import type { ProbeKind } from '../shared/ipc'
import type { ClientKind } from '../electron/engine/probe-modules'

/** The delay every loopback mail server adds to each thing it sends, in ms. */
/** The delay every loopback DNS answer waits in the full check, in ms. */
export const DNS_DELAY_MS = 50
export const SERVER_DELAY_MS = 50
export const SHOP_DOMAIN = 'shop.test'
/** The kinds the full check tests besides port 25, each found through its SRV record. */
export const CLIENT_KINDS: ClientKind[] = ['submission', 'submissions', 'imap', 'imaps', 'pop3', 'pop3s']
const SRV_NAMES: Record<ClientKind, string> = {
  submission: '_submission',
  submissions: '_submissions',
  imap: '_imap',
  imaps: '_imaps',
  pop3: '_pop3',
  pop3s: '_pop3s',
}

/** The shop.test zone: MX and every SRV record point at `localhost` (the test certificate's name). */
export function shopZone(ports: Partial<Record<ProbeKind, number>>): FixtureRecord[] {
  return [
    { name: SHOP_DOMAIN, type: 'MX', data: { preference: 10, exchange: 'localhost' } },
    { name: SHOP_DOMAIN, type: 'TXT', data: 'v=spf1 mx -all' },
    { name: `_dmarc.${SHOP_DOMAIN}`, type: 'TXT', data: 'v=DMARC1; p=none' },
    { name: 'localhost', type: 'A', data: '127.0.0.1' },
    { name: '1.0.0.127.in-addr.arpa', type: 'PTR', data: 'localhost' },
    ...CLIENT_KINDS.flatMap((kind): FixtureRecord[] => {
      const port = ports[kind]
      return port === undefined
        ? []
        : [
            {
              name: `${SRV_NAMES[kind]}._tcp.${SHOP_DOMAIN}`,
              type: 'SRV',
              data: { priority: 0, weight: 1, port, target: 'localhost' },
            },
          ]
    }),
  ]
}

/** How many domains the batch benchmark checks, and the name of each. */
export const BATCH_SIZE = 100
/** The name of the batch benchmark's domain number `index` (from 1). */
export function batchDomain(index: number): string {
  return `shop${String(index).padStart(3, '0')}.test`
}

/** The zone of every batch domain: each set up like the shop, on the same slow servers. */
export function batchZone(ports: Partial<Record<ProbeKind, number>>): FixtureRecord[] {
  const shared = shopZone(ports).filter((record) => !record.name.endsWith(SHOP_DOMAIN))
  const own = shopZone(ports).filter((record) => record.name.endsWith(SHOP_DOMAIN))
  const domains = Array.from({ length: BATCH_SIZE }, (_, index) => batchDomain(index + 1))
  return [
    ...shared,
    ...domains.flatMap((domain) =>
      own.map((record) => ({ ...record, name: record.name.replace(SHOP_DOMAIN, domain) })),
    ),
  ]
}

/** What the benchmark's server process started, as it reports it on its first line. */
export interface SlowWorld {
  caPem: string
  /** The port of each probe kind (each a delaying proxy). */
  ports: Partial<Record<ProbeKind, number>>
  /** Why IMAP and POP3 are missing, or null. */
  noDovecot: string | null
  /** `127.0.0.1:PORT` of the delaying DNS server, and of the one that answers one question at a time. */
  dns: string
  serialDns: string
  /** `127.0.0.1:PORT` of the delaying DNS server that holds the batch domains. */
  batchDns: string
  /** `127.0.0.1:PORT` of the delaying DNS server of the DNS check's fixture zones (good.test). */
  fixtureDns: string
  /** The ports of good.test's delaying authoritative name servers, by name. */
  fixtureNameserverPorts: Record<string, number>
}

/** The line prefix the server process prints its SlowWorld after. */
export const WORLD_LINE = 'BENCH_WORLD='

/** Loopback SMTP (STARTTLS and implicit TLS) and, when it can run, Dovecot, each behind a delaying proxy. */
export async function startSlowMailServers() {
  const pki = createTestPki()
  const starttls = await startSmtpServer({ tls: 'starttls', certificate: pki.valid })
  const implicit = await startSmtpServer({ tls: 'implicit', certificate: pki.valid })
  const backends: Partial<Record<ProbeKind, number>> = {
    smtp: starttls.port,
    submission: starttls.port,
    submissions: implicit.port,
  }
  let dovecot: RunningDovecot | undefined
  const noDovecot = dovecotUnavailable()
  if (noDovecot === null) {
    dovecot = await startDovecot({
      certificate: pki.valid,
      users: { 'bench@shop.test': 'bench-pass' },
      sharedLoginProcesses: true,
    })
    Object.assign(backends, dovecot.ports)
  }
  const proxies: RunningDelayingProxy[] = []
  const ports: Partial<Record<ProbeKind, number>> = {}
  for (const [kind, port] of Object.entries(backends) as [ProbeKind, number][]) {
    const proxy = await startDelayingProxy(port, SERVER_DELAY_MS)
    proxies.push(proxy)
    ports[kind] = proxy.port
  }
  return {
    caPem: pki.caPem,
    ports,
    noDovecot,
    close: async () => {
      await Promise.all([...proxies.map((proxy) => proxy.close()), starttls.close(), implicit.close()])
      await dovecot?.stop()
    },
  }
}
