import { open, readFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { createI18n, isLanguage, pickLanguage, renderMsg, type Language } from '../../shared/i18n'
import { PROBE_PORTS, type ProbeKind } from '../../shared/ipc'
import { checkNameKey, type Finding } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'
import {
  ENGINE_DEFAULTS,
  engineOptionsFromEnvironment,
  parseProbePorts,
  type EngineOptions,
  type ProbeOptions,
} from '../engine'

/**
 * Bad input or usage: the CLI prints the message on one line to stderr, in its language, and exits
 * with 2. Built from a `common:cli` key and its values, or from a text already in the language.
 */
export class UsageError extends Error {
  constructor(readonly text: string | { key: string; params?: Record<string, string | number> }) {
    super(typeof text === 'string' ? text : text.key)
  }

  /** The message in a language. */
  say(lang: Language): string {
    if (typeof this.text === 'string') return this.text
    return createI18n(lang).t(`common:cli.${this.text.key}`, this.text.params ?? {})
  }
}

/** A usage error from a `common:cli` key and its values. */
export function usage(key: string, params: Record<string, string | number> = {}): UsageError {
  return new UsageError({ key, params })
}

/** The CLI's language: `--lang` if given, else the OS locale from the environment. */
export function cliLanguage(flag: string | undefined): Language {
  if (flag !== undefined) {
    if (!isLanguage(flag)) throw usage('badLang', { value: flag })
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

/** The status of a finding as a fixed-width word for a terminal. */
export function statusWord(status: Finding['status']): string {
  return STATUS_MARK[status]
}

/**
 * One finding as two readable lines for a terminal, in plain words (the check's name, never its
 * id): `FAIL title [what was checked · subject]`, then the detail.
 */
export function formatFinding(finding: Finding, lang: Language): string {
  const i18n = createI18n(lang)
  const checked = [i18n.t(checkNameKey(finding.id)), finding.subject].filter(Boolean).join(' · ')
  return `${STATUS_MARK[finding.status]} ${renderMsg(i18n, finding.title)} [${checked}]\n     ${renderMsg(i18n, finding.detail)}`
}

/** Parses a positive integer option, or says which option was wrong. */
export function parsePositiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw usage('notPositive', { name, value })
  return number
}

/** Splits `host`, `host:port`, `[v6]` or `[v6]:port`, and checks both parts. */
export function parseHostPort(value: string, defaultPort: number): { host: string; port: number } {
  if (hasControlCharacters(value)) throw usage('serverOneLine')
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(value.trim())
  const host = match?.[1] ?? match?.[2]
  const port = match?.[3] === undefined ? defaultPort : Number(match[3])
  const validName =
    host !== undefined &&
    (isIP(host) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/.test(host))
  if (!validName || host === undefined) throw usage('badServer', { value })
  if (port < 1 || port > 65535) throw usage('badPort', { port })
  return { host: host.toLowerCase(), port }
}

/** Reads a PEM file of extra trusted CAs (`--ca`). */
export async function readCa(path: string): Promise<string> {
  const pem = await readFile(path, 'utf8').catch(() => {
    throw usage('caUnreadable', { path })
  })
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw usage('caNoPem', { path })
  return pem
}

/**
 * The engine options the MAILDOCTOR_* environment sets, as the app reads them (see
 * engine/environment.ts); a wrong variable is a usage error that names it.
 */
export function environmentOptions(lang: Language): EngineOptions {
  try {
    return engineOptionsFromEnvironment(process.env)
  } catch (error) {
    const [variable = '', ...rest] = (error as Error).message.split(': ')
    throw new UsageError(createI18n(lang).t('cli:environment.bad', { variable, message: rest.join(': ') }))
  }
}

/** `--dns HOST[:PORT],...`: IP addresses (IPv6 in brackets) with an optional port each. */
export function parseDnsServers(value: string): string[] {
  return value.split(',').map((server) => {
    const match = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])(?::(\d{1,5}))?$/.exec(server.trim())
    const port = match?.[2] === undefined ? 53 : Number(match[2])
    if (!match || port < 1 || port > 65535) throw usage('badDns', { value: server })
    return server.trim()
  })
}

/** `--ports KIND=PORT,...`: the ports to use instead of the standard ones. */
export function parsePorts(value: string): Partial<Record<ProbeKind, number>> {
  try {
    return parseProbePorts(value)
  } catch {
    throw usage('badPorts', { kinds: Object.keys(PROBE_PORTS).join(', '), value })
  }
}

/** A file's first bytes, at most `limit` + 1 (one more says it was longer): a 450 MB file costs `limit`. */
export async function readFileBounded(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(limit + 1)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/** Standard input as bytes, read until it ends or holds more than `limit` bytes (then cut there). */
export async function readStdinBounded(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    chunks.push(buffer)
    size += buffer.length
    if (size > limit) break
  }
  return Buffer.concat(chunks)
}

/** The longest password the CLI reads from standard input (the app takes as much). */
const MAX_PASSWORD_BYTES = 1024

/** The password from standard input (never the command line): one line, memory only, bounded. */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) throw usage('passwordPipe')
  const bytes = await readStdinBounded(MAX_PASSWORD_BYTES + 2)
  const password = bytes.toString('utf8').replace(/\r?\n$/, '')
  if (password === '' || bytes.length > MAX_PASSWORD_BYTES + 2 || hasControlCharacters(password))
    throw usage('passwordOneLine')
  return password
}

/** The command-line options one probe reads (`probe`, `probe mailbox`). */
interface ProbeArgs {
  timeout?: string | undefined
  ca?: string | undefined
  dns?: string | undefined
  'allow-private'?: boolean | undefined
}

/**
 * A probe's options and whole deadline: the command line over the MAILDOCTOR_* environment. Each
 * step ends a little before the whole deadline, so a silent server reads as silent, not cancelled.
 */
export async function probeOptionsFrom(
  values: ProbeArgs,
  environment: EngineOptions,
): Promise<{ options: ProbeOptions; timeoutMs: number }> {
  const timeoutMs = parsePositiveInt('--timeout', values.timeout) ?? ENGINE_DEFAULTS.timeoutMs
  const stepTimeoutMs = Math.min(ENGINE_DEFAULTS.stepTimeoutMs, Math.max(50, Math.floor(timeoutMs * 0.8)))
  const options: ProbeOptions = { stepTimeoutMs }
  if (environment.extraCaPem !== undefined) options.extraCaPem = environment.extraCaPem
  if (values.ca !== undefined) options.extraCaPem = await readCa(values.ca)
  if (values['allow-private']) options.allowPrivateAddresses = true
  if (environment.dnsServers !== undefined) options.dnsServers = environment.dnsServers
  if (values.dns !== undefined) options.dnsServers = parseDnsServers(values.dns)
  return { options, timeoutMs }
}
