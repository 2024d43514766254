import type { Finding } from '../../shared/report'
import { timingsOf, type TimingPhase } from '../../shared/report-export/evidence'

/** One coloured part of a bar: a phase, where it starts and how long it lasts (ms). */
export interface ChartSegment {
  phase: TimingPhase | 'other'
  startMs: number
  ms: number
}

/** One bar of the chart: a check (and its subject), its length and its parts. */
export interface ChartRow {
  key: string
  checkId: string
  subject: string | null
  totalMs: number
  segments: ChartSegment[]
}

/** What the timing chart draws: a bar per probe with its phases, and a bar per check of the run. */
export interface TimingChartModel {
  probes: ChartRow[]
  probesScaleMs: number
  whole: ChartRow[]
  wholeScaleMs: number
  wholeTotalMs: number
  slowest: ChartRow | null
}

/**
 * Builds the chart from findings: each finding whose evidence has `timings` becomes a bar of its
 * phases laid end to end (whatever the total holds beyond the phases is `other`); every finding
 * becomes a bar of its duration in the whole-check chart. Scales round up to a readable number.
 */
export function buildTimingChart(findings: Finding[], runDurationMs: number): TimingChartModel {
  const probes: ChartRow[] = []
  for (const finding of findings) {
    const timings = timingsOf(finding)
    if (!timings) continue
    let startMs = 0
    const segments: ChartSegment[] = []
    for (const { phase, ms } of timings.phases) {
      if (ms > 0) segments.push({ phase, startMs, ms })
      startMs += ms
    }
    if (timings.total > startMs) segments.push({ phase: 'other', startMs, ms: timings.total - startMs })
    probes.push({
      key: `${finding.id} ${finding.subject ?? ''}`,
      checkId: finding.id,
      subject: finding.subject ?? null,
      totalMs: timings.total,
      segments,
    })
  }
  const whole = findings.map((finding) => ({
    key: `${finding.id} ${finding.subject ?? ''}`,
    checkId: finding.id,
    subject: finding.subject ?? null,
    totalMs: finding.durationMs,
    segments: [],
  }))
  const slowest = whole.reduce<ChartRow | null>(
    (best, row) => (best === null || row.totalMs > best.totalMs ? row : best),
    null,
  )
  const wholeTotalMs = Math.max(runDurationMs, ...whole.map((row) => row.totalMs), 0)
  return {
    probes,
    probesScaleMs: niceScale(Math.max(0, ...probes.map((row) => row.totalMs))),
    whole,
    wholeScaleMs: niceScale(wholeTotalMs),
    wholeTotalMs,
    slowest,
  }
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least the value (and at least 10 ms). */
export function niceScale(ms: number): number {
  if (ms <= 10) return 10
  const power = 10 ** Math.floor(Math.log10(ms))
  for (const step of [1, 2, 5, 10]) if (step * power >= ms) return step * power
  return 10 * power
}
