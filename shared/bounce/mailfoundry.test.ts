import { describe, it } from 'vitest'
import { expectCase, type SisimaiCase } from '../../scripts/sisimai-cases'

/** MailFoundry's samples: the server's reply read from the one line after "Delivery failed for the following reason:". */
const CASES: readonly SisimaiCase[] = [
  ['lhost-mailfoundry-01.eml', 1, null, 550, 'userunknown'], // Sisimai: filtered (no command named; DEPARTURES in corpus-measure.ts)
  ['lhost-mailfoundry-02.eml', 1, '5.1.1', 552, 'mailboxfull'],
]

describe('the mailfoundry layout', () => {
  it.each(CASES)('%s, recipient %i: %s %s %s', async (...entry) => {
    await expectCase(entry)
  })
})
