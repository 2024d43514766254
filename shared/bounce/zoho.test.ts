import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the zoho layout', () => {
  it('Zoho: the ERROR_CODE line', async () => {
    expect(await readSisimai('lhost-zoho-01.eml')).toMatchObject({
      format: 'zoho',
      recipient: 'kijitora@example.co.jp',
      enhancedCode: '5.1.1',
      replyCode: 550,
    })
  })
})
