/**
 * Measures the bounce reader on a fourteenth, blind corpus: bounces and error-window texts as people
 * pasted them in public questions and issues (shared/bounce/fixtures/user-pastes), labelled from what
 * each thread established as the cause and committed before the reader was ever run on them.
 */
import { join } from 'node:path'
import { measureFifth, PROVIDER_DOCS_2_FIXTURES, type FifthScore } from './fifth-corpus'

/** Where the people's pastes and their labels are. */
export const USER_PASTES_FIXTURES = join(PROVIDER_DOCS_2_FIXTURES, '..', 'user-pastes')

/** Reads every paste of the fourteenth corpus once; all pastes together, and each provider's. */
export function measureFourteenth(): Promise<FifthScore> {
  return measureFifth(USER_PASTES_FIXTURES)
}
