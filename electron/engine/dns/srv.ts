import { providerDisplayName, type ExpectedSrv } from '../../../shared/knowledge/provider-catalogue'
import type { CheckContext } from '../context/check-context'
import { autodiscoverExpected } from '../../../shared/knowledge/provider-identity'
import { normaliseName, type DnsClient, type SrvData } from '../context/dns-client'
import {
  answerEvidence,
  isDefinite,
  listOf,
  msg,
  nonEmptyParts,
  queryProblem,
  report,
} from '../context/findings'
import { declaredProvider } from './provider'

/** `SRV 0 0 443 ex.mail.ovh.net`, the way a DNS control panel shows a record. */
function formatSrv(record: SrvData): string {
  return `SRV ${record.priority} ${record.weight} ${record.port} ${record.target || '.'}`
}

/**
 * `dns.srv.autodiscover`: the `_autodiscover._tcp` SRV record; against the offer's expected value
 * (seed 004: priority 0, weight 0, port 443, ex/ex2.mail.ovh.net for Exchange) when one is known.
 */
export async function checkAutodiscover(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const name = `_autodiscover._tcp.${ctx.domain}`
  const answer = await client.srv(name)
  if (!isDefinite(answer.outcome)) {
    report(
      ctx,
      'dns.srv.autodiscover',
      started,
      queryProblem('srv.autodiscoverErrorTitle', { name }, answer, name),
    )
    return
  }
  const records = answer.records.map((record) => record.value)
  const found = listOf(records.map(formatSrv))
  const mx = await client.mx(ctx.domain)
  const mxHosts = mx.records.map((record) => normaliseName(record.value.exchange))
  const wants = autodiscoverExpected(declaredProvider(ctx), mxHosts)
  const expected = wants?.srv
  const evidence = { srv: answerEvidence(answer), ...(expected ? { expected } : {}) }
  if (!expected) {
    report(ctx, 'dns.srv.autodiscover', started, {
      status: 'info',
      subject: name,
      title: msg(records.length > 0 ? 'srv.autodiscoverFoundTitle' : 'srv.autodiscoverAbsentTitle'),
      detail: msg(records.length > 0 ? 'srv.autodiscoverFoundDetail' : 'srv.autodiscoverAbsentDetail', {
        name,
        records: found,
      }),
      evidence,
    })
    return
  }
  const providerName = wants ? providerDisplayName(wants.provider) : ''
  reportAgainstExpected(ctx, started, { name, records, found, evidence }, expected, providerName)
}

/** The record found, the offer's expected record and the evidence, for the verdict against it. */
interface AutodiscoverSeen {
  name: string
  records: SrvData[]
  found: string
  evidence: Record<string, unknown>
}

/** `dns.srv.autodiscover` against the offer's expected record: a pass when one record matches it, else a fail. */
function reportAgainstExpected(
  ctx: CheckContext,
  started: number,
  { name, records, found, evidence }: AutodiscoverSeen,
  expected: ExpectedSrv,
  providerName: string,
): void {
  const wanted = `SRV ${expected.priority} ${expected.weight} ${expected.port} ${expected.targets.join(' | ')}`
  const right = records.some(
    (record) =>
      record.priority === expected.priority &&
      record.weight === expected.weight &&
      record.port === expected.port &&
      expected.targets.includes(record.target),
  )
  if (right) {
    report(ctx, 'dns.srv.autodiscover', started, {
      status: 'pass',
      subject: name,
      title: msg('srv.autodiscoverOkTitle'),
      detail: msg('srv.autodiscoverOkDetail', { name, records: found, provider: providerName }),
      evidence,
    })
    return
  }
  report(ctx, 'dns.srv.autodiscover', started, {
    status: 'fail',
    subject: name,
    title: msg(records.length > 0 ? 'srv.autodiscoverWrongTitle' : 'srv.autodiscoverMissingTitle'),
    detail: msg(records.length > 0 ? 'srv.autodiscoverWrongDetail' : 'srv.autodiscoverMissingDetail', {
      name,
      records: found,
      expected: wanted,
      provider: providerName,
    }),
    evidence,
    remedies: ['fix-srv'],
  })
}

/** The RFC 6186 / RFC 8314 service names, in the order a mail program would try them. */
const MAIL_SERVICES = ['_submissions', '_submission', '_imaps', '_imap', '_pop3s', '_pop3'] as const

/** `dns.srv.mail`: RFC 6186/8314 records for mail programs; target "." means "not offered". */
export async function checkMailSrv(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const answers = await Promise.all(
    MAIL_SERVICES.map((service) => client.srv(`${service}._tcp.${ctx.domain}`)),
  )
  const broken = answers.find((answer) => !isDefinite(answer.outcome))
  if (broken) {
    report(
      ctx,
      'dns.srv.mail',
      started,
      queryProblem('srv.mailErrorTitle', { name: broken.name }, broken, broken.name),
    )
    return
  }
  const offered: string[] = []
  const refused: string[] = []
  for (const [index, answer] of answers.entries()) {
    const service = MAIL_SERVICES[index] ?? ''
    for (const record of answer.records) {
      if (record.value.target === '') refused.push(service)
      else offered.push(`${service} → ${record.value.target}:${record.value.port}`)
    }
  }
  const evidence = { records: answers.map(answerEvidence) }
  const parts = nonEmptyParts({ offered, refused })
  report(ctx, 'dns.srv.mail', started, {
    status: 'info',
    subject: ctx.domain,
    title: msg(parts ? 'srv.mailFoundTitle' : 'srv.mailAbsentTitle'),
    detail: msg(parts ? `srv.mailFoundDetail.${parts}` : 'srv.mailAbsentDetail', {
      offered: listOf(offered),
      refused: listOf(refused),
    }),
    evidence,
  })
}
