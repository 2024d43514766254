import { readFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { createI18n, isLanguage, pickLanguage, renderMsg, type Language } from '../../shared/i18n'
import type { Finding } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'

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

/** Splits `host`, `host:port`, `[v6]` or `[v6]:port`, and checks both parts. */
export function parseHostPort(value: string, defaultPort: number): { host: string; port: number } {
  if (hasControlCharacters(value)) throw new UsageError('the server must be one line of text')
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(value.trim())
  const host = match?.[1] ?? match?.[2]
  const port = match?.[3] === undefined ? defaultPort : Number(match[3])
  const validName =
    host !== undefined &&
    (isIP(host) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/.test(host))
  if (!validName || host === undefined)
    throw new UsageError(
      `the server must be a host name or IP address with an optional :PORT, not "${value}"`,
    )
  if (port < 1 || port > 65535) throw new UsageError(`the port must be between 1 and 65535, not ${port}`)
  return { host: host.toLowerCase(), port }
}

/** Reads a PEM file of extra trusted CAs (`--ca`). */
export async function readCa(path: string): Promise<string> {
  const pem = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`--ca: cannot read "${path}"`)
  })
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new UsageError(`--ca: "${path}" holds no PEM certificate`)
  return pem
}
