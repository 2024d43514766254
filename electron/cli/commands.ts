import {
  BOUNCE_DECLARATION,
  CHECK_DECLARATION,
  CODE_DECLARATION,
  HEADERS_DECLARATION,
  HELP_DECLARATION,
  MAIL_PROGRAMS_DECLARATION,
  PROBE_DECLARATION,
  type CommandDeclaration,
} from './command-declaration'

/**
 * The commands of the CLI, as one table: each command's declaration (see command-declaration.ts)
 * and the code that runs it, loaded on demand. A new command is one more declaration and entry
 * here, with its texts in both languages.
 */

/** The code of a command: runs with the arguments after its name and returns the exit status. */
export type CommandRun = (args: string[]) => number | Promise<number>

/** One command of the CLI: its declaration and its code. */
export interface CliCommand extends CommandDeclaration {
  load: () => Promise<CommandRun>
}

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  { ...CHECK_DECLARATION, load: () => import('./check-command').then((module) => module.checkCommand) },
  { ...PROBE_DECLARATION, load: () => import('./probe-command').then((module) => module.probeCommand) },
  { ...BOUNCE_DECLARATION, load: () => import('./bounce-command').then((module) => module.bounceCommand) },
  { ...CODE_DECLARATION, load: () => import('./code-command').then((module) => module.codeCommand) },
  {
    ...HEADERS_DECLARATION,
    load: () => import('./headers-command').then((module) => module.headersCommand),
  },
  {
    ...MAIL_PROGRAMS_DECLARATION,
    load: () => import('./mail-programs-command').then((module) => module.mailProgramsCommand),
  },
  {
    ...HELP_DECLARATION,
    load: () => import('./help').then((module) => (args: string[]) => module.helpCommand(args, COMMANDS)),
  },
]

/** The command of a name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name)
}
