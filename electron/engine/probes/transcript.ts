import type { TimingPhase, TranscriptLine } from '../../../shared/report'

export type { TranscriptLine }

/** The phases of a probe that are timed, as DESIGN.md lists them, and the total. */
export type Phase = TimingPhase | 'total'

/** Milliseconds spent in each phase that ran. */
export type PhaseTimings = Partial<Record<Phase, number>>

/** Longest line kept in a transcript; a longer one is cut and marked, so evidence stays readable. */
const TRANSCRIPT_LINE_MAX = 1000
/** Most lines kept in a transcript; a server that floods us cannot grow the evidence without bound. */
const TRANSCRIPT_LINES_MAX = 400

/**
 * The record of one conversation: every line in and out with its time since the start, and the
 * duration of each phase. Lines the client marks as secret are stored as `***` in their place.
 */
export class Transcript {
  readonly lines: TranscriptLine[] = []
  readonly timings: PhaseTimings = {}
  private readonly started = performance.now()
  private dropped = 0

  /** Milliseconds since the conversation started. */
  elapsed(): number {
    return Math.round(performance.now() - this.started)
  }

  /** Records a line the server sent. */
  server(line: string): void {
    this.push('S', line)
  }

  /** Records a line the client sent; pass the masked form of any line that carries a secret. */
  client(line: string): void {
    this.push('C', line)
  }

  /** Runs one phase and adds its duration to the timings, whether it succeeds or not. */
  async time<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await work()
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + Math.round(performance.now() - start)
    }
  }

  /** Closes the record: sets the total time and notes lines that were left out. */
  finish(): { timings: PhaseTimings; transcript: TranscriptLine[]; transcriptDropped?: number } {
    this.timings.total = this.elapsed()
    return this.dropped > 0
      ? { timings: this.timings, transcript: this.lines, transcriptDropped: this.dropped }
      : { timings: this.timings, transcript: this.lines }
  }

  private push(dir: 'C' | 'S', line: string): void {
    if (this.lines.length >= TRANSCRIPT_LINES_MAX) {
      this.dropped++
      return
    }
    const shown =
      line.length > TRANSCRIPT_LINE_MAX
        ? `${line.slice(0, TRANSCRIPT_LINE_MAX)}… (${line.length} characters)`
        : line
    this.lines.push({ dir, line: shown, atMs: this.elapsed() })
  }
}
