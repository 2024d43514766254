import type { i18n as I18n } from 'i18next'
import { createI18n, renderMsg, type Language } from '../i18n'
import { identityOfRun, identityText, providerName } from '../knowledge/provider-identity'
import { needsAttention, type Finding, type Msg, type Status } from '../report'
import { DECISION_TREE } from '../tree/decision-tree'
import { isRemedyId, remedyDef, remedyKeys, whoActsKey } from '../knowledge/remedies'
import type { PathStep, SessionRecord } from '../session'
import { maskForSharing } from './mask'
import { redactSecrets } from './redact'
import { formatDate, timingsOf, transcriptOf, type TranscriptLine } from './evidence'

export {
  formatDate,
  timingsOf,
  transcriptOf,
  TIMING_PHASES,
  type ProbeTimings,
  type TimingPhase,
  type TranscriptLine,
} from './evidence'

/** How a report is written. */
export interface ExportOptions {
  /** Mask the local part of addresses and the IP addresses (see maskForSharing). */
  shareSafely: boolean
}

/**
 * A text whose DNS names and values (hosts, `_dmarc.…`, `v=spf1 … ~all`) stand apart as tokens, so
 * each format can set them as code, unescaped: pasted from the report into a DNS panel, they are exact.
 */
export interface QuotedText {
  /** The text, each value replaced by `\uE000n\uE001` (n: its index in `values`). */
  text: string
  values: string[]
}

const TOKEN = /\uE000(\d+)\uE001/g

/** True when a parameter is a DNS name or record value (not a sentence, a number or a name of a company). */
function isDnsValue(value: string): boolean {
  if (/^(v=|k=)\S/i.test(value) || /^MX \d+ \S+$/.test(value)) return true
  return !/\s/.test(value) && /[._=~:]/.test(value) && !/[.:]$/.test(value)
}

/** A message rendered with its DNS values kept apart (see QuotedText). */
export function quotedMsg(i18n: I18n, msg: Msg): QuotedText {
  const values: string[] = []
  const params = Object.fromEntries(
    Object.entries(msg.params ?? {}).map(([name, value]) => {
      if (typeof value !== 'string' || !isDnsValue(value)) return [name, value]
      values.push(value)
      return [name, `\uE000${values.length - 1}\uE001`]
    }),
  )
  return { text: i18n.t(msg.key, { ...params, interpolation: { escapeValue: false } }), values }
}

/** A quoted text in a format: the words escaped, each value wrapped as code. */
export function fillQuoted(
  quoted: QuotedText,
  escape: (text: string) => string,
  code: (value: string) => string,
): string {
  return escape(quoted.text).replace(TOKEN, (_, index: string) => code(quoted.values[Number(index)] ?? ''))
}

/** One finding, in words, with its evidence split the way people read it. */
export interface FindingView {
  id: string
  subject: string | null
  status: Status
  statusLabel: string
  title: string
  detail: string
  /** The title and detail with their DNS values apart, for formats that set them as code. */
  titleQuoted: QuotedText
  detailQuoted: QuotedText
  durationMs: number
  timings: { label: string; ms: number }[]
  timingsTotal: number | null
  remedies: string[]
  transcript: TranscriptLine[]
  records: unknown
  certificate: unknown
  otherEvidence: Record<string, unknown> | null
}

/** An automatic step of the path, in words: where it went, and the findings that decided it. */
export interface DecisionView {
  /** The step and where it went on to, in words. */
  step: string
  /** Why, in the words the person saw on the screen. */
  because: string | null
  findings: { status: Status; text: string }[]
  /** The codes of the pasted error or bounce that decided it ("535 5.7.139"). */
  pasted: string | null
}

/**
 * What a ticket needs first: the problem the person named, the remedy reached, who acts on it, what
 * decided it (the automatic steps with the findings recorded as deciding them, then the findings
 * that need attention), and the staff's notes.
 */
export interface ReportLead {
  problem: string | null
  remedy: string
  whoActs: string | null
  decisions: DecisionView[]
  deciding: FindingView[]
  notes: string
}

/** A session rendered in one language: what Markdown and HTML both write out. */
export interface ReportView {
  language: Language
  labels: (key: string, params?: Record<string, string | number>) => string
  title: string
  masked: boolean
  lead: ReportLead
  summary: { label: string; value: string }[]
  /** Every step of the path; `automatic` for the steps the findings decided. */
  answers: { question: string; answer: string; automatic: boolean }[]
  findings: FindingView[]
  generated: string
}

/** The session as it goes out: secrets always masked, addresses and IPs too when sharing safely. */
export function prepareSession(session: SessionRecord, options: ExportOptions): SessionRecord {
  const redacted = redactSecrets(session)
  return options.shareSafely ? maskForSharing(redacted) : redacted
}

/** A remedy id as the catalogue knows it: older sessions wrote the tree's `tree:` prefix. */
function catalogueId(remedyId: string): string {
  return remedyId.startsWith('tree:') ? remedyId.slice('tree:'.length) : remedyId
}

/** A remedy's title; an id from an older session that the catalogue no longer has stays as it is. */
function remedyTitle(i18n: I18n, remedyId: string): string {
  const id = catalogueId(remedyId)
  return isRemedyId(id) ? i18n.t(remedyKeys(id).title) : remedyId
}

const ATTENTION_ORDER: Status[] = ['fail', 'error', 'warn']

/**
 * The findings that decided the remedy: those its screen shows that need attention, else every
 * finding that needs attention; the failures first.
 */
export function decidingFindings(findings: readonly Finding[], remedyId: string | null): Finding[] {
  const node = remedyId ? DECISION_TREE.nodes[catalogueId(remedyId)] : undefined
  const shown = node?.kind === 'remedy' ? node.showFindings : undefined
  const attention = findings.filter(needsAttention)
  const onScreen = shown ? attention.filter((finding) => shown.includes(finding.id)) : []
  const chosen = onScreen.length > 0 ? onScreen : attention
  return [...chosen].sort((a, b) => ATTENTION_ORDER.indexOf(a.status) - ATTENTION_ORDER.indexOf(b.status))
}

/** True when an automatic step was decided by something: findings, a reason, a pasted text. */
function decided(step: PathStep): boolean {
  return (step.decidedBy?.length ?? 0) > 0 || step.because !== undefined || step.pasted !== undefined
}

/**
 * The automatic steps of the path that evidence decided, each with why, the findings and their
 * status then, and the pasted codes.
 */
function decisionsOf(i18n: I18n, path: readonly PathStep[], render: (msg: Msg) => string): DecisionView[] {
  return path
    .filter((step) => step.by === 'automatic' && decided(step))
    .map((step) => ({
      step: i18n.t('report:doc.automaticStep', {
        step: render(step.question),
        next: render(step.answerLabel),
      }),
      because: step.because
        ? i18n.t(step.because.key, { provider: i18n.t('tree:ui.yourProvider'), ...step.because.params })
        : null,
      pasted: step.pasted ?? null,
      findings: (step.decidedBy ?? []).map((finding) => ({
        status: finding.status,
        text: i18n.t('report:map.decidedBy', {
          finding: renderMsg(i18n, finding.title),
          status: i18n.t(`common:status.${finding.status}`),
        }),
      })),
    }))
}

function leadOf(i18n: I18n, session: SessionRecord, render: (msg: Msg) => string): ReportLead {
  const first = session.path.find((step) => step.nodeId === DECISION_TREE.start)
  const id = session.remedyId ? catalogueId(session.remedyId) : null
  return {
    problem: first ? render(first.answerLabel) : null,
    remedy: session.remedyId ? remedyTitle(i18n, session.remedyId) : i18n.t('report:doc.noRemedy'),
    whoActs: id && isRemedyId(id) ? i18n.t(whoActsKey(remedyDef(id).whoActs)) : null,
    decisions: decisionsOf(i18n, session.path, render),
    deciding: decidingFindings(session.report.findings, session.remedyId).map((finding) =>
      findingView(i18n, finding),
    ),
    notes: session.notes,
  }
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
    titleQuoted: quotedMsg(i18n, finding.title),
    detailQuoted: quotedMsg(i18n, finding.detail),
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
  const identity = identityOfRun(
    report.findings,
    Object.fromEntries(shown.path.map((step) => [step.nodeId, step.answer])),
  )
  // Questions name the provider ("your mail is at {{provider}}"): the one the wizard spoke of.
  const provider = providerName(identity) ?? t('tree:ui.yourProvider')
  const render = (msg: Msg) => i18n.t(msg.key, { provider, ...(msg.params ?? {}) })
  const domain = report.target.domainUnicode || report.target.domain || t('report:doc.noDomain')
  const target =
    report.target.input && report.target.input !== domain ? `${report.target.input} (${domain})` : domain
  return {
    language,
    labels: t,
    title: t('report:doc.title', { domain }),
    masked: options.shareSafely,
    lead: leadOf(i18n, shown, render),
    summary: [
      { label: t('report:doc.date'), value: formatDate(report.startedAt, language) },
      { label: t('report:doc.target'), value: target },
      { label: t('report:provider.label'), value: identityText(identity, t) },
      { label: t('report:doc.outcome'), value: t(`report:outcome.${shown.outcome}`) },
      { label: t('report:doc.duration'), value: `${(report.durationMs / 1000).toFixed(1)} s` },
      { label: t('report:doc.version'), value: report.version },
    ],
    answers: shown.path.map((step) => ({
      question: render(step.question),
      answer: render(step.answerLabel),
      automatic: step.by === 'automatic',
    })),
    findings: report.findings.map((finding) => findingView(i18n, finding)),
    generated: t('report:doc.generated', {
      version: report.version,
      date: formatDate(shown.savedAt, language),
    }),
  }
}

/**
 * The summary's rows as every format shows them, label and value: the problem (when known), the
 * remedy, who acts (when known), then the session's facts.
 */
export function summaryRows(view: ReportView): [label: string, value: string][] {
  const t = (key: string) => view.labels(key)
  const { lead } = view
  return [
    ...(lead.problem ? [[t('report:doc.problem'), lead.problem] as [string, string]] : []),
    [t('report:doc.remedy'), lead.remedy],
    ...(lead.whoActs ? [[t('report:doc.whoActs'), lead.whoActs] as [string, string]] : []),
    ...view.summary.map((row): [string, string] => [row.label, row.value]),
  ]
}

/** A finding's timed phases, then the total, label and milliseconds; none when it has no timings. */
export function timingRows(finding: FindingView, totalLabel: string): [label: string, ms: number][] {
  if (finding.timingsTotal === null) return []
  return [
    ...finding.timings.map((timing): [string, number] => [timing.label, timing.ms]),
    [totalLabel, finding.timingsTotal],
  ]
}
