import { createI18n, renderMsg, type Language } from '../../shared/i18n'
import { checkNameKey, type Finding, type Report, type Status } from '../../shared/report'
import { formatFinding } from './common'

/** How many findings of a report ended each way. */
export type StatusCounts = Record<Status, number>

/** Counts the findings of each status. */
export function countStatuses(findings: readonly Finding[]): StatusCounts {
  const counts: StatusCounts = { fail: 0, error: 0, warn: 0, info: 0, pass: 0, skipped: 0 }
  for (const finding of findings) counts[finding.status] += 1
  return counts
}

/**
 * True when no check reached the network: some could not run, and none got an answer that says
 * anything (pass, warn or fail) about the domain. The input check is not a network check.
 */
export function nothingReachedTheNetwork(findings: readonly Finding[]): boolean {
  const network = findings.filter((finding) => finding.id !== 'input.domain')
  const answered = network.some((finding) => ['pass', 'warn', 'fail'].includes(finding.status))
  return !answered && network.some((finding) => finding.status === 'error')
}

/** The counts in words: "2 problems, 1 warning, 3 checks could not run, 10 fine". */
export function countsText(counts: StatusCounts, lang: Language): string {
  const t = createI18n(lang).t
  const parts: string[] = []
  if (counts.fail > 0) parts.push(t('cli:summary.problems', { count: counts.fail }))
  if (counts.warn > 0) parts.push(t('cli:summary.warnings', { count: counts.warn }))
  if (counts.error > 0) parts.push(t('cli:summary.notRun', { count: counts.error }))
  parts.push(t('cli:summary.fine', { count: counts.pass + counts.info }))
  return parts.join(', ')
}

/** The one line that comes first: how the run went, or that nothing below is evidence. */
export function summaryLine(report: Report, lang: Language): string {
  const t = createI18n(lang).t
  const target = report.target.domainUnicode || report.target.domain || report.target.input
  const counts = countStatuses(report.findings)
  if (nothingReachedTheNetwork(report.findings))
    return t('cli:summary.offline', { target, count: counts.error })
  const seconds = (report.durationMs / 1000).toFixed(1)
  return t('cli:summary.line', { target, counts: countsText(counts, lang), seconds })
}

const ORDER: Status[] = ['fail', 'error', 'warn', 'info', 'pass', 'skipped']

/**
 * The findings for a terminal, the problems first; checks that could not run for the same reason
 * (the same detail text, such as "no answer in time") are said once, naming every check.
 */
export function findingLines(findings: readonly Finding[], lang: Language): string[] {
  const i18n = createI18n(lang)
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
  const errorsByReason = new Map<string, Finding[]>()
  for (const finding of sorted.filter((candidate) => candidate.status === 'error')) {
    const group = errorsByReason.get(finding.detail.key) ?? []
    errorsByReason.set(finding.detail.key, [...group, finding])
  }
  const lines: string[] = []
  for (const finding of sorted) {
    if (finding.status !== 'error') {
      lines.push(formatFinding(finding, lang))
      continue
    }
    const group = errorsByReason.get(finding.detail.key) ?? [finding]
    if (group[0] !== finding) continue
    if (group.length === 1) {
      lines.push(formatFinding(finding, lang))
      continue
    }
    const title = i18n.t('cli:summary.sameError', {
      count: group.length,
      checks: [...new Set(group.map((member) => i18n.t(checkNameKey(member.id))))].join('; '),
    })
    lines.push(`ERR  ${title}\n     ${renderMsg(i18n, finding.detail)}`)
  }
  return lines
}
