import { generateKeyPairSync } from 'node:crypto'
import type { FixtureRecord, FixtureZones } from './dns-server'

/**
 * Fixture zones for the DNS checks: one domain per case. Addresses are documentation ranges
 * (RFC 5737); nothing ever connects to them, they are only data served from 127.0.0.1.
 */

function dkimKey(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
}

const mx = (name: string, preference: number, exchange: string): FixtureRecord => ({
  name,
  type: 'MX',
  data: { preference, exchange },
})
const a = (name: string, address: string, ttl?: number): FixtureRecord => ({
  name,
  type: 'A',
  data: address,
  ...(ttl ? { ttl } : {}),
})
const txt = (name: string, text: string): FixtureRecord => ({ name, type: 'TXT', data: text })
const cname = (name: string, target: string): FixtureRecord => ({ name, type: 'CNAME', data: target })
const ptr = (address: string, host: string): FixtureRecord => ({
  name: `${address.split('.').reverse().join('.')}.in-addr.arpa`,
  type: 'PTR',
  data: host,
})
const srv = (
  name: string,
  priority: number,
  weight: number,
  port: number,
  target: string,
): FixtureRecord => ({
  name,
  type: 'SRV',
  data: { priority, weight, port, target },
})
const ns = (name: string, host: string): FixtureRecord => ({ name, type: 'NS', data: host })

/** The main domain (also the benchmark's): mostly healthy, with one listed MX address and one PTR mismatch. */
function goodDomain(): FixtureRecord[] {
  return [
    mx('good.test', 10, 'mx1.good.test'),
    mx('good.test', 20, 'mx2.good.test'),
    a('mx1.good.test', '192.0.2.10', 3600),
    a('mx2.good.test', '192.0.2.20'),
    a('good.test', '192.0.2.5'),
    ptr('192.0.2.10', 'mx1.good.test'),
    ptr('192.0.2.20', 'elsewhere.good.test'),
    a('elsewhere.good.test', '192.0.2.21'),
    ns('good.test', 'ns1.good.test'),
    ns('good.test', 'ns2.good.test'),
    a('ns1.good.test', '127.0.0.1'),
    a('ns2.good.test', '127.0.0.1'),
    txt('good.test', 'v=spf1 mx include:_spf.good.test -all'),
    txt('good.test', 'google-site-verification=abc'),
    txt('_spf.good.test', 'v=spf1 ip4:192.0.2.0/24 -all'),
    txt('_dmarc.good.test', 'v=DMARC1; p=reject; rua=mailto:dmarc@good.test,mailto:agg@reports.test'),
    txt('good.test._report._dmarc.reports.test', 'v=DMARC1'),
    txt('selector1._domainkey.good.test', `v=DKIM1; k=rsa; p=${dkimKey(2048)}`),
    txt('short._domainkey.good.test', `v=DKIM1; k=rsa; p=${dkimKey(512)}`),
    txt('old._domainkey.good.test', 'v=DKIM1; k=rsa; p='),
    txt('_mta-sts.good.test', 'v=STSv1; id=20240101T000000'),
    srv('_submission._tcp.good.test', 0, 1, 587, 'mail.good.test'),
    srv('_imaps._tcp.good.test', 0, 1, 993, 'mail.good.test'),
    srv('_pop3._tcp.good.test', 0, 0, 0, '.'),
    a('mail.good.test', '192.0.2.10'),
    // mx2's address is on Spamhaus (SBL + XBL); a bounce's address gets a refusal code.
    a('20.2.0.192.zen.spamhaus.org', '127.0.0.2'),
    a('20.2.0.192.zen.spamhaus.org', '127.0.0.4'),
    a('99.2.0.192.zen.spamhaus.org', '127.255.255.254'),
    a('99.2.0.192.bl.spamcop.net', '10.0.0.1'),
  ]
}

/** MX-level cases: null MX, fallback, none, CNAME target, IP literal, dead host, CNAME loop. */
function mxCases(): FixtureRecord[] {
  return [
    mx('nullmx.test', 0, '.'),
    a('nomx.test', '192.0.2.30'),
    txt('nothing.test', 'hello'),
    mx('cname.test', 10, 'mail.cname.test'),
    cname('mail.cname.test', 'real.cname.test'),
    a('real.cname.test', '192.0.2.40'),
    mx('iplit.test', 10, '192.0.2.50'),
    mx('deadhost.test', 10, 'mx.nowhere.test'),
    mx('loop.test', 10, 'mail.loop.test'),
    cname('mail.loop.test', 'a.loop.test'),
    cname('a.loop.test', 'mail.loop.test'),
    mx('trunc.test', 10, 'mx1.good.test'),
    txt(
      'trunc.test',
      `v=spf1 ${Array.from({ length: 40 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(' ')} -all`,
    ),
    mx('servfail.test', 10, 'mx1.good.test'),
  ]
}

/** SPF cases: include loop, an 11-lookup chain, two records, +all, no all, too many void lookups. */
function spfCases(): FixtureRecord[] {
  const chain: FixtureRecord[] = [
    txt('spf11.test', 'v=spf1 include:one.spf11.test include:two.spf11.test ~all'),
    txt('one.spf11.test', `v=spf1 ${[1, 2, 3, 4, 5].map((n) => `include:n${n}.spf11.test`).join(' ')} ~all`),
    txt('two.spf11.test', `v=spf1 ${[6, 7, 8, 9].map((n) => `include:n${n}.spf11.test`).join(' ')} ~all`),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => txt(`n${n}.spf11.test`, `v=spf1 ip4:203.0.113.${n} -all`)),
  ]
  return [
    ...chain,
    txt('spfloop.test', 'v=spf1 include:a.spfloop.test -all'),
    txt('a.spfloop.test', 'v=spf1 include:spfloop.test -all'),
    txt('spf2.test', 'v=spf1 ip4:192.0.2.1 -all'),
    txt('spf2.test', 'v=spf1 include:_spf.good.test -all'),
    txt('spfplus.test', 'v=spf1 +all'),
    txt('spfbad.test', 'v=spf1 ip4:192.0.2.1 foo:bar -all'),
    txt('spfnoall.test', 'v=spf1 ip4:192.0.2.1'),
    txt('spfvoid.test', 'v=spf1 a:no1.spfvoid.test a:no2.spfvoid.test a:no3.spfvoid.test -all'),
    // No SPF at all: one domain whose MX is recognised (Google), one whose MX is nobody we know.
    mx('nospf-google.test', 1, 'smtp.google.com'),
    mx('nospf-other.test', 10, 'mail.nospf-other.test'),
  ]
}

/** DMARC and provider cases. */
function policyCases(): FixtureRecord[] {
  return [
    txt('_dmarc.dmarcnone.test', 'v=DMARC1; p=none; rua=mailto:reports@elsewhere.test'),
    txt('_dmarc.dmarcorder.test', 'p=reject; v=DMARC1'),
    mx('exch.test', 10, 'mx.other.test'),
    a('mx.other.test', '192.0.2.60'),
    mx('exchok.test', 1, 'mx1.mail.ovh.net'),
    srv('_autodiscover._tcp.exchok.test', 0, 0, 443, 'ex.mail.ovh.net'),
    // An MX on OVHcloud's Exchange host and no autodiscover record (issue 20).
    mx('exchnoad.test', 1, 'ex2.mail.ovh.net'),
    a('ex2.mail.ovh.net', '192.0.2.71'),
    a('mx1.mail.ovh.net', '192.0.2.70'),
    mx('split.test', 10, 'mx1.good.test'),
    ns('split.test', 'ns1.split.test'),
    ns('split.test', 'ns2.split.test'),
    a('ns1.split.test', '127.0.0.1'),
    a('ns2.split.test', '127.0.0.1'),
  ]
}

/** The zones the resolver-like loopback server answers from, with the misbehaving names. */
export function fixtureZones(delayMs?: number): FixtureZones {
  return {
    records: [...goodDomain(), ...mxCases(), ...spfCases(), ...policyCases()],
    behaviours: {
      'servfail.test MX': 'servfail',
      'slow.test': 'silent',
      'trunc.test TXT': 'truncate',
      'refused.test': 'refused',
    },
    ...(delayMs ? { delayMs } : {}),
  }
}

/** What one authoritative server of good.test / split.test holds (for `dns.ns`). */
export function authoritativeZones(mxHost: string, delayMs?: number): FixtureZones {
  return {
    records: [
      { name: 'good.test', type: 'MX', data: { preference: 10, exchange: 'mx1.good.test' }, ttl: 3600 },
      { name: 'good.test', type: 'MX', data: { preference: 20, exchange: 'mx2.good.test' }, ttl: 3600 },
      { name: 'split.test', type: 'MX', data: { preference: 10, exchange: mxHost }, ttl: 600 },
    ],
    ...(delayMs ? { delayMs } : {}),
  }
}
