import { isLanguage, type Language } from '../shared/protocol/languages'
import { APP_VERSION } from '../shared/version'
import { COMMANDS, findCommand } from './cli/commands'
import { cliLanguage, usage, UsageError } from './cli/common'
import { terminalSafe } from './cli/terminal-safe'
import { commandHelp, overviewHelp } from './cli/help'

/** True when the arguments ask for help (`--help` or `-h` anywhere before a `--`). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  const lang = messageLanguage(argv)
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(overviewHelp(COMMANDS, lang))
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`maildoctor ${APP_VERSION}\n`)
    return 0
  }
  const command = findCommand(name)
  if (!command) throw usage('unknownCommand', { name })
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(command, lang))
    return 0
  }
  return (await command.load())(args)
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
    process.stderr.write(terminalSafe(`maildoctor: ${message}\n`))
    process.exitCode = problem ? 2 : 1
  },
)
