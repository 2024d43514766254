import { createI18n, type Language } from '../../shared/i18n'
import { providerDisplayName } from '../../shared/knowledge/provider-catalogue'
import { namedOffers } from '../../shared/knowledge/providers'
import { HELP_OPTIONS, optionFlag, parseCommandArgs, type CommandDeclaration } from './command-declaration'
import { cliLanguage, UsageError } from './common'

/** The variables the CLI reads, as the app does (see engine/environment.ts). */
export const ENVIRONMENT_VARIABLES = [
  'MAILDOCTOR_DNS',
  'MAILDOCTOR_RDAP',
  'MAILDOCTOR_PORTS',
  'MAILDOCTOR_EXTRA_CA',
  'MAILDOCTOR_ALLOW_PRIVATE',
] as const

/** Lines of `label  text`, the texts aligned in one column. */
function table(rows: [string, string][], indent = '  '): string[] {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, text]) => `${indent}${label.padEnd(width)}  ${text}`)
}

function list(lang: Language, key: string): string[] {
  const value = createI18n(lang).t(key, { returnObjects: true })
  return Array.isArray(value) ? value.map(String) : []
}

/** The help of the whole CLI: what each command is for, the environment, the exit statuses. */
export function overviewHelp(commands: readonly CommandDeclaration[], lang: Language): string {
  const t = createI18n(lang).t
  const lines = [`${t('cli:help.usage')}: maildoctor <command> [options]`, '', `${t('cli:help.commands')}:`]
  lines.push(...table(commands.map((command) => [command.name, t(`cli:commands.${command.name}.summary`)])))
  lines.push('', t('cli:help.more'), `  maildoctor --version   ${t('cli:options.version')}`)
  lines.push('', ...environmentHelp(lang))
  lines.push(
    '',
    `${t('cli:help.exit')}:`,
    ...['ok', 'failed', 'usage'].map((key) => `  ${t(`cli:exit.${key}`)}`),
  )
  return `${lines.join('\n')}\n`
}

function environmentHelp(lang: Language): string[] {
  const t = createI18n(lang).t
  return [
    `${t('cli:help.environment')}: ${t('cli:help.environmentLead')}`,
    ...table(ENVIRONMENT_VARIABLES.map((name) => [name, t(`cli:environment.${name}`)])),
  ]
}

/** The help of one command: usage, description, options, providers, examples, exit statuses. */
export function commandHelp(command: CommandDeclaration, lang: Language): string {
  const t = createI18n(lang).t
  const lines = [
    `maildoctor ${command.name}: ${t(`cli:commands.${command.name}.summary`)}`,
    '',
    `${t('cli:help.usage')}:`,
    ...command.usage.map((usage) => `  maildoctor ${usage}`),
    '',
    t(`cli:commands.${command.name}.description`),
    '',
    `${t('cli:help.options')}:`,
    ...table([
      ...Object.entries(command.options).map(([name, option]): [string, string] => [
        optionFlag(name, option),
        t(`cli:options.${option.text}`, option.params ?? {}),
      ]),
      ['--help, -h', t('cli:options.help')],
    ]),
  ]
  if (command.listsProviders) {
    lines.push('', `${t('cli:help.providers')}:`)
    lines.push(...table(namedOffers().map((offer) => [offer.id, providerDisplayName(offer)])))
  }
  const explanations = list(lang, `cli:commands.${command.name}.examples`)
  lines.push('', `${t('cli:help.examples')}:`)
  command.examples.forEach((example, index) => lines.push(`  # ${explanations[index] ?? ''}`, `  ${example}`))
  if (command.listsEnvironment) lines.push('', ...environmentHelp(lang))
  lines.push('', `${t('cli:help.exit')}:`, ...command.exits.map((key) => `  ${t(`cli:exit.${key}`)}`))
  return `${lines.join('\n')}\n`
}

/** `help [command]`: the overview, or one command's help. */
export function helpCommand(args: string[], commands: readonly CommandDeclaration[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(HELP_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const [name] = positionals
  if (name === undefined) {
    process.stdout.write(overviewHelp(commands, lang))
    return Promise.resolve(0)
  }
  const command = commands.find((known) => known.name === name)
  if (!command || positionals.length > 1) {
    const names = commands.map((known) => known.name).join(', ')
    throw new UsageError(createI18n(lang).t('cli:help.unknownTopic', { name: positionals.join(' '), names }))
  }
  process.stdout.write(commandHelp(command, lang))
  return Promise.resolve(0)
}
