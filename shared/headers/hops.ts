import { companyOfHost } from '../knowledge/provider-identity'
import type { ReceivedLine } from './received'
import type { DelayArea, Hop } from './types'

/** Second-level suffixes under which a company's domain has three labels (example.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'gv'])

/**
 * Domains of one operator the provider catalogue does not name, so its internal hops count as one
 * place; a catalogue provider's domains and hosts count as its company (provider-identity.ts).
 */
const OPERATORS: Readonly<Record<string, string>> = {
  'office365.com': 'Microsoft',
  'exchangelabs.com': 'Microsoft',
  'microsoft.com': 'Microsoft',
  'google.com': 'Google',
  'ovh.net': 'OVHcloud',
  'ovh.com': 'OVHcloud',
  'ovh.ca': 'OVHcloud',
  'iol.local': 'Italiaonline',
  'yahoodns.net': 'Yahoo',
}

/** The operator of a host: its company domain (or a known company); null for IPs and bare names. */
export function operatorOf(host: string | null): string | null {
  if (host === null || /^[\d.]+$|:/.test(host)) return null
  const labels = host.toLowerCase().split('.').filter(Boolean)
  if (labels.length < 2) return null
  const take = labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2
  const domain = labels.slice(-take).join('.')
  return companyOfHost(host) ?? companyOfHost(domain) ?? OPERATORS[domain] ?? domain
}

/** Fills unknown operators (IPv6-named Gmail servers, bare names) from the nearest known hop before, else after. */
function fillOperators(known: (string | null)[]): (string | null)[] {
  const filled = [...known]
  for (let index = 1; index < filled.length; index++) filled[index] ??= filled[index - 1] ?? null
  for (let index = filled.length - 2; index >= 0; index--) filled[index] ??= filled[index + 1] ?? null
  return filled
}

/**
 * Who held the message during a hop: the sender's side when both ends of the hop are the sender's
 * operator, the recipient's when both are the recipient's, else the hand-over between them.
 */
function areaOf(
  holder: string | null,
  taker: string | null,
  sender: string | null,
  recipient: string | null,
): DelayArea {
  if (holder !== null && holder === sender && taker === sender) return 'sendingSide'
  if (holder !== null && holder === recipient && taker === recipient) return 'receivingSide'
  return 'inTransit'
}

/** The chain as the contract shows it: with the delays, skew and who held the message. */
export interface HopChain {
  hops: Hop[]
  totalDelaySeconds: number | null
  slowestHop: number | null
}

/**
 * Orders the Received headers oldest first (servers add theirs on top), and works out each hop's
 * delay, clock skew (a hop dated before the one before it) and who held the message meanwhile.
 */
export function buildHopChain(receivedTopFirst: readonly ReceivedLine[]): HopChain {
  const lines = [...receivedTopFirst].reverse()
  const operators = fillOperators(lines.map((line) => operatorOf(line.by)))
  const sender = operators[0] ?? null
  const recipient = operators.at(-1) ?? null
  const hops = lines.map((line, index): Hop => {
    const previous = index > 0 ? lines[index - 1] : undefined
    const delay = previous?.at != null && line.at !== null ? Math.round((line.at - previous.at) / 1000) : null
    return {
      from: line.from,
      fromIp: line.fromIp,
      by: line.by,
      with: line.with,
      at: line.at === null ? null : new Date(line.at).toISOString(),
      delaySeconds: delay,
      clockSkew: delay !== null && delay < 0,
      area:
        index === 0
          ? null
          : areaOf(operators[index - 1] ?? null, operators[index] ?? null, sender, recipient),
      operator: operators[index] ?? null,
    }
  })
  const dated = lines.map((line) => line.at).filter((at): at is number => at !== null)
  const first = dated[0]
  const last = dated.at(-1)
  let slowestHop: number | null = null
  hops.forEach((hop, index) => {
    if (hop.delaySeconds === null || hop.delaySeconds <= 0) return
    if (slowestHop === null || hop.delaySeconds > (hops[slowestHop]?.delaySeconds ?? 0)) slowestHop = index
  })
  return {
    hops,
    totalDelaySeconds: first !== undefined && last !== undefined ? Math.round((last - first) / 1000) : null,
    slowestHop,
  }
}
