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

  it('Zoho: lists every failed recipient, each with its own reply and reason', async () => {
    const info = await readSisimai('lhost-zoho-02.eml')
    expect(
      info.recipients.map(({ recipient, replyCode, enhancedCode, reason }) => ({
        recipient,
        replyCode,
        enhancedCode,
        reason,
      })),
    ).toEqual([
      { recipient: 'mikeneko@example.co.jp', replyCode: 550, enhancedCode: '5.2.1', reason: 'filtered' },
      { recipient: 'sabineko@example.co.jp', replyCode: 550, enhancedCode: '5.2.2', reason: 'mailboxfull' },
    ])
  })
})
