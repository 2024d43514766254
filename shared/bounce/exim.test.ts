import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe("Exim's notice of incorrectly constructed recipient addresses", () => {
  it('reads the malformed address as a syntax error of the message', async () => {
    const info = await readSisimai('lhost-exim-52.eml')
    expect(info).toMatchObject({
      format: 'exim',
      recipient: 'kijitora@example.com',
      reason: 'syntaxerror',
    })
    expect(info.diagnostic).toMatch(/^malformed address: <neko@example\.net> may not follow/)
  })
})
