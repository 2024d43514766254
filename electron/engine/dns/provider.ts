import {
  providerDisplayName,
  type ExpectedMx,
  type MailProvider,
} from '../../../shared/knowledge/provider-catalogue'
import { expectedMxFor, isProviderId, mxChanges, providerProfile } from '../../../shared/knowledge/providers'
import { recogniseDomain } from '../../../shared/knowledge/provider-identity'
import type { CheckContext } from '../context/check-context'
import { listOf, msg, nonEmptyParts, report } from '../context/findings'
import type { MxResult } from './mx'

/** The offer the person said they have, if it is one we have a profile for. */
export function declaredProvider(ctx: CheckContext): MailProvider | undefined {
  const id = ctx.request.provider
  return isProviderId(id) ? providerProfile(id) : undefined
}

/** `MX 1 mx0.mail.ovh.net`, the way a DNS control panel shows a record. */
export function formatMx(record: ExpectedMx): string {
  return `MX ${record.preference} ${record.exchange}`
}

/**
 * `dns.mx.provider`: who handles the mail, recognised from the MX hosts; when the person named
 * their offer, the MX records against what it expects, with each record to add, remove or change.
 */
export function checkProvider(ctx: CheckContext, mx: MxResult): void {
  const started = Date.now()
  const declared = declaredProvider(ctx)
  if (mx.kind === 'unknown' || mx.kind === 'nxdomain') return
  if (mx.kind !== 'mx') {
    if (declared) reportMismatch(ctx, started, declared, mx.kind === 'null' ? [NULL_MX] : [], [])
    return
  }
  const hosts = mx.published.map((record) => record.exchange)
  const recognised = recogniseDomain(ctx.domain, hosts)
  const names = [...new Set(recognised.map((profile) => providerDisplayName(profile)))]
  const companies = [...new Set(recognised.map((profile) => profile.company))]
  const evidence = { mxHosts: hosts, recognised: recognised.map((profile) => profile.id) }

  if (!declared) {
    report(ctx, 'dns.mx.provider', started, {
      status: 'info',
      subject: ctx.domain,
      title:
        recognised.length > 0
          ? msg('provider.recognisedTitle', { provider: listOf(companies) })
          : msg('provider.unknownTitle'),
      detail:
        recognised.length > 0
          ? msg('provider.recognisedDetail', { offers: listOf(names), hosts: listOf(hosts) })
          : msg('provider.unknownDetail', { hosts: listOf(hosts) }),
      evidence,
    })
    return
  }

  const actual = mx.published.map(({ preference, exchange }) => ({ preference, exchange }))
  reportMismatch(ctx, started, declared, actual, hosts, evidence)
}

/** The null MX record (RFC 7505) as the control panel shows it. */
const NULL_MX: ExpectedMx = { preference: 0, exchange: '.' }

/** The MX records against the declared offer: pass, or exactly what to add, remove and change. */
function reportMismatch(
  ctx: CheckContext,
  started: number,
  declared: MailProvider,
  actual: ExpectedMx[],
  hosts: string[],
  evidence: Record<string, unknown> = {},
): void {
  const provider = providerDisplayName(declared)
  const changes = mxChanges(actual, expectedMxFor(declared, ctx.domain))
  const parts = nonEmptyParts({ add: changes.add, remove: changes.remove, change: changes.change })
  const matches = parts === ''
  report(ctx, 'dns.mx.provider', started, {
    status: matches ? 'pass' : 'fail',
    subject: ctx.domain,
    title: msg(matches ? 'provider.matchTitle' : 'provider.mismatchTitle', { provider }),
    detail: matches
      ? msg('provider.matchDetail', { provider, hosts: listOf(hosts) })
      : msg(`provider.mismatchDetail.${parts}`, {
          provider,
          add: listOf(changes.add.map(formatMx)),
          remove: listOf(changes.remove.map(formatMx)),
          change: listOf(changes.change.map((c) => `MX ${c.from} ${c.exchange} → MX ${c.to} ${c.exchange}`)),
        }),
    evidence: { ...evidence, mxHosts: hosts, declared: declared.id, changes },
    remedies: matches ? [] : ['fix-mx'],
  })
}
