import net from 'node:net'
import type { DnsAnswer, DnsClient, HostAddresses, MxData } from '../context/dns-client'
import { isDefinite } from '../context/findings'

/**
 * Where mail for a domain is delivered (RFC 5321 §5.1, RFC 7505), decided once for `dns.mx`, the
 * port 25 probes and the envelope test.
 * - `mx`: the domain publishes MX hosts (`hosts` may still be empty when every one is an IP literal);
 * - `fallback`: no MX, and the domain's own address stands in (`hosts` is the domain itself);
 * - `null`: a null MX, the domain says it takes no mail;
 * - `none`: no MX and no address of its own;
 * - `nxdomain`: the domain does not exist;
 * - `unknown`: the DNS did not answer (SERVFAIL, timeout, ...) the MX question, or the address
 *   question that decides between `fallback` and `none`;
 * - `stopped`: the run was cancelled or ran out of time before the answer.
 */
export interface ReceivingHosts {
  kind: 'mx' | 'fallback' | 'null' | 'none' | 'nxdomain' | 'unknown' | 'stopped'
  /** The hosts a sender connects to, most preferred first: names only, each once. */
  hosts: string[]
  /** The MX records by preference, then name, as published (IP literals and the null MX included). */
  records: MxData[]
  /** The MX answer itself, for evidence. */
  mx: DnsAnswer<'MX'>
  /** The domain's own addresses, asked only when it has no MX records. */
  own: HostAddresses | null
}

/** Asks the DNS where mail for `domain` goes, in the order a sending server would try. */
export async function receivingHosts(dns: DnsClient, domain: string): Promise<ReceivingHosts> {
  const mx = await dns.mx(domain)
  const decided = (kind: ReceivingHosts['kind'], more: Partial<ReceivingHosts> = {}): ReceivingHosts => ({
    kind,
    hosts: [],
    records: [],
    mx,
    own: null,
    ...more,
  })
  if (mx.outcome === 'aborted') return decided('stopped')
  if (!isDefinite(mx.outcome)) return decided('unknown')
  if (mx.outcome === 'nxdomain') return decided('nxdomain')
  const records = mx.records
    .map((record) => record.value)
    .sort((a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange))
  if (records.length === 1 && records[0]?.exchange === '') return decided('null', { records })
  if (records.length > 0) {
    const names = records
      .map((record) => record.exchange)
      .filter((host) => host !== '' && net.isIP(host) === 0)
    return decided('mx', { records, hosts: [...new Set(names)] })
  }
  const own = await dns.addresses(domain)
  if (own.addresses.length > 0) return decided('fallback', { hosts: [domain], own })
  if (own.outcome === 'aborted') return decided('stopped', { own })
  return decided(isDefinite(own.outcome) ? 'none' : 'unknown', { own })
}
