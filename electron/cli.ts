import { CHECK_USAGE, checkCommand } from './cli/check-command'
import { UsageError } from './cli/common'

const USAGE = `usage: maildoctor <command> [options]
  ${CHECK_USAGE.replace(/^check /, 'check  ')}
  probe  <smtp|submission|submissions|imap|imaps|pop3|pop3s> HOST[:PORT] [--json] [--timeout MS] [--user U --password-stdin] [--mail-from A --rcpt-to B] [--ca FILE] [--dns HOST[:PORT],...] [--lang it|en]
  bounce <file|-> [--json] [--lang it|en]
  code   <550 | 5.7.1 | "550 5.7.1 text"> [--json] [--lang it|en]`

type Command = (args: string[]) => Promise<number>

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
  if (!load) throw new UsageError(`unknown command "${name}"; try --help`)
  return (await load())(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    process.stderr.write(`maildoctor: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = usage ? 2 : 1
  },
)
