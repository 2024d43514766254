import { PROBE_PORTS, type ProbeKind } from '../../shared/ipc'
import { isFailing } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'
import { testServer } from '../engine'
import { envelopeCommand } from './envelope-command'
import { parseCommandArgs, PROBE_DECLARATION, PROBE_OPTIONS } from './command-declaration'
import {
  cliLanguage,
  environmentOptions,
  formatFinding,
  probeOptionsFrom,
  parseHostPort,
  parsePorts,
  readPassword,
  usage,
} from './common'
import { terminalSafe } from './terminal-safe'

/**
 * `probe <kind> HOST[:PORT]`: one timed connection test, optionally with a login (the password is
 * read from standard input, never from the command line) and an envelope test on that server.
 * `probe envelope <recipient>` finds the recipient's server itself (see envelope-command.ts);
 * `probe mailbox <address>` looks inside the mailbox (see mailbox-command.ts).
 */
export async function probeCommand(args: string[]): Promise<number> {
  if (args[0] === 'envelope') return envelopeCommand(args.slice(1))
  if (args[0] === 'mailbox') return (await import('./mailbox-command')).mailboxCommand(args.slice(1))
  const { values, positionals } = parseCommandArgs(PROBE_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const [kindArg, hostArg] = positionals
  const mailboxOnly = values.server ?? values.find
  if (positionals.length !== 2 || kindArg === undefined || hostArg === undefined || mailboxOnly !== undefined)
    throw usage('usage', { usage: PROBE_DECLARATION.usage[0] ?? '' })
  if (!Object.hasOwn(PROBE_PORTS, kindArg))
    throw usage('badProbeKind', { kinds: Object.keys(PROBE_PORTS).join(', '), value: kindArg })
  const kind = kindArg as ProbeKind
  const environment = environmentOptions(lang)
  const ports = values.ports === undefined ? environment.ports : parsePorts(values.ports)
  const { host, port } = parseHostPort(hostArg, ports?.[kind] ?? PROBE_PORTS[kind])

  const { options, timeoutMs } = await probeOptionsFrom(values, environment)
  if (values['password-stdin'] && values.user === undefined) throw usage('passwordNeedsUser')
  if (values.user !== undefined) {
    if (!values['password-stdin']) throw usage('userNeedsPassword')
    if (values.user === '' || hasControlCharacters(values.user)) throw usage('userOneLine')
    const password = await readPassword()
    options.credentials = { user: values.user, password }
  }
  const from = values['mail-from']
  const to = values['rcpt-to']
  if ((from === undefined) !== (to === undefined)) throw usage('envelopePair')
  if (from !== undefined && to !== undefined) {
    if (!['smtp', 'submission', 'submissions'].includes(kind)) throw usage('envelopeSmtpOnly')
    if ([from, to].some((address) => hasControlCharacters(address) || /[\s<>]/.test(address)))
      throw usage('envelopePlain')
    options.envelope = { from, to }
  }

  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const result = await testServer({ kind, host, port }, options, timeoutMs, controller.signal)
  if (values.json) process.stdout.write(terminalSafe(`${JSON.stringify(result, null, 2)}\n`))
  else {
    for (const finding of result.findings)
      process.stdout.write(terminalSafe(`${formatFinding(finding, lang)}\n`))
    const timings = Object.entries(result.timings)
      .map(([phase, ms]) => `${phase} ${ms} ms`)
      .join(', ')
    process.stdout.write(`     ${timings}\n`)
  }
  return result.findings.some(isFailing) ? 1 : 0
}
