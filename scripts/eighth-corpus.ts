/**
 * Measures the bounce reader on an eighth, blind corpus: whole messages and pasted bounce texts from
 * the test fixtures of four projects not used before (Crisp's email-bounce-parser, Froide, go-gmime,
 * Chatwoot), labelled by reading each one and committed before the reader was ever run on them.
 */
import { measureSeventh, projectFolders, type SeventhScore } from './seventh-corpus'

/** The eighth corpus's folders, one per project, each with its messages and labels.json. */
export const EIGHTH_FIXTURES = projectFolders(['email-bounce-parser', 'froide', 'go-gmime', 'chatwoot'])

/** Reads every labelled message of the eighth corpus once; misses are named `<folder>/<file>`. */
export function measureEighth(): Promise<SeventhScore> {
  return measureSeventh(EIGHTH_FIXTURES)
}
