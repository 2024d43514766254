import { describe, expect, it } from 'vitest'
import { measureCorpus, percent } from '../../scripts/corpus-measure'

/**
 * Issue 12's goals are 99% of the codes that appear in a message read right and 95% of the reasons
 * agreeing with Sisimai. Five departures are on purpose and counted apart (`DEPARTURES`). These floors are what the reader reaches today (`npm run corpus` prints the
 * figures and the weak spots); raise them as the reader gets closer to the goals.
 */
const CODES_FLOOR = 99.5
/** Strictly agreeing, and agreeing apart from the departures on purpose (`DEPARTURES`). */
const REASONS_FLOOR = 92.5
const REASONS_APART_FLOOR = 98.6
/** Sisimai's hard bounces (the address or domain is wrong) that we answer "permanent". */
const HARD_FLOOR = 99.3

describe("Sisimai's public corpus", () => {
  it('is read without a parse ever throwing, and keeps the measured agreement', async () => {
    const measure = await measureCorpus()
    expect(measure.throws).toEqual([])
    expect(measure.messages).toBeGreaterThanOrEqual(530)
    expect(percent(measure.total.codesRight, measure.total.codesLiteral)).toBeGreaterThanOrEqual(CODES_FLOOR)
    const { reasonsRight, reasons, departures, hard, hardRight } = measure.total
    expect(percent(reasonsRight, reasons)).toBeGreaterThanOrEqual(REASONS_FLOOR)
    expect(percent(reasonsRight, reasons - departures)).toBeGreaterThanOrEqual(REASONS_APART_FLOOR)
    expect(percent(hardRight, hard)).toBeGreaterThanOrEqual(HARD_FLOOR)
  }, 60_000)
})
