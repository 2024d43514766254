import type { i18n as I18n } from 'i18next'
import { createI18n, type Language } from '../../shared/i18n'
import { formatDuration } from '../../shared/headers/duration'
import { readHeaders, type HeaderRole } from '../../shared/headers/read-headers'
import type { HeaderReport } from '../../shared/headers/types'
import { authResultKey, remedyWhoActs } from '../../shared/headers/verdict'
import { isProviderId, providerProfile } from '../../shared/knowledge/providers'
import { remedyKeys } from '../../shared/knowledge/remedies'
import { HEADERS_OPTIONS, parseCommandArgs } from './command-declaration'
import { terminalSafe } from './terminal-safe'
import { cliLanguage, usage, UsageError } from './common'
import { readMessageInput } from './message-file-input'

const HEADERS_USAGE = 'headers <file|-> [--json] [--role sender|recipient] [--provider ID] [--lang it|en]'

/** The remedies with their texts in the language, and who acts from the reader's side. */
function remediesOut(report: HeaderReport, i18n: I18n, role: HeaderRole) {
  return report.remedies.map((remedy) => {
    const keys = remedyKeys(remedy.id)
    return {
      id: remedy.id,
      topic: remedy.topic,
      whoActs: remedyWhoActs(remedy.id, role),
      title: i18n.t(keys.title, remedy.params),
      steps: keys.steps.map((key) => i18n.t(key, remedy.params)),
      params: remedy.params,
    }
  })
}

function textOutput(report: HeaderReport, i18n: I18n, role: HeaderRole): string {
  const t = i18n.t
  const label = (name: string) => t(`headers:cli.labels.${name}`)
  const lines = [`${label('hops')}:`]
  report.hops.forEach((hop, index) => {
    const sign = (hop.delaySeconds ?? 0) < 0 ? '-' : '+'
    const delay =
      hop.delaySeconds === null
        ? ''
        : ` (${sign}${formatDuration(hop.delaySeconds)}${hop.clockSkew ? ', clock skew' : ''})`
    lines.push(
      `  ${index + 1}. ${hop.at ?? '?'}  ${hop.from ?? '?'} -> ${hop.by ?? '?'} ${hop.with ?? ''}${delay}`.trimEnd(),
    )
  })
  if (report.totalDelaySeconds !== null)
    lines.push(
      `${label('total')}: ${report.totalDelaySeconds < 0 ? '-' : ''}${formatDuration(report.totalDelaySeconds)}`,
    )
  if (report.slowestHop !== null) lines.push(`${label('slowest')}: ${report.slowestHop + 1}`)
  const { spf, dkim, dmarc } = report.auth
  lines.push(
    `${label('auth')}: ${t('headers:auth.summary', { spf: t(authResultKey(spf)), dkim: t(authResultKey(dkim)), dmarc: t(authResultKey(dmarc)) })}`,
  )
  lines.push(`${label('spam')}:`)
  if (report.spam.length === 0) lines.push(`  ${t('headers:spam.none')}`)
  for (const verdict of report.spam) {
    const score =
      verdict.score === null
        ? ''
        : ` (${verdict.score}${verdict.threshold === null ? '' : `/${verdict.threshold}`})`
    lines.push(
      `  ${verdict.source}: ${t(`headers:spam.verdicts.${verdict.verdict}`)}${score} ${verdict.rules.join(' ')}`.trimEnd(),
    )
  }
  lines.push('', `${label('remedies')}:`)
  for (const remedy of remediesOut(report, i18n, role)) {
    lines.push(`- ${remedy.title} (${label('who')}: ${t(`common:whoActs.${remedy.whoActs}`)})`)
    remedy.steps.forEach((step, index) => lines.push(`  ${index + 1}. ${step}`))
  }
  return lines.join('\n')
}

/** True when the headers show something to fix: a failed check, a spam verdict, or a delay. */
function foundTrouble(report: HeaderReport): boolean {
  const failed = (['spf', 'dkim', 'dmarc'] as const).some((method) =>
    ['fail', 'softfail', 'permerror'].includes(report.auth[method] ?? ''),
  )
  const spam = report.spam.some((verdict) =>
    ['spam', 'phishing', 'blocked', 'bulk'].includes(verdict.verdict),
  )
  const late = report.remedies.some(
    (remedy) => remedy.topic === 'delay' && remedy.id !== 'no-delay-in-headers',
  )
  return failed || spam || late
}

/**
 * `headers <file|->`: reads a message's headers (or the whole message; `-` reads stdin) and prints
 * the hops with their delays, the authentication and spam verdicts and the remedies (`--json`: the
 * DESIGN.md contract). Exit status: 1 when something needs fixing, 0 when not, 2 for bad input.
 */
export async function headersCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(HEADERS_OPTIONS, args)
  const lang: Language = cliLanguage(values.lang)
  const i18n = createI18n(lang)
  if (positionals.length !== 1) throw usage('usage', { usage: HEADERS_USAGE })
  const role = values.role ?? 'sender'
  if (role !== 'sender' && role !== 'recipient')
    throw usage('notAChoice', { option: '--role', choices: 'sender, recipient', value: role })
  if (values.provider !== undefined && !isProviderId(values.provider))
    throw usage('notAChoice', {
      option: '--provider',
      choices: 'ovh-mxplan, ovh-emailpro, ...',
      value: values.provider,
    })
  const file = positionals[0] ?? '-'
  const { text } = await readMessageInput(file, 'headers', lang)
  if (text.trim() === '') throw new UsageError(i18n.t('headers:cli.empty'))
  const spfInclude = values.provider ? providerProfile(values.provider)?.spfInclude : undefined
  const report = await readHeaders(text, { role, ...(spfInclude ? { spfInclude } : {}) })
  if (report.hops.length === 0) throw new UsageError(i18n.t('headers:cli.noHeaders'))
  if (values.json) {
    const output = { ...report, remedies: remediesOut(report, i18n, role) }
    process.stdout.write(terminalSafe(`${JSON.stringify(output, null, 2)}\n`))
  } else process.stdout.write(terminalSafe(`${textOutput(report, i18n, role)}\n`))
  return foundTrouble(report) ? 1 : 0
}
