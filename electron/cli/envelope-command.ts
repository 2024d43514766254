import { isEmailAddress } from '../../shared/email-address'
import { createI18n } from '../../shared/i18n'
import { isFailing } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'
import { testEnvelope, type EngineOptions } from '../engine'
import { parseCommandArgs, PROBE_DECLARATION, PROBE_OPTIONS } from './command-declaration'
import {
  cliLanguage,
  environmentOptions,
  formatFinding,
  parseDnsServers,
  parsePorts,
  parsePositiveInt,
  readCa,
  usage,
} from './common'
import { terminalSafe } from './terminal-safe'

/**
 * `probe envelope <recipient>`: the app's envelope test from a terminal. The recipient domain's
 * most preferred receiving host (decided as `dns.mx` does) is asked, with MAIL FROM (the null
 * sender unless `--mail-from`) and RCPT TO and no DATA, whether it takes the address. Exit status 1
 * when it refuses, cannot be reached, or the domain has no host that receives mail.
 */
export async function envelopeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(PROBE_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const [recipient, ...surplus] = positionals
  const notForEnvelope = values.user ?? values['password-stdin'] ?? values['rcpt-to']
  if (recipient === undefined || surplus.length > 0 || notForEnvelope !== undefined)
    throw usage('usage', { usage: PROBE_DECLARATION.usage[1] ?? '' })
  if (!isPlainAddress(recipient)) throw usage('envelopeRecipient', { value: oneLine(recipient) })
  const from = values['mail-from']
  if (from !== undefined && !isPlainAddress(from)) throw usage('envelopeFrom', { value: oneLine(from) })

  const options: EngineOptions = environmentOptions(lang)
  const timeoutMs = parsePositiveInt('--timeout', values.timeout)
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs
  if (values.dns !== undefined) options.dnsServers = parseDnsServers(values.dns)
  if (values.ports !== undefined) options.ports = parsePorts(values.ports)
  if (values.ca !== undefined) options.extraCaPem = await readCa(values.ca)
  if (values['allow-private']) options.allowPrivateAddresses = true

  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const test = await testEnvelope({ recipient, from }, options, controller.signal)
  if (values.json) process.stdout.write(terminalSafe(`${JSON.stringify(test, null, 2)}\n`))
  else if (test.mxHost === null) process.stdout.write(`${createI18n(lang).t('tree:envelope.noServer')}\n`)
  else
    for (const finding of test.findings)
      process.stdout.write(terminalSafe(`${formatFinding(finding, lang)}\n`))
  return test.mxHost === null || test.findings.some(isFailing) ? 1 : 0
}

/** One line, a plain email address: nothing that could add a command to the SMTP line. */
function isPlainAddress(value: string): boolean {
  return !hasControlCharacters(value) && isEmailAddress(value)
}

/** A typed value as it can be quoted in a one-line message: line breaks and NUL shown escaped. */
function oneLine(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}
