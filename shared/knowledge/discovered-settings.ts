/**
 * The settings a mail program needs, as settings discovery found them (the `client.discovery`
 * finding carries them in its evidence), and how they compare with what the program has now.
 */
import type { ClientSettings, Security, SignIn } from './provider-catalogue'

/** Where a set of settings came from, best first (Thunderbird's account setup order, our profiles first). */
export const DISCOVERY_SOURCES = [
  'profile',
  'ispdb',
  'autoconfig',
  'profile-mx',
  'ispdb-mx',
  'autodiscover',
  'srv',
  'guess',
] as const
/** One source of settings. */
export type DiscoverySource = (typeof DISCOVERY_SOURCES)[number]

/** The settings that won, in the evidence of `client.discovery`. */
export interface DiscoveredSettings {
  source: DiscoverySource
  /** The provider of our catalogue these settings belong to, when known. */
  providerId: string | null
  /** The provider's name as the source gives it (ISP database display name, our catalogue). */
  providerName: string | null
  client: ClientSettings
  signIn: SignIn
}

/** What one source did, kept as evidence for support staff. */
export interface SourceOutcome {
  source: DiscoverySource
  status: 'found' | 'none' | 'redirect' | 'error' | 'timeout' | 'skipped'
  durationMs: number
  /** The URL fetched, the SRV name asked, the ISP database file read. */
  from?: string
  /** The other host a redirect pointed to (never followed). */
  redirectTo?: string
  /** A short technical reason (HTTP status, error code) for support staff. */
  reason?: string
  settings?: DiscoveredSettings
}

/** The security choices a mail program offers, as the person reads them off its screen. */
export type TypedSecurity = Security | 'none'

/** One server as the mail program has it now. */
export interface TypedServer {
  host: string
  port: number | null
  security: TypedSecurity | null
}

/** What the mail program has now, as the person typed it. */
export interface TypedSettings {
  incoming: TypedServer & { protocol: 'imap' | 'pop3' }
  outgoing: TypedServer
  user: string
}

/** One difference between the typed settings and the right ones; its text is `tree:compare.<field>`. */
export interface SettingsDifference {
  field:
    | 'incomingHost'
    | 'incomingPort'
    | 'incomingSecurity'
    | 'outgoingHost'
    | 'outgoingPort'
    | 'outgoingSecurity'
    | 'user'
  have: string
  want: string
}

const norm = (host: string) => host.trim().toLowerCase().replace(/\.$/, '')

/**
 * Each field where the typed settings differ from the right ones. An empty field is not compared
 * (the person may not have found it yet); the user name is right when it is the whole address.
 */
export function compareSettings(
  typed: TypedSettings,
  right: ClientSettings,
  address: string,
): SettingsDifference[] {
  const differences: SettingsDifference[] = []
  const incoming =
    typed.incoming.protocol === 'pop3' ? (right.pop3 ?? right.imap) : (right.imap ?? right.pop3)
  const compare = (
    side: 'incoming' | 'outgoing',
    have: TypedServer,
    want: ClientSettings['smtp'] | undefined,
  ) => {
    if (!want) return
    if (have.host.trim() !== '' && norm(have.host) !== norm(want.host))
      differences.push({ field: `${side}Host`, have: have.host.trim(), want: want.host })
    if (have.port !== null && have.port !== want.port)
      differences.push({ field: `${side}Port`, have: String(have.port), want: String(want.port) })
    if (have.security !== null && have.security !== want.security)
      differences.push({ field: `${side}Security`, have: have.security, want: want.security })
  }
  compare('incoming', typed.incoming, incoming)
  compare('outgoing', typed.outgoing, right.smtp)
  const user = typed.user.trim()
  if (
    right.userIsFullAddress &&
    user !== '' &&
    address !== '' &&
    user.toLowerCase() !== address.toLowerCase()
  )
    differences.push({ field: 'user', have: user, want: address })
  return differences
}
