/**
 * The mail programs whose own settings MailDoctor reads on this computer (`client.programs`), the
 * shape of one account as read, and the differences from the right settings. Pure data and types.
 */
import type { Security } from './provider-catalogue'

/** The programs whose settings we can read. */
export const READABLE_PROGRAMS = ['thunderbird', 'outlook', 'apple-mail'] as const
/** A program whose settings we can read. */
export type ReadableProgram = (typeof READABLE_PROGRAMS)[number]

/** Programs that keep their settings where we cannot read them: we say so, never guess. */
export const UNREADABLE_PROGRAMS = ['new-outlook', 'windows-mail'] as const
/** A program we found but cannot read. */
export type UnreadableProgram = (typeof UNREADABLE_PROGRAMS)[number]

/** The security a program has set: TLS from the start, STARTTLS, none, or unknown (null). */
export type ProgramSecurity = Security | 'none'

/** How a program signs in to the outgoing server. */
export const OUTGOING_AUTHS = ['none', 'password', 'encrypted-password', 'oauth2', 'other'] as const
/** How a program signs in to the outgoing server. */
export type OutgoingAuth = (typeof OUTGOING_AUTHS)[number]

/** One server as a program has it; null where the program holds no value. */
export interface ProgramServer {
  host: string | null
  port: number | null
  security: ProgramSecurity | null
  username: string | null
}

/** One account of a mail program, as read from its settings (never a password or token). */
export interface ProgramAccount {
  program: ReadableProgram
  /** Where it was found: the Thunderbird profile folder's name, the Outlook profile's name. */
  place: string
  /** The account's name as the program shows it, when it has one. */
  name: string | null
  email: string | null
  incoming: (ProgramServer & { protocol: 'imap' | 'pop3' }) | null
  outgoing: (ProgramServer & { auth: OutgoingAuth | null }) | null
}

/** The fields the comparison may find wrong, as `side.name`. */
export const PROGRAM_FIELDS = [
  'incoming.host',
  'incoming.port',
  'incoming.security',
  'incoming.username',
  'outgoing.host',
  'outgoing.port',
  'outgoing.security',
  'outgoing.username',
  'outgoing.auth',
] as const
/** One field of an account. */
export type ProgramField = (typeof PROGRAM_FIELDS)[number]

/** One wrong field: what the program has now, and what to put. */
export interface ProgramDifference {
  field: ProgramField
  now: string
  right: string
}

/** True for the fields of the outgoing server (the ones that stop sending). */
export function isOutgoingField(field: ProgramField): boolean {
  return field.startsWith('outgoing.')
}

/**
 * The account that matches an address first (case aside), then the others in their order:
 * the wizard and the call view show them so.
 */
export function matchingFirst<T extends { email: string | null }>(
  accounts: readonly T[],
  address: string,
): T[] {
  const lower = address.trim().toLowerCase()
  const matches = (account: T) => lower !== '' && account.email?.toLowerCase() === lower
  return [...accounts.filter(matches), ...accounts.filter((account) => !matches(account))]
}
