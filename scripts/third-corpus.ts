/**
 * Measures the bounce reader on a third held-out corpus: the bounce_email project's test messages
 * (shared/bounce/fixtures/bounce-email), labelled by hand before the reader was ever run on them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../shared/bounce/parse-bounce'
import { asTheAppReadsIt } from './corpus-measure'
import { REASONS, type BounceReason } from '../shared/bounce/reasons'
import { addressesOf, type MeasuredReading } from './other-corpus'
import type { RetryVerdict } from '../shared/bounce/retry-verdict'

/** Where bounce_email's messages and our labels are. */
export const BOUNCE_EMAIL_FIXTURES = join(
  import.meta.dirname,
  '..',
  'shared',
  'bounce',
  'fixtures',
  'bounce-email',
)

/** One label: each field only where the message's text leaves no doubt. */
export interface ThirdLabel {
  bounce: boolean
  reason?: BounceReason
  retry?: RetryVerdict
  recipients?: string[]
  /** The message's own words that decide the label, shown beside a miss. */
  why?: string
}

/** Right answers out of labelled ones, per field. */
export interface ThirdScore {
  messages: number
  reasons: [right: number, of: number]
  retry: [right: number, of: number]
  recipients: [right: number, of: number]
  notABounce: [right: number, of: number]
  /** Reason-labelled messages whose reading leads to the label's first remedy (the end a person sees). */
  remedies: [right: number, of: number]
  /** Of those, the ones that led with confidence to another remedy: a reason, not "we can't tell". */
  wrongRemedies: number
  /** Retry misses on a full mailbox labelled permanent and read temporary, as RFC 3463 defines X.2.2. */
  fullMailboxTransient: number
  misses: string[]
}

/** A score with nothing counted yet. */
export function emptyThirdScore(): ThirdScore {
  return {
    messages: 0,
    reasons: [0, 0],
    retry: [0, 0],
    recipients: [0, 0],
    notABounce: [0, 0],
    remedies: [0, 0],
    wrongRemedies: 0,
    fullMailboxTransient: 0,
    misses: [],
  }
}

/** A message that is not a bounce is told apart when its reason is not a failure, or `undefined` ("this doesn't look like a returned message"). */
function toldApart(info: MeasuredReading): boolean {
  return REASONS[info.reason].notFailure === true || info.reason === 'undefined'
}

function tally(
  score: ThirdScore,
  field: 'reasons' | 'retry' | 'recipients' | 'notABounce',
  right: boolean,
  miss: string,
): void {
  score[field][1]++
  if (right) score[field][0]++
  else score.misses.push(miss)
}

/** The first remedy a reason leads to, `none` for a reason that is not a failure. */
function firstRemedy(reason: BounceReason): string {
  return REASONS[reason].remedies[0] ?? 'none'
}

/** Readings that say "we can't tell" rather than name a cause. */
const NO_ANSWER: ReadonlySet<BounceReason> = new Set<BounceReason>(['onhold', 'undefined'])

/** Counts whether the reading ends on the label's remedy, and whether a wrong end was stated with confidence. */
function tallyRemedy(score: ThirdScore, got: BounceReason, labelled: BounceReason): void {
  score.remedies[1]++
  if (firstRemedy(got) === firstRemedy(labelled)) score.remedies[0]++
  else if (!NO_ANSWER.has(got)) score.wrongRemedies++
}

/**
 * A full mailbox labelled permanent (from its 5xx class) that the reader calls temporary: RFC 3463
 * defines X.2.2 as "a persistent transient failure" (the recipient can make room), so the label
 * and the reading follow two conventions rather than one of them being wrong about the message.
 */
function isFullMailboxTransient(info: MeasuredReading, label: ThirdLabel): boolean {
  return label.reason === 'mailboxfull' && label.retry === 'permanent' && info.retry === 'temporary'
}

/**
 * Compares what the reader said of one sample with its label, field by field, and counts it in
 * `score`; `note` (the source's own words, say) follows each miss line.
 */
export function compareWithLabel(
  score: ThirdScore,
  name: string,
  info: MeasuredReading,
  label: ThirdLabel,
  note = '',
): void {
  score.messages++
  const tail = note === '' ? '' : ` | ${note}`
  if (label.reason) tallyRemedy(score, info.reason, label.reason)
  if (label.reason)
    tally(
      score,
      'reasons',
      info.reason === label.reason,
      `${name} reason: expected ${label.reason}, got ${info.reason}${tail}`,
    )
  if (label.retry) {
    tally(
      score,
      'retry',
      info.retry === label.retry,
      `${name} retry: expected ${label.retry}, got ${info.retry}${tail}`,
    )
    if (isFullMailboxTransient(info, label)) score.fullMailboxTransient++
  }
  if (label.recipients) {
    const ours = addressesOf(info)
    const exact =
      ours.size === label.recipients.length && label.recipients.every((a) => ours.has(a.toLowerCase()))
    tally(
      score,
      'recipients',
      exact,
      `${name} recipients: expected ${label.recipients.join(' ')}, got ${[...ours].join(' ')}${tail}`,
    )
  }
  const apart = toldApart(info)
  tally(
    score,
    'notABounce',
    label.bounce ? !apart : apart,
    `${name} ${label.bounce ? 'a bounce read as not one' : 'not a bounce, read as one'} (${info.reason})${tail}`,
  )
}

/**
 * Reads every labelled message of `directory` once and compares each labelled field; misses are
 * named `<prefix><file>`, followed by the label's `why` where it has one.
 */
export async function measureThird(directory = BOUNCE_EMAIL_FIXTURES, prefix = ''): Promise<ThirdScore> {
  const labels = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8')) as Record<
    string,
    ThirdLabel | string
  >
  const score = emptyThirdScore()
  for (const [file, label] of Object.entries(labels)) {
    if (typeof label === 'string') continue
    const info = await parseBounce(await asTheAppReadsIt(join(directory, file)))
    compareWithLabel(score, `${prefix}${file}`, info, label, label.why === undefined ? '' : `"${label.why}"`)
  }
  return score
}
