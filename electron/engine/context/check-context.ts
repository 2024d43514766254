import type { CheckRequest, ProbeKind } from '../../../shared/ipc'
import type { Finding } from '../../../shared/report'
import type { DnsClient } from './dns-client'

/** How the engine reaches the network; every field has a safe default. Tests point them at loopback. */
export interface EngineOptions {
  /** DNS servers as `host` or `host:port`; the system's resolvers when empty. */
  dnsServers?: string[]
  /** The deadline of the whole check, in ms. */
  timeoutMs?: number
  /** The deadline of one network step (a query, a connect, a reply), in ms. */
  stepTimeoutMs?: number
  /** Base URL of the RDAP service used for domain registration data. */
  rdapBaseUrl?: string
  /** Ports to use instead of the standard ones, per probe kind. */
  ports?: Partial<Record<ProbeKind, number>>
  /**
   * Extra certificate authorities (PEM) trusted for mail servers on top of the system store: a
   * corporate CA, or the test CA of the integration tests. Verification is never turned off.
   */
  extraCaPem?: string
  /** How many more times a DNS query is sent when no answer came in time (default 1). */
  dnsRetries?: number
  /**
   * The port each authoritative name server (by host name) is asked on by `dns.ns`, instead of 53;
   * tests point every name server of a fixture zone at its own loopback DNS server.
   */
  nameserverPorts?: Record<string, number>
  /**
   * The port of settings discovery's HTTPS requests (autoconfig, Autodiscover) instead of 443;
   * tests point it at a loopback HTTPS server that answers for every fixture name.
   */
  httpsPort?: number
  /**
   * Connect to and fetch from loopback, private and link-local addresses too (staff checking a
   * server on their own network; the tests, which run on loopback). Off by default: a domain's
   * records must not point the app at the person's own network. Absent: MAILDOCTOR_ALLOW_PRIVATE=1.
   */
  allowPrivateAddresses?: boolean
}

/** Defaults of EngineOptions. */
export const ENGINE_DEFAULTS: Required<Pick<EngineOptions, 'timeoutMs' | 'stepTimeoutMs'>> = {
  timeoutMs: 30_000,
  stepTimeoutMs: 5_000,
}

/** What every check module gets: the validated request, the target, the options and a way to report. */
export interface CheckContext {
  request: CheckRequest
  domain: string
  domainUnicode: string
  localPart: string | null
  options: EngineOptions & Required<Pick<EngineOptions, 'timeoutMs' | 'stepTimeoutMs'>>
  /**
   * Aborted when the person cancels or the whole check's deadline passes; after the deadline its
   * `reason` is a DOMException named `TimeoutError` (see `ranOutOfTime`).
   */
  signal: AbortSignal
  /** The run's one DNS client: every check and probe shares its memoised answers. */
  dns: DnsClient
  /** Reports one finding as soon as it is known. */
  emit: (finding: Finding) => void
}

/** A module of checks for one area; it reports through `ctx.emit` and never throws. */
export type CheckModule = (ctx: CheckContext) => Promise<void>

/** True when the run was stopped by its whole deadline rather than by the person. */
export function ranOutOfTime(signal: AbortSignal): boolean {
  return signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError'
}
