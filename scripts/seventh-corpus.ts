/**
 * Measures the bounce reader on a seventh, blind corpus: whole messages from the test fixtures of
 * four projects not used before (PHP Bounce Handler, MailBounceDetector, the Ruby mail gem, MimeKit),
 * labelled by reading each one and committed before the reader was ever run on them.
 */
import { basename, join } from 'node:path'
import { add } from './fourth-corpus'
import { emptyThirdScore, measureThird, type ThirdScore } from './third-corpus'

const FIXTURES = join(import.meta.dirname, '..', 'shared', 'bounce', 'fixtures')

/** The fixture folders of some projects, one per project, each with its messages and labels.json. */
export function projectFolders(projects: readonly string[]): string[] {
  return projects.map((project) => join(FIXTURES, project))
}

/** The seventh corpus's folders. */
export const SEVENTH_FIXTURES = projectFolders([
  'php-bounce-handler',
  'mail-bounce-detector',
  'ruby-mail',
  'mimekit',
])

/** The seventh corpus's score: all projects together, and each project's. */
export interface SeventhScore {
  total: ThirdScore
  byProject: Map<string, ThirdScore>
}

/** Reads every labelled message of each folder once; misses are named `<folder>/<file>`. */
export async function measureSeventh(directories = SEVENTH_FIXTURES): Promise<SeventhScore> {
  const total = emptyThirdScore()
  const byProject = new Map<string, ThirdScore>()
  for (const directory of directories) {
    const project = basename(directory)
    const score = await measureThird(directory, `${project}/`)
    byProject.set(project, score)
    add(total, score)
  }
  return { total, byProject }
}
