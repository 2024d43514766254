import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** BIGLOBE's and au's (ezweb) samples: their own notice texts name the reason; au's spam filter marks what it refused. */
const CASES: readonly SisimaiCase[] = [
  ['lhost-biglobe-01.eml', 1, null, null, 'mailboxfull'],
  ['lhost-ezweb-01.eml', 1, null, null, 'filtered'],
  ['lhost-ezweb-02.eml', 1, '5.0.0', 550, 'suspend'],
  ['lhost-ezweb-03.eml', 1, null, null, 'suspend'],
  ['lhost-ezweb-04.eml', 1, null, 550, 'userunknown'],
  ['lhost-ezweb-05.eml', 1, null, null, 'expired'],
  ['lhost-ezweb-07.eml', 1, null, 550, 'userunknown'],
  ['lhost-ezweb-08.eml', 1, null, 550, 'blocked'],
]

describe('the biglobe and ezweb layouts', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
