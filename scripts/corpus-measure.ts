/**
 * Measures the bounce reader against Sisimai's public corpus (shared/bounce/fixtures/sisimai):
 * the codes that appear in a message read right, and the reason agreeing with Sisimai's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readMessageFile } from '../shared/message-file/read-message-file'
import { join } from 'node:path'
import { parseBounce, type ReadOptions } from '../shared/bounce/parse-bounce'
import { SERVICE_NAMES, withoutServices } from '../shared/bounce/remote-hosts'
import type { BounceInfo } from '../shared/bounce/types'

/** A folder of shared/bounce/fixtures. */
function fixtureFolder(name: string): string {
  return join(import.meta.dirname, '..', 'shared', 'bounce', 'fixtures', name)
}

/** Where the Sisimai messages and their expectations are. */
export const SISIMAI_FIXTURES = fixtureFolder('sisimai')

/**
 * The part of Sisimai's corpus that is not in ../shared/peers/sisimai: its `rhost-*` samples (bounces
 * as each receiving provider words them), never used to write or tune our rules.
 */
export const SISIMAI_RHOST_FIXTURES = fixtureFolder('sisimai-rhost')

/**
 * Sisimai's samples added after the snapshot in ../shared/peers/sisimai (sisimai/set-of-emails at
 * 18e585c), with Sisimai's own labels; committed before our reader first ran on them.
 */
export const SISIMAI_NEWEST_FIXTURES = fixtureFolder('sisimai-newest')

/**
 * Sisimai's samples published after `sisimai-newest` (rb-sisimai's copy of set-of-emails, 2026),
 * with Sisimai's own expectations; sealed until one run on the fourteenth session's reader at 2ddecc6.
 */
export const SISIMAI_NEWEST_2_FIXTURES = fixtureFolder('sisimai-newest-2')

/** Sisimai's `maildir/err` samples, with Sisimai 4.25.15's own reading of each (scripts/peer/sisimai-read.pl). */
export const SISIMAI_ERR_FIXTURES = fixtureFolder('sisimai-err')

/** A message file's text as the app reads a file it is given (read-message-file.ts), so the figures are the app's. */
export async function asTheAppReadsIt(path: string): Promise<string> {
  return (await readMessageFile(readFileSync(path), 'bounce')).text
}

/** What Sisimai's own tests expect of one recipient of one message. */
export interface SisimaiExpectation {
  index: number
  status: string
  replyCode: string
  reason: string
  hardBounce: boolean
  anotherOne: string
  /** The recipient Sisimai reads, where the labels come from running Sisimai (part 4). */
  recipient?: string
}

/** One comparison that went wrong, for the weak-spot listing. */
export interface Miss {
  file: string
  index: number
  field: 'enhancedCode' | 'replyCode' | 'reason' | 'retry'
  expected: string
  got: string | null
}

/**
 * Where we read against Sisimai on purpose, as [Sisimai's reason, ours, why]. Words of an unknown user
 * ("User unknown", "No such user") with no SMTP command: Sisimai says `filtered` because the command is
 * not RCPT; people and the other corpora say `userunknown`, and so do we (classify-reason.ts). The
 * same words shown under a pipelined DATA that the server then answered "Need RCPT" or "no valid
 * recipients": the refusal was to RCPT (smtp-command.ts), Sisimai reads DATA and says `filtered`. A
 * returned message whose reason is not found: Sisimai says `undefined`; ours means "this is not a
 * returned message", so we say `onhold` ("the reason isn't clear"). Gmail's failure notice for a
 * domain the DNS says does not exist ("NXDOMAIN … Domain name not found", Action: failed): Sisimai
 * says `networkerror` under its 4.0.0 and `hostunknown` for the older wording of the same notice
 * (lhost/gmail); Gmail has given up and the domain is wrong, so we say `hostunknown`, as every
 * thread in the pasted corpora settled it. Amazon SES's "Email address is not verified. The following
 * identities failed the check": Sisimai says `norelaying`; the sender's address is what SES refuses
 * until it is verified, as every labelled paste says, so we say `rejected`.
 */
export const DEPARTURES: readonly (readonly [string, string, string])[] = [
  ['filtered', 'userunknown', "an unknown user's words, no SMTP command or a pipelined RCPT"],
  ['undefined', 'onhold', 'a returned message with no reason found'],
  ['onhold', 'expired', 'a delivery given up on a temporary answer that names no cause'],
  ['networkerror', 'hostunknown', "Gmail's failure notice for a domain that does not exist"],
  ['norelaying', 'rejected', "Amazon SES's sender identity not verified"],
]

/** The departures in one line, for the printed figures. */
export const DEPARTURE = DEPARTURES.map(([theirs, ours, why]) => `${why}: ${theirs} → ${ours}`).join('; ')

/** The score of one group of messages (a layout), or of the whole corpus. */
export interface Score {
  codesLiteral: number
  codesRight: number
  reasons: number
  reasonsRight: number
  /** Reasons we read against Sisimai on purpose (`DEPARTURES`). */
  departures: number
  /** First recipients Sisimai calls a hard bounce (the address or domain is wrong), and those we call permanent. */
  hard: number
  hardRight: number
  /** Recipients labelled with their address, and those we read the same. */
  recipients: number
  recipientsRight: number
}

/** The measure of the whole corpus: totals, per layout, and every miss. */
export interface CorpusMeasure {
  total: Score
  byLayout: Map<string, Score>
  misses: Miss[]
  messages: number
  throws: string[]
}

/** The layout a fixture belongs to, from its file name (`lhost-exim-02.eml` → `exim`). */
export function layoutOfFile(file: string): string {
  return file.replace(/^[lr]host-/, '').replace(/-\d+\.eml$/, '')
}

function emptyScore(): Score {
  return {
    codesLiteral: 0,
    codesRight: 0,
    reasons: 0,
    reasonsRight: 0,
    departures: 0,
    hard: 0,
    hardRight: 0,
    recipients: 0,
    recipientsRight: 0,
  }
}

/** The parsed values for the recipient at a 1-based position, falling back to the bounce as a whole. */
function viewOf(info: BounceInfo, index: number) {
  const own = info.recipients[index - 1]
  const useOwn = own !== undefined && index > 1
  return {
    enhancedCode: useOwn ? own.enhancedCode : info.enhancedCode,
    replyCode: useOwn ? own.replyCode : info.replyCode,
    reason: useOwn ? (own.reason ?? info.reason) : info.reason,
    recipient: (own?.recipient ?? (index === 1 ? info.recipient : null))?.toLowerCase() ?? null,
  }
}

function compare(
  file: string,
  text: string,
  info: BounceInfo,
  expected: SisimaiExpectation,
  position: number,
  score: Score,
): Miss[] {
  const view = viewOf(info, position)
  const misses: Miss[] = []
  const lower = text.toLowerCase()
  const literalCodes: [Miss['field'], string, string | null][] = []
  if (expected.status !== '' && lower.includes(expected.status))
    literalCodes.push(['enhancedCode', expected.status, view.enhancedCode])
  if (expected.replyCode !== '' && new RegExp(`\\b${expected.replyCode}\\b`).test(text))
    literalCodes.push([
      'replyCode',
      expected.replyCode,
      view.replyCode === null ? null : String(view.replyCode),
    ])
  for (const [field, want, got] of literalCodes) {
    score.codesLiteral++
    if (want === got) score.codesRight++
    else misses.push({ file, index: expected.index, field, expected: want, got })
  }
  if (expected.recipient !== undefined) {
    score.recipients++
    if (view.recipient === expected.recipient.toLowerCase()) score.recipientsRight++
  }
  score.reasons++
  if (view.reason === expected.reason) score.reasonsRight++
  else if (DEPARTURES.some(([theirs, ours]) => expected.reason === theirs && view.reason === ours))
    score.departures++
  if (view.reason !== expected.reason)
    misses.push({ file, index: expected.index, field: 'reason', expected: expected.reason, got: view.reason })
  if (position === 1 && expected.hardBounce) {
    score.hard++
    if (info.retry === 'permanent') score.hardRight++
    else misses.push({ file, index: 1, field: 'retry', expected: 'permanent', got: info.retry })
  }
  return misses
}

function add(into: Score, from: Score): void {
  into.codesLiteral += from.codesLiteral
  into.codesRight += from.codesRight
  into.reasons += from.reasons
  into.reasonsRight += from.reasonsRight
  into.departures += from.departures
  into.hard += from.hard
  into.hardRight += from.hardRight
  into.recipients += from.recipients
  into.recipientsRight += from.recipientsRight
}

/** Reads every fixture with parseBounce and compares the result with Sisimai's expectations. */
export async function measureCorpus(
  directory = SISIMAI_FIXTURES,
  only?: (file: string) => boolean,
  options: ReadOptions = {},
): Promise<CorpusMeasure> {
  const expectations = JSON.parse(readFileSync(join(directory, 'expectations.json'), 'utf8')) as Record<
    string,
    SisimaiExpectation[]
  >
  const measure: CorpusMeasure = {
    total: emptyScore(),
    byLayout: new Map(),
    misses: [],
    messages: 0,
    throws: [],
  }
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.eml') && (only?.(name) ?? true))
    .sort()
  for (const file of files) {
    const text = readFileSync(join(directory, file), 'utf8')
    let info: BounceInfo
    try {
      info = await parseBounce(text, options)
    } catch {
      measure.throws.push(file)
      continue
    }
    measure.messages++
    const layout = layoutOfFile(file)
    const score = measure.byLayout.get(layout) ?? emptyScore()
    measure.byLayout.set(layout, score)
    for (const [offset, expected] of (expectations[file] ?? []).entries()) {
      const local = emptyScore()
      measure.misses.push(...compare(file, text, info, expected, offset + 1, local))
      add(score, local)
      add(measure.total, local)
    }
  }
  return measure
}

/** A share as a percentage with one decimal; 100 when there is nothing to count. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10
}

/** Reads one message of the corpus with parseBounce; for the layout tests. */
export function readSisimai(file: string): Promise<BounceInfo> {
  return parseBounce(readFileSync(join(SISIMAI_FIXTURES, file), 'utf8'))
}

/** The layouts whose own parser has another name than the samples' (`lhost-exchange2007` → `exchange`). */
const PARSER_OF_LAYOUT: Record<string, NonNullable<ReadOptions['withoutLayout']>> = {
  exchange2007: 'exchange',
  notes: 'domino',
  imailserver: 'imailserver',
}

/**
 * Leave-one-layout-out: each layout's samples read with its own parser left out, so the figure says
 * how the rest of the reader (the report, the plain-text scan, the one classifier) reads a layout it
 * has no parser for. Layouts without a parser of their own are read as they are.
 */
export async function measureHeldOut(directory = SISIMAI_FIXTURES): Promise<Score> {
  const layouts = new Set(
    readdirSync(directory)
      .filter((name) => name.startsWith('lhost-') && name.endsWith('.eml'))
      .map(layoutOfFile),
  )
  const total = emptyScore()
  for (const layout of layouts) {
    const withoutLayout = (PARSER_OF_LAYOUT[layout] ?? layout) as NonNullable<ReadOptions['withoutLayout']>
    const measure = await measureCorpus(directory, (file) => layoutOfFile(file) === layout, { withoutLayout })
    add(total, measure.total)
  }
  return total
}

/** The services whose knowledge is a provider's, where the samples' name is not the service's. */
const SERVICES_OF_PROVIDER: Record<string, readonly string[]> = {
  gsuite: ['google'],
  microsoft: ['microsoft', 'outlook'],
  outlook: ['outlook', 'microsoft'],
}

/**
 * Leave-one-provider-out: each provider's rhost samples read with that provider's own knowledge (its
 * table in remote-hosts.ts / remote-service-tables.ts: error labels, phrases, status rules) left
 * out, so the figure says how the generic classifier alone reads a provider it has no table for.
 * Providers without a table of their own are read as they are.
 */
export async function measureProvidersLeftOut(directory = SISIMAI_RHOST_FIXTURES): Promise<Score> {
  const providers = new Set(
    readdirSync(directory)
      .filter((name) => name.endsWith('.eml'))
      .map(layoutOfFile),
  )
  const total = emptyScore()
  for (const provider of providers) {
    const names = (SERVICES_OF_PROVIDER[provider] ?? [provider]).filter((name) =>
      SERVICE_NAMES.includes(name),
    )
    const only = (file: string): boolean => layoutOfFile(file) === provider
    const measure = await withoutServices(names, () => measureCorpus(directory, only))
    add(total, measure.total)
  }
  return total
}
