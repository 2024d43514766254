import type { CheckContext } from '../context/check-context'
import type { DnsClient } from '../context/dns-client'
import { answerEvidence, isDefinite, msg, queryProblem, report } from '../context/findings'

/** `dns.mta-sts`: the `_mta-sts` TXT record (RFC 8461 §3.1): v=STSv1 and an id. */
export async function checkMtaSts(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const name = `_mta-sts.${ctx.domain}`
  const answer = await client.txt(name)
  if (!isDefinite(answer.outcome)) {
    report(ctx, 'dns.mta-sts', started, queryProblem('mtaSts.errorTitle', { name }, answer, name))
    return
  }
  const records = answer.records
    .map((record) => record.value.trim())
    .filter((text) => /^v=STSv1(;|\s|$)/.test(text))
  const evidence = { mtaSts: answerEvidence(answer) }
  const record = records[0] ?? ''
  const id = /(?:^|;)\s*id=([A-Za-z0-9]{1,32})\s*(;|$)/.exec(record)?.[1]
  const [status, key] =
    records.length === 0
      ? (['info', 'absent'] as const)
      : records.length > 1
        ? (['warn', 'multiple'] as const)
        : id === undefined
          ? (['warn', 'noId'] as const)
          : (['pass', 'ok'] as const)
  report(ctx, 'dns.mta-sts', started, {
    status,
    subject: name,
    title: msg(`mtaSts.${key}Title`),
    detail: msg(`mtaSts.${key}Detail`, { name, record, id: id ?? '' }),
    evidence,
    remedies: status === 'warn' ? ['fix-mta-sts'] : [],
  })
}
