import { parseArgs } from 'node:util'
import { LANGUAGES } from '../../shared/protocol/languages'
import { CHECK_AREAS, CLIENT_PROBE_KINDS, PROBE_KINDS } from '../../shared/ipc'

/**
 * The CLI's commands declared once each: name, usage, options (how the parser reads them and how
 * the help lists them), examples and exit statuses. The parser (`parseCommandArgs`), the help and the
 * usage lines are all derived from these, so they cannot drift. `commands.ts` adds the code to run.
 */

/** One option: its type for the parser, the value it takes as the help shows it, its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** How the value is written in the help (`HOST[:PORT],...`); none for a switch. */
  value?: string
  /** Its help text, under `cli:options`. */
  text: string
  params?: Record<string, string | number>
}

/** A command's options by long name, in the order the help lists them. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

/** One command, as the help and the parser know it. */
export interface CommandDeclaration {
  name: string
  /** How it is called, without the program name; placeholders only, nothing to translate. */
  usage: string[]
  options: OptionSpecs
  /** Command lines; each is explained by `cli:commands.<name>.examples[i]`. */
  examples: string[]
  /** Keys under `cli:exit`, the statuses this command can end with. */
  exits: string[]
  /** Whether the help lists the provider ids (the commands that take --provider). */
  listsProviders?: boolean
  /** Whether the help lists the MAILDOCTOR_* environment (the commands that connect). */
  listsEnvironment?: boolean
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

/** The line the help shows for an option: `--name VALUE`. */
export function optionFlag(name: string, spec: OptionSpec): string {
  return spec.value === undefined ? `--${name}` : `--${name} ${spec.value}`
}

/** Reads a command's arguments with exactly its declared options (anything else is refused). */
export function parseCommandArgs<O extends OptionSpecs>(options: O, args: string[]) {
  return parseArgs({ args, options, allowPositionals: true, strict: true })
}

const JSON_OPTION = { type: 'boolean', text: 'json' } as const
const LANG_OPTION = { type: 'string', value: LANGUAGES.join('|'), text: 'lang' } as const
const PROVIDER_OPTION = { type: 'string', value: 'ID', text: 'provider' } as const
const NETWORK_OPTIONS = {
  timeout: { type: 'string', value: 'MS', text: 'timeout' },
  dns: { type: 'string', value: 'HOST[:PORT],...', text: 'dns' },
  ports: { type: 'string', value: 'KIND=PORT,...', text: 'ports' },
  ca: { type: 'string', value: 'FILE', text: 'ca' },
  'allow-private': { type: 'boolean', text: 'allowPrivate' },
} as const

/** `check`'s options. */
export const CHECK_OPTIONS = {
  json: JSON_OPTION,
  from: { type: 'string', value: 'FILE|-', text: 'from' },
  concurrency: {
    type: 'string',
    value: 'N',
    text: 'concurrency',
    params: { default: DEFAULT_BATCH_CONCURRENCY, max: MAX_BATCH_CONCURRENCY },
  },
  only: { type: 'string', value: CHECK_AREAS.join(','), text: 'only' },
  provider: PROVIDER_OPTION,
  ...NETWORK_OPTIONS,
  server: {
    type: 'string',
    multiple: true,
    value: `${CLIENT_PROBE_KINDS.join('|')}=HOST[:PORT]`,
    text: 'server',
  },
  'dkim-selector': { type: 'string', multiple: true, value: 'NAME', text: 'dkimSelector' },
  ip: { type: 'string', multiple: true, value: 'ADDRESS', text: 'ip' },
  rdap: { type: 'string', value: 'URL', text: 'rdap' },
  save: { type: 'string', value: 'DIR', text: 'save' },
  report: { type: 'string', value: 'md|html|json', text: 'report' },
  'share-safely': { type: 'boolean', text: 'shareSafely' },
  lang: LANG_OPTION,
} as const satisfies OptionSpecs

/** `probe`'s options (`probe envelope` and `probe mailbox` read the same). */
export const PROBE_OPTIONS = {
  json: JSON_OPTION,
  ...NETWORK_OPTIONS,
  user: { type: 'string', value: 'USER', text: 'user' },
  'password-stdin': { type: 'boolean', text: 'passwordStdin' },
  'mail-from': { type: 'string', value: 'ADDRESS', text: 'mailFrom' },
  'rcpt-to': { type: 'string', value: 'ADDRESS', text: 'rcptTo' },
  server: { type: 'string', value: 'imap=HOST[:PORT]', text: 'mailboxServer' },
  find: { type: 'string', value: 'TEXT', text: 'find' },
  lang: LANG_OPTION,
} as const satisfies OptionSpecs

/** The options of the commands that only read and explain (`bounce`, `code`). */
export const READER_OPTIONS = { json: JSON_OPTION, lang: LANG_OPTION } as const satisfies OptionSpecs

/** `headers`'s options. */
export const HEADERS_OPTIONS = {
  json: JSON_OPTION,
  role: { type: 'string', value: 'sender|recipient', text: 'role' },
  provider: PROVIDER_OPTION,
  lang: LANG_OPTION,
} as const satisfies OptionSpecs

/** `mail-programs`'s options. */
export const MAIL_PROGRAMS_OPTIONS = {
  json: JSON_OPTION,
  thunderbird: { type: 'string', value: 'DIR', text: 'thunderbird' },
  compare: { type: 'boolean', text: 'compare' },
  lang: LANG_OPTION,
  timeout: NETWORK_OPTIONS.timeout,
  dns: NETWORK_OPTIONS.dns,
  'allow-private': NETWORK_OPTIONS['allow-private'],
} as const satisfies OptionSpecs

/** `help`'s options. */
export const HELP_OPTIONS = { lang: LANG_OPTION } as const satisfies OptionSpecs

/** `check`: the whole check of a domain or address, or of many. */
export const CHECK_DECLARATION: CommandDeclaration = {
  name: 'check',
  usage: ['check <domain|email> [options]', 'check --from <file|-> [--concurrency N] [--json] [options]'],
  options: CHECK_OPTIONS,
  examples: [
    'maildoctor check example.com',
    'maildoctor check mario@example.com --provider microsoft365 --only dns,smtp',
    'maildoctor check example.com --dns 127.0.0.1:5353 --json',
    'maildoctor check --from domains.txt --concurrency 16 --json',
    'maildoctor check example.com --save ./history --report md --share-safely',
  ],
  exits: ['ok', 'failed', 'batchFailed', 'usage'],
  listsProviders: true,
  listsEnvironment: true,
}

/** `probe`: one timed connection test, or the envelope test of a recipient. */
export const PROBE_DECLARATION: CommandDeclaration = {
  name: 'probe',
  usage: [
    `probe <${PROBE_KINDS.join('|')}> HOST[:PORT] [options]`,
    'probe envelope <recipient> [--mail-from ADDRESS] [options]',
    'probe mailbox <address> --password-stdin [--server imap=HOST[:PORT]] [--find TEXT] [options]',
  ],
  options: PROBE_OPTIONS,
  examples: [
    'maildoctor probe submission smtp.example.com:587',
    'maildoctor probe imaps imap.example.com --user mario@example.com --password-stdin < password.txt',
    'maildoctor probe smtp mx1.example.com --mail-from me@example.org --rcpt-to mario@example.com',
    'maildoctor probe envelope mario@example.com --mail-from me@example.org',
    'maildoctor probe mailbox mario@example.com --password-stdin --find "Studio Verdi" < password.txt',
  ],
  exits: ['ok', 'failed', 'usage'],
  listsEnvironment: true,
}

/** `bounce`: reads a returned message. */
export const BOUNCE_DECLARATION: CommandDeclaration = {
  name: 'bounce',
  usage: ['bounce <file|-> [options]'],
  options: READER_OPTIONS,
  examples: ['maildoctor bounce message.eml', 'maildoctor bounce - --lang it < pasted.txt'],
  exits: ['bounceDelivered', 'bounceFailed', 'bounceUnreadable'],
}

/** `code`: explains a reply or enhanced code. */
export const CODE_DECLARATION: CommandDeclaration = {
  name: 'code',
  usage: ['code <550 | 5.7.1 | "550 5.7.1 text"> [options]'],
  options: READER_OPTIONS,
  examples: [
    'maildoctor code 550',
    'maildoctor code "550 5.1.1 <mario@example.com>: user unknown"',
    'maildoctor code 5.7.1 --json',
  ],
  exits: ['codeExplained', 'codeNotFound'],
}

/** `headers`: reads a message's headers (delays, authentication, spam verdicts). */
export const HEADERS_DECLARATION: CommandDeclaration = {
  name: 'headers',
  usage: ['headers <file|-> [options]'],
  options: HEADERS_OPTIONS,
  examples: [
    'maildoctor headers message.eml',
    'maildoctor headers - --role recipient --lang it < headers.txt',
    'maildoctor headers message.eml --provider ovh-mxplan --json',
  ],
  exits: ['headersClean', 'headersTrouble', 'headersUnreadable'],
  listsProviders: true,
}

/** `mail-programs`: the accounts of the mail programs on this computer, compared with the right settings. */
export const MAIL_PROGRAMS_DECLARATION: CommandDeclaration = {
  name: 'mail-programs',
  usage: ['mail-programs [--thunderbird DIR] [--compare] [options]'],
  options: MAIL_PROGRAMS_OPTIONS,
  examples: [
    'maildoctor mail-programs',
    'maildoctor mail-programs --thunderbird ./copied-profile --compare --lang it',
    'maildoctor mail-programs --compare --json',
  ],
  exits: ['programsRight', 'programsWrong', 'usage'],
}

/** `help`: the overview, or one command's help. */
export const HELP_DECLARATION: CommandDeclaration = {
  name: 'help',
  usage: ['help [command]'],
  options: HELP_OPTIONS,
  examples: ['maildoctor help check'],
  exits: ['ok', 'usage'],
}
