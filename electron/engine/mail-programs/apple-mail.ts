/**
 * Apple Mail on macOS: its IMAP and POP accounts and their outgoing servers from
 * ~/Library/Mail/V<n>/MailData/Accounts.plist (XML or binary, read with @plist/parse). Mail keeps
 * passwords in the Keychain, never in this file; keys that name a credential are dropped anyway.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@plist/parse'
import type { OutgoingAuth, ProgramAccount, ProgramSecurity } from '../../../shared/knowledge/mail-programs'
import { readCapped } from './read-capped'

type Dict = Record<string, unknown>

const MAX_ACCOUNTS = 100
const STARTTLS_PORTS = new Set([25, 110, 143, 587])
const DEFAULT_PORTS = { imap: [143, 993], pop3: [110, 995], smtp: [587, 465] } as const

const asDict = (value: unknown): Dict =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Dict) : {}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, MAX_ACCOUNTS) : [])
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' && !/[\0\r\n]/.test(value) ? value.trim() : null
const yes = (value: unknown): boolean | null =>
  value === true || value === 'YES' ? true : value === false || value === 'NO' ? false : null

function portOf(value: unknown): number | null {
  const port = typeof value === 'number' ? value : Number(str(value) ?? NaN)
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null
}

/** "Use TLS/SSL" on a port that starts in plain text means STARTTLS; elsewhere TLS from the start. */
function server(dict: Dict, kind: keyof typeof DEFAULT_PORTS) {
  const tls = yes(dict.SSLEnabled)
  const set = portOf(dict.PortNumber)
  const port = set ?? (tls === null ? null : DEFAULT_PORTS[kind][tls ? 1 : 0])
  const security: ProgramSecurity | null =
    tls === null ? null : !tls ? 'none' : port !== null && STARTTLS_PORTS.has(port) ? 'starttls' : 'ssl'
  return { host: str(dict.Hostname), port, security, username: str(dict.Username) }
}

function authOf(dict: Dict): OutgoingAuth | null {
  if (yes(dict.ShouldUseAuthentication) === false) return 'none'
  const scheme = str(dict.AuthenticationScheme)?.toUpperCase()
  if (scheme === undefined) return yes(dict.ShouldUseAuthentication) ? 'password' : null
  if (scheme === 'PASSWORD') return 'password'
  if (scheme === 'CRAM-MD5') return 'encrypted-password'
  if (scheme.includes('OAUTH')) return 'oauth2'
  return 'other'
}

/** The accounts of an Accounts.plist's parsed contents. */
export function accountsFromPlist(root: unknown, place: string): ProgramAccount[] {
  const top = asDict(root)
  const delivery = asList(top.DeliveryAccounts).map(asDict)
  const accounts: ProgramAccount[] = []
  for (const dict of asList(top.MailAccounts).map(asDict)) {
    const type = str(dict.AccountType)
    const protocol = type === 'IMAPAccount' ? 'imap' : type === 'POPAccount' ? 'pop3' : null
    if (!protocol) continue
    const smtpId = str(dict.SMTPIdentifier)
    const smtp = delivery.find(
      (candidate) =>
        smtpId !== null &&
        (`${str(candidate.Hostname)}:${str(candidate.Username)}` === smtpId ||
          str(candidate.Hostname) === smtpId),
    )
    accounts.push({
      program: 'apple-mail',
      place,
      name: str(dict.AccountName),
      email:
        asList(dict.EmailAddresses)
          .map(str)
          .find((email) => email !== null) ?? null,
      incoming: { protocol, ...server(dict, protocol) },
      outgoing: smtp ? { ...server(smtp, 'smtp'), auth: authOf(smtp) } : null,
    })
  }
  return accounts
}

/** The accounts of one Accounts.plist file (XML or binary); none when it cannot be read. */
export async function readAccountsPlist(path: string, place: string): Promise<ProgramAccount[]> {
  const bytes = await readCapped(path)
  if (!bytes) return []
  try {
    const input =
      bytes.subarray(0, 6).toString('latin1') === 'bplist'
        ? new Uint8Array(bytes).buffer
        : bytes.toString('utf8')
    return accountsFromPlist(parse(input), place)
  } catch {
    return []
  }
}

/** The Accounts.plist files under ~/Library/Mail (one per Mail data version, V2 to V10 and on). */
export async function appleMailPlists(home: string): Promise<string[]> {
  const mail = join(home, 'Library', 'Mail')
  const versions = await readdir(mail).catch(() => [] as string[])
  return versions
    .filter((name) => /^V\d{1,3}$/.test(name))
    .map((name) => join(mail, name, 'MailData', 'Accounts.plist'))
}
