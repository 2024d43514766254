/**
 * The mail programs on this computer and their accounts (`client.programs`): Thunderbird on every
 * system, Outlook (classic) on Windows, Apple Mail on macOS; the programs found whose settings
 * cannot be read are named, never guessed. Read-only, and never a password.
 */
import { access } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  matchingFirst,
  type ProgramAccount,
  type ProgramDifference,
  type ReadableProgram,
  type UnreadableProgram,
} from '../../../shared/knowledge/mail-programs'
import type { Finding } from '../../../shared/report'
import { appleMailPlists, readAccountsPlist } from './apple-mail'
import { compareAccount } from './compare'
import { readOutlook } from './outlook'
import { rightSettingsFor, type DiscoverSettings, type RightSettings } from './right-settings'
import { readThunderbird, thunderbirdFolders, type ProgramsHost } from './thunderbird'

export type { ProgramsHost } from './thunderbird'

/** Where to look: this computer, or one Thunderbird folder (a profile copied from elsewhere). */
export interface FindOptions {
  host: ProgramsHost
  /** Read only this Thunderbird folder (profiles.ini or a profile), nothing else. */
  thunderbirdDir?: string
}

/** What was found. */
export interface ProgramsFound {
  accounts: ProgramAccount[]
  /** Programs found whose settings cannot be read. */
  notReadable: (ReadableProgram | UnreadableProgram)[]
}

/** An account with its comparison; `differences` is null when its address has no known settings. */
export interface ComparedAccount extends ProgramAccount {
  differences: ProgramDifference[] | null
  right: RightSettings | null
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/**
 * This computer as the readers see it; `MAILDOCTOR_HOME` stands in for the home folder and
 * `MAILDOCTOR_THUNDERBIRD_DIR` names the only Thunderbird folder to read (support and tests).
 */
export function programsHostFromEnvironment(env: NodeJS.ProcessEnv = process.env): FindOptions {
  const host = { platform: process.platform, home: env.MAILDOCTOR_HOME || homedir(), env }
  return env.MAILDOCTOR_THUNDERBIRD_DIR ? { host, thunderbirdDir: env.MAILDOCTOR_THUNDERBIRD_DIR } : { host }
}

async function windowsPrograms(host: ProgramsHost): Promise<ProgramsFound> {
  const local = host.env.LOCALAPPDATA ?? join(host.home, 'AppData', 'Local')
  const notReadable: UnreadableProgram[] = []
  if (await exists(join(local, 'Microsoft', 'Olk'))) notReadable.push('new-outlook')
  if (await exists(join(local, 'Packages', 'microsoft.windowscommunicationsapps_8wekyb3d8bbwe')))
    notReadable.push('windows-mail')
  return { accounts: await readOutlook(), notReadable }
}

async function macPrograms(host: ProgramsHost): Promise<ProgramsFound> {
  const plists = await appleMailPlists(host.home)
  const accounts = (await Promise.all(plists.map((path) => readAccountsPlist(path, 'Mail')))).flat()
  const hasMail = await exists(join(host.home, 'Library', 'Mail'))
  return { accounts, notReadable: hasMail && accounts.length === 0 ? ['apple-mail'] : [] }
}

/** Every account of the mail programs found, Thunderbird first. */
export async function findMailPrograms(options: FindOptions): Promise<ProgramsFound> {
  if (options.thunderbirdDir !== undefined)
    return { accounts: await readThunderbird(options.thunderbirdDir), notReadable: [] }
  const { host } = options
  const accounts: ProgramAccount[] = []
  for (const folder of thunderbirdFolders(host)) accounts.push(...(await readThunderbird(folder)))
  const others =
    host.platform === 'win32'
      ? await windowsPrograms(host)
      : host.platform === 'darwin'
        ? await macPrograms(host)
        : { accounts: [], notReadable: [] }
  return { accounts: [...accounts, ...others.accounts], notReadable: others.notReadable }
}

/** Settings discovery asked once per domain, however many accounts share it. */
function oncePerDomain(discover: DiscoverSettings | undefined): DiscoverSettings | undefined {
  if (!discover) return undefined
  const runs = new Map<string, ReturnType<DiscoverSettings>>()
  return (address) => {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
    const run = runs.get(domain) ?? discover(address)
    runs.set(domain, run)
    return run
  }
}

/**
 * Each account compared with the right settings for its address, the one matching `address` first;
 * `providerId`, the provider found for `address`, gives the right settings of that account;
 * `discover` finds those of a domain no provider of ours owns (see rightSettingsFor).
 */
export async function compareAccounts(
  accounts: ProgramAccount[],
  address = '',
  providerId?: string,
  discover?: DiscoverSettings,
): Promise<ComparedAccount[]> {
  const lower = address.trim().toLowerCase()
  const discoverOnce = oncePerDomain(discover)
  return Promise.all(
    matchingFirst(accounts, address).map(async (account) => {
      const own = lower !== '' && account.email?.toLowerCase() === lower
      const right = account.email
        ? await rightSettingsFor(account.email, own ? providerId : undefined, discoverOnce)
        : null
      return { ...account, right, differences: right ? compareAccount(account, right) : null }
    }),
  )
}

const msg = (key: string, params: Record<string, string | number> = {}) => ({
  key: `mailPrograms:finding.${key}`,
  params,
})

/**
 * The `client.programs` findings: one per account compared, or one saying none was found. With an
 * address, only its own account's wrong fields fail; another account's are a warning.
 */
export function programFindings(found: ProgramsFound, compared: ComparedAccount[], address = ''): Finding[] {
  if (compared.length === 0)
    return [
      {
        id: 'client.programs',
        status: 'info',
        title: msg('noneTitle'),
        detail: msg(found.notReadable.length > 0 ? 'notReadableDetail' : 'noneDetail'),
        evidence: { notReadable: found.notReadable },
        durationMs: 0,
        remedies: [],
      },
    ]
  const lower = address.trim().toLowerCase()
  const isOther = (account: ComparedAccount) => lower !== '' && account.email?.toLowerCase() !== lower
  return compared.map((account) => {
    const { right, differences, ...read } = account
    const outcome = differences === null ? 'unknown' : differences.length === 0 ? 'right' : 'wrong'
    return {
      id: 'client.programs',
      subject: `${account.program} ${account.email ?? account.name ?? ''}`.trim(),
      status:
        outcome === 'right' ? 'pass' : outcome === 'unknown' ? 'info' : isOther(account) ? 'warn' : 'fail',
      title: msg(`${outcome}Title`, { email: account.email ?? '—', count: differences?.length ?? 0 }),
      detail: msg(`${outcome}Detail`, { provider: right?.providerName ?? '—' }),
      evidence: { account: read, differences, rightSource: right?.source ?? null },
      durationMs: 0,
      remedies: outcome === 'wrong' ? ['client-settings'] : [],
    }
  })
}

/** What the wizard gets once the person agreed: the accounts compared, the matching one first, and their findings. */
export async function readMailPrograms(
  address: string,
  providerId?: string,
  options: FindOptions = programsHostFromEnvironment(),
  discover?: DiscoverSettings,
): Promise<{ found: ProgramsFound; compared: ComparedAccount[]; findings: Finding[] }> {
  const found = await findMailPrograms(options)
  const compared = await compareAccounts(found.accounts, address, providerId, discover)
  return { found, compared, findings: programFindings(found, compared, address) }
}
