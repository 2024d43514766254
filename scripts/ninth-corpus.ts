/**
 * Measures the bounce reader on a ninth, blind corpus: whole messages from the test fixtures of
 * seven projects not used before (deliveryboy, tmail_bouncer, Courriel, mail_manager,
 * node-bounce-handler, Stalwart's mail-auth, parsedmarc), labelled by reading each one and committed
 * before the reader was ever run on them.
 */
import { measureSeventh, projectFolders, type SeventhScore } from './seventh-corpus'

/** The ninth corpus's folders, one per project, each with its messages and labels.json. */
export const NINTH_FIXTURES = projectFolders([
  'deliveryboy',
  'tmail-bouncer',
  'courriel',
  'mail-manager',
  'node-bounce-handler',
  'stalwart-mail-auth',
  'parsedmarc',
])

/** Reads every labelled message of the ninth corpus once; misses are named `<folder>/<file>`. */
export function measureNinth(): Promise<SeventhScore> {
  return measureSeventh(NINTH_FIXTURES)
}
