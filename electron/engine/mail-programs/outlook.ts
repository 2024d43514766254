/**
 * Outlook (classic) on Windows: its POP and IMAP accounts from the registry of its mail profiles
 * (HKCU\Software\Microsoft\Office\<version>\Outlook\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676\<n>).
 * On Windows it asks `reg query` for the named values only, so a password value is never read;
 * a `.reg` export (a recorded one in the tests) is read the same way, its passwords dropped unread.
 */
import { execFile } from 'node:child_process'
import type { OutgoingAuth, ProgramAccount, ProgramSecurity } from '../../../shared/knowledge/mail-programs'
import {
  parseRegExport,
  parseRegQuery,
  regNumber,
  regString,
  registryText,
  type RegistryValues,
  type RegValue,
} from './registry'

/** The subkey under a profile that holds the internet mail accounts. */
const ACCOUNTS_KEY = '9375CFF0413111d3B88A00104B2A6676'

/** The Office versions whose profiles are read: 2016 and later (16.0), 2013 (15.0). */
const PROFILE_ROOTS = ['16.0', '15.0'].map(
  (version) => `HKCU\\Software\\Microsoft\\Office\\${version}\\Outlook\\Profiles`,
)

/** The values read, and only these (never a password). */
export const OUTLOOK_VALUES = [
  'Account Name',
  'Email',
  'IMAP Server',
  'IMAP Port',
  'IMAP User',
  'IMAP Use SSL',
  'IMAP Secure Connection',
  'POP3 Server',
  'POP3 Port',
  'POP3 User',
  'POP3 Use SSL',
  'POP3 Secure Connection',
  'SMTP Server',
  'SMTP Port',
  'SMTP User',
  'SMTP Use SSL',
  'SMTP Secure Connection',
  'SMTP Use Auth',
] as const

/**
 * The outgoing server's "SMTP Secure Connection": Microsoft's ENCRYPT_CONN_* numbers of
 * PROP_SMTP_SECURE_CONNECTION (0 no encryption, 1 SSL, 2 TLS, 3 automatic). Outlook names 1
 * "SSL/TLS" (encrypted from the start) and 2 "STARTTLS" since 2013; automatic is no known value.
 * https://learn.microsoft.com/office/client-developer/outlook/auxiliary/prop_smtp_secure_connection
 * https://learn.microsoft.com/office/client-developer/outlook/auxiliary/constants-account-management-api
 */
export const SMTP_SECURE_CONNECTION: Readonly<Record<number, ProgramSecurity>> = {
  0: 'none',
  1: 'ssl',
  2: 'starttls',
}

/**
 * A "... Use SSL" value (PROP_INET_SSL, PROP_SMTP_SSL): "a zero value means do not use SSL,
 * otherwise use SSL". Only 0 and 1 are read: Outlook's later lists offer STARTTLS and automatic
 * too, and which number each gets there is documented nowhere, so any other value is unknown.
 * https://learn.microsoft.com/office/client-developer/outlook/auxiliary/prop_inet_ssl
 * https://learn.microsoft.com/office/client-developer/outlook/auxiliary/prop_smtp_ssl
 */
export const USE_SSL: Readonly<Record<number, ProgramSecurity>> = { 0: 'none', 1: 'ssl' }

const known = (table: Readonly<Record<number, ProgramSecurity>>, value: number | null) =>
  value === null ? null : (table[value] ?? null)

/** The outgoing security: "SMTP Secure Connection" first, else "SMTP Use SSL"; null when unknown. */
function smtpSecurityOf(values: Map<string, RegValue>): ProgramSecurity | null {
  const secure = regNumber(values.get('SMTP Secure Connection'))
  if (secure !== null) return known(SMTP_SECURE_CONNECTION, secure)
  return known(USE_SSL, regNumber(values.get('SMTP Use SSL')))
}

/**
 * The incoming security, from "IMAP/POP3 Use SSL". A "... Secure Connection" value on the incoming
 * side is documented nowhere for Outlook's profiles: a zero there means none (every reading agrees);
 * any other number makes the security unknown rather than guessed.
 */
function incomingSecurityOf(values: Map<string, RegValue>, prefix: 'IMAP' | 'POP3'): ProgramSecurity | null {
  const secure = regNumber(values.get(`${prefix} Secure Connection`))
  if (secure !== null && secure !== 0) return null
  const ssl = regNumber(values.get(`${prefix} Use SSL`))
  if (ssl !== null) return known(USE_SSL, ssl)
  return secure === 0 ? 'none' : null
}

/** The standard ports (plain or STARTTLS, and encrypted from the start), taken when no port is set. */
const DEFAULT_PORTS = { IMAP: [143, 993], POP3: [110, 995], SMTP: [25, 465] } as const

/** The port set, else the default for the security read; null when neither is known. */
function portOf(
  values: Map<string, RegValue>,
  prefix: keyof typeof DEFAULT_PORTS,
  security: ProgramSecurity | null,
): number | null {
  const port = regNumber(values.get(`${prefix} Port`))
  if (port !== null && port > 0 && port < 65536) return port
  if (security === null) return null
  return DEFAULT_PORTS[prefix][security === 'ssl' ? 1 : 0]
}

function accountOf(values: Map<string, RegValue>, place: string): ProgramAccount | null {
  const prefix = values.has('IMAP Server') ? 'IMAP' : values.has('POP3 Server') ? 'POP3' : null
  if (prefix === null) return null
  const incomingSecurity = incomingSecurityOf(values, prefix)
  const outgoingSecurity = smtpSecurityOf(values)
  const smtpHost = regString(values.get('SMTP Server'))
  const useAuth = regNumber(values.get('SMTP Use Auth'))
  const auth: OutgoingAuth | null = useAuth === null ? null : useAuth === 0 ? 'none' : 'password'
  return {
    program: 'outlook',
    place,
    name: regString(values.get('Account Name')),
    email: regString(values.get('Email')),
    incoming: {
      protocol: prefix === 'IMAP' ? 'imap' : 'pop3',
      host: regString(values.get(`${prefix} Server`)),
      port: portOf(values, prefix, incomingSecurity),
      security: incomingSecurity,
      username: regString(values.get(`${prefix} User`)),
    },
    outgoing: smtpHost
      ? {
          host: smtpHost,
          port: portOf(values, 'SMTP', outgoingSecurity),
          security: outgoingSecurity,
          username: regString(values.get('SMTP User')),
          auth,
        }
      : null,
  }
}

/** The POP and IMAP accounts of every Outlook profile in registry values (Exchange accounts left out). */
export function accountsFromRegistry(values: RegistryValues): ProgramAccount[] {
  const accounts: ProgramAccount[] = []
  for (const [key, keyValues] of values) {
    const parts = key.split('\\')
    const at = parts.findIndex((part) => part.toUpperCase() === ACCOUNTS_KEY.toUpperCase())
    if (at < 1 || at !== parts.length - 2) continue
    const account = accountOf(keyValues, parts[at - 1] ?? '')
    if (account) accounts.push(account)
  }
  return accounts
}

/** The accounts of a `.reg` export of Outlook's profiles (UTF-16 or UTF-8). */
export function accountsFromRegExport(bytes: Buffer): ProgramAccount[] {
  return accountsFromRegistry(parseRegExport(registryText(bytes)))
}

function regQuery(root: string, name: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'reg.exe',
      ['query', root, '/s', '/v', name],
      { timeout: 10_000, maxBuffer: 4 * 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve(error ? '' : stdout),
    )
  })
}

/** The accounts of this computer's Outlook profiles, asked of `reg query` value by value (Windows only). */
export async function readOutlook(): Promise<ProgramAccount[]> {
  const values: RegistryValues = new Map()
  for (const root of PROFILE_ROOTS)
    for (const name of OUTLOOK_VALUES) parseRegQuery(await regQuery(root, name), values)
  return accountsFromRegistry(values)
}
