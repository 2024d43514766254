import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** Verizon Wireless's gateway samples: both say the mobile number does not exist. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-verizon-01.eml', 1, null, null, 'userunknown'],
  ['lhost-verizon-02.eml', 1, null, 550, 'userunknown'],
]

describe('the verizon layout', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
