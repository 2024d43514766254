/**
 * Measures the bounce reader on a fifth, blind corpus: reply texts documented by providers that are
 * not in the fourth corpus (shared/bounce/fixtures/provider-docs-2), labelled and committed before
 * the reader was ever run on them, each pasted as a user pastes a line copied from an error window.
 */
import { join } from 'node:path'
import { add, measurePastes, PROVIDER_DOCS_FIXTURES } from './fourth-corpus'
import { emptyThirdScore, type ThirdScore } from './third-corpus'

/** Where the second set of providers' documented texts and their labels are. */
export const PROVIDER_DOCS_2_FIXTURES = join(PROVIDER_DOCS_FIXTURES, '..', 'provider-docs-2')

/** The fifth corpus's score: all pastes together, and each provider's. */
export interface FifthScore {
  total: ThirdScore
  byProvider: Map<string, ThirdScore>
}

/** Reads every documented text once and compares each labelled field. */
export async function measureFifth(directory = PROVIDER_DOCS_2_FIXTURES): Promise<FifthScore> {
  const byProvider = await measurePastes(directory)
  const total = emptyThirdScore()
  for (const score of byProvider.values()) add(total, score)
  return { total, byProvider }
}
