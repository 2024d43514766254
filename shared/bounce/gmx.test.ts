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
})
