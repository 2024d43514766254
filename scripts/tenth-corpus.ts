/**
 * Measures the bounce reader on a tenth, blind corpus: whole messages from the test fixtures of seven
 * projects not used before (Apache SpamAssassin, enmime, nodemailer's mailparser, postal-mime,
 * gen_smtp, mox, SpamScope's mail-parser), labelled by reading each one and committed before the
 * reader was ever run on them.
 */
import { measureSeventh, projectFolders, type SeventhScore } from './seventh-corpus'

/** The tenth corpus's folders, one per project, each with its messages and labels.json. */
export const TENTH_FIXTURES = projectFolders([
  'spamassassin',
  'enmime',
  'mailparser',
  'postal-mime',
  'gen-smtp',
  'mox',
  'spamscope-mail-parser',
])

/** Reads every labelled message of the tenth corpus once; misses are named `<folder>/<file>`. */
export function measureTenth(): Promise<SeventhScore> {
  return measureSeventh(TENTH_FIXTURES)
}
