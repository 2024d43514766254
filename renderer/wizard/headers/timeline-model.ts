import { formatDuration } from '../../../shared/headers/duration'
import type { HeaderReport } from '../../../shared/headers/types'

/** A wait is marked as the longest only from this many seconds: a 1-second "longest" would only distract. */
const MARKED_WAIT_SECONDS = 60

/** One row of the headers timeline: a hop, its wait and how wide its bar is. */
export interface TimelineRow {
  index: number
  from: string | null
  by: string | null
  at: string | null
  delaySeconds: number | null
  /** The wait as people read it (`27 min 11 s`); null for the first hop or without dates. */
  duration: string | null
  /** The bar's width in percent of the longest wait (0 without a positive wait). */
  barPercent: number
  slowest: boolean
  clockSkew: boolean
  area: HeaderReport['hops'][number]['area']
}

/** The rows of the timeline, oldest hop first; bars are scaled to the longest wait. */
export function timelineRows(report: HeaderReport): TimelineRow[] {
  const longest = Math.max(0, ...report.hops.map((hop) => hop.delaySeconds ?? 0))
  return report.hops.map((hop, index) => {
    const delay = hop.delaySeconds
    return {
      index,
      from: hop.from,
      by: hop.by,
      at: hop.at,
      delaySeconds: delay,
      duration: delay === null ? null : formatDuration(delay),
      barPercent:
        delay !== null && delay > 0 && longest > 0 ? Math.max(1, Math.round((delay / longest) * 100)) : 0,
      slowest: report.slowestHop === index && (delay ?? 0) >= MARKED_WAIT_SECONDS,
      clockSkew: hop.clockSkew,
      area: hop.area,
    }
  })
}
