/**
 * Measures the bounce reader against another project's labelled bounces: Mailman's flufl.bounce test
 * data (shared/bounce/fixtures/flufl-bounce, its labels in expectations.json copied from its own test
 * table): the recipients it names, and permanent or temporary.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../shared/bounce/parse-bounce'
import { asTheAppReadsIt } from './corpus-measure'
import { REASONS } from '../shared/bounce/reasons'
import type { BounceInfo, BounceRecipient } from '../shared/bounce/types'

/** Where flufl.bounce's samples and labels are. */
export const FLUFL_FIXTURES = join(import.meta.dirname, '..', 'shared', 'bounce', 'fixtures', 'flufl-bounce')

/** flufl.bounce's label of one sample: the addresses its detectors must find, and whether it is temporary. */
interface FluflLabel {
  recipients: string[]
  temporary: boolean
}

/** The counts of one corpus of another project. */
export interface OtherScore {
  messages: number
  recipientsAll: number
  recipientsExact: number
  /** A delay warning told from a message that came back, as flufl.bounce's `temporary` labels it. */
  retryRight: number
  misses: string[]
}

/** The fields of a reading the corpora compare with their labels (the reader's, or a peer's). */
export type MeasuredReading = Pick<BounceInfo, 'reason' | 'retry' | 'recipient'> & {
  recipients: readonly (Pick<BounceRecipient, 'recipient'> & { reason?: BounceRecipient['reason'] })[]
}

/**
 * Every recipient address a reading names as not delivered, lower-cased: the labels list the failed
 * recipients, so an address the notice itself reports delivered (a success report, the delivered
 * recipient beside a failed one) is not counted as named.
 */
export function addressesOf(info: MeasuredReading): Set<string> {
  const delivered = new Set(
    info.recipients
      .filter((entry) => entry.reason === 'delivered')
      .map((entry) => entry.recipient?.toLowerCase()),
  )
  const first = info.reason === 'delivered' ? null : info.recipient
  const all = [first, ...info.recipients.map((entry) => entry.recipient ?? null)]
  return new Set(
    all
      .filter((address): address is string => address !== null)
      .map((a) => a.toLowerCase())
      .filter((a) => !delivered.has(a)),
  )
}

/** Reads every labelled sample and compares recipients and permanent/temporary with the labels. */
export async function measureFlufl(directory = FLUFL_FIXTURES): Promise<OtherScore> {
  const labels = JSON.parse(readFileSync(join(directory, 'expectations.json'), 'utf8')) as Record<
    string,
    FluflLabel
  >
  const score: OtherScore = {
    messages: 0,
    recipientsAll: 0,
    recipientsExact: 0,
    retryRight: 0,
    misses: [],
  }
  for (const [file, label] of Object.entries(labels)) {
    const info = await parseBounce(await asTheAppReadsIt(join(directory, file)))
    score.messages++
    const ours = addressesOf(info)
    const wanted = label.recipients.map((address) => address.toLowerCase())
    const all = wanted.every((address) => ours.has(address))
    if (all) score.recipientsAll++
    if (all && ours.size === wanted.length) score.recipientsExact++
    else score.misses.push(`${file} recipients: expected ${wanted.join(' ')}, got ${[...ours].join(' ')}`)
    // flufl.bounce's `temporary` marks a delay warning (still being tried); any other sample came back.
    const warning = info.retry === 'warning'
    const cameBack = info.retry === 'permanent' || info.retry === 'temporary'
    if (label.temporary ? warning : cameBack) score.retryRight++
    else
      score.misses.push(
        `${file} retry: expected ${label.temporary ? 'warning' : 'returned'}, got ${info.retry}`,
      )
  }
  return score
}

/** Where BounceParser's test messages and their labels are. */
export const BOUNCEPARSER_FIXTURES = join(
  import.meta.dirname,
  '..',
  'shared',
  'bounce',
  'fixtures',
  'bounceparser',
)

/** One label: a bounce or not (the project's own), and the reason where we labelled one. */
interface Label {
  bounce?: boolean
  reason?: string
}

/** Reasons and not-a-bounce against labels written before measuring. */
export interface LabelledScore {
  reasons: number
  reasonsRight: number
  kinds: number
  kindsRight: number
  misses: string[]
}

function readLabels(path: string): [string, Label][] {
  const labels = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Label | string>
  return Object.entries(labels).filter((entry): entry is [string, Label] => typeof entry[1] !== 'string')
}

/**
 * Reads the labelled samples of the second corpora (flufl.bounce's `reasons.json`, BounceParser's
 * `labels.json`): the reason as labelled, and a message that is not a bounce (an auto-reply, a
 * challenge/response request) told from one that is.
 */
export async function measureLabelled(): Promise<LabelledScore> {
  const score: LabelledScore = { reasons: 0, reasonsRight: 0, kinds: 0, kindsRight: 0, misses: [] }
  const sources: [string, string][] = [
    [FLUFL_FIXTURES, 'reasons.json'],
    [BOUNCEPARSER_FIXTURES, 'labels.json'],
  ]
  for (const [directory, file] of sources)
    for (const [name, label] of readLabels(join(directory, file))) {
      const info = await parseBounce(await asTheAppReadsIt(join(directory, name)))
      if (label.reason !== undefined) {
        score.reasons++
        if (info.reason === label.reason) score.reasonsRight++
        else score.misses.push(`${name} reason: expected ${label.reason}, got ${info.reason}`)
      }
      if (label.bounce === undefined) continue
      score.kinds++
      const notBounce = REASONS[info.reason].notFailure === true
      if (notBounce !== label.bounce) score.kindsRight++
      else
        score.misses.push(
          `${name} ${label.bounce ? 'a bounce read as not one' : 'not a bounce, read as one'}`,
        )
    }
  return score
}
