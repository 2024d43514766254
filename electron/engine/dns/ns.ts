import net from 'node:net'
import type { CheckContext } from '../context/check-context'
import type { DnsAnswer, DnsClient } from '../context/dns-client'
import { answerEvidence, isDefinite, listOf, msg, queryProblem, report } from '../context/findings'

const AUTHORITATIVE_PORT = 53

function mxSet(answer: DnsAnswer<'MX'>): string {
  const records = answer.records
    .map((record) => `${record.value.preference} ${record.value.exchange || '.'}`)
    .sort()
  return records.length > 0 ? records.join(', ') : '—'
}

/** One authoritative server asked for the domain's MX set directly (IPv4 preferred); no answer without an address. */
async function askDirectly(ctx: CheckContext, client: DnsClient, host: string) {
  const resolved = await client.addresses(host)
  const address =
    resolved.addresses.find((entry) => entry.family === 4)?.address ?? resolved.addresses[0]?.address
  if (!address) return { host, address: '', answer: undefined }
  const port = ctx.options.nameserverPorts?.[host] ?? AUTHORITATIVE_PORT
  const server = net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`
  return { host, address, answer: await client.queryAt(server, ctx.domain, 'MX') }
}

/**
 * `dns.ns`: the domain's authoritative servers, each asked directly for the MX set; they should
 * agree (a difference means a change still spreading, or a server left behind). TTLs are shown.
 */
export async function checkNs(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const domain = ctx.domain
  const ns = await client.ns(domain)
  if (!isDefinite(ns.outcome)) {
    report(ctx, 'dns.ns', started, queryProblem('ns.errorTitle', { domain }, ns, domain))
    return
  }
  const hosts = ns.records.map((record) => record.value).sort()
  if (hosts.length === 0) {
    report(ctx, 'dns.ns', started, {
      status: ns.outcome === 'nxdomain' ? 'fail' : 'info',
      subject: domain,
      title: msg(ns.outcome === 'nxdomain' ? 'ns.nxdomainTitle' : 'ns.noneTitle', { domain }),
      detail: msg(ns.outcome === 'nxdomain' ? 'ns.nxdomainDetail' : 'ns.noneDetail', { domain }),
      evidence: { ns: answerEvidence(ns) },
      remedies: ns.outcome === 'nxdomain' ? ['domain-missing'] : [],
    })
    return
  }
  const answers = await Promise.all(hosts.map((host) => askDirectly(ctx, client, host)))
  reportAnswers(ctx, started, ns, answers)
}

type DirectAnswer = Awaited<ReturnType<typeof askDirectly>>

/** The findings of the servers' answers: whether they agree, and each server that did not answer. */
function reportAnswers(
  ctx: CheckContext,
  started: number,
  ns: DnsAnswer<'NS'>,
  answers: DirectAnswer[],
): void {
  const domain = ctx.domain
  const evidence = {
    ns: answerEvidence(ns),
    servers: answers.map(({ host, address, answer }) => ({
      host,
      address,
      ...(answer ? { mx: answerEvidence(answer) } : {}),
    })),
  }
  const answered = answers.filter((entry) => entry.answer && isDefinite(entry.answer.outcome))
  reportAgreement(ctx, started, answered, evidence)
  for (const entry of answers.filter((candidate) => !answered.includes(candidate))) {
    const outcome = entry.answer?.outcome ?? 'nxdomain'
    report(ctx, 'dns.ns', started, {
      status: answered.length > 0 ? 'warn' : 'error',
      subject: entry.host,
      title: msg('ns.silentTitle', { host: entry.host }),
      detail: entry.answer
        ? msg(`outcome.${outcome}`, { name: domain, type: 'MX', server: entry.answer.server })
        : msg('ns.noAddressDetail', { host: entry.host }),
      evidence,
      remedies: ['dns-trouble'],
    })
  }
}

/** Whether the servers that answered gave the same MX set (with the TTLs they gave). */
function reportAgreement(
  ctx: CheckContext,
  started: number,
  answered: DirectAnswer[],
  evidence: Record<string, unknown>,
): void {
  const domain = ctx.domain
  const sets = new Set(answered.map((entry) => mxSet(entry.answer as DnsAnswer<'MX'>)))
  const ttls = [
    ...new Set(answered.flatMap((entry) => entry.answer?.records.map((record) => record.ttl) ?? [])),
  ]
  if (sets.size > 1) {
    const perServer = listOf(
      answered.map((entry) => `${entry.host}: ${mxSet(entry.answer as DnsAnswer<'MX'>)}`),
    )
    report(ctx, 'dns.ns', started, {
      status: 'warn',
      subject: domain,
      title: msg('ns.disagreeTitle', { count: answered.length }),
      detail: msg('ns.disagreeDetail', { servers: perServer, ttl: listOf(ttls) }),
      evidence,
      remedies: ['wait-propagation'],
    })
  } else if (answered.length > 0) {
    report(ctx, 'dns.ns', started, {
      status: 'pass',
      subject: domain,
      title: msg('ns.agreeTitle', { count: answered.length }),
      detail: msg('ns.agreeDetail', {
        servers: listOf(answered.map((entry) => entry.host)),
        mx: [...sets][0] ?? '—',
        ttl: listOf(ttls),
      }),
      evidence,
    })
  }
}
