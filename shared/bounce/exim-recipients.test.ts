import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the exim layout with several recipients', () => {
  it('Exim: every address block', async () => {
    const info = await readSisimai('lhost-exim-02.eml')
    expect(info).toMatchObject({ format: 'exim', recipient: 'kijitora@example.jp', enhancedCode: '5.1.1' })
    expect(info.recipients.length).toBeGreaterThanOrEqual(2)
  })
})
