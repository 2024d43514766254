import net from 'node:net'
import type { CheckContext } from '../context/check-context'
import { expandIpv6, type DnsClient } from '../context/dns-client'
import { answerEvidence, listOf, msg, queryProblem, report } from '../context/findings'

/** A DNS blocklist and how to read its answers. */
export interface Dnsbl {
  zone: string
  name: string
  ipv6: boolean
  /** Return codes (last octet of 127.0.0.x) and the sub-list they mean. */
  codes?: Record<string, string>
  /** Answers by which the list says it refused the query: not a listing. */
  refusals: string[]
}

/**
 * The lists asked. Spamhaus codes from its "DNSBL return codes" page: 127.0.0.2-9 listings,
 * 127.255.255.252 typing error in the zone name, .254 query through a public/open resolver,
 * .255 too many queries: all three are refusals, never a listing.
 */
export const DNSBLS: readonly Dnsbl[] = [
  {
    zone: 'zen.spamhaus.org',
    name: 'Spamhaus ZEN',
    ipv6: true,
    codes: {
      '127.0.0.2': 'SBL',
      '127.0.0.3': 'SBL CSS',
      '127.0.0.4': 'XBL',
      '127.0.0.5': 'XBL',
      '127.0.0.6': 'XBL',
      '127.0.0.7': 'XBL',
      '127.0.0.9': 'DROP',
      '127.0.0.10': 'PBL',
      '127.0.0.11': 'PBL',
    },
    refusals: ['127.255.255.252', '127.255.255.254', '127.255.255.255'],
  },
  { zone: 'bl.spamcop.net', name: 'SpamCop', ipv6: false, refusals: [] },
  { zone: 'b.barracudacentral.org', name: 'Barracuda', ipv6: false, refusals: [] },
  { zone: 'psbl.surriel.com', name: 'PSBL', ipv6: false, refusals: [] },
]

/** The name to ask a blocklist about an address (reversed octets or nibbles, then the zone). */
export function dnsblName(address: string, zone: string): string {
  if (net.isIPv4(address)) return `${address.split('.').reverse().join('.')}.${zone}`
  return `${expandIpv6(address).split('').reverse().join('.')}.${zone}`
}

/** Where the addresses came from: the MX hosts, or handed in by the person (e.g. from a bounce). */
export type AddressSource = 'mx' | 'given'

/**
 * `dns.dnsbl`: each address against each list. NXDOMAIN is "not listed"; 127.0.0.x is a listing;
 * a refusal code is the list declining to answer through this resolver, said as such.
 */
export async function checkDnsbl(
  ctx: CheckContext,
  client: DnsClient,
  addresses: readonly string[],
  source: AddressSource,
): Promise<void> {
  const unique = [...new Set(addresses.map((address) => address.trim()))]
  await Promise.all(
    unique.flatMap((address) => {
      if (net.isIP(address) === 0) {
        report(ctx, 'dns.dnsbl', Date.now(), {
          status: 'error',
          subject: address,
          title: msg('dnsbl.badAddressTitle', { address }),
          detail: msg('dnsbl.badAddressDetail', { address }),
        })
        return []
      }
      return DNSBLS.filter((list) => list.ipv6 || net.isIPv4(address)).map((list) =>
        askList(ctx, client, { address, list, source }),
      )
    }),
  )
}

/** One address asked of one list, and its finding. */
async function askList(
  ctx: CheckContext,
  client: DnsClient,
  { address, list, source }: { address: string; list: Dnsbl; source: AddressSource },
): Promise<void> {
  const started = Date.now()
  const subject = `${address} ${list.zone}`
  const answer = await client.query(dnsblName(address, list.zone), 'A')
  const params = { address, list: list.name, zone: list.zone, source }
  if (answer.outcome === 'nxdomain' || answer.outcome === 'nodata') {
    report(ctx, 'dns.dnsbl', started, {
      status: 'pass',
      subject,
      title: msg('dnsbl.cleanTitle', params),
      detail: msg(`dnsbl.cleanDetail.${source}`, params),
      evidence: { query: answerEvidence(answer) },
    })
    return
  }
  if (answer.outcome !== 'ok') {
    report(ctx, 'dns.dnsbl', started, queryProblem('dnsbl.errorTitle', params, answer, subject))
    return
  }
  const codes = answer.records.map((record) => record.value)
  const refused = codes.filter((code) => list.refusals.includes(code) || code.startsWith('127.255.255.'))
  const listed = codes.filter((code) => /^127\.0\.0\.\d+$/.test(code) && !refused.includes(code))
  const evidence = { query: answerEvidence(answer), codes }
  if (listed.length > 0) {
    report(ctx, 'dns.dnsbl', started, {
      status: 'fail',
      subject,
      title: msg('dnsbl.listedTitle', params),
      detail: msg(`dnsbl.listedDetail.${source}`, {
        ...params,
        codes: listOf(listed),
        sublists: listOf([...new Set(listed.map((code) => list.codes?.[code] ?? code))]),
      }),
      evidence,
      remedies: ['delist'],
    })
    return
  }
  // A refusal code, or an answer that is neither a listing nor a refusal: the list said nothing usable.
  const kind = refused.length > 0 ? 'refused' : 'odd'
  report(ctx, 'dns.dnsbl', started, {
    status: 'error',
    subject,
    title: msg(`dnsbl.${kind}Title`, params),
    detail: msg(`dnsbl.${kind}Detail`, { ...params, codes: listOf(refused.length > 0 ? refused : codes) }),
    evidence,
    remedies: ['dnsbl-resolver'],
  })
}
