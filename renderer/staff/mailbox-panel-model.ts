import { parseMailDate } from '../../shared/headers/mail-date'
import { localTime } from './history-view'

/** The folder roles the panel names in words: RFC 6154's special uses and RFC 8457's `\Important`. */
const ROLES: Readonly<Record<string, string>> = {
  '\\all': 'all',
  '\\archive': 'archive',
  '\\drafts': 'drafts',
  '\\flagged': 'flagged',
  '\\important': 'important',
  '\\junk': 'junk',
  '\\sent': 'sent',
  '\\trash': 'trash',
}

function roleOf(folder: { name: string; specialUse: string | null }): string | undefined {
  if (folder.specialUse !== null) return ROLES[folder.specialUse.toLowerCase()]
  // INBOX is the inbox by its name, in any case (RFC 3501), with no special use.
  return folder.name.toUpperCase() === 'INBOX' ? 'inbox' : undefined
}

/**
 * What a folder is for, in words (`Posta indesiderata (spam)`); the server's own flag when no word is
 * known for it; a dash when the folder has no role.
 */
export function folderRoleText(
  folder: { name: string; specialUse: string | null },
  t: (key: string) => string,
): string {
  const role = roleOf(folder)
  if (role !== undefined) return t(`report:staff.folderRoles.${role}`)
  return folder.specialUse ?? '—'
}

/** A message's Date header in the person's language and time zone, or as written when it is unreadable. */
export function messageDate(raw: string, language: string): string {
  const ms = parseMailDate(raw)
  return ms === null ? raw : localTime(new Date(ms).toISOString(), language)
}
