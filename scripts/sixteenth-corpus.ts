/**
 * Measures the bounce reader on a sixteenth, blind corpus: a third set of bounces and error-window
 * texts as people pasted them in public issues (shared/bounce/fixtures/user-pastes-3), from threads
 * neither the fourteenth nor the fifteenth uses, labelled from what each thread established and
 * committed before the reader was ever run on them.
 */
import { join } from 'node:path'
import { measureFifth, type FifthScore } from './fifth-corpus'
import { USER_PASTES_FIXTURES } from './fourteenth-corpus'

/** Where the third set of people's pastes and their labels are. */
export const USER_PASTES_3_FIXTURES = join(USER_PASTES_FIXTURES, '..', 'user-pastes-3')

/** Reads every paste of the sixteenth corpus once; all pastes together, and each provider's. */
export function measureSixteenth(): Promise<FifthScore> {
  return measureFifth(USER_PASTES_3_FIXTURES)
}
