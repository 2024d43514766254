import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** fml's samples: a non-member refused, and a loop alert named in the subject. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-fml-02.eml', 1, null, null, 'rejected'],
  ['lhost-fml-03.eml', 1, null, null, 'systemerror'],
]

describe('the fml layout', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
