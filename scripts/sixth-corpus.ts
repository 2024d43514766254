/**
 * Measures the bounce reader on a sixth, blind corpus: reply texts documented by sources in neither
 * the fourth nor the fifth corpus (shared/bounce/fixtures/provider-docs-3), labelled and committed
 * before the reader was ever run on them, each pasted as a user pastes a line from an error window.
 */
import { join } from 'node:path'
import { measureFifth, PROVIDER_DOCS_2_FIXTURES, type FifthScore } from './fifth-corpus'

/** Where the third set of documented texts and their labels are. */
export const PROVIDER_DOCS_3_FIXTURES = join(PROVIDER_DOCS_2_FIXTURES, '..', 'provider-docs-3')

/** Reads every documented text of the sixth corpus once; all pastes together, and each source's. */
export function measureSixth(directory = PROVIDER_DOCS_3_FIXTURES): Promise<FifthScore> {
  return measureFifth(directory)
}
