import { stat } from 'node:fs/promises'
import type { i18n as I18n } from 'i18next'
import { createI18n, type Language } from '../../shared/i18n'
import { fixParams } from '../../shared/knowledge/mail-program-labels'
import type { ProgramAccount, ProgramServer } from '../../shared/knowledge/mail-programs'
import { hasControlCharacters } from '../../shared/target'
import {
  compareAccounts,
  engineDiscovery,
  findMailPrograms,
  programsHostFromEnvironment,
  type ComparedAccount,
  type EngineOptions,
  type FindOptions,
} from '../engine'
import { MAIL_PROGRAMS_OPTIONS, parseCommandArgs } from './command-declaration'
import { cliLanguage, environmentOptions, parseDnsServers, parsePositiveInt, UsageError } from './common'
import { terminalSafe } from './terminal-safe'

/** The JSON of one account: the DESIGN.md contract, with each difference's sentence when compared. */
function accountJson(
  account: ComparedAccount | ProgramAccount,
  lang: Language,
  i18n: I18n,
  compare: boolean,
) {
  const { program, place, name, email, incoming, outgoing } = account
  if (!compare || !('differences' in account)) return { program, place, name, email, incoming, outgoing }
  return {
    program,
    place,
    name,
    email,
    incoming,
    outgoing,
    rightSource: account.right?.source ?? null,
    differences:
      account.differences?.map((difference) => ({
        ...difference,
        fix: i18n.t('mailPrograms:fix', fixParams(program, lang, difference)),
      })) ?? null,
  }
}

function serverLine(
  label: string,
  server: Partial<ProgramServer> & { protocol?: string; auth?: string | null },
) {
  const address = `${server.host ?? '?'}:${server.port ?? '?'}`
  return `  ${label}: ${[server.protocol, address, server.security, server.username, server.auth].filter(Boolean).join(' ')}`
}

function accountText(account: ComparedAccount | ProgramAccount, lang: Language, i18n: I18n): string[] {
  const t = i18n.t
  const lines = [
    t('mailPrograms:cli.account', {
      program: t(`mailPrograms:programs.${account.program}`),
      place: account.place,
      email: account.email ?? account.name ?? '—',
    }),
  ]
  if (account.incoming) lines.push(serverLine(t('mailPrograms:cli.incoming'), account.incoming))
  if (account.outgoing) lines.push(serverLine(t('mailPrograms:cli.outgoing'), account.outgoing))
  if (!('differences' in account)) return lines
  if (account.differences === null) lines.push(`  ${t('mailPrograms:cli.unknown')}`)
  else if (account.differences.length === 0) lines.push(`  OK   ${t('mailPrograms:cli.allRight')}`)
  for (const difference of account.differences ?? [])
    lines.push(`  FAIL ${t('mailPrograms:fix', fixParams(account.program, lang, difference))}`)
  return lines
}

/** `--thunderbird DIR`: a folder that exists and holds a profile or a profiles.ini. */
async function thunderbirdOption(dir: string, i18n: I18n): Promise<FindOptions> {
  const bad = () => new UsageError(i18n.t('mailPrograms:cli.noDir', { dir: dir.slice(0, 200) }))
  if (hasControlCharacters(dir)) throw bad()
  const isDir = await stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  )
  if (!isDir) throw bad()
  return { ...programsHostFromEnvironment(), thunderbirdDir: dir }
}

type ProgramsValues = ReturnType<typeof parseCommandArgs<typeof MAIL_PROGRAMS_OPTIONS>>['values']

/** The options of the settings discovery `--compare` runs for a domain no provider of ours owns. */
function discoveryOptions(values: ProgramsValues, lang: Language): EngineOptions {
  const options = environmentOptions(lang)
  if (values.dns !== undefined) options.dnsServers = parseDnsServers(values.dns)
  const timeoutMs = parsePositiveInt('--timeout', values.timeout)
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs
  if (values['allow-private']) options.allowPrivateAddresses = true
  return options
}

/**
 * `mail-programs [--json] [--thunderbird DIR] [--compare]`: the accounts of the mail programs on
 * this computer (or of a Thunderbird folder copied from another), read-only and never a password;
 * with `--compare`, each wrong field and where to fix it. Exit status: 1 when a field is wrong,
 * 0 when not, 2 for bad input.
 */
export async function mailProgramsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(MAIL_PROGRAMS_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const i18n = createI18n(lang)
  if (positionals.length > 0)
    throw new UsageError(i18n.t('common:cli.unexpectedArgument', { value: positionals[0] ?? '' }))
  const options =
    values.thunderbird === undefined
      ? programsHostFromEnvironment()
      : await thunderbirdOption(values.thunderbird, i18n)
  const found = await findMailPrograms(options)
  if (values.thunderbird !== undefined && found.accounts.length === 0)
    throw new UsageError(i18n.t('mailPrograms:cli.noDir', { dir: values.thunderbird.slice(0, 200) }))
  const accounts = values.compare
    ? await compareAccounts(found.accounts, '', undefined, engineDiscovery(discoveryOptions(values, lang)))
    : found.accounts
  const compare = values.compare === true
  if (values.json) {
    const json = {
      accounts: accounts.map((account) => accountJson(account, lang, i18n, compare)),
      notReadable: found.notReadable,
    }
    process.stdout.write(terminalSafe(`${JSON.stringify(json, null, 2)}\n`))
  } else {
    const lines = accounts.flatMap((account) => accountText(account, lang, i18n))
    for (const program of found.notReadable)
      lines.push(i18n.t('mailPrograms:notReadable', { program: i18n.t(`mailPrograms:programs.${program}`) }))
    process.stdout.write(
      terminalSafe(`${(lines.length > 0 ? lines : [i18n.t('mailPrograms:cli.none')]).join('\n')}\n`),
    )
  }
  const wrong = (account: ComparedAccount | ProgramAccount) =>
    'differences' in account && account.differences !== null && account.differences.length > 0
  return accounts.some(wrong) ? 1 : 0
}
