/**
 * Who runs the person's mail, as the wizard asks about it: the provider found for the address
 * (from checks that ran, or from the address's own domain), what it was found from, and the
 * provider the rest of the walk speaks of once the person confirmed, rejected or named one.
 */
import type { SourceOutcome } from '../knowledge/discovered-settings'
import { mailProvider, providersByMx, type MailProvider } from '../knowledge/provider-catalogue'
import type { Finding } from '../report'
import { isOffer } from './offers'
import type { Offer } from './types'
import type { WalkState } from './walker'

/** What a provider was found from; each has its sentence under `tree:provider.basis.<kind>`. */
export type DetectionBasis =
  | { kind: 'address'; domain: string }
  | { kind: 'mx'; hosts: readonly string[] }
  | { kind: 'settings'; domain: string }

/** A provider found for the address, and what it was found from. */
export interface ProviderDetection {
  provider: MailProvider
  basis: DetectionBasis
}

const ran = (finding: Finding | undefined): finding is Finding =>
  finding !== undefined && finding.status !== 'error' && finding.status !== 'skipped'

/** The MX hosts the `dns.mx.provider` finding saw, when the MX lookup ran and found some. */
function mxHostsOf(findings: readonly Finding[]): string[] {
  const finding = findings.find((candidate) => candidate.id === 'dns.mx.provider')
  const hosts = ran(finding) ? finding.evidence.mxHosts : undefined
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : []
}

/** What one source of settings discovery tells about the provider, if anything that counts. */
function fromSource(
  outcome: SourceOutcome,
  domain: string,
  mxHosts: readonly string[],
): ProviderDetection | null {
  const provider = outcome.status === 'found' ? mailProvider(outcome.settings?.providerId) : undefined
  if (!provider) return null
  switch (outcome.source) {
    case 'profile':
    case 'ispdb':
      // Only the address's own domain counts: an offer the person declared is an answer, not evidence.
      return provider.addressDomains.includes(domain.toLowerCase())
        ? { provider, basis: { kind: 'address', domain } }
        : null
    case 'profile-mx':
    case 'ispdb-mx':
      return {
        provider,
        basis: mxHosts.length > 0 ? { kind: 'mx', hosts: mxHosts } : { kind: 'settings', domain },
      }
    default:
      return { provider, basis: { kind: 'settings', domain } }
  }
}

/** The provider settings discovery found, best source first; null when it did not run or found none. */
function fromDiscovery(findings: readonly Finding[]): ProviderDetection | null {
  const finding = findings.find((candidate) => candidate.id === 'client.discovery')
  const sources = ran(finding) ? finding.evidence.sources : undefined
  if (!finding || !Array.isArray(sources)) return null
  const hosts = mxHostsOf(findings)
  for (const outcome of sources as SourceOutcome[]) {
    const found = fromSource(outcome, finding.subject ?? '', hosts)
    if (found) return found
  }
  return null
}

/**
 * The provider the checks found for the address, and from what; null when nothing that ran tells
 * (a check that failed to run, timed out or was skipped is never leaned on). Settings discovery
 * decides first (it tells OVHcloud's offers apart); else the MX hosts, when they name one company's
 * single offer.
 */
export function detectProvider(findings: readonly Finding[]): ProviderDetection | null {
  const discovered = fromDiscovery(findings)
  if (discovered) return discovered
  const hosts = mxHostsOf(findings)
  const matches = providersByMx(hosts)
  const only = matches.length === 1 ? matches[0] : undefined
  return only ? { provider: only, basis: { kind: 'mx', hosts } } : null
}

/** True when the person said the provider found is not theirs and has not named another. */
function rejected(state: WalkState): boolean {
  return state.answers['provider-confirm'] === 'no' && state.answers.offer === undefined
}

/**
 * The provider the walk speaks of: the one the person named; none when they said "another
 * provider" or rejected the one found; else the one found (confirmed, or not yet asked, or "I do
 * not know").
 */
export function walkProvider(state: WalkState): MailProvider | undefined {
  const named = state.answers.offer
  if (isOffer(named) && named !== 'unknown') return named === 'other' ? undefined : mailProvider(named)
  if (rejected(state)) return undefined
  return detectProvider(state.findings.own)?.provider
}

/** The offer the walk speaks of when the provider was found rather than named (null when not an offer). */
export function detectedOffer(state: WalkState): Offer | null {
  if (rejected(state)) return null
  const id = detectProvider(state.findings.own)?.provider.id
  return isOffer(id) ? id : null
}
