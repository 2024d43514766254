import type { RemedyId } from '../../../shared/report'
import type { CheckContext } from '../context/check-context'
import { withDeadline } from '../util/deadline'
import { msg, report } from '../context/findings'
import { fetchRdap, type RdapDomain } from './rdap-fetch'

/**
 * RDAP servers of common TLDs, as IANA's bootstrap registry (data.iana.org/rdap/dns.json) lists
 * them; any other TLD goes to rdap.org, which redirects to the right registry by the same registry.
 * Kept small on purpose: `options.rdapBaseUrl` overrides it for every TLD.
 */
export const RDAP_BASES: Readonly<Record<string, string>> = {
  com: 'https://rdap.verisign.com/com/v1/',
  net: 'https://rdap.verisign.com/net/v1/',
  org: 'https://rdap.publicinterestregistry.org/rdap/',
  it: 'https://rdap.nic.it/',
  fr: 'https://rdap.nic.fr/',
  eu: 'https://rdap.eurid.eu/',
}
/** Where TLDs outside RDAP_BASES are asked. */
export const RDAP_FALLBACK = 'https://rdap.org/'
/** Expiry closer than this many days is worth a warning. */
const EXPIRY_WARNING_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/** RDAP statuses (RFC 8056) under which the domain does not work, and the sentence for each. */
const BLOCKING_STATUSES: Record<string, string> = {
  'client hold': 'clientHold',
  'server hold': 'serverHold',
  'redemption period': 'redemption',
  'pending delete': 'pendingDelete',
}

/** The RDAP base URL for a domain: the configured one, the TLD's own, or rdap.org. */
export function rdapBaseFor(domain: string, configured?: string): string {
  const base = configured ?? RDAP_BASES[domain.split('.').at(-1) ?? ''] ?? RDAP_FALLBACK
  return base.endsWith('/') ? base : `${base}/`
}

type Lookup =
  | { kind: 'found'; name: string; data: RdapDomain; url: string }
  | { kind: 'notFound'; url: string }
  | { kind: 'failed'; url: string; reason: string }

async function lookup(base: string, name: string, ctx: CheckContext): Promise<Lookup> {
  const url = new URL(`domain/${encodeURIComponent(name)}`, base).toString()
  const deadline = withDeadline(ctx.signal, ctx.options.stepTimeoutMs)
  try {
    const answer = await fetchRdap(url, ctx.options.allowPrivateAddresses, deadline.signal, {
      trustStart: ctx.options.rdapBaseUrl !== undefined,
      ...(ctx.options.extraCaPem ? { extraCaPem: ctx.options.extraCaPem } : {}),
    })
    return answer.kind === 'found' ? { ...answer, name, url } : { ...answer, url }
  } catch {
    const reason = ctx.signal.aborted ? 'aborted' : deadline.signal.aborted ? 'timeout' : 'network'
    return { kind: 'failed', url, reason }
  } finally {
    deadline.clear()
  }
}

/**
 * `domain.registration`: expiry date and status from RDAP, so the guide's first question (is the
 * domain still active?) is answered without asking. Tries the name, then its parents down to two
 * labels, since the registry knows only the registered domain.
 */
export async function checkRegistration(ctx: CheckContext): Promise<void> {
  const started = Date.now()
  const base = rdapBaseFor(ctx.domain, ctx.options.rdapBaseUrl)
  const labels = ctx.domain.split('.')
  let result: Lookup = { kind: 'notFound', url: '' }
  for (let start = 0; start <= labels.length - 2; start++) {
    result = await lookup(base, labels.slice(start).join('.'), ctx)
    if (result.kind !== 'notFound') break
  }
  const domain = result.kind === 'found' ? result.name : ctx.domain
  const emit = (
    status: 'pass' | 'warn' | 'fail' | 'error',
    key: string,
    params: Record<string, string | number>,
    evidence: Record<string, unknown>,
    remedies: RemedyId[] = [],
  ) =>
    report(ctx, 'domain.registration', started, {
      status,
      subject: domain,
      title: msg(`registration.${key}Title`, { domain, ...params }),
      detail: msg(`registration.${key}Detail`, { domain, ...params }),
      evidence,
      remedies,
    })
  if (result.kind === 'failed')
    return void emit('error', 'failed', { reason: result.reason }, { url: result.url, reason: result.reason })
  if (result.kind === 'notFound')
    return void emit('warn', 'notFound', {}, { url: result.url }, ['domain-missing'])

  const statuses = (result.data.status ?? []).map((status) => status.toLowerCase())
  const expiry = result.data.events?.find((event) => event.eventAction === 'expiration')?.eventDate
  const expiresAt = expiry ? new Date(expiry) : undefined
  const date = expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt.toISOString().slice(0, 10) : ''
  const evidence = { url: result.url, status: statuses, expiration: expiry ?? null }
  const blocking = statuses.find((status) => status in BLOCKING_STATUSES)
  if (blocking)
    return void emit(
      'fail',
      BLOCKING_STATUSES[blocking] ?? 'clientHold',
      { status: blocking, date: date || '—' },
      evidence,
      ['domain-expired'],
    )
  if (expiresAt && date) {
    const days = Math.floor((expiresAt.getTime() - Date.now()) / DAY_MS)
    if (days < 0) return void emit('fail', 'expired', { date }, evidence, ['domain-expired'])
    if (days < EXPIRY_WARNING_DAYS)
      return void emit('warn', 'expiresSoon', { date, days }, evidence, ['domain-expired'])
    return void emit('pass', 'active', { date, days }, evidence)
  }
  emit('pass', 'activeNoDate', { status: statuses.join(', ') || '—' }, evidence)
}
