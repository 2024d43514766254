import { isEmailAddress } from '../../shared/email-address'
import { PROBE_PORTS } from '../../shared/ipc'
import { isFailing } from '../../shared/report'
import { hasControlCharacters } from '../../shared/target'
import { knownMailboxServer, testMailboxLook, type MailboxLookResult, type ProbeTarget } from '../engine'
import {
  cliLanguage,
  environmentOptions,
  formatFinding,
  probeOptionsFrom,
  parseHostPort,
  readPassword,
  usage,
} from './common'
import { parseCommandArgs, PROBE_DECLARATION, PROBE_OPTIONS } from './command-declaration'
import { terminalSafe } from './terminal-safe'

const MAILBOX_KINDS = ['imap', 'imaps', 'pop3', 'pop3s'] as const

/**
 * `probe mailbox <address>`: logs in to the mailbox (password from standard input, verified TLS
 * only) and looks inside without changing anything: how full it is, its folders and their counts,
 * and with --find where a message went. The server is --server, else the one our profiles or the
 * ISP database give for the domain. Exit status 1 when the login fails, the box is full or the look
 * could not finish.
 */
export async function mailboxCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(PROBE_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const [address, ...surplus] = positionals
  if (address === undefined || surplus.length > 0)
    throw usage('usage', { usage: PROBE_DECLARATION.usage[2] ?? '' })
  if (hasControlCharacters(address) || !isEmailAddress(address))
    throw usage('mailboxAddress', { value: address })
  if (!values['password-stdin']) throw usage('mailboxNeedsPassword')
  const user = values.user ?? address
  if (user === '' || hasControlCharacters(user)) throw usage('userOneLine')
  if (values.find !== undefined && (values.find.trim() === '' || hasControlCharacters(values.find)))
    throw usage('findOneLine')

  const environment = environmentOptions(lang)
  const target = values.server === undefined ? await serverFor(address) : parseMailboxServer(values.server)
  const { options, timeoutMs } = await probeOptionsFrom(values, environment)
  const password = await readPassword()

  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  const request = { mailbox: target, credentials: { user, password }, find: values.find }
  const result = await testMailboxLook(request, options, timeoutMs, controller.signal)
  if (values.json) process.stdout.write(terminalSafe(`${JSON.stringify(mailboxJson(result), null, 2)}\n`))
  else
    for (const finding of result.findings)
      process.stdout.write(terminalSafe(`${formatFinding(finding, lang)}\n`))
  return result.findings.some(isFailing) ? 1 : 0
}

/** The JSON of `probe mailbox`: quota, folders and found first (DESIGN.md), then the evidence. */
export function mailboxJson(result: MailboxLookResult): Record<string, unknown> {
  const { quota, folders, found, ...rest } = result
  return { quota, folders, found: found ?? [], ...rest }
}

/** `--server imap=HOST[:PORT]` (also imaps, pop3, pop3s). */
function parseMailboxServer(value: string): ProbeTarget {
  const split = value.indexOf('=')
  const kind = MAILBOX_KINDS.find((known) => known === value.slice(0, split).trim())
  if (split < 0 || kind === undefined)
    throw usage('badServerOption', { kinds: MAILBOX_KINDS.join(', '), value })
  const { host, port } = parseHostPort(value.slice(split + 1), PROBE_PORTS[kind])
  return { kind, host, port }
}

async function serverFor(address: string): Promise<ProbeTarget> {
  const known = await knownMailboxServer(address)
  if (!known) throw usage('mailboxNeedsServer', { domain: address.slice(address.lastIndexOf('@') + 1) })
  return known.target
}
