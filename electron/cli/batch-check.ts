import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createI18n, renderMsg, type Language } from '../../shared/i18n'
import type { CheckRequest } from '../../shared/ipc'
import { checkNameKey, isFailing, type Report } from '../../shared/report'
import { parseTarget } from '../../shared/target'
import { runCheck, type EngineOptions } from '../engine'
import { countStatuses, countsText, nothingReachedTheNetwork, type StatusCounts } from './check-output'
import { statusWord, UsageError } from './common'
import { terminalSafe } from './terminal-safe'

/** Where a batch writes: its result lines, and its progress. */
export interface BatchOutput {
  line: (text: string) => void
  progress: (text: string) => void
}

/** The terminal: results on standard output, progress on standard error. */
export const TERMINAL_OUTPUT: BatchOutput = {
  line: (text) => process.stdout.write(terminalSafe(`${text}\n`)),
  progress: (text) => process.stderr.write(terminalSafe(`${text}\n`)),
}

/** How `check --from` runs. */
export interface BatchOptions {
  /** The domains or addresses, as read by readTargets. */
  targets: string[]
  concurrency: number
  json: boolean
  lang: Language
  options: EngineOptions
  extras: Omit<CheckRequest, 'runId' | 'input'>
  output: BatchOutput
}

/** The most lines a list may hold; past them the list is refused rather than read without end. */
export const MAX_TARGETS = 100_000
/** The most characters kept of a line (an address is at most 254): a 400 MB line costs 1 KB. */
const MAX_LINE_CHARS = 1024

/**
 * The lines of a text stream, each cut to `maxChars` while it is read (never held whole), and
 * whether there were more than `maxLines` of them that count (not blank, not a # comment).
 */
async function boundedLines(
  input: AsyncIterable<string | Buffer>,
  maxChars: number,
  maxLines: number,
): Promise<{ lines: string[]; tooMany: boolean }> {
  const lines: string[] = []
  let current = ''
  const finish = (): boolean => {
    const line = current.trim()
    current = ''
    if (line === '' || line.startsWith('#')) return false
    lines.push(line)
    return lines.length > maxLines
  }
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8')
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      current += text.slice(start, Math.min(end, start + maxChars - current.length))
      start = end + 1
      if (finish()) return { lines, tooMany: true }
    }
    current += text.slice(start, start + Math.max(0, maxChars - current.length))
  }
  return { lines, tooMany: finish() }
}

/** One domain's result, as its JSON line says it. */
interface BatchLine {
  input: string
  domain: string | null
  outcome: 'ok' | 'problems' | 'offline' | 'invalid' | 'failed'
  counts: StatusCounts | null
  durationMs: number
  problems: { check: string; status: string; subject: string | null; title: string }[]
  error: string | null
}

/**
 * Reads the list from a file, or standard input for `-`: one domain or address a line; blank lines
 * and lines starting with # are skipped. A list of more than MAX_TARGETS entries is refused.
 */
export async function readTargets(source: string, lang: Language): Promise<string[]> {
  const t = createI18n(lang).t
  const input = source === '-' ? process.stdin : createReadStream(source, { encoding: 'utf8' })
  let read: { lines: string[]; tooMany: boolean }
  try {
    read = await boundedLines(input, MAX_LINE_CHARS, MAX_TARGETS)
  } catch {
    throw new UsageError(t('cli:batch.unreadable', { file: source }))
  } finally {
    if (input !== process.stdin) input.destroy()
  }
  if (read.tooMany) throw new UsageError(t('cli:batch.tooLong', { max: MAX_TARGETS }))
  if (read.lines.length === 0) throw new UsageError(t('cli:batch.empty'))
  return read.lines
}

function lineOf(input: string, report: Report, lang: Language): BatchLine {
  const i18n = createI18n(lang)
  const counts = countStatuses(report.findings)
  const offline = nothingReachedTheNetwork(report.findings)
  return {
    input,
    domain: report.target.domain,
    outcome: offline ? 'offline' : report.findings.some(isFailing) ? 'problems' : 'ok',
    counts,
    durationMs: report.durationMs,
    problems: report.findings
      .filter(
        (finding) => finding.status === 'fail' || finding.status === 'error' || finding.status === 'warn',
      )
      .map((finding) => ({
        check: i18n.t(checkNameKey(finding.id)),
        status: finding.status,
        subject: finding.subject ?? null,
        title: renderMsg(i18n, finding.title),
      })),
    error: null,
  }
}

/** Checks one entry of the list; whatever happens, it ends as a line, never as a thrown error. */
async function checkOne(input: string, batch: BatchOptions, signal: AbortSignal): Promise<BatchLine> {
  const t = createI18n(batch.lang).t
  const started = Date.now()
  const empty = { input, domain: null, counts: null, problems: [] }
  const target = parseTarget(input)
  if (!target.ok)
    return {
      ...empty,
      outcome: 'invalid',
      durationMs: 0,
      error: t(`input:error.${target.error}`, target.params ?? {}),
    }
  try {
    const report = await runCheck({ runId: randomUUID(), input, ...batch.extras }, batch.options, { signal })
    return lineOf(input, report, batch.lang)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      ...empty,
      domain: target.domain,
      outcome: 'failed',
      durationMs: Date.now() - started,
      error: message,
    }
  }
}

function textLine(line: BatchLine, lang: Language): string {
  const t = createI18n(lang).t
  const target = line.domain && line.domain !== line.input ? `${line.input} (${line.domain})` : line.input
  if (line.outcome === 'invalid') return t('cli:batch.invalid', { target, message: line.error ?? '' })
  if (line.outcome === 'failed') return t('cli:batch.failedToRun', { target, message: line.error ?? '' })
  const counts = line.counts ?? countStatuses([])
  const mark = statusWord(
    line.outcome === 'ok'
      ? counts.warn > 0
        ? 'warn'
        : 'pass'
      : line.outcome === 'offline'
        ? 'error'
        : 'fail',
  )
  return t('cli:batch.line', {
    mark,
    target,
    counts:
      line.outcome === 'offline'
        ? t('cli:summary.notRun', { count: counts.error })
        : countsText(counts, lang),
    seconds: (line.durationMs / 1000).toFixed(1),
  })
}

/**
 * The entries of the list grouped by what they check (`Example.com`, `www.example.com` and
 * `example.com.` are one domain; an address is its own target), in the order first seen: each
 * group is checked once and every entry of it gets its line.
 */
function sameTarget(targets: readonly string[]): string[][] {
  const groups = new Map<string, string[]>()
  for (const input of targets) {
    const parsed = parseTarget(input)
    const key = parsed.ok ? `${parsed.localPart ?? ''}@${parsed.domain}` : `invalid:${input}`
    const group = groups.get(key)
    if (group) group.push(input)
    else groups.set(key, [input])
  }
  return [...groups.values()]
}

/**
 * `check --from FILE|-`: checks every domain or address of a list, `concurrency` at a time, and
 * prints one line for each as it finishes (one JSON line with --json); progress goes to standard
 * error. One entry failing, being invalid or timing out never stops the others. Exit status: 0 when
 * no entry had a failing check, 1 otherwise.
 */
export async function checkBatch(batch: BatchOptions, signal: AbortSignal): Promise<number> {
  const t = createI18n(batch.lang).t
  const { targets, output } = batch
  const started = Date.now()
  const groups = sameTarget(targets)
  let next = 0
  let done = 0
  let failed = 0
  const worker = async () => {
    while (next < groups.length && !signal.aborted) {
      const inputs = groups[next] ?? []
      next += 1
      const checked = await checkOne(inputs[0] ?? '', batch, signal)
      for (const input of inputs) {
        const line = { ...checked, input }
        done += 1
        if (line.outcome !== 'ok') failed += 1
        output.line(batch.json ? JSON.stringify(line) : textLine(line, batch.lang))
        output.progress(t('cli:batch.progress', { done, total: targets.length, target: input }))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(batch.concurrency, groups.length) }, worker))
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  output.progress(t('cli:batch.done', { total: done, seconds, failed }))
  return failed > 0 ? 1 : 0
}
