/**
 * The right settings for an address, for the comparison of `client.programs`, as the provider
 * identity module (shared/knowledge/provider-identity.ts) decides them: the provider the walk found
 * or the person named, else the provider of the address's own domain, else what settings discovery
 * finds for the domain (a custom domain whose MX is OVHcloud's or Aruba's gets that provider's
 * settings). Never the guess: settings nobody published are no reference to correct a program with.
 */
import type { SignIn } from '../../../shared/knowledge/provider-catalogue'
import {
  catalogueSettings,
  mailProvider,
  providerByAddressDomain,
  providerDisplayName,
  type ClientSettings,
} from '../../../shared/knowledge/provider-catalogue'
import {
  discoveredSettingsOf,
  identityOfRun,
  providerName,
  type SettingsToUse,
} from '../../../shared/knowledge/provider-identity'
import type { Finding } from '../../../shared/report'

/** The settings an address should have, and where they come from. */
export interface RightSettings {
  source: Exclude<SettingsToUse['source'], 'guess'>
  providerName: string | null
  client: ClientSettings
  signIn: SignIn
}

/** Settings discovery on an address's domain: the `client.discovery` finding and its sources. */
export type DiscoverSettings = (address: string) => Promise<readonly Finding[]>

/** The catalogue's settings of a provider, when we hold some. */
function fromCatalogue(providerId: string | undefined, domain: string): RightSettings | null {
  const provider = mailProvider(providerId) ?? providerByAddressDomain(domain)
  const client = provider ? catalogueSettings(provider) : undefined
  if (!provider || !client) return null
  return {
    source: 'catalogue',
    providerName: providerDisplayName(provider),
    client,
    signIn: provider.signIn ?? 'password',
  }
}

/**
 * The right settings for an address, or null when nobody publishes its settings. `providerId` is
 * the provider the walk found or the person named for their own address; `discover` runs settings
 * discovery on the domain when neither it nor the address's domain tells.
 */
export async function rightSettingsFor(
  address: string,
  providerId?: string,
  discover?: DiscoverSettings,
): Promise<RightSettings | null> {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  if (!address.includes('@') || domain === '') return null
  const known = fromCatalogue(providerId, domain)
  if (known || !discover) return known
  const findings = await discover(address).catch(() => [])
  const identity = identityOfRun(findings)
  const settings = identity.settings
  if (!settings || settings.source === 'guess') return null
  return {
    source: settings.source,
    providerName: providerName(identity) ?? discoveredSettingsOf(findings)?.providerName ?? null,
    client: settings.client,
    signIn: settings.signIn,
  }
}
