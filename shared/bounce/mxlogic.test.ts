import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** MX Logic's samples: Exim's notice, the third with the reply on the address line. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-mxlogic-01.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mxlogic-02.eml', 1, '5.1.1', 550, 'userunknown'],
  ['lhost-mxlogic-03.eml', 1, null, 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
]

describe('the mxlogic layout', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
