/**
 * Measures the bounce reader on a fifteenth, blind corpus: a second set of bounces and error-window
 * texts as people pasted them in public issues (shared/bounce/fixtures/user-pastes-2), from threads
 * the fourteenth does not use, labelled from what each thread established and committed before the
 * reader was ever run on them.
 */
import { join } from 'node:path'
import { measureFifth, type FifthScore } from './fifth-corpus'
import { USER_PASTES_FIXTURES } from './fourteenth-corpus'

/** Where the second set of people's pastes and their labels are. */
export const USER_PASTES_2_FIXTURES = join(USER_PASTES_FIXTURES, '..', 'user-pastes-2')

/** Reads every paste of the fifteenth corpus once; all pastes together, and each provider's. */
export function measureFifteenth(): Promise<FifthScore> {
  return measureFifth(USER_PASTES_2_FIXTURES)
}
