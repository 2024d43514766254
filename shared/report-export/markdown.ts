import type { Language } from '../i18n'
import { STATUS_MARK } from '../report'
import type { SessionRecord } from '../session'
import { buildReportView, type ExportOptions, type FindingView, type TranscriptLine } from './view'

/** Escapes text so Markdown shows it as typed (no links, emphasis, headings or HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([-=+#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s|$)/gm, '$1\\.')
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

function findingMarkdown(finding: FindingView, t: (key: string) => string): string {
  const parts: string[] = []
  parts.push(
    `### ${STATUS_MARK[finding.status]} ${escapeMarkdown(`${finding.statusLabel}: ${finding.title}`)}`,
  )
  const facts = [`\`${finding.id}\``]
  if (finding.subject) facts.push(`${t('report:doc.subject')}: ${escapeMarkdown(finding.subject)}`)
  facts.push(`${t('report:doc.took')}: ${finding.durationMs} ms`)
  parts.push(facts.join(' · '))
  parts.push(escapeMarkdown(finding.detail))
  if (finding.timingsTotal !== null) {
    const phases = finding.timings.map((timing) => `${escapeMarkdown(timing.label)} ${timing.ms} ms`)
    phases.push(`${t('report:phase.total')} ${finding.timingsTotal} ms`)
    parts.push(`**${t('report:doc.timings')}:** ${phases.join(' · ')}`)
  }
  if (finding.remedies.length > 0)
    parts.push(
      `**${t('report:doc.remedies')}:**\n${finding.remedies.map((remedy) => `- ${escapeMarkdown(remedy)}`).join('\n')}`,
    )
  if (finding.records !== null)
    parts.push(
      `**${t('report:doc.records')}:**\n\n${fenced(JSON.stringify(finding.records, null, 2), 'json')}`,
    )
  if (finding.transcript.length > 0)
    parts.push(`**${t('report:doc.transcript')}:**\n\n${fenced(transcriptText(finding.transcript), 'text')}`)
  if (finding.certificate !== null)
    parts.push(
      `**${t('report:doc.certificate')}:**\n\n${fenced(JSON.stringify(finding.certificate, null, 2), 'json')}`,
    )
  if (finding.otherEvidence !== null)
    parts.push(
      `**${t('report:doc.evidence')}:**\n\n${fenced(JSON.stringify(finding.otherEvidence, null, 2), 'json')}`,
    )
  return parts.join('\n\n')
}

/**
 * The session as Markdown for a ticket: summary, the answers given, every finding with its
 * timings and evidence, the remedy reached and the notes. Secrets are always masked.
 */
export function toMarkdown(session: SessionRecord, language: Language, options: ExportOptions): string {
  const view = buildReportView(session, language, options)
  const t = (key: string) => view.labels(key)
  const out: string[] = [`# ${escapeMarkdown(view.title)}`]
  if (view.masked) out.push(`> ${t('report:doc.masked')}`)
  out.push(
    `## ${t('report:doc.summary')}`,
    view.summary.map((row) => `- **${row.label}:** ${escapeMarkdown(row.value)}`).join('\n'),
  )
  out.push(`## ${t('report:doc.answers')}`)
  out.push(
    view.answers.length === 0
      ? t('report:doc.noAnswers')
      : view.answers
          .map(
            (step, index) =>
              `${index + 1}. ${escapeMarkdown(step.question)} — **${escapeMarkdown(step.answer)}**`,
          )
          .join('\n'),
  )
  out.push(`## ${view.labels('report:doc.findings', { count: view.findings.length })}`)
  if (view.findings.length === 0) out.push(t('report:doc.noFindings'))
  for (const finding of view.findings) out.push(findingMarkdown(finding, t))
  out.push(`## ${t('report:doc.notes')}`)
  out.push(view.notes.trim() === '' ? t('report:doc.noNotes') : fenced(view.notes, 'text'))
  out.push('---', `_${escapeMarkdown(view.generated)}_`)
  return `${out.join('\n\n')}\n`
}
