/**
 * Each account of a mail program against the right settings for its address: the wrong fields,
 * as `{ field, now, right }`, by the same rule as the settings card's comparison (a field the
 * program leaves empty is not compared), plus the outgoing user name and sign-in method.
 */
import { compareSettings, type SettingsDifference } from '../../../shared/knowledge/discovered-settings'
import type {
  OutgoingAuth,
  ProgramAccount,
  ProgramDifference,
  ProgramField,
} from '../../../shared/knowledge/mail-programs'
import type { RightSettings } from './right-settings'

const FIELD_OF: Record<SettingsDifference['field'], ProgramField> = {
  incomingHost: 'incoming.host',
  incomingPort: 'incoming.port',
  incomingSecurity: 'incoming.security',
  outgoingHost: 'outgoing.host',
  outgoingPort: 'outgoing.port',
  outgoingSecurity: 'outgoing.security',
  user: 'incoming.username',
}

/** The sign-in the provider wants on its outgoing server, when the program's is wrong. */
function wrongAuth(auth: OutgoingAuth | null, right: RightSettings): OutgoingAuth | null {
  const wanted: OutgoingAuth = right.signIn === 'oauth2' ? 'oauth2' : 'password'
  if (auth === null || auth === 'other') return null
  if (auth === 'none') return wanted
  if (right.signIn === 'oauth2' && auth !== 'oauth2') return wanted
  return null
}

/** Apple Mail has one switch for TLS: STARTTLS against TLS from the start is a matter of port there. */
function shown(account: ProgramAccount, difference: ProgramDifference): boolean {
  if (account.program !== 'apple-mail' || !difference.field.endsWith('.security')) return true
  return difference.now === 'none' || difference.right === 'none'
}

/** The wrong fields of an account, incoming first; none when its address has no known settings. */
export function compareAccount(account: ProgramAccount, right: RightSettings): ProgramDifference[] {
  const email = account.email ?? ''
  const server = (side: ProgramAccount['incoming'] | ProgramAccount['outgoing']) => ({
    host: side?.host ?? '',
    port: side?.port ?? null,
    security: side?.security ?? null,
  })
  const typed = {
    incoming: { protocol: account.incoming?.protocol ?? 'imap', ...server(account.incoming) },
    outgoing: server(account.outgoing),
    user: account.incoming?.username ?? '',
  }
  const differences: ProgramDifference[] = compareSettings(typed, right.client, email).map((difference) => ({
    field: FIELD_OF[difference.field],
    now: difference.have,
    right: difference.want,
  }))
  const outgoing = account.outgoing
  const user = outgoing?.username?.trim() ?? ''
  if (
    right.client.userIsFullAddress &&
    user !== '' &&
    email !== '' &&
    user.toLowerCase() !== email.toLowerCase()
  )
    differences.push({ field: 'outgoing.username', now: user, right: email })
  const auth = wrongAuth(outgoing?.auth ?? null, right)
  if (outgoing?.auth && auth) differences.push({ field: 'outgoing.auth', now: outgoing.auth, right: auth })
  return differences.filter((difference) => shown(account, difference))
}
