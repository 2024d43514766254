import type { Language } from '../protocol/languages'
import { TIMING_PHASES, type Finding, type TimingPhase, type TranscriptLine } from '../report'

export { TIMING_PHASES, type TimingPhase, type TranscriptLine }

/** The timings of a probe, when its evidence has them: each known phase and the total. */
export interface ProbeTimings {
  phases: { phase: TimingPhase; ms: number }[]
  total: number
}

/** Reads `evidence.timings` of a finding: known phases with a finite, non-negative number. */
export function timingsOf(finding: Finding): ProbeTimings | null {
  const raw = finding.evidence.timings
  if (!raw || typeof raw !== 'object') return null
  const values = raw as Record<string, unknown>
  const phases = TIMING_PHASES.flatMap((phase) => {
    const ms = values[phase]
    return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? [{ phase, ms }] : []
  })
  const sum = phases.reduce((total, phase) => total + phase.ms, 0)
  const total = typeof values.total === 'number' && Number.isFinite(values.total) ? values.total : sum
  if (phases.length === 0 && total <= 0) return null
  return { phases, total: Math.max(total, sum) }
}

/** Reads `evidence.transcript` of a finding, keeping only well-formed lines. */
export function transcriptOf(finding: Finding): TranscriptLine[] {
  const raw = finding.evidence.transcript
  if (!Array.isArray(raw)) return []
  return raw.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return []
    const { dir, line, atMs } = entry as Record<string, unknown>
    if ((dir !== 'C' && dir !== 'S') || typeof line !== 'string') return []
    return [{ dir, line, atMs: typeof atMs === 'number' ? atMs : 0 }]
  })
}

/** A date in words, in UTC so every reader of a ticket sees the same. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date)
  return `${text} UTC`
}
