/**
 * A child process for the crash test: saves big sessions into the history folder given as the first
 * argument, over and over, until it is killed. It prints "saved" after each save.
 */
import { knownSession } from '../../shared/report-export/fixture'
import { createHistoryStore } from './history-store'

const dir = process.argv[2]
if (!dir) throw new Error('usage: save-loop.child.ts DIR')
const store = createHistoryStore(dir, {
  maxBytes: 500 * 1024 * 1024,
  maxSessions: 8,
  maxSessionBytes: 50 * 1024 * 1024,
})
const padding = 'x'.repeat(4_000_000)

for (let round = 0; ; round += 1) {
  const session = knownSession()
  session.id = `loop-${round % 6}`
  session.savedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, round)).toISOString()
  session.notes = `round ${round}`
  const mx = session.report.findings[1]
  if (mx) mx.evidence.filler = padding
  await store.save(session)
  process.stdout.write('saved\n')
}
