/**
 * The commands of the CLI, as one table: how each is called, its options and examples (their texts
 * are under `cli:commands.<name>` and `cli:options`), and the code that runs it, loaded on demand.
 * A new command is one more entry here, with its texts in both languages.
 */

/** The code of a command: runs with the arguments after its name and returns the exit status. */
export type CommandRun = (args: string[]) => number | Promise<number>

/** One option as the help lists it: how it is typed, and its text under `cli:options`. */
export interface OptionHelp {
  flag: string
  text: string
  params?: Record<string, string | number>
}

/** One command of the CLI. */
export interface CliCommand {
  name: string
  /** How it is called, without the program name; placeholders only, nothing to translate. */
  usage: string[]
  options: OptionHelp[]
  /** Command lines; each is explained by `cli:commands.<name>.examples[i]`. */
  examples: string[]
  /** Keys under `cli:exit`, the statuses this command can end with. */
  exits: string[]
  /** Whether the help lists the provider ids (the commands that take --provider). */
  listsProviders?: boolean
  load: () => Promise<CommandRun>
}

/** How many domains `check --from` checks at once unless told otherwise. */
export const DEFAULT_BATCH_CONCURRENCY = 8

/**
 * The most domains `check --from` checks at once. One check holds up to about 12 sockets at a time
 * (7 mail-server probes, settings discovery, DNS); 64 checks stay near 770, under the usual limit
 * of 1,024 open files per process. Past it connections fail with EMFILE and working domains read
 * as "offline" (1,000 at once gave 1,090 false offlines; 10,000 used 3.8 GB).
 */
export const MAX_BATCH_CONCURRENCY = 64

const JSON_OPTION: OptionHelp = { flag: '--json', text: 'json' }
const LANG_OPTION: OptionHelp = { flag: '--lang it|en', text: 'lang' }
const HELP_OPTION: OptionHelp = { flag: '--help, -h', text: 'help' }
const PROVIDER_OPTION: OptionHelp = { flag: '--provider ID', text: 'provider' }
const DNS_OPTION: OptionHelp = { flag: '--dns HOST[:PORT],...', text: 'dns' }
const TIMEOUT_OPTION: OptionHelp = { flag: '--timeout MS', text: 'timeout' }
const CA_OPTION: OptionHelp = { flag: '--ca FILE', text: 'ca' }
const ALLOW_PRIVATE_OPTION: OptionHelp = { flag: '--allow-private', text: 'allowPrivate' }

/** A command's options as the help lists them: --json first, then its own, then --lang and --help. */
function commandOptions(...own: OptionHelp[]): OptionHelp[] {
  return [JSON_OPTION, ...own, LANG_OPTION, HELP_OPTION]
}

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'check',
    usage: ['check <domain|email> [options]', 'check --from <file|-> [--concurrency N] [--json] [options]'],
    options: commandOptions(
      { flag: '--from FILE|-', text: 'from' },
      {
        flag: '--concurrency N',
        text: 'concurrency',
        params: { default: DEFAULT_BATCH_CONCURRENCY, max: MAX_BATCH_CONCURRENCY },
      },
      { flag: '--only registration,dns,smtp,imap,pop3', text: 'only' },
      PROVIDER_OPTION,
      DNS_OPTION,
      TIMEOUT_OPTION,
      { flag: '--ports KIND=PORT,...', text: 'ports' },
      { flag: '--server KIND=HOST[:PORT]', text: 'server' },
      CA_OPTION,
      ALLOW_PRIVATE_OPTION,
      { flag: '--dkim-selector NAME', text: 'dkimSelector' },
      { flag: '--ip ADDRESS', text: 'ip' },
      { flag: '--rdap URL', text: 'rdap' },
      { flag: '--save DIR', text: 'save' },
      { flag: '--report md|html|json', text: 'report' },
      { flag: '--share-safely', text: 'shareSafely' },
    ),
    examples: [
      'maildoctor check example.com',
      'maildoctor check mario@example.com --provider microsoft365 --only dns,smtp',
      'maildoctor check example.com --dns 127.0.0.1:5353 --json',
      'maildoctor check --from domains.txt --concurrency 16 --json',
      'maildoctor check example.com --save ./history --report md --share-safely',
    ],
    exits: ['ok', 'failed', 'batchFailed', 'usage'],
    listsProviders: true,
    load: () => import('./check-command').then((module) => module.checkCommand),
  },
  {
    name: 'probe',
    usage: [
      'probe <smtp|submission|submissions|imap|imaps|pop3|pop3s> HOST[:PORT] [options]',
      'probe envelope <recipient> [--mail-from ADDRESS] [options]',
    ],
    options: commandOptions(
      TIMEOUT_OPTION,
      { flag: '--user USER', text: 'user' },
      { flag: '--password-stdin', text: 'passwordStdin' },
      { flag: '--mail-from ADDRESS', text: 'mailFrom' },
      { flag: '--rcpt-to ADDRESS', text: 'rcptTo' },
      CA_OPTION,
      ALLOW_PRIVATE_OPTION,
      DNS_OPTION,
    ),
    examples: [
      'maildoctor probe submission smtp.example.com:587',
      'maildoctor probe imaps imap.example.com --user mario@example.com --password-stdin < password.txt',
      'maildoctor probe smtp mx1.example.com --mail-from me@example.org --rcpt-to mario@example.com',
      'maildoctor probe envelope mario@example.com --mail-from me@example.org',
    ],
    exits: ['ok', 'failed', 'usage'],
    load: () => import('./probe-command').then((module) => module.probeCommand),
  },
  {
    name: 'bounce',
    usage: ['bounce <file|-> [options]'],
    options: commandOptions(),
    examples: ['maildoctor bounce message.eml', 'maildoctor bounce - --lang it < pasted.txt'],
    exits: ['bounceDelivered', 'bounceFailed', 'bounceUnreadable'],
    load: () => import('./bounce-command').then((module) => module.bounceCommand),
  },
  {
    name: 'code',
    usage: ['code <550 | 5.7.1 | "550 5.7.1 text"> [options]'],
    options: commandOptions(),
    examples: [
      'maildoctor code 550',
      'maildoctor code "550 5.1.1 <mario@example.com>: user unknown"',
      'maildoctor code 5.7.1 --json',
    ],
    exits: ['codeExplained', 'codeNotFound'],
    load: () => import('./code-command').then((module) => module.codeCommand),
  },
  {
    name: 'headers',
    usage: ['headers <file|-> [options]'],
    options: commandOptions({ flag: '--role sender|recipient', text: 'role' }, PROVIDER_OPTION),
    examples: [
      'maildoctor headers message.eml',
      'maildoctor headers - --role recipient --lang it < headers.txt',
      'maildoctor headers message.eml --provider ovh-mxplan --json',
    ],
    exits: ['headersClean', 'headersTrouble', 'headersUnreadable'],
    listsProviders: true,
    load: () => import('./headers-command').then((module) => module.headersCommand),
  },
  {
    name: 'help',
    usage: ['help [command]'],
    options: [LANG_OPTION],
    examples: ['maildoctor help check'],
    exits: ['ok', 'usage'],
    load: () => import('./help').then((module) => module.helpCommand),
  },
]

/** The command of a name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name)
}
