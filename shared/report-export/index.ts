import type { Language } from '../i18n'
import type { SessionRecord } from '../session'
import { toHtml } from './html'
import { toJson } from './json'
import { toMarkdown } from './markdown'
import type { ExportOptions } from './view'

export { toHtml, escapeHtml } from './html'
export { toJson, type SessionReportJson } from './json'
export { toMarkdown, escapeMarkdown } from './markdown'
export { maskForSharing, maskText, MASKED_IPV4, MASKED_IPV6 } from './mask'
export { redactSecrets, SECRET_MASK } from './redact'
export {
  timingsOf,
  transcriptOf,
  formatDate,
  TIMING_PHASES,
  type ExportOptions,
  type ProbeTimings,
  type TimingPhase,
  type TranscriptLine,
} from './view'

import type { ExportFormat } from './formats'

export { EXPORT_FORMATS, type ExportFormat } from './formats'

/** The MIME type of each format. */
export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
}

/** Writes a session in one format and language. */
export function exportSession(
  session: SessionRecord,
  format: ExportFormat,
  language: Language,
  options: ExportOptions,
): string {
  if (format === 'md') return toMarkdown(session, language, options)
  if (format === 'html') return toHtml(session, language, options)
  return toJson(session, options)
}

/** A file name for a session's report: `maildoctor-<domain>-<date>.<ext>`, safe on every system. */
export function reportFileName(session: SessionRecord, extension: ExportFormat | 'pdf'): string {
  const domain = (session.report.target.domain || 'report').replace(/[^a-z0-9.-]/gi, '_')
  const date = session.report.startedAt.slice(0, 19).replace(/[:T]/g, '-')
  return `maildoctor-${domain}-${date}.${extension}`
}
export { sessionFromReport, type SessionExtras } from './session-from-report'
