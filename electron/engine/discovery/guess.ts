/**
 * The last source of settings discovery: the usual names (imap., pop., smtp., mail. of the domain)
 * on the usual ports, probed all at once; only servers that answer with a valid certificate count.
 */
import type { ProbeKind } from '../../../shared/ipc'
import type { ServerSetting } from '../../../shared/knowledge/provider-catalogue'
import type { EngineOptions } from '../context/check-context'
import type { DnsClient } from '../context/dns-client'
import { runProbe, probeTarget } from '../probes/run-probe'
import type { HostLookup } from '../probes/probe-types'
import { ProbeError } from '../probes/probe-error'

/** One role's candidates, best first: implicit TLS before STARTTLS, the specific name before mail. */
const CANDIDATES: Record<'imap' | 'pop3' | 'smtp', { kind: ProbeKind; prefix: string }[]> = {
  imap: [
    { kind: 'imaps', prefix: 'imap' },
    { kind: 'imaps', prefix: 'mail' },
    { kind: 'imap', prefix: 'imap' },
    { kind: 'imap', prefix: 'mail' },
  ],
  pop3: [
    { kind: 'pop3s', prefix: 'pop' },
    { kind: 'pop3s', prefix: 'mail' },
    { kind: 'pop3', prefix: 'pop' },
    { kind: 'pop3', prefix: 'mail' },
  ],
  smtp: [
    { kind: 'submissions', prefix: 'smtp' },
    { kind: 'submissions', prefix: 'mail' },
    { kind: 'submission', prefix: 'smtp' },
    { kind: 'submission', prefix: 'mail' },
  ],
}

/** What the guess found: per role the best server that answered with a valid certificate. */
export interface GuessResult {
  imap?: ServerSetting
  pop3?: ServerSetting
  smtp?: ServerSetting
  /** Every candidate tried, for the evidence: `host:port` → what happened. */
  tried: Record<string, string>
}

/** Probes every candidate at once and keeps, per role, the best one that answered with TLS verified. */
export async function guessServers(
  domain: string,
  dns: DnsClient,
  options: Pick<EngineOptions, 'ports' | 'extraCaPem' | 'allowPrivateAddresses'> & { stepTimeoutMs: number },
  signal: AbortSignal,
): Promise<GuessResult> {
  const lookup: HostLookup = async (host) => {
    const found = await dns.addresses(host)
    if (found.addresses.length === 0) throw new ProbeError('name-not-found', 'dns', found.outcome)
    return found.addresses.map((entry) => entry.address)
  }
  const tried: Record<string, string> = {}
  const roles = Object.entries(CANDIDATES) as [keyof typeof CANDIDATES, (typeof CANDIDATES)['imap']][]
  const result: GuessResult = { tried }
  await Promise.all(
    roles.map(async ([role, candidates]) => {
      const outcomes = await Promise.all(
        candidates.map(async ({ kind, prefix }) => {
          const target = probeTarget(kind, `${prefix}.${domain}`, options.ports)
          const probe = await runProbe(
            target,
            {
              stepTimeoutMs: options.stepTimeoutMs,
              lookup,
              ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
              ...(options.allowPrivateAddresses !== undefined
                ? { allowPrivateAddresses: options.allowPrivateAddresses }
                : {}),
            },
            signal,
          )
          const good = probe.reachable && probe.tls?.verified === true
          tried[`${target.host}:${target.port}`] = good
            ? 'ok'
            : (probe.failure?.code ?? probe.tls?.problem ?? 'no TLS')
          const security = kind.endsWith('s') ? ('ssl' as const) : ('starttls' as const)
          return good ? { host: target.host, port: target.port, security } : null
        }),
      )
      const best = outcomes.find((outcome) => outcome !== null)
      if (best) result[role] = best
    }),
  )
  return result
}
