import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('RFC 3464 reports: what the reporting MTA says besides the codes', () => {
  it("takes PowerMTA's bounce category as the reason it names (bad-mailbox: the address does not exist)", async () => {
    const info = await readSisimai('lhost-powermta-02.eml')
    expect(info).toMatchObject({ format: 'dsn', replyCode: 554, reason: 'userunknown' })
  })

  it('reads the words after the Status code ("mailbox disabled") with the server text', async () => {
    const info = await readSisimai('lhost-powermta-01.eml')
    expect(info).toMatchObject({ enhancedCode: '5.2.1', reason: 'suspend' })
    expect(info.diagnostic).toBe('550 5.2.1 <kijitora@example.jp>... User Unknown')
  })

  it('gives each recipient of a report its own reason (a delayed one: the network)', async () => {
    const info = await readSisimai('rfc3464-35.eml')
    // The third says "550 user unknown" with no command: Sisimai says filtered (DEPARTURES, corpus-measure.ts).
    expect(info.recipients.map((entry) => entry.reason)).toEqual(['rejected', 'networkerror', 'userunknown'])
  })
})
