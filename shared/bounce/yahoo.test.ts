import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the yahoo layout', () => {
  it('Yahoo: the remote host\u2019s reply and the [RCPT_TO] stage', async () => {
    expect(await readSisimai('lhost-yahoo-05.eml')).toMatchObject({
      format: 'yahoo',
      recipient: 'kijitora@example.co.jp',
      enhancedCode: '5.2.1',
      replyCode: 550,
      command: 'RCPT',
    })
  })
})
