/**
 * Measures the bounce reader on a thirteenth, blind corpus: reply texts documented by eighteen sources
 * in none of the earlier sets (shared/bounce/fixtures/provider-docs-6), labelled and committed before
 * the reader was ever run on them, each pasted as a user pastes a line from an error window.
 */
import { join } from 'node:path'
import { measureFifth, PROVIDER_DOCS_2_FIXTURES, type FifthScore } from './fifth-corpus'

/** Where the sixth set of documented texts and their labels are. */
export const PROVIDER_DOCS_6_FIXTURES = join(PROVIDER_DOCS_2_FIXTURES, '..', 'provider-docs-6')

/** Reads every documented text of the thirteenth corpus once; all pastes together, and each source's. */
export function measureThirteenth(): Promise<FifthScore> {
  return measureFifth(PROVIDER_DOCS_6_FIXTURES)
}
