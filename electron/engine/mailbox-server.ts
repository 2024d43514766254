/**
 * The mailbox server of an address from what the app holds on this computer: our provider profiles,
 * then the bundled ISP database. No network: a domain neither knows needs the server named.
 */
import { catalogueSettings, providerByAddressDomain } from '../../shared/knowledge/provider-catalogue'
import type { ServerSetting } from '../../shared/knowledge/provider-catalogue'
import { lookupIspDb } from './discovery/isp-db'
import type { ProbeTarget } from './probes/probe-types'

/** A mailbox server found for an address, and where it was found. */
export interface KnownMailboxServer {
  target: ProbeTarget
  source: 'profile' | 'ispdb'
}

/** The IMAP (else POP3) server our profiles or the ISP database give for the address's domain, or null. */
export async function knownMailboxServer(address: string): Promise<KnownMailboxServer | null> {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  const provider = providerByAddressDomain(domain)
  const profile = provider ? catalogueSettings(provider) : undefined
  const fromProfile = profile && targetOf(profile.imap ?? profile.pop3, profile.imap ? 'imap' : 'pop3')
  if (fromProfile) return { target: fromProfile, source: 'profile' }
  const client = (await lookupIspDb(domain))?.config.client
  const fromIspDb = client && targetOf(client.imap ?? client.pop3, client.imap ? 'imap' : 'pop3')
  return fromIspDb ? { target: fromIspDb, source: 'ispdb' } : null
}

function targetOf(setting: ServerSetting | undefined, protocol: 'imap' | 'pop3'): ProbeTarget | null {
  if (!setting) return null
  const kind = setting.security === 'ssl' ? (protocol === 'imap' ? 'imaps' : 'pop3s') : protocol
  return { kind, host: setting.host, port: setting.port }
}
