/**
 * The reference on pasted texts: Sisimai 4.25.15's reason for each labelled paste (Sisimai->match,
 * read through sisimai-match.pl), beside the reader's, for every corpus of pasted texts. It tells how
 * far the labels' bar is from what the reference itself reaches on a text without the mail around it.
 * Needs Perl and Sisimai; not part of the test suite. Usage: npx tsx scripts/peer/sisimai-on-pastes.ts
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../../shared/bounce/parse-bounce'
import { PROVIDER_DOCS_2_FIXTURES } from '../fifth-corpus'
import { PASTE_FOLDERS } from '../paste-corpora'

const FIXTURES = join(PROVIDER_DOCS_2_FIXTURES, '..')
const DOCUMENTED = ['provider-docs', 'provider-docs-2', 'provider-docs-3']

interface LabelledPaste {
  text: string
  reason?: string
}

/** Reasons agreeing with the labels: the reference's and the reader's, out of the labelled texts. */
interface Agreement {
  labelled: number
  sisimai: number
  reader: number
}

function sisimaiReasons(texts: readonly string[]): string[] {
  const out = execFileSync('perl', [join(import.meta.dirname, 'sisimai-match.pl')], {
    input: JSON.stringify(texts),
  })
  return JSON.parse(out.toString('utf8')) as string[]
}

async function agreementIn(folder: string): Promise<Agreement> {
  const { samples } = JSON.parse(readFileSync(join(FIXTURES, folder, 'labels.json'), 'utf8')) as {
    samples: LabelledPaste[]
  }
  const labelled = samples.filter((sample) => sample.reason)
  const theirs = sisimaiReasons(labelled.map((sample) => sample.text))
  const agreement: Agreement = { labelled: labelled.length, sisimai: 0, reader: 0 }
  for (const [index, sample] of labelled.entries()) {
    if (theirs[index] === sample.reason) agreement.sisimai++
    if ((await parseBounce(sample.text)).reason === sample.reason) agreement.reader++
  }
  return agreement
}

const percent = (part: number, whole: number): string =>
  `${whole ? Math.round((part / whole) * 1000) / 10 : 100}%`.padStart(6)

const pooled: Agreement = { labelled: 0, sisimai: 0, reader: 0 }
console.log('corpus                     labelled   Sisimai->match   the reader now')
for (const folder of [...DOCUMENTED, ...Object.values(PASTE_FOLDERS)]) {
  const agreement = await agreementIn(folder)
  pooled.labelled += agreement.labelled
  pooled.sisimai += agreement.sisimai
  pooled.reader += agreement.reader
  console.log(
    `${folder.padEnd(26)} ${String(agreement.labelled).padStart(8)}   ${percent(agreement.sisimai, agreement.labelled)}           ${percent(agreement.reader, agreement.labelled)}`,
  )
}
console.log(
  `${'all together'.padEnd(26)} ${String(pooled.labelled).padStart(8)}   ${percent(pooled.sisimai, pooled.labelled)}           ${percent(pooled.reader, pooled.labelled)}`,
)
