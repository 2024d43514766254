/**
 * The reference, scored the way the reader is: Sisimai 4.25.15 (Debian's libsisimai-perl, read through
 * sisimai-read.pl) against the labels of every blind corpus of whole messages (the seventh to the
 * tenth, the seventeenth onward), with the same comparison as `npm run corpus`. It tells how far
 * the labels' bar is from what the reference itself reaches. Needs Perl and Sisimai; not part of the
 * test suite. Usage: npx tsx scripts/peer/sisimai-on-labels.ts [--misses]
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BounceReason } from '../../shared/bounce/reasons'
import type { RetryVerdict } from '../../shared/bounce/retry-verdict'
import { EIGHTH_FIXTURES } from '../eighth-corpus'
import { add } from '../fourth-corpus'
import type { MeasuredReading } from '../other-corpus'
import { MESSAGE_FOLDERS } from '../message-corpora'
import { NINTH_FIXTURES } from '../ninth-corpus'
import { projectFolders, SEVENTH_FIXTURES } from '../seventh-corpus'
import { compareWithLabel, emptyThirdScore, type ThirdLabel, type ThirdScore } from '../third-corpus'

/** One recipient as sisimai-read.pl prints it. */
interface SisimaiEntry {
  recipient: string
  reason: string
  action: string
  status: string
  softbounce: number
}

const NOT_FAILURES = new Set(['delivered', 'vacation', 'feedback'])

/**
 * Sisimai's answer to "will sending again help?" in the reader's terms: a delay is a warning, and the
 * status code's class decides the rest (Sisimai's own soft/hard says whether the address is bad,
 * which is another question).
 */
function sisimaiRetry(first: SisimaiEntry | undefined): RetryVerdict {
  if (!first || NOT_FAILURES.has(first.reason)) return 'none'
  if (first.action === 'delayed') return 'warning'
  if (first.status.startsWith('5')) return 'permanent'
  if (first.status.startsWith('4')) return 'temporary'
  return first.softbounce === 0 ? 'permanent' : 'temporary'
}

/** Sisimai's reading of one message as the fields the corpus measure compares. */
function asReading(entries: readonly SisimaiEntry[]): MeasuredReading {
  const first = entries[0]
  const failed = entries.filter((entry) => !NOT_FAILURES.has(entry.reason))
  return {
    reason: (first?.reason ?? 'undefined') as BounceReason,
    retry: sisimaiRetry(first),
    recipient: null,
    recipients: failed.map((entry) => ({ recipient: entry.recipient })),
  }
}

function scoreFolder(directory: string): ThirdScore {
  const labels = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8')) as Record<
    string,
    ThirdLabel | string
  >
  const files = Object.keys(labels).filter((file) => typeof labels[file] !== 'string')
  const script = join(import.meta.dirname, 'sisimai-read.pl')
  const printed = execFileSync('perl', [script, ...files.map((file) => join(directory, file))], {
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const readings = JSON.parse(printed.toString()) as Record<string, SisimaiEntry[]>
  const score = emptyThirdScore()
  for (const file of files)
    compareWithLabel(
      score,
      `${basename(directory)}/${file}`,
      asReading(readings[basename(file)] ?? []),
      labels[file] as ThirdLabel,
    )
  return score
}

const folders = [
  ...SEVENTH_FIXTURES,
  ...EIGHTH_FIXTURES,
  ...NINTH_FIXTURES,
  ...Object.values(MESSAGE_FOLDERS).flatMap((projects) => projectFolders(projects)),
]
const total = emptyThirdScore()
for (const directory of folders) add(total, scoreFolder(directory))
const figure = ([right, of]: [number, number]): string =>
  `${right} of ${of} (${((100 * right) / of).toFixed(1)}%)`
console.log(`Sisimai 4.25.15 on the labels of ${folders.length} blind folders (${total.messages} messages):`)
console.log(`  reason as labelled:          ${figure(total.reasons)}`)
console.log(`  permanent/temporary/warning: ${figure(total.retry)}`)
console.log(`  recipients:                  ${figure(total.recipients)}`)
console.log(`  told apart:                  ${figure(total.notABounce)}`)
console.log(
  `  the remedy of the label's reason: ${figure(total.remedies)}; another, stated: ${total.wrongRemedies}`,
)
if (process.argv.includes('--misses')) console.log(total.misses.join('\n'))
