import { describe, expect, it } from 'vitest'
import { measureCorpus, percent } from '../../scripts/corpus-measure'

/**
 * Issue 12's goals are 99% of the codes that appear in a message read right and 95% of the reasons
 * agreeing with Sisimai. These floors are what the reader reaches today (`npm run corpus` prints the
 * figures and the weak spots); raise them as the reader gets closer to the goals.
 */
const CODES_FLOOR = 99.5
const REASONS_FLOOR = 98.2

describe("Sisimai's public corpus", () => {
  it('is read without a parse ever throwing, and keeps the measured agreement', async () => {
    const measure = await measureCorpus()
    expect(measure.throws).toEqual([])
    expect(measure.messages).toBeGreaterThanOrEqual(530)
    expect(percent(measure.total.codesRight, measure.total.codesLiteral)).toBeGreaterThanOrEqual(CODES_FLOOR)
    expect(percent(measure.total.reasonsRight, measure.total.reasons)).toBeGreaterThanOrEqual(REASONS_FLOOR)
  }, 60_000)
})
