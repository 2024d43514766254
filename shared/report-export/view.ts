import type { i18n as I18n } from 'i18next'
import { createI18n, renderMsg, type Language } from '../i18n'
import type { Finding, Status } from '../report'
import { isRemedyId, remedyKeys } from '../knowledge/remedies'
import type { SessionRecord } from '../session'
import { maskForSharing } from './mask'
import { redactSecrets } from './redact'
import { formatDate, timingsOf, transcriptOf, type TranscriptEntry } from './evidence'

export {
  formatDate,
  timingsOf,
  transcriptOf,
  TIMING_PHASES,
  type ProbeTimings,
  type TimingPhase,
  type TranscriptEntry,
} from './evidence'

/** How a report is written. */
export interface ExportOptions {
  /** Mask the local part of addresses and the IP addresses (see maskForSharing). */
  shareSafely: boolean
}

/** One finding, in words, with its evidence split the way people read it. */
export interface FindingView {
  id: string
  subject: string | null
  status: Status
  statusLabel: string
  title: string
  detail: string
  durationMs: number
  timings: { label: string; ms: number }[]
  timingsTotal: number | null
  remedies: string[]
  transcript: TranscriptEntry[]
  records: unknown
  certificate: unknown
  otherEvidence: Record<string, unknown> | null
}

/** A session rendered in one language: what Markdown and HTML both write out. */
export interface ReportView {
  language: Language
  labels: (key: string, params?: Record<string, string | number>) => string
  title: string
  masked: boolean
  summary: { label: string; value: string }[]
  answers: { question: string; answer: string }[]
  findings: FindingView[]
  notes: string
  generated: string
}

/** The session as it goes out: secrets always masked, addresses and IPs too when sharing safely. */
export function prepareSession(session: SessionRecord, options: ExportOptions): SessionRecord {
  const redacted = redactSecrets(session)
  return options.shareSafely ? maskForSharing(redacted) : redacted
}

/** A remedy's title; an id from an older session that the catalogue no longer has stays as it is. */
function remedyTitle(i18n: I18n, remedyId: string): string {
  return isRemedyId(remedyId) ? i18n.t(remedyKeys(remedyId).title) : remedyId
}

const EVIDENCE_SHOWN_APART = new Set(['timings', 'transcript', 'records', 'certificate'])

function findingView(i18n: I18n, finding: Finding): FindingView {
  const timings = timingsOf(finding)
  const other = Object.entries(finding.evidence).filter(([key]) => !EVIDENCE_SHOWN_APART.has(key))
  return {
    id: finding.id,
    subject: finding.subject ?? null,
    status: finding.status,
    statusLabel: i18n.t(`common:status.${finding.status}`),
    title: renderMsg(i18n, finding.title),
    detail: renderMsg(i18n, finding.detail),
    durationMs: finding.durationMs,
    timings: timings
      ? timings.phases.map(({ phase, ms }) => ({ label: i18n.t(`report:phase.${phase}`), ms }))
      : [],
    timingsTotal: timings ? timings.total : null,
    remedies: finding.remedies.map((id) => remedyTitle(i18n, id)),
    transcript: transcriptOf(finding),
    records: finding.evidence.records ?? null,
    certificate: finding.evidence.certificate ?? null,
    otherEvidence: other.length > 0 ? Object.fromEntries(other) : null,
  }
}

/** Renders a session in a language, ready to be written as Markdown or HTML. */
export function buildReportView(
  session: SessionRecord,
  language: Language,
  options: ExportOptions,
): ReportView {
  const shown = prepareSession(session, options)
  const i18n = createI18n(language)
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params ?? {})
  const { report } = shown
  const domain = report.target.domainUnicode || report.target.domain || t('report:doc.noDomain')
  const target =
    report.target.input && report.target.input !== domain ? `${report.target.input} (${domain})` : domain
  return {
    language,
    labels: t,
    title: t('report:doc.title', { domain }),
    masked: options.shareSafely,
    summary: [
      { label: t('report:doc.date'), value: formatDate(report.startedAt, language) },
      { label: t('report:doc.target'), value: target },
      { label: t('report:doc.outcome'), value: t(`report:outcome.${shown.outcome}`) },
      {
        label: t('report:doc.remedy'),
        value: shown.remedyId ? remedyTitle(i18n, shown.remedyId) : t('report:doc.noRemedy'),
      },
      { label: t('report:doc.duration'), value: `${(report.durationMs / 1000).toFixed(1)} s` },
      { label: t('report:doc.version'), value: report.version },
    ],
    answers: shown.path.map((step) => ({
      question: renderMsg(i18n, step.question),
      answer: renderMsg(i18n, step.answerLabel),
    })),
    findings: report.findings.map((finding) => findingView(i18n, finding)),
    notes: shown.notes,
    generated: t('report:doc.generated', {
      version: report.version,
      date: formatDate(shown.savedAt, language),
    }),
  }
}
