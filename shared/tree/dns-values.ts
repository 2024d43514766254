import type { ExpectedMx, MailProvider } from '../knowledge/provider-catalogue'
import { expectedMxFor, mxChanges } from '../knowledge/providers'
import type { Finding } from '../report'
import { evidenceStatus } from './walker'

/** One MX record to add or remove, with the host a DNS panel's "target" field takes. */
export interface MxValue {
  action: 'add' | 'remove' | 'change'
  /** The priority the panel asks for; null for a record to remove whose priority the check did not read. */
  preference: number | null
  exchange: string
  /** For a change: the preference the record has now. */
  from?: number
}

/**
 * The MX values a DNS-change remedy shows in its steps: `exact` when the check compared the records
 * with the offer named (or the provider found publishes its set), `ask` when no provider's set is
 * known (then the records published now, to compare with what the provider gives).
 */
export type MxValues = { kind: 'exact'; values: MxValue[] } | { kind: 'ask'; published: string[] }

function mxList(value: unknown): ExpectedMx[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    const record = item as Partial<ExpectedMx> | null
    return typeof record?.exchange === 'string' && typeof record.preference === 'number'
      ? [{ exchange: record.exchange, preference: record.preference }]
      : []
  })
}

function asValues(changes: { add: ExpectedMx[]; remove: ExpectedMx[]; change: unknown }): MxValue[] {
  const change = Array.isArray(changes.change) ? (changes.change as unknown[]) : []
  return [
    ...changes.add.map((record): MxValue => ({ action: 'add', ...record })),
    ...changes.remove.map((record): MxValue => ({ action: 'remove', ...record })),
    ...change.flatMap((item): MxValue[] => {
      const c = item as { exchange?: unknown; from?: unknown; to?: unknown }
      return typeof c.exchange === 'string' && typeof c.from === 'number' && typeof c.to === 'number'
        ? [{ action: 'change', exchange: c.exchange, preference: c.to, from: c.from }]
        : []
    }),
  ]
}

/** The hosts the MX records name now, as the checks that ran saw them. */
function publishedHosts(findings: readonly Finding[]): string[] {
  const provider = findings.find(
    (finding) => finding.id === 'dns.mx.provider' && evidenceStatus(finding) !== 'error',
  )
  const hosts = provider?.evidence.mxHosts
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : []
}

/**
 * The MX records to add and remove, from the check against the offer named; else from the set the
 * provider found for the address publishes; else what to ask the provider for.
 */
export function mxValues(
  findings: readonly Finding[],
  provider: MailProvider | null,
  domain: string,
): MxValues {
  const compared = findings.find(
    (finding) => finding.id === 'dns.mx.provider' && evidenceStatus(finding) === 'fail',
  )
  const changes = compared?.evidence.changes as
    { add?: unknown; remove?: unknown; change?: unknown } | undefined
  if (changes) {
    const values = asValues({
      add: mxList(changes.add),
      remove: mxList(changes.remove),
      change: changes.change,
    })
    if (values.length > 0) return { kind: 'exact', values }
  }
  const published = publishedHosts(findings)
  const sets = provider ? expectedMxFor(provider, domain) : []
  if (sets.length === 0) return { kind: 'ask', published }
  const found = mxChanges(
    published.map((exchange) => ({ exchange, preference: -1 })),
    sets,
  )
  const values = asValues({ ...found, change: [] }).map((value) =>
    value.action === 'remove' ? { ...value, preference: null } : value,
  )
  return values.length > 0 ? { kind: 'exact', values } : { kind: 'ask', published }
}
