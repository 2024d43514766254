import { formatDuration } from '../headers/duration'
import type { HeaderReport } from '../headers/types'

/**
 * What a message's headers say, as the tree decides on it:
 * `noDelay`: the servers took the message without delay;
 * `outboxDelay`: it waited in the sender's mail program before the first server;
 * `delayed`: a server held it (the longest wait is named);
 * `authFailed`: the receiving server's SPF, DKIM or DMARC check failed;
 * `judgedSpam`: a spam filter judged it spam, bulk, phishing or blocked;
 * `nothingWrong`: the checks that were recorded passed and no filter judged it spam.
 */
export type HeaderVerdict =
  'noDelay' | 'outboxDelay' | 'delayed' | 'authFailed' | 'judgedSpam' | 'nothingWrong'

const SPAM_VERDICTS = new Set(['spam', 'bulk', 'phishing', 'blocked'])

/** The verdicts a header report supports; none for a report that read no server. */
export function headerVerdicts(report: HeaderReport | null | undefined): HeaderVerdict[] {
  if (!report || report.hops.length === 0) return []
  const ids = report.remedies.map((remedy) => remedy.id)
  const delays = report.remedies.filter((remedy) => remedy.topic === 'delay').map((remedy) => remedy.id)
  const verdicts: HeaderVerdict[] = []
  if (delays.includes('no-delay-in-headers')) verdicts.push('noDelay')
  if (delays.includes('outbox-delay')) verdicts.push('outboxDelay')
  if (delays.some((id) => id !== 'no-delay-in-headers' && id !== 'outbox-delay')) verdicts.push('delayed')
  const authFailed = report.remedies.some((remedy) => remedy.topic === 'auth')
  const judgedSpam = report.spam.some((verdict) => SPAM_VERDICTS.has(verdict.verdict))
  if (authFailed) verdicts.push('authFailed')
  if (judgedSpam) verdicts.push('judgedSpam')
  if (!authFailed && !judgedSpam && !ids.includes('sending-ip-delist')) verdicts.push('nothingWrong')
  return verdicts
}

/** The facts a headers sentence names: the longest wait and where, the total, the filter's header. */
export function headerFacts(report: HeaderReport | null | undefined): Record<string, string> {
  if (!report) return {}
  const slowest = report.slowestHop === null ? undefined : report.hops[report.slowestHop]
  const judged = report.spam.find((verdict) => SPAM_VERDICTS.has(verdict.verdict))
  return {
    wait: formatDuration(slowest?.delaySeconds ?? 0),
    server: slowest?.by ?? slowest?.from ?? '',
    before: formatDuration(Math.max(0, report.beforeFirstHopSeconds ?? 0)),
    total: formatDuration(Math.max(0, report.totalDelaySeconds ?? 0)),
    filter: judged?.source ?? '',
  }
}
