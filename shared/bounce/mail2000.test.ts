import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** Mail2000's samples: the reason in brackets after each address, with no SMTP command named. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-x1-01.eml', 1, null, null, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-x1-02.eml', 1, null, null, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
]

describe('the mail2000 layout', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
