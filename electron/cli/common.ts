import { createI18n, isLanguage, pickLanguage, renderMsg, type Language } from '../../shared/i18n'
import type { Finding } from '../../shared/report'

/** Bad input or usage: the CLI prints the message on one line to stderr and exits with 2. */
export class UsageError extends Error {}

/** The CLI's language: `--lang` if given, else the OS locale from the environment. */
export function cliLanguage(flag: string | undefined): Language {
  if (flag !== undefined) {
    if (!isLanguage(flag)) throw new UsageError(`--lang must be "it" or "en", not "${flag}"`)
    return flag
  }
  return pickLanguage(
    process.env.LC_ALL ||
      process.env.LC_MESSAGES ||
      process.env.LANG ||
      Intl.DateTimeFormat().resolvedOptions().locale,
  )
}

const STATUS_MARK: Record<Finding['status'], string> = {
  pass: 'OK  ',
  warn: 'WARN',
  fail: 'FAIL',
  info: 'INFO',
  skipped: 'SKIP',
  error: 'ERR ',
}

/** One finding as two readable lines for a terminal. */
export function formatFinding(finding: Finding, lang: Language): string {
  const i18n = createI18n(lang)
  const subject = finding.subject ? ` [${finding.subject}]` : ''
  return `${STATUS_MARK[finding.status]} ${finding.id}${subject}: ${renderMsg(i18n, finding.title)}\n     ${renderMsg(i18n, finding.detail)}`
}

/** Parses a positive integer option, or says which option was wrong. */
export function parsePositiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`${name} must be a positive whole number, not "${value}"`)
  return number
}
