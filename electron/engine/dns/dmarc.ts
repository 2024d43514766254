import type { RemedyId } from '../../../shared/report'
import type { CheckContext } from '../context/check-context'
import type { DnsClient } from '../context/dns-client'
import { answerEvidence, isDefinite, listOf, msg, queryProblem, report } from '../context/findings'

/** DMARC tags of a record (RFC 7489 §6.3), lower-cased names. */
export function parseDmarc(record: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const part of record.split(';')) {
    const at = part.indexOf('=')
    if (at > 0) tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim())
  }
  return tags
}

/** The domains of `mailto:` report addresses in a rua/ruf value. */
function reportDomains(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(',')
    .map((uri) => /^mailto:[^@]+@([^!]+)/i.exec(uri.trim())?.[1]?.toLowerCase().replace(/\.$/, ''))
    .filter((domain): domain is string => domain !== undefined && domain !== '')
}

function isExternal(domain: string, reportDomain: string): boolean {
  return !(
    reportDomain === domain ||
    reportDomain.endsWith(`.${domain}`) ||
    domain.endsWith(`.${reportDomain}`)
  )
}

/**
 * `dns.dmarc`: the `_dmarc` record, v=DMARC1 first, the p= policy, rua/ruf, and whether each
 * external report domain agreed to receive the reports (RFC 7489 §7.1).
 */
export async function checkDmarc(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const name = `_dmarc.${ctx.domain}`
  const answer = await client.txt(name)
  if (!isDefinite(answer.outcome)) {
    report(ctx, 'dns.dmarc', started, queryProblem('dmarc.errorTitle', { name }, answer, name))
    return
  }
  const texts = answer.records.map((record) => record.value.trim())
  const records = texts.filter((text) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(text))
  const misplaced = texts.filter((text) => !records.includes(text) && /v\s*=\s*DMARC1/i.test(text))
  const evidence = { dmarc: answerEvidence(answer) }
  const emit = (
    status: 'pass' | 'warn' | 'fail' | 'info',
    key: string,
    params: Record<string, string | number>,
    remedies: RemedyId[] = [],
  ) =>
    report(ctx, 'dns.dmarc', started, {
      status,
      subject: name,
      title: msg(`dmarc.${key}Title`, params),
      detail: msg(`dmarc.${key}Detail`, params),
      evidence,
      remedies,
    })
  if (records.length === 0 && misplaced.length > 0)
    return void emit('fail', 'versionNotFirst', { record: misplaced[0] ?? '' }, ['fix-dmarc'])
  if (records.length === 0) return void emit('warn', 'missing', { domain: ctx.domain }, ['add-dmarc'])
  if (records.length > 1)
    return void emit('fail', 'multiple', { count: records.length, records: records.join(' | ') }, [
      'fix-dmarc',
    ])

  const record = records[0] ?? ''
  const tags = parseDmarc(record)
  const policy = tags.get('p')?.toLowerCase()
  const rua = tags.get('rua') ?? ''
  const ruf = tags.get('ruf') ?? ''
  const params = { record, policy: policy ?? '', rua: rua || '—', ruf: ruf || '—' }
  if (policy === undefined || !['none', 'quarantine', 'reject'].includes(policy))
    emit('fail', 'badPolicy', params, ['fix-dmarc'])
  else if (policy === 'none') emit('info', 'monitor', params)
  else emit('pass', 'ok', params)

  await checkReportAuthorisations(ctx, client, started, [...reportDomains(rua), ...reportDomains(ruf)])
}

/** Whether each report domain outside the domain agreed to receive its DMARC reports (RFC 7489 §7.1). */
async function checkReportAuthorisations(
  ctx: CheckContext,
  client: DnsClient,
  started: number,
  reportDomainsNamed: string[],
): Promise<void> {
  const external = [...new Set(reportDomainsNamed)].filter((domain) => isExternal(ctx.domain, domain))
  const authorisations = await Promise.all(
    external.map(async (reportDomain) => {
      const authName = `${ctx.domain}._report._dmarc.${reportDomain}`
      const auth = await client.txt(authName)
      return { reportDomain, authName, auth }
    }),
  )
  for (const { reportDomain, authName, auth } of authorisations) {
    const startedAuth = Date.now()
    if (!isDefinite(auth.outcome)) {
      report(
        ctx,
        'dns.dmarc',
        startedAuth,
        queryProblem('dmarc.errorTitle', { name: authName }, auth, authName),
      )
      continue
    }
    const allowed = auth.records.some((text) => /^v\s*=\s*DMARC1/i.test(text.value.trim()))
    report(ctx, 'dns.dmarc', started, {
      status: allowed ? 'pass' : 'warn',
      subject: authName,
      title: msg(allowed ? 'dmarc.externalOkTitle' : 'dmarc.externalMissingTitle', { reportDomain }),
      detail: msg(allowed ? 'dmarc.externalOkDetail' : 'dmarc.externalMissingDetail', {
        reportDomain,
        name: authName,
        domains: listOf(external),
      }),
      evidence: { authorisation: answerEvidence(auth) },
      remedies: allowed ? [] : ['authorise-dmarc-reports'],
    })
  }
}
