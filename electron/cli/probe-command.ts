import { parseArgs } from 'node:util'
import { PROBE_PORTS, type ProbeKind } from '../../shared/ipc'
import { isFailing } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'
import { ENGINE_DEFAULTS, testServer, type ProbeOptions } from '../engine'
import { envelopeCommand } from './envelope-command'
import {
  cliLanguage,
  environmentOptions,
  formatFinding,
  NETWORK_ARGS,
  OUTPUT_ARGS,
  parseHostPort,
  parsePositiveInt,
  readCa,
  usage,
} from './common'
import { terminalSafe } from './terminal-safe'

const USAGE = 'probe <smtp|submission|submissions|imap|imaps|pop3|pop3s> HOST[:PORT] [options]'

/**
 * `probe <kind> HOST[:PORT]`: one timed connection test, optionally with a login (the password is
 * read from standard input, never from the command line) and an envelope test on that server.
 * `probe envelope <recipient>` finds the recipient's server itself (see envelope-command.ts).
 */
export async function probeCommand(args: string[]): Promise<number> {
  if (args[0] === 'envelope') return envelopeCommand(args.slice(1))
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...OUTPUT_ARGS,
      ...NETWORK_ARGS,
      user: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'mail-from': { type: 'string' },
      'rcpt-to': { type: 'string' },
    },
  })
  const lang = cliLanguage(values.lang)
  const [kindArg, hostArg] = positionals
  if (positionals.length !== 2 || kindArg === undefined || hostArg === undefined)
    throw usage('usage', { usage: USAGE })
  if (!(kindArg in PROBE_PORTS))
    throw usage('badProbeKind', { kinds: Object.keys(PROBE_PORTS).join(', '), value: kindArg })
  const kind = kindArg as ProbeKind
  const environment = environmentOptions(lang)
  const { host, port } = parseHostPort(hostArg, environment.ports?.[kind] ?? PROBE_PORTS[kind])

  const timeoutMs = parsePositiveInt('--timeout', values.timeout) ?? ENGINE_DEFAULTS.timeoutMs
  // Each step ends a little before the whole deadline, so a silent server reads as silent, not cancelled.
  const stepTimeoutMs = Math.min(ENGINE_DEFAULTS.stepTimeoutMs, Math.max(50, Math.floor(timeoutMs * 0.8)))
  const options: ProbeOptions = { stepTimeoutMs }
  if (environment.extraCaPem !== undefined) options.extraCaPem = environment.extraCaPem
  if (values.ca !== undefined) options.extraCaPem = await readCa(values.ca)
  if (values['allow-private']) options.allowPrivateAddresses = true
  if (environment.dnsServers !== undefined) options.dnsServers = environment.dnsServers
  if (values.dns !== undefined) options.dnsServers = values.dns.split(',').map((server) => server.trim())
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

/** Reads the password from standard input: the first line, without its line end. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) throw usage('passwordPipe')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
  if (password === '' || hasControlCharacters(password)) throw usage('passwordOneLine')
  return password
}
