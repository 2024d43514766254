import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the short-notices layout', () => {
  it('IMail: "Unknown user: rcpt"', async () => {
    expect(await readSisimai('lhost-imailserver-01.eml')).toMatchObject({
      format: 'imailserver',
      recipient: 'kijitora@example.com',
      command: 'RCPT',
    })
  })

  it('IMail: "Invalid final delivery userid: rcpt" is an unknown user', async () => {
    expect(await readSisimai('lhost-imailserver-03.eml')).toMatchObject({
      format: 'imailserver',
      recipient: 'kijitora@neko.example.co.jp',
      command: 'RCPT',
      reason: 'userunknown',
    })
  })

  it('InterScan: "Unable to deliver message to <rcpt>"', async () => {
    expect(await readSisimai('lhost-interscanmss-02.eml')).toMatchObject({
      format: 'interscanmss',
      recipient: 'kijitora@neko.example.jp',
      reason: 'userunknown',
    })
  })

  it('Notes / Domino: "not listed in public Name & Address Book"', async () => {
    expect(await readSisimai('lhost-notes-03.eml')).toMatchObject({ format: 'domino', reason: 'userunknown' })
  })
})
