/**
 * Thunderbird's accounts, read-only: the profiles listed in profiles.ini (at its default place on
 * Windows, macOS and Linux, or a folder given), and in each profile's prefs.js the accounts with
 * their incoming server and their identity's outgoing server. Passwords live in other files
 * (logins.json, key4.db), which are never opened; prefs that name a credential are never decoded.
 */
import { access } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type {
  OutgoingAuth,
  ProgramAccount,
  ProgramSecurity,
  ProgramServer,
} from '../../../shared/knowledge/mail-programs'
import { parsePrefsJs, type PrefValue } from './prefs-js'
import { readCapped } from './read-capped'

/** The most profiles and accounts read from one Thunderbird folder. */
const MAX_PROFILES = 50
const MAX_ACCOUNTS = 100

/** Where the reader looks: the platform, the home folder and the environment that names folders. */
export interface ProgramsHost {
  platform: NodeJS.Platform
  home: string
  env: Record<string, string | undefined>
}

/** The folders that may hold Thunderbird's profiles.ini on this system, most usual first. */
export function thunderbirdFolders(host: ProgramsHost): string[] {
  if (host.platform === 'win32')
    return [join(host.env.APPDATA ?? join(host.home, 'AppData', 'Roaming'), 'Thunderbird')]
  if (host.platform === 'darwin') return [join(host.home, 'Library', 'Thunderbird')]
  return [
    join(host.home, '.thunderbird'),
    join(host.env.XDG_CONFIG_HOME ?? join(host.home, '.config'), 'thunderbird'),
    join(host.home, 'snap', 'thunderbird', 'common', '.thunderbird'),
    join(host.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird'),
  ]
}

/** The profile folders profiles.ini lists, relative paths made absolute from its folder. */
export function profilesFromIni(text: string, folder: string): string[] {
  const paths: string[] = []
  let section: Record<string, string> = {}
  const flush = () => {
    const path = section.Path
    if (path && !/[\0\r\n]/.test(path))
      paths.push(section.IsRelative === '0' || isAbsolute(path) ? path : join(folder, path))
    section = {}
  }
  for (const line of text.split(/\r?\n/).slice(0, 10_000)) {
    if (/^\s*\[/.test(line)) flush()
    const pair = /^\s*([A-Za-z]+)\s*=\s*(.{0,1024})$/.exec(line)
    if (pair?.[1] && pair[2] !== undefined) section[pair[1]] = pair[2].trim()
  }
  flush()
  return [...new Set(paths)].slice(0, MAX_PROFILES)
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/**
 * The profile folders to read: `dir` itself when it holds a prefs.js (a profile copied from
 * another computer), else the profiles its profiles.ini lists.
 */
export async function thunderbirdProfiles(dir: string): Promise<string[]> {
  if (await exists(join(dir, 'prefs.js'))) return [dir]
  const ini = await readCapped(join(dir, 'profiles.ini'), 1024 * 1024)
  return ini ? profilesFromIni(ini.toString('utf8'), dir) : []
}

/** Thunderbird's socketType and try_ssl: 0 none, 1 and 2 STARTTLS, 3 TLS from the start. */
function securityOf(value: PrefValue | undefined): ProgramSecurity | null {
  if (value === 0) return 'none'
  if (value === 1 || value === 2) return 'starttls'
  if (value === 3) return 'ssl'
  return null
}

/** Thunderbird's authMethod numbers (nsMsgAuthMethod). */
function authOf(value: PrefValue | undefined): OutgoingAuth | null {
  if (typeof value !== 'number') return null
  if (value === 1) return 'none'
  if (value === 2 || value === 3) return 'password'
  if (value === 4) return 'encrypted-password'
  if (value === 10) return 'oauth2'
  return 'other'
}

const DEFAULT_PORTS = { imap: [143, 993], pop3: [110, 995], smtp: [587, 465] } as const

/** The port set, or the one Thunderbird uses when none is (by protocol and security). */
function portOf(
  value: PrefValue | undefined,
  kind: keyof typeof DEFAULT_PORTS,
  security: ProgramSecurity | null,
) {
  if (typeof value === 'number' && value > 0 && value < 65536) return value
  if (security === null) return null
  return DEFAULT_PORTS[kind][security === 'ssl' ? 1 : 0]
}

type Prefs = Map<string, PrefValue>

const str = (prefs: Prefs, name: string): string | null => {
  const value = prefs.get(name)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}
const list = (prefs: Prefs, name: string) =>
  (str(prefs, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => /^[\w-]{1,64}$/.test(item))

/** The outgoing server of a key: mail.smtpserver.* with Thunderbird's newer mail.outgoingserver.* over it. */
function outgoingServer(prefs: Prefs, key: string): ProgramAccount['outgoing'] {
  const get = (...names: string[]) =>
    names
      .flatMap((name) => [`mail.outgoingserver.${key}.${name}`, `mail.smtpserver.${key}.${name}`])
      .map((name) => prefs.get(name))
      .find((value) => value !== undefined)
  const type = get('type')
  const host = get('hostname')
  if (typeof host !== 'string' || (type !== undefined && type !== 'smtp')) return null
  const security = securityOf(get('try_ssl', 'socketType'))
  const username = get('username')
  return {
    host: host.trim() || null,
    port: portOf(get('port'), 'smtp', security),
    security,
    username: typeof username === 'string' && username.trim() !== '' ? username.trim() : null,
    auth: authOf(get('authMethod', 'auth_method')),
  }
}

function incomingServer(prefs: Prefs, key: string): ProgramAccount['incoming'] {
  const protocol = str(prefs, `mail.server.${key}.type`)
  if (protocol !== 'imap' && protocol !== 'pop3') return null
  const security = securityOf(prefs.get(`mail.server.${key}.socketType`))
  const server: ProgramServer = {
    host: str(prefs, `mail.server.${key}.hostname`),
    port: portOf(prefs.get(`mail.server.${key}.port`), protocol, security),
    security,
    username: str(prefs, `mail.server.${key}.userName`),
  }
  return { protocol, ...server }
}

/** The accounts of one profile's prefs (mail accounts only: no Local Folders, feeds or news). */
export function accountsFromPrefs(prefs: Prefs, place: string): ProgramAccount[] {
  const accounts: ProgramAccount[] = []
  for (const account of list(prefs, 'mail.accountmanager.accounts').slice(0, MAX_ACCOUNTS)) {
    const serverKey = str(prefs, `mail.account.${account}.server`)
    const incoming = serverKey ? incomingServer(prefs, serverKey) : null
    if (!serverKey || !incoming) continue
    const identity = list(prefs, `mail.account.${account}.identities`)[0]
    const smtpKey =
      (identity ? str(prefs, `mail.identity.${identity}.smtpServer`) : null) ??
      str(prefs, 'mail.smtp.defaultserver') ??
      list(prefs, 'mail.smtpservers')[0]
    accounts.push({
      program: 'thunderbird',
      place,
      name: str(prefs, `mail.server.${serverKey}.name`),
      email: identity ? str(prefs, `mail.identity.${identity}.useremail`) : null,
      incoming,
      outgoing: smtpKey && /^[\w-]{1,64}$/.test(smtpKey) ? outgoingServer(prefs, smtpKey) : null,
    })
  }
  return accounts
}

/** The accounts of every profile under a Thunderbird folder or in one profile folder. */
export async function readThunderbird(dir: string): Promise<ProgramAccount[]> {
  const accounts: ProgramAccount[] = []
  for (const profile of await thunderbirdProfiles(dir)) {
    const prefs = await readCapped(join(profile, 'prefs.js'))
    if (!prefs) continue
    const place = profile.split(/[\\/]/).filter(Boolean).pop() ?? profile
    accounts.push(...accountsFromPrefs(parsePrefsJs(prefs.toString('utf8')), place))
  }
  return accounts
}
