import { CHECK_USAGE, checkCommand } from './cli/check-command'
import { isLanguage, type Language } from '../shared/i18n/languages'
import { cliLanguage, usage, UsageError } from './cli/common'

const USAGE = `usage: maildoctor <command> [options]
  ${CHECK_USAGE.replace(/^check /, 'check  ')}
  probe  <smtp|submission|submissions|imap|imaps|pop3|pop3s> HOST[:PORT] [--json] [--timeout MS] [--user U --password-stdin] [--mail-from A --rcpt-to B] [--ca FILE] [--dns HOST[:PORT],...] [--lang it|en]
  bounce <file|-> [--json] [--lang it|en]
  code   <550 | 5.7.1 | "550 5.7.1 text"> [--json] [--lang it|en]`

type Command = (args: string[]) => number | Promise<number>

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => Promise.resolve(checkCommand),
  probe: () => import('./cli/probe-command').then((module) => module.probeCommand),
  bounce: () => import('./cli/bounce-command').then((module) => module.bounceCommand),
  code: () => import('./cli/code-command').then((module) => module.codeCommand),
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`)
    return name === undefined ? 2 : 0
  }
  const load = COMMANDS[name]
  if (!load) throw usage('unknownCommand', { name })
  return (await load())(args)
}

/** The language of the CLI's messages: a valid `--lang` on the command line, else the OS locale. */
function messageLanguage(argv: string[]): Language {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='))
  const value = index === -1 ? undefined : (argv[index]?.split('=')[1] ?? argv[index + 1])
  return isLanguage(value) ? value : cliLanguage(undefined)
}

/** Node's own argument errors (unknown option, missing value), said as our usage errors. */
function fromParseArgs(error: Error & { code?: unknown }): UsageError | null {
  const code = typeof error.code === 'string' ? error.code : ''
  if (!code.startsWith('ERR_PARSE_ARGS')) return null
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage('unknownOption', { option })
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usage('missingValue', { option })
  return usage('unexpectedArgument', { value: /'([^']+)'/.exec(error.message)?.[1] ?? '' })
}

const argv = process.argv.slice(2)
main(argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const problem = error instanceof UsageError ? error : error instanceof Error ? fromParseArgs(error) : null
    const lang = messageLanguage(argv)
    const message = problem ? problem.say(lang) : error instanceof Error ? error.message : String(error)
    process.stderr.write(`maildoctor: ${message}\n`)
    process.exitCode = problem ? 2 : 1
  },
)
