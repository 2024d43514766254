import net from 'node:net'
import type { CheckContext } from '../context/check-context'
import type { DnsClient, HostAddresses, MxData } from '../context/dns-client'
import { answerEvidence, isDefinite, listOf, msg, queryProblem, report } from '../context/findings'
import { receivingHosts, type ReceivingHosts } from './receiving-hosts'
import { sortAddresses } from '../util/private-address'

/** Where mail for the domain goes, as `dns.mx` found it. */
export interface MxResult {
  /** `mx`: the domain has MX hosts; `fallback`: none, its own A/AAAA stand in (RFC 5321 §5.1). */
  kind: 'mx' | 'fallback' | 'null' | 'none' | 'nxdomain' | 'unknown'
  /** MX hosts to resolve, by preference (the domain itself with preference 0 for `fallback`). */
  records: MxData[]
  /** Every MX record as published, IP literals included (for comparing with an offer). */
  published: MxData[]
}

/** `dns.mx`: the MX records by preference, RFC 5321 fallback, null MX (RFC 7505), NXDOMAIN. */
export async function checkMx(ctx: CheckContext, client: DnsClient): Promise<MxResult> {
  const started = Date.now()
  const found = await receivingHosts(client, ctx.domain)
  const domain = ctx.domain
  const mxEvidence = answerEvidence(found.mx)
  switch (found.kind) {
    case 'unknown':
    case 'stopped':
      if (found.own) return ownAddressProblem(ctx, started, found.own, mxEvidence)
      report(ctx, 'dns.mx', started, queryProblem('mx.errorTitle', { domain }, found.mx, domain))
      return { kind: 'unknown', records: [], published: [] }
    case 'nxdomain':
    case 'null': {
      const isNull = found.kind === 'null'
      report(ctx, 'dns.mx', started, {
        status: 'fail',
        subject: domain,
        title: msg(isNull ? 'mx.nullTitle' : 'mx.nxdomainTitle', { domain }),
        detail: msg(isNull ? 'mx.nullDetail' : 'mx.nxdomainDetail', { domain }),
        evidence: { mx: mxEvidence },
        remedies: [isNull ? 'fix-mx' : 'domain-missing'],
      })
      return { kind: found.kind, records: [], published: isNull ? found.records : [] }
    }
    case 'fallback':
    case 'none':
      return fallback(ctx, found, started, mxEvidence)
    case 'mx':
      return publishedMx(ctx, found, started, mxEvidence)
  }
}

/** The MX hosts as published: the list, and a warning for each host given as an IP address. */
function publishedMx(
  ctx: CheckContext,
  found: ReceivingHosts,
  started: number,
  mxEvidence: Record<string, unknown>,
): MxResult {
  const domain = ctx.domain
  const usable = found.records.filter((record) => record.exchange !== '')
  report(ctx, 'dns.mx', started, {
    status: 'pass',
    subject: domain,
    title: msg('mx.okTitle', { domain, count: usable.length }),
    detail: msg('mx.okDetail', {
      domain,
      hosts: listOf(usable.map((record) => `${record.exchange} (${record.preference})`)),
      ttl: found.mx.records[0]?.ttl ?? 0,
    }),
    evidence: { mx: mxEvidence },
  })
  for (const record of usable.filter((record) => net.isIP(record.exchange) !== 0)) {
    report(ctx, 'dns.mx', started, {
      status: 'warn',
      subject: record.exchange,
      title: msg('mx.ipLiteralTitle', { host: record.exchange }),
      detail: msg('mx.ipLiteralDetail', { host: record.exchange }),
      evidence: { record },
      remedies: ['fix-mx'],
    })
  }
  return {
    kind: 'mx',
    records: usable.filter((record) => net.isIP(record.exchange) === 0),
    published: usable,
  }
}

/** No MX records, and the domain's own address went unanswered: the DNS failed, not the domain. */
function ownAddressProblem(
  ctx: CheckContext,
  started: number,
  own: HostAddresses,
  mxEvidence: Record<string, unknown>,
): MxResult {
  const failed = isDefinite(own.a.outcome) ? own.aaaa : own.a
  const problem = queryProblem('mx.errorTitle', { domain: ctx.domain }, failed, ctx.domain)
  report(ctx, 'dns.mx', started, { ...problem, evidence: { ...problem.evidence, mx: mxEvidence } })
  return { kind: 'unknown', records: [], published: [] }
}

/** No MX records: the domain's own address stands in (a warning), or there is none (a failure). */
function fallback(
  ctx: CheckContext,
  found: ReceivingHosts,
  started: number,
  mxEvidence: Record<string, unknown>,
): MxResult {
  const domain = ctx.domain
  const own = found.kind === 'fallback' ? found.own : undefined
  report(ctx, 'dns.mx', started, {
    status: own ? 'warn' : 'fail',
    subject: domain,
    title: msg(own ? 'mx.fallbackTitle' : 'mx.noneTitle', { domain }),
    detail: own
      ? msg('mx.fallbackDetail', { domain, addresses: listOf(own.addresses.map((a) => a.address)) })
      : msg('mx.noneDetail', { domain }),
    evidence: {
      mx: mxEvidence,
      a: found.own && answerEvidence(found.own.a),
      aaaa: found.own && answerEvidence(found.own.aaaa),
    },
    remedies: ['add-mx'],
  })
  return own
    ? { kind: 'fallback', records: [{ preference: 0, exchange: domain }], published: [] }
    : { kind: 'none', records: [], published: [] }
}

/** `dns.mx.hosts`: the addresses of each MX host; also warns under `dns.mx` when a host is an alias. */
export async function checkMxHosts(
  ctx: CheckContext,
  client: DnsClient,
  mx: MxResult,
): Promise<HostAddresses[]> {
  if (mx.kind !== 'mx' && mx.kind !== 'fallback') return []
  return Promise.all(mx.records.map((record) => checkMxHost(ctx, client, mx.kind, record.exchange)))
}

/** An MX host that is an alias (a CNAME), which RFC 2181 §10.3 does not allow: a warning under `dns.mx`. */
function warnOfAlias(ctx: CheckContext, started: number, host: string, resolved: HostAddresses): void {
  const cnames = resolved.a.cnames.length > 0 ? resolved.a.cnames : resolved.aaaa.cnames
  if (cnames.length === 0) return
  report(ctx, 'dns.mx', started, {
    status: 'warn',
    subject: host,
    title: msg('mx.cnameTitle', { host }),
    detail: msg('mx.cnameDetail', { host, target: cnames.at(-1) ?? '' }),
    evidence: { host, cnames },
    remedies: ['fix-mx'],
  })
}

/** One MX host's addresses under `dns.mx.hosts`, and the alias warning under `dns.mx`. */
async function checkMxHost(
  ctx: CheckContext,
  client: DnsClient,
  kind: MxResult['kind'],
  host: string,
): Promise<HostAddresses> {
  const started = Date.now()
  const resolved = await client.addresses(host)
  const evidence = { a: answerEvidence(resolved.a), aaaa: answerEvidence(resolved.aaaa) }
  const addresses = resolved.addresses.map((a) => a.address)
  if (
    addresses.length > 0 &&
    sortAddresses(addresses, ctx.options.allowPrivateAddresses).allowed.length === 0
  ) {
    report(ctx, 'dns.mx.hosts', started, {
      status: 'fail',
      subject: host,
      title: msg('mxHosts.privateTitle', { host }),
      detail: msg('mxHosts.privateDetail', { host, addresses: listOf(addresses) }),
      evidence,
      remedies: ['fix-mx'],
    })
  } else if (resolved.addresses.length > 0) {
    report(ctx, 'dns.mx.hosts', started, {
      status: 'pass',
      subject: host,
      title: msg('mxHosts.okTitle', { host }),
      detail: msg('mxHosts.okDetail', {
        host,
        addresses: listOf(resolved.addresses.map((a) => a.address)),
        ttl: resolved.addresses[0]?.ttl ?? 0,
      }),
      evidence,
    })
    if (kind === 'mx') warnOfAlias(ctx, started, host, resolved)
  } else if (isDefinite(resolved.outcome)) {
    report(ctx, 'dns.mx.hosts', started, {
      status: 'fail',
      subject: host,
      title: msg('mxHosts.missingTitle', { host }),
      detail: msg(resolved.outcome === 'nxdomain' ? 'mxHosts.nxdomainDetail' : 'mxHosts.nodataDetail', {
        host,
      }),
      evidence,
      remedies: ['fix-mx'],
    })
  } else {
    const failed = isDefinite(resolved.a.outcome) ? resolved.aaaa : resolved.a
    report(ctx, 'dns.mx.hosts', started, queryProblem('mxHosts.errorTitle', { host }, failed, host))
  }
  return resolved
}
