/**
 * The right settings for an address, for the comparison of `client.programs`: the one seam to
 * switch to the provider-identity module when it lands. Today it asks, without the network, the
 * same sources settings discovery asks first: our provider profiles, then Thunderbird's ISP database.
 */
import type { SignIn } from '../../../shared/knowledge/discovered-settings'
import {
  catalogueSettings,
  mailProvider,
  providerByAddressDomain,
  providerDisplayName,
  type ClientSettings,
} from '../../../shared/knowledge/provider-catalogue'
import { lookupIspDb } from '../discovery/isp-db'

/** The settings an address should have, and where they come from. */
export interface RightSettings {
  source: 'profile' | 'ispdb'
  providerName: string | null
  client: ClientSettings
  signIn: SignIn
}

/**
 * The right settings for an address, or null when no source knows its domain. `providerId` is the
 * provider the walk found or the person named for their own address (discovery's first source too).
 */
export async function rightSettingsFor(address: string, providerId?: string): Promise<RightSettings | null> {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  if (!address.includes('@') || domain === '') return null
  const provider = mailProvider(providerId) ?? providerByAddressDomain(domain)
  const client = provider ? catalogueSettings(provider) : undefined
  if (provider && client)
    return {
      source: 'profile',
      providerName: providerDisplayName(provider),
      client,
      signIn: provider.signIn ?? 'password',
    }
  const entry = await lookupIspDb(domain).catch(() => undefined)
  if (!entry?.config.client) return null
  return {
    source: 'ispdb',
    providerName: entry.config.displayName,
    client: entry.config.client,
    signIn: entry.config.signIn,
  }
}
