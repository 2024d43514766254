import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the gmx layout', () => {
  it('GMX: the reply after "SMTP error from remote server after RCPT command"', async () => {
    expect(await readSisimai('lhost-gmx-01.eml')).toMatchObject({
      format: 'gmx',
      recipient: 'shironeko@example.jp',
      enhancedCode: '5.2.2',
      reason: 'mailboxfull',
      command: 'RCPT',
    })
  })

  it('GMX: lists every failed recipient, each with its own reply and reason', async () => {
    const info = await readSisimai('lhost-gmx-03.eml')
    expect(
      info.recipients.map(({ recipient, enhancedCode, reason }) => ({ recipient, enhancedCode, reason })),
    ).toEqual([
      { recipient: 'mikeneko@example.co.jp', enhancedCode: '5.2.1', reason: 'userunknown' },
      { recipient: 'sabineko@example.co.jp', enhancedCode: '5.2.2', reason: 'mailboxfull' },
    ])
  })
})
