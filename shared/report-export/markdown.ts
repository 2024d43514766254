import type { Language } from '../i18n'
import { STATUS_MARK } from '../report'
import type { SessionRecord } from '../session'
import {
  buildReportView,
  fillQuoted,
  type ExportOptions,
  type QuotedText,
  type FindingView,
  type ReportView,
  type TranscriptLine,
  summaryRows,
  timingRows,
} from './view'

/** Escapes text so Markdown shows it as typed (no links, emphasis, headings or HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([-=+#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s|$)/gm, '$1\\.')
}

/** An inline code span that its content cannot close: pasted into a DNS panel, it is the value as is. */
export function codeSpan(content: string): string {
  const flat = content.replace(/[\r\n]+/g, ' ')
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A text with its DNS values as code spans and the rest escaped. */
function quoted(text: QuotedText): string {
  return fillQuoted(text, escapeMarkdown, codeSpan)
}

/** A fenced block that its content cannot close, whatever backticks it holds. */
export function fenced(content: string, info = ''): string {
  const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longestRun + 1)
  return `${fence}${info}\n${content}\n${fence}`
}

/** A transcript as plain lines: time since the start, who spoke, what was said. */
export function transcriptText(lines: TranscriptLine[]): string {
  return lines.map((entry) => `+${Math.round(entry.atMs)} ms ${entry.dir}: ${entry.line}`).join('\n')
}

/** One finding as a list item: a line for each; detail, remedies and timings when it needs attention. */
function findingMarkdown(finding: FindingView, t: (key: string) => string): string {
  const facts = [finding.subject ? codeSpan(finding.subject) : null, `${finding.durationMs} ms`]
  const head = `- ${STATUS_MARK[finding.status]} **${escapeMarkdown(finding.statusLabel)}:** ${quoted(finding.titleQuoted)} · ${facts.filter(Boolean).join(' · ')}`
  if (!['fail', 'error', 'warn'].includes(finding.status)) return head
  const lines = [head, `  ${quoted(finding.detailQuoted)}`]
  if (finding.remedies.length > 0)
    lines.push(`  ${t('report:doc.remedies')}: ${finding.remedies.map(escapeMarkdown).join('; ')}`)
  const timings = timingRows(finding, t('report:phase.total'))
  if (timings.length > 0)
    lines.push(
      `  ${t('report:doc.timings')}: ${timings.map(([label, ms]) => `${escapeMarkdown(label)} ${ms} ms`).join(' · ')}`,
    )
  return lines.join('\n')
}

/** The summary a ticket starts with: problem, remedy, who acts, what decided it, the notes. */
function leadMarkdown(view: ReportView): string[] {
  const t = (key: string) => view.labels(key)
  const { lead } = view
  const rows = summaryRows(view)
  const out = [
    `## ${t('report:doc.summary')}`,
    rows.map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`).join('\n'),
    `**${t('report:doc.decidedBy')}:**`,
    lead.decisions.length + lead.deciding.length === 0
      ? t('report:doc.nothingDecided')
      : [
          ...lead.decisions.map((decision) =>
            [
              `- ${escapeMarkdown(decision.step)}`,
              ...(decision.because ? [`  - ${escapeMarkdown(decision.because)}`] : []),
              ...decision.findings.map(
                (finding) => `  - ${STATUS_MARK[finding.status]} ${escapeMarkdown(finding.text)}`,
              ),
              ...(decision.pasted
                ? [`  - ${escapeMarkdown(t('report:doc.pasted'))}: ${codeSpan(decision.pasted)}`]
                : []),
            ].join('\n'),
          ),
          ...lead.deciding.map(
            (finding) =>
              `- ${STATUS_MARK[finding.status]} ${escapeMarkdown(`${finding.statusLabel}: `)}${quoted(finding.titleQuoted)}\n  ${quoted(finding.detailQuoted)}`,
          ),
        ].join('\n'),
    `**${t('report:doc.notes')}:**`,
    lead.notes.trim() === '' ? t('report:doc.noNotes') : fenced(lead.notes, 'text'),
  ]
  return out
}

/**
 * The session as Markdown for a ticket, short enough to paste: the summary first (problem, remedy,
 * who acts, the findings that decided it, the notes), then the answers and one line per finding.
 * The raw evidence (records, server conversations, certificates) stays in the HTML and JSON.
 * Secrets are always masked.
 */
export function toMarkdown(session: SessionRecord, language: Language, options: ExportOptions): string {
  const view = buildReportView(session, language, options)
  const t = (key: string) => view.labels(key)
  const out: string[] = [`# ${escapeMarkdown(view.title)}`]
  if (view.masked) out.push(`> ${t('report:doc.masked')}`)
  out.push(...leadMarkdown(view))
  out.push(`## ${t('report:doc.answers')}`)
  out.push(
    view.answers.length === 0
      ? t('report:doc.noAnswers')
      : view.answers
          .map(
            (step, index) =>
              `${index + 1}. ${escapeMarkdown(step.question)} — **${escapeMarkdown(step.answer)}**${step.automatic ? ` _(${t('report:doc.automaticMark')})_` : ''}`,
          )
          .join('\n'),
  )
  out.push(`## ${view.labels('report:doc.findings', { count: view.findings.length })}`)
  out.push(
    view.findings.length === 0
      ? t('report:doc.noFindings')
      : view.findings.map((finding) => findingMarkdown(finding, t)).join('\n'),
  )
  out.push(`_${t('report:doc.fullEvidence')}_`)
  out.push('---', `_${escapeMarkdown(view.generated)}_`)
  return `${out.join('\n\n')}\n`
}
