import type { Language } from '../i18n'
import type { SessionRecord } from '../session'
import { STATUS_MARK } from '../report'
import { transcriptText } from './markdown'
import {
  buildReportView,
  fillQuoted,
  type ExportOptions,
  type FindingView,
  type QuotedText,
  type ReportView,
  summaryRows,
  timingRows,
} from './view'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A text with its DNS values as code and the rest escaped. */
function quotedHtml(text: QuotedText): string {
  return fillQuoted(text, escapeHtml, (value) => `<code>${escapeHtml(value)}</code>`)
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1f2933; }
body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d9d4c7; }
h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
table { border-collapse: collapse; } th, td { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0; vertical-align: top; }
.masked { background: #fdf1dc; padding: 0.5rem 0.8rem; border-radius: 6px; }
.finding { border: 1px solid #d9d4c7; border-radius: 8px; padding: 0.2rem 1rem 0.8rem; margin: 0.8rem 0; break-inside: avoid; }
.status-pass h3 { color: #1e6b3a; } .status-warn h3 { color: #8a5300; } .status-fail h3, .status-error h3 { color: #a3221b; }
.facts { color: #4a5561; font-size: 0.9rem; margin: 0; }
pre { background: #f6f4ef; padding: 0.6rem; border-radius: 6px; white-space: pre-wrap; word-break: break-all; font-size: 0.8rem; }
footer { margin-top: 2rem; color: #4a5561; font-size: 0.85rem; }
@media print { body { margin: 0; max-width: none; } pre { border: 1px solid #d9d4c7; } }
`

function section(title: string, body: string): string {
  return `<h4>${escapeHtml(title)}</h4>\n${body}`
}

function pre(text: string): string {
  return `<pre>${escapeHtml(text)}</pre>`
}

function findingHtml(finding: FindingView, t: (key: string) => string): string {
  const facts = [`<code>${escapeHtml(finding.id)}</code>`]
  if (finding.subject) facts.push(`${escapeHtml(t('report:doc.subject'))}: ${escapeHtml(finding.subject)}`)
  facts.push(`${escapeHtml(t('report:doc.took'))}: ${finding.durationMs} ms`)
  const parts = [
    `<section class="finding status-${finding.status}">`,
    `<h3><span aria-hidden="true">${STATUS_MARK[finding.status]}</span> ${escapeHtml(finding.statusLabel)}: ${quotedHtml(finding.titleQuoted)}</h3>`,
    `<p class="facts">${facts.join(' · ')}</p>`,
    `<p>${quotedHtml(finding.detailQuoted)}</p>`,
  ]
  const timings = timingRows(finding, t('report:phase.total'))
  if (timings.length > 0) {
    const rows = timings.map(
      ([label, ms]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${ms} ms</td></tr>`,
    )
    parts.push(section(t('report:doc.timings'), `<table>${rows.join('')}</table>`))
  }
  if (finding.remedies.length > 0)
    parts.push(
      section(
        t('report:doc.remedies'),
        `<ul>${finding.remedies.map((remedy) => `<li>${escapeHtml(remedy)}</li>`).join('')}</ul>`,
      ),
    )
  if (finding.records !== null)
    parts.push(section(t('report:doc.records'), pre(JSON.stringify(finding.records, null, 2))))
  if (finding.transcript.length > 0)
    parts.push(section(t('report:doc.transcript'), pre(transcriptText(finding.transcript))))
  if (finding.certificate !== null)
    parts.push(section(t('report:doc.certificate'), pre(JSON.stringify(finding.certificate, null, 2))))
  if (finding.otherEvidence !== null)
    parts.push(section(t('report:doc.evidence'), pre(JSON.stringify(finding.otherEvidence, null, 2))))
  parts.push('</section>')
  return parts.join('\n')
}

/** The summary the page starts with: problem, remedy, who acts, what decided it, the notes. */
function leadHtml(view: ReportView): string[] {
  const t = (key: string) => view.labels(key)
  const { lead } = view
  const rows = summaryRows(view)
  const decisions = lead.decisions.map(
    (decision) =>
      `<li>${escapeHtml(decision.step)}<ul>${[
        ...(decision.because ? [`<li>${escapeHtml(decision.because)}</li>`] : []),
        ...decision.findings.map(
          (finding) =>
            `<li class="status-${finding.status}"><span aria-hidden="true">${STATUS_MARK[finding.status]}</span> ${escapeHtml(finding.text)}</li>`,
        ),
        ...(decision.pasted
          ? [`<li>${escapeHtml(t('report:doc.pasted'))}: <code>${escapeHtml(decision.pasted)}</code></li>`]
          : []),
      ].join('')}</ul></li>`,
  )
  const deciding = lead.deciding.map(
    (finding) =>
      `<li class="status-${finding.status}"><strong><span aria-hidden="true">${STATUS_MARK[finding.status]}</span> ${escapeHtml(`${finding.statusLabel}: ${finding.title}`)}</strong><br>${escapeHtml(finding.detail)}</li>`,
  )
  return [
    `<h2>${escapeHtml(t('report:doc.summary'))}</h2>`,
    `<table>${rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
    `<h3>${escapeHtml(t('report:doc.decidedBy'))}</h3>`,
    decisions.length + deciding.length === 0
      ? `<p>${escapeHtml(t('report:doc.nothingDecided'))}</p>`
      : `<ul>${[...decisions, ...deciding].join('')}</ul>`,
    `<h3>${escapeHtml(t('report:doc.notes'))}</h3>`,
    lead.notes.trim() === '' ? `<p>${escapeHtml(t('report:doc.noNotes'))}</p>` : pre(lead.notes),
  ]
}

/**
 * The session as one self-contained, printable HTML page (inline style, no script, no outside
 * resource; every text escaped). Electron prints it to PDF; the harness offers it as is.
 */
export function toHtml(session: SessionRecord, language: Language, options: ExportOptions): string {
  const view = buildReportView(session, language, options)
  const t = (key: string) => view.labels(key)
  const body: string[] = [`<h1>${escapeHtml(view.title)}</h1>`]
  if (view.masked) body.push(`<p class="masked">${escapeHtml(t('report:doc.masked'))}</p>`)
  body.push(
    ...leadHtml(view),
    `<h2>${escapeHtml(t('report:doc.answers'))}</h2>`,
    view.answers.length === 0
      ? `<p>${escapeHtml(t('report:doc.noAnswers'))}</p>`
      : `<ol>${view.answers
          .map(
            (step) =>
              `<li>${escapeHtml(step.question)} — <strong>${escapeHtml(step.answer)}</strong>${step.automatic ? ` <em>(${escapeHtml(t('report:doc.automaticMark'))})</em>` : ''}</li>`,
          )
          .join('')}</ol>`,
    `<h2>${escapeHtml(view.labels('report:doc.findings', { count: view.findings.length }))}</h2>`,
  )
  if (view.findings.length === 0) body.push(`<p>${escapeHtml(t('report:doc.noFindings'))}</p>`)
  for (const finding of view.findings) body.push(findingHtml(finding, t))
  body.push(`<footer>${escapeHtml(view.generated)}</footer>`)
  return [
    '<!doctype html>',
    `<html lang="${view.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
