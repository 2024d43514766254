import { spf as evaluateSpf } from 'mailauth/lib/spf/index.js'
import { SPF_LIMITS } from '../../../shared/knowledge/facts'
import { providerDisplayName } from '../../../shared/knowledge/provider-catalogue'
import { recogniseMx } from '../../../shared/knowledge/provider-identity'
import type { CheckContext } from '../context/check-context'
import type { DnsAnswer, DnsClient, DnsOutcome, RecordType } from '../context/dns-client'
import { isDefinite, listOf, msg, queryProblem, report, type Outcome } from '../context/findings'
import { declaredProvider } from './provider'

/** RFC 7208 §4.6.4: at most 10 terms that cause DNS queries (shared with the texts that quote it). */
export const SPF_LOOKUP_LIMIT = SPF_LIMITS.lookups
/** RFC 7208 §4.6.4: void lookups (no answer records) allowed. */
export const SPF_VOID_LIMIT = SPF_LIMITS.voidLookups
/** The address mailauth evaluates against: TEST-NET-1 (RFC 5737), never a real sender. */
const PROBE_IP = '192.0.2.1'
const MAX_TREE_NODES = 60

interface SpfTerm {
  raw: string
  qualifier: string
  mechanism: string
  target: string
  /** The term queries the DNS (include, a, mx, ptr, exists, redirect). */
  lookup: boolean
  void: boolean
  child?: SpfNode | 'loop'
}

interface SpfNode {
  domain: string
  outcome: DnsOutcome
  records: string[]
  terms: SpfTerm[]
}

const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect'])

function parseTerms(record: string, domain: string): SpfTerm[] {
  return record
    .trim()
    .split(/\s+/)
    .slice(1)
    .map((raw) => {
      const modifier = /^([a-z][a-z0-9._-]*)=(.*)$/i.exec(raw)
      if (modifier) {
        const mechanism = (modifier[1] ?? '').toLowerCase()
        return {
          raw,
          qualifier: '',
          mechanism,
          target: modifier[2] ?? '',
          lookup: mechanism === 'redirect',
          void: false,
        }
      }
      const match = /^([+\-~?]?)([a-z0-9]+)(?::([^/]*))?(\/.*)?$/i.exec(raw)
      const mechanism = (match?.[2] ?? raw).toLowerCase()
      return {
        raw,
        qualifier: match?.[1] || '+',
        mechanism,
        target: (match?.[3] ?? domain).replace(/\.$/, '').toLowerCase(),
        lookup: LOOKUP_MECHANISMS.has(mechanism),
        void: false,
      }
    })
}

/** The SPF records (v=spf1) among a name's TXT records. */
function spfRecords(answer: DnsAnswer<'TXT'>): string[] {
  return answer.records.map((record) => record.value).filter((text) => /^v=spf1(\s|$)/i.test(text.trim()))
}

/**
 * Builds the whole include/redirect tree at once: every branch is fetched in parallel (the client
 * memoises), so the time is the depth of the tree, not its size. Counting happens afterwards, in
 * record order, so "the include that breaks the limit" is the one a receiver would stop at.
 */
async function buildTree(
  client: DnsClient,
  domain: string,
  path: string[],
  budget: { nodes: number },
): Promise<SpfNode> {
  const answer = await client.txt(domain)
  const records = spfRecords(answer)
  const node: SpfNode = { domain, outcome: answer.outcome, records, terms: [] }
  if (records.length !== 1 || --budget.nodes < 0) return node
  node.terms = parseTerms(records[0] ?? '', domain)
  const hasAll = node.terms.some((term) => term.mechanism === 'all')
  await Promise.all(
    node.terms.map(async (term) => {
      if (term.target.includes('%')) return
      if (term.mechanism === 'include' || (term.mechanism === 'redirect' && !hasAll)) {
        term.child =
          path.includes(term.target) || term.target === domain
            ? 'loop'
            : await buildTree(client, term.target, [...path, domain], budget)
        if (term.child !== 'loop')
          term.void = term.child.outcome === 'nxdomain' || term.child.outcome === 'nodata'
      } else if (term.mechanism === 'a') {
        const resolved = await client.addresses(term.target)
        term.void = resolved.addresses.length === 0 && isDefinite(resolved.outcome)
      } else if (term.mechanism === 'mx' || term.mechanism === 'exists') {
        const answer = await client.query(term.target, term.mechanism === 'mx' ? 'MX' : 'A')
        term.void = answer.outcome === 'nxdomain' || answer.outcome === 'nodata'
      }
    }),
  )
  return node
}

interface SpfCount {
  lookups: number
  voids: string[]
  /** The chain of includes (from the top) at which the 11th lookup happens. */
  breaker?: string[]
  loops: string[]
  missingTargets: string[]
  unanswered: SpfNode[]
}

function countTree(node: SpfNode, chain: string[], count: SpfCount): void {
  for (const term of node.terms) {
    const here = [...chain, `${term.mechanism}:${term.target}`]
    if (term.lookup) {
      count.lookups += 1
      if (count.lookups === SPF_LOOKUP_LIMIT + 1 && !count.breaker) count.breaker = here
    }
    if (term.void) count.voids.push(term.target)
    if (term.child === 'loop') count.loops.push(here.join(' → '))
    else if (term.child) {
      if (!isDefinite(term.child.outcome)) count.unanswered.push(term.child)
      else if (term.child.records.length === 0) count.missingTargets.push(term.target)
      countTree(term.child, here, count)
    }
  }
}

function mentions(node: SpfNode, mechanism: string): boolean {
  return node.terms.some(
    (term) =>
      term.raw.toLowerCase().replace(/^[+]/, '') === mechanism ||
      (term.child !== undefined && term.child !== 'loop' && mentions(term.child, mechanism)),
  )
}

/** mailauth's resolver contract (node:dns style values and error codes) served by our client. */
function mailauthResolver(client: DnsClient) {
  const codes: Partial<Record<DnsOutcome, string>> = {
    nxdomain: 'ENOTFOUND',
    nodata: 'ENODATA',
    refused: 'EREFUSED',
    servfail: 'ESERVFAIL',
    'cname-loop': 'ESERVFAIL',
  }
  return async (name: string, type: string) => {
    const answer = await client.query(name, type as RecordType)
    if (answer.outcome !== 'ok') {
      const error = new Error(`${answer.outcome} ${name} ${type}`) as Error & { code: string }
      error.code = codes[answer.outcome] ?? 'ETIMEOUT'
      throw error
    }
    return answer.records.map((record) => {
      const value = record.value
      if (type === 'TXT') return [value]
      if (type === 'MX' && typeof value === 'object' && 'exchange' in value)
        return { exchange: value.exchange, priority: value.preference }
      return value
    })
  }
}

/** A problem `dns.spf` reports, before the subject and the evidence are added. */
type SpfProblem = Omit<Outcome, 'subject'>
/** The offer the person named, whose SPF include the record should carry. */
type DeclaredProvider = ReturnType<typeof declaredProvider>

/**
 * `dns.spf`: exactly one v=spf1 record, evaluated by mailauth (the verdict) and walked by us for
 * what mailauth does not say: which include passes the 10-lookup limit, which lookups are void,
 * include loops, and the `all` at the end.
 */
export async function checkSpf(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const domain = ctx.domain
  const top = await client.txt(domain)
  if (!isDefinite(top.outcome)) {
    report(ctx, 'dns.spf', started, queryProblem('spf.errorTitle', { domain }, top, domain))
    return
  }
  const records = spfRecords(top)
  const provider = declaredProvider(ctx)
  const emit = (outcome: SpfProblem) => report(ctx, 'dns.spf', started, { subject: domain, ...outcome })
  const include =
    records.length === 0 ? (provider?.spfInclude ?? (await recognisedSpfInclude(client, domain))) : null
  const notOne = recordCountProblem(domain, records, top, include)
  if (notOne) {
    emit(notOne)
    return
  }

  const record = records[0] ?? ''
  const { tree, verdict, count } = await walkAndEvaluate(client, domain)
  const evidence = {
    record,
    lookups: count.lookups,
    voidLookups: count.voids,
    ...(count.breaker ? { limitPassedAt: count.breaker } : {}),
    mailauth: { result: verdict.status.result, comment: verdict.status.comment, lookups: verdict.lookups },
  }
  const firstUnanswered = count.unanswered[0]
  if (firstUnanswered) {
    const answer = await client.txt(firstUnanswered.domain)
    emit({ ...queryProblem('spf.errorTitle', { domain }, answer), evidence })
    return
  }
  const problems = [...limitProblems(count, verdict), ...endingProblems(tree, record, provider)]
  if (problems.length === 0)
    emit({
      status: 'pass',
      title: msg('spf.okTitle', { domain }),
      detail: msg('spf.okDetail', { record, count: count.lookups, limit: SPF_LOOKUP_LIMIT }),
      evidence,
    })
  for (const problem of problems) emit({ ...problem, evidence })
}

/**
 * The SPF include of the one provider the domain's MX hosts point to, when the person did not name
 * their offer; null when none or several are recognised (then no record is suggested: a bare
 * `v=spf1 ~all` would authorise no server at all).
 */
async function recognisedSpfInclude(client: DnsClient, domain: string): Promise<string | null> {
  const answer = await client.mx(domain)
  const hosts = answer.records.map((record) => record.value.exchange)
  const includes = new Set(recogniseMx(hosts).flatMap((profile) => profile.spfInclude ?? []))
  return includes.size === 1 ? ([...includes][0] ?? null) : null
}

/** No v=spf1 record (with the record to publish), or more than one; null when there is exactly one. */
function recordCountProblem(
  domain: string,
  records: string[],
  top: DnsAnswer<'TXT'>,
  include: string | null,
): SpfProblem | null {
  if (records.length === 0)
    return {
      status: 'warn',
      title: msg('spf.missingTitle', { domain }),
      detail: include
        ? msg('spf.missingDetail', { domain, suggestion: `v=spf1 ${include} ~all` })
        : msg('spf.missingDetailNoProvider', { domain }),
      evidence: { txt: top.records },
      remedies: ['fix-spf'],
    }
  if (records.length > 1)
    return {
      status: 'fail',
      title: msg('spf.multipleTitle', { domain, count: records.length }),
      detail: msg('spf.multipleDetail', { records: records.join(' | ') }),
      evidence: { records },
      remedies: ['fix-spf'],
    }
  return null
}

/** mailauth's verdict and our own walk of the record's includes, side by side. */
async function walkAndEvaluate(client: DnsClient, domain: string) {
  const [tree, verdict] = await Promise.all([
    buildTree(client, domain, [], { nodes: MAX_TREE_NODES }),
    evaluateSpf({
      sender: `postmaster@${domain}`,
      ip: PROBE_IP,
      helo: domain,
      mta: 'maildoctor',
      resolver: mailauthResolver(client),
    } as Parameters<typeof evaluateSpf>[0]),
  ])
  const count: SpfCount = { lookups: 0, voids: [], loops: [], missingTargets: [], unanswered: [] }
  countTree(tree, [], count)
  return { tree, verdict, count }
}

/** The limits of RFC 7208 (lookups, void lookups), loops, missing includes; else mailauth's permerror. */
function limitProblems(
  count: SpfCount,
  verdict: Awaited<ReturnType<typeof walkAndEvaluate>>['verdict'],
): SpfProblem[] {
  const problems: SpfProblem[] = []
  if (count.loops.length > 0)
    problems.push({
      status: 'fail',
      title: msg('spf.loopTitle'),
      detail: msg('spf.loopDetail', { chain: count.loops[0] ?? '' }),
      remedies: ['fix-spf'],
    })
  if (count.lookups > SPF_LOOKUP_LIMIT)
    problems.push({
      status: 'fail',
      title: msg('spf.tooManyLookupsTitle', { count: count.lookups, limit: SPF_LOOKUP_LIMIT }),
      detail: msg('spf.tooManyLookupsDetail', {
        count: count.lookups,
        limit: SPF_LOOKUP_LIMIT,
        include: (count.breaker ?? []).at(0) ?? '',
        chain: (count.breaker ?? []).join(' → '),
      }),
      remedies: ['reduce-spf-lookups'],
    })
  if (count.voids.length > SPF_VOID_LIMIT)
    problems.push({
      status: 'fail',
      title: msg('spf.tooManyVoidTitle', { count: count.voids.length, limit: SPF_VOID_LIMIT }),
      detail: msg('spf.tooManyVoidDetail', { names: listOf(count.voids), limit: SPF_VOID_LIMIT }),
      remedies: ['fix-spf'],
    })
  for (const target of count.missingTargets)
    problems.push({
      status: 'fail',
      title: msg('spf.includeMissingTitle', { include: target }),
      detail: msg('spf.includeMissingDetail', { include: target }),
      remedies: ['fix-spf'],
    })
  if (problems.length === 0 && verdict.status.result === 'permerror')
    problems.push({
      status: 'fail',
      title: msg('spf.permerrorTitle'),
      detail: msg('spf.permerrorDetail', { reason: String(verdict.status.comment || verdict.status.result) }),
      remedies: ['fix-spf'],
    })
  return problems
}

/** How the record ends (`+all`, `?all`, no `all`) and whether it includes the declared offer's servers. */
function endingProblems(tree: SpfNode, record: string, provider: DeclaredProvider): SpfProblem[] {
  const problems: SpfProblem[] = []
  const all = tree.terms.find((term) => term.mechanism === 'all')
  const redirect = tree.terms.some((term) => term.mechanism === 'redirect')
  if (all?.qualifier === '+')
    problems.push({
      status: 'warn',
      title: msg('spf.plusAllTitle'),
      detail: msg('spf.plusAllDetail', { record }),
      remedies: ['fix-spf'],
    })
  if (all?.qualifier === '?')
    problems.push({
      status: 'warn',
      title: msg('spf.neutralAllTitle'),
      detail: msg('spf.neutralAllDetail', { record }),
      remedies: ['fix-spf'],
    })
  if (!all && !redirect)
    problems.push({
      status: 'warn',
      title: msg('spf.noAllTitle'),
      detail: msg('spf.noAllDetail', { record }),
      remedies: ['fix-spf'],
    })
  if (provider?.spfInclude && !mentions(tree, provider.spfInclude))
    problems.push({
      status: 'warn',
      title: msg('spf.providerMissingTitle', { provider: providerDisplayName(provider) }),
      detail: msg('spf.providerMissingDetail', { include: provider.spfInclude, record }),
      remedies: ['fix-spf'],
    })
  return problems
}
