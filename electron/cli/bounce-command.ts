import { readingOfReason } from '../../shared/bounce/explain'
import { createI18n } from '../../shared/i18n'
import { parseBounce } from '../../shared/bounce/parse-bounce'
import { fromOwnProgram } from '../../shared/bounce/reason-details'
import { REASONS } from '../../shared/bounce/reasons'
import { shownVerdict } from '../../shared/bounce/retry-verdict'
import type { BounceInfo } from '../../shared/bounce/types'
import { parseCommandArgs, READER_OPTIONS } from './command-declaration'
import { cliLanguage, usage, UsageError } from './common'
import { explanationJson, explanationText } from './explanation-output'
import { readMessageInput } from './message-file-input'
import { terminalSafe } from './terminal-safe'

/** How long the CLI gives the bounce reader before it stops and says so. */
const READ_DEADLINE_MS = 10_000

/** Reads the bounce, or gives up after the deadline with a message in the person's language. */
async function parseWithDeadline(text: string, tooSlow: string): Promise<BounceInfo> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new UsageError(tooSlow)), READ_DEADLINE_MS)
  })
  try {
    return await Promise.race([parseBounce(text), deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Why the bounce came back, in words: the finer reading of its reason the words give, else the reason's title. */
function reasonTitle(info: BounceInfo, t: ReturnType<typeof createI18n>['t']): string {
  const reading = readingOfReason(info.explanation, info.reason)
  return reading ? t(reading.title.key, reading.title.params ?? {}) : t(`bounce:reasons.${info.reason}.title`)
}

/** True when the bounce reports a failure (temporary or permanent) rather than a delivery, an auto-reply or a complaint. */
function reportsFailure(info: BounceInfo): boolean {
  if (REASONS[info.reason].notFailure) return false
  if (info.transient !== null) return true
  return (
    info.action === 'failed' || info.action === 'delayed' || (info.action === null && info.recipient !== null)
  )
}

/**
 * `bounce <file|->`: reads a bounce (a whole message or pasted text; `-` reads stdin) and says what
 * happened, in the chosen language (`--json` for the DESIGN.md contract).
 * Exit status: 1 when the bounce reports a failure, temporary or permanent (the usual case);
 * 0 when it only reports a delivery or relay (2.x.x); 2 when the file cannot be read, is empty,
 * or holds nothing a bounce would (no code, recipient or diagnostic).
 */
export async function bounceCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(READER_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const i18n = createI18n(lang)
  const t = i18n.t
  if (positionals.length !== 1) throw usage('usage', { usage: 'bounce <file|-> [--json] [--lang it|en]' })
  const file = positionals[0] ?? '-'
  const read = await readMessageInput(file, 'bounce', lang)
  if (read.text.trim() === '') throw new UsageError(t('knowledge:cli.emptyBounce'))
  const tooSlow = t('knowledge:cli.tooSlow', { seconds: READ_DEADLINE_MS / 1000 })
  const parsed = await parseWithDeadline(read.text, tooSlow)
  const info = read.cut ? { ...parsed, truncated: true } : parsed
  if (info.format === 'none') throw new UsageError(t('knowledge:cli.noBounce'))

  if (values.json) {
    const { explanation, ...fields } = info
    const output = {
      ...fields,
      formatLabel: t(`knowledge:formats.${info.format}`),
      reasonLabel: reasonTitle(info, t),
      explanation: explanation ? explanationJson(explanation, lang) : null,
    }
    process.stdout.write(terminalSafe(`${JSON.stringify(output, null, 2)}\n`))
  } else {
    const label = (name: string) => t(`knowledge:cli.labels.${name}`)
    // A mail program's own window reports nothing that came back: its label says what went wrong.
    const ownProgram = fromOwnProgram(info.explanation?.serverText.map((entry) => entry.id) ?? [])
    const reasonLabel = t(ownProgram ? 'bounce:windowReasonLabel' : 'bounce:reasonLabel')
    const lines = [
      `${label('format')}: ${t(`knowledge:formats.${info.format}`)}`,
      `${reasonLabel}: ${reasonTitle(info, t)} (${info.reason}, ${t(`bounce:origin.${info.origin.reason}`)})`,
    ]
    const facts: [string, string | number | null][] = [
      ['recipient', info.recipient],
      ['code', [info.replyCode, info.enhancedCode].filter((code) => code !== null).join(' ') || null],
      ['remoteMta', info.remoteMta],
      ['reportingMta', info.reportingMta],
      ['sendingIp', info.sendingIp],
      ['diagnostic', info.diagnostic],
    ]
    for (const [name, value] of facts) if (value !== null) lines.push(`${label(name)}: ${value}`)
    const verdict = shownVerdict(info.reason, info.retry)
    if (verdict) lines.push(`${t('bounce:retryLabel')} ${t(`bounce:retry.${verdict}`)}`)
    if (info.truncated) lines.push(label('truncated'))
    if (info.explanation) lines.push('', explanationText(info.explanation, lang, false))
    process.stdout.write(terminalSafe(`${lines.join('\n')}\n`))
  }
  return reportsFailure(info) ? 1 : 0
}
