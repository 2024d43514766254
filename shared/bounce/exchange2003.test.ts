import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the exchange2003 layout', () => {
  it('Exchange 2000/2003: the MSEXCH code names the reason', async () => {
    expect(await readSisimai('lhost-exchange2003-01.eml')).toMatchObject({
      format: 'exchange2003',
      recipient: 'kijitora@example.jp',
      reason: 'userunknown',
    })
  })

  it('Exchange 2003: the reason line under the recipient, without an MSEXCH code, and no SMTP command invented', async () => {
    expect(await readSisimai('lhost-exchange2003-04.eml')).toMatchObject({
      format: 'exchange2003',
      recipient: 'kijitora@example.com',
      diagnostic: 'Recipient Not Found',
      command: null,
    })
  })
})
