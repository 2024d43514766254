/**
 * The hostile export the worker test and the hostile-input bench share: a session whose evidence is
 * the hardest to mask, and the measure of how long the event loop stood still meanwhile.
 */
import { knownSession } from '../../shared/report-export/fixture'
import type { SessionRecord } from '../../shared/session'

/** A session whose evidence is 200 KB of what makes masking work hardest: long runs, dots, at signs. */
export function hostileSession(): SessionRecord {
  const session = knownSession()
  const first = session.report.findings[0]
  if (!first) throw new Error('fixture changed')
  first.evidence = {
    records: [
      `v=spf1 ${'a'.repeat(50_000)}`,
      `${'b.'.repeat(25_000)}@${'c-'.repeat(25_000)}`,
      '192.0.2.7 '.repeat(5_000),
      'x@y.'.repeat(12_000),
    ],
  }
  return session
}

/** Runs `work` while a 5 ms timer ticks; the longest wait between two ticks, in ms. */
export async function longestTimerGap(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  try {
    await work()
    longest = Math.max(longest, performance.now() - last)
  } finally {
    clearInterval(timer)
  }
  return longest
}
