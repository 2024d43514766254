import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the qmail layout with several recipients', () => {
  it('qmail: every recipient paragraph', async () => {
    const info = await readSisimai('lhost-qmail-17.eml')
    expect(info).toMatchObject({
      format: 'qmail',
      recipient: 'userunknown@libsisimai.net',
      enhancedCode: '5.1.1',
    })
    expect(info.recipients.length).toBeGreaterThanOrEqual(2)
  })
})
