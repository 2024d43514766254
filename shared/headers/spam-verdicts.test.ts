import { describe, expect, it } from 'vitest'
import { readSpamVerdicts } from './spam-verdicts'

describe('SpamAssassin test lists', () => {
  it('reads the rules up to the next field, bracketed or not', () => {
    const [plain] = readSpamVerdicts([
      {
        key: 'x-spam-status',
        value: 'Yes, score=7.1 required=5.0 tests=BAYES_99,\n\tURIBL_BLACK autolearn=no version=3.4.6',
      },
    ])
    expect(plain?.rules).toEqual(['BAYES_99', 'URIBL_BLACK'])
    const [bracketed] = readSpamVerdicts([
      { key: 'x-spam-status', value: 'No, score=0.1 tests=[DKIM_SIGNED=0.1, SPF_PASS=-0.001] autolearn=ham' },
    ])
    expect(bracketed?.rules).toEqual(['DKIM_SIGNED', 'SPF_PASS'])
  })

  it('reads crafted lists of spaces and letters in linear time', () => {
    const crafted = [' '.repeat(8180), `${' a'.repeat(4090)}`, `${'\t'.repeat(4000)}${'b'.repeat(4000)}`]
    const headers = Array.from({ length: 15 }, (_, index) => ({
      key: 'x-spam-status',
      value: `Yes, score=9 tests=${crafted[index % crafted.length] ?? ''}x`,
    }))
    // The fastest of three runs after a warm-up: a quadratic reading stays slow on every run, while
    // a machine busy with other tests only slows some of them.
    readSpamVerdicts(headers.slice(0, 1))
    const runs = Array.from({ length: 3 }, () => {
      const started = performance.now()
      readSpamVerdicts(headers)
      return performance.now() - started
    })
    expect(Math.min(...runs)).toBeLessThan(100)
  })
})
