/**
 * The sources of settings discovery, one function each. Every source ends with a SourceOutcome
 * (found, none, redirect, error, timeout) and never throws; the orchestrator (discover.ts) runs
 * them all at once, each under its own deadline.
 */
import { getDomain } from 'tldts'
import type { DiscoverySource, SourceOutcome } from '../../../shared/knowledge/discovered-settings'
import {
  catalogueSettings,
  providerByAddressDomain,
  providerDisplayName,
  providersByMx,
  type ClientSettings,
  type MailProvider,
  type SignIn,
} from '../../../shared/knowledge/provider-catalogue'
import { catalogueClientFor, offerByMx } from '../../../shared/knowledge/provider-identity'
import { isProviderId, providerProfile } from '../../../shared/knowledge/providers'
import type { DnsClient } from '../context/dns-client'
import { normaliseName } from '../context/dns-client'
import { autodiscoverRequest, parseAutodiscover } from './autodiscover'
import { parseClientConfig, type ClientConfig } from './client-config'
import { fetchHttps, type FetchOutcome } from './https-fetch'
import { lookupIspDb } from './isp-db'

/** What every source gets. */
export interface DiscoveryEnv {
  domain: string
  /** The whole address, when the person gave one. */
  address: string | null
  /** The offer the person named (a ProviderId), if any. */
  declared: string | undefined
  dns: DnsClient
  /** The port of every HTTPS fetch (443; tests point it at a loopback server). */
  httpsPort: number
  extraCaPem: string | undefined
  /** Fetch from loopback, private and link-local addresses too (see EngineOptions). */
  allowPrivate: boolean | undefined
  deadlineMs: number
  signal: AbortSignal
}

/** What a source found, before the orchestrator adds its name and time. */
export type SourceResult = Omit<SourceOutcome, 'source' | 'durationMs'>

const found = (
  source: DiscoverySource,
  client: ClientSettings,
  signIn: SignIn,
  provider: { id: string | null; name: string | null },
  from?: string,
): SourceResult => ({
  status: 'found',
  ...(from ? { from } : {}),
  settings: { source, providerId: provider.id, providerName: provider.name, client, signIn },
})

const none = (from?: string, reason?: string): SourceResult => ({
  status: 'none',
  ...(from ? { from } : {}),
  ...(reason ? { reason } : {}),
})

/** The settings of one of our providers, when we hold some. */
function fromCatalogue(
  source: DiscoverySource,
  provider: MailProvider,
  from: string,
  client = catalogueSettings(provider),
): SourceResult {
  if (!client) return none(from, `no settings of our own for ${provider.id}`)
  const name = providerDisplayName(provider)
  return found(source, client, provider.signIn ?? 'password', { id: provider.id, name }, from)
}

/** Our profiles: the offer the person named, or the provider of the address's own domain. */
export function profileSource(env: DiscoveryEnv): SourceResult {
  const declared = isProviderId(env.declared) ? providerProfile(env.declared) : undefined
  if (declared) return fromCatalogue('profile', declared, `declared ${declared.id}`)
  const provider = providerByAddressDomain(env.domain)
  return provider ? fromCatalogue('profile', provider, `address domain ${env.domain}`) : none()
}

function fromConfig(
  source: DiscoverySource,
  config: ClientConfig,
  from: string,
  providerId: string | null,
): SourceResult {
  if (!config.client) return none(from, 'no secure servers listed')
  return found(source, config.client, config.signIn, { id: providerId, name: config.displayName }, from)
}

/** The bundled ISP database, by the address's domain. */
export async function ispDbSource(env: DiscoveryEnv): Promise<SourceResult> {
  const entry = await lookupIspDb(env.domain)
  if (!entry) return none()
  return fromConfig('ispdb', entry.config, entry.file, providerByAddressDomain(env.domain)?.id ?? null)
}

/** The MX hosts of the domain, by preference ('stopped' when the run was cancelled). */
export async function mxHosts(env: DiscoveryEnv): Promise<string[]> {
  const answer = await env.dns.mx(env.domain)
  return answer.records
    .map((record) => record.value)
    .sort((a, b) => a.preference - b.preference)
    .map((record) => normaliseName(record.exchange))
    .filter((host) => host !== '')
}

/** The target of the `_autodiscover._tcp` SRV record, if there is one. */
export async function autodiscoverSrvTarget(
  env: DiscoveryEnv,
): Promise<{ host: string; port: number } | null> {
  const answer = await env.dns.srv(`_autodiscover._tcp.${env.domain}`)
  const best = answer.records
    .map((record) => record.value)
    .sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0]
  return best && best.target !== '' ? { host: normaliseName(best.target), port: best.port } : null
}

/** Our profiles, by the MX hosts (and, for OVHcloud, the autodiscover SRV). */
export async function profileMxSource(env: DiscoveryEnv): Promise<SourceResult> {
  const [hosts, srv] = await Promise.all([mxHosts(env), autodiscoverSrvTarget(env)])
  const srvHost = srv?.host ?? null
  const provider = offerByMx(hosts, srvHost)
  if (!provider) return none(hosts.join(', ') || 'no MX')
  const from = `MX ${hosts.join(', ')}${srv ? `; SRV ${srv.host}` : ''}`
  return fromCatalogue('profile-mx', provider, from, catalogueClientFor(provider, hosts, srvHost))
}

/** The bundled ISP database, by each MX host's parent and registrable domain (Thunderbird's lookup). */
export async function ispDbMxSource(env: DiscoveryEnv): Promise<SourceResult> {
  const hosts = await mxHosts(env)
  for (const host of hosts) {
    const parent = host.split('.').slice(1).join('.')
    const registrable = getDomain(host) ?? ''
    for (const key of [parent, registrable]) {
      if (key === '' || key === env.domain) continue
      const entry = await lookupIspDb(key, env.domain)
      if (entry) {
        const provider = providersByMx([host])[0] ?? null
        return fromConfig('ispdb-mx', entry.config, `${entry.file} (MX ${host})`, provider?.id ?? null)
      }
    }
  }
  return none(hosts.join(', ') || 'no MX')
}

function describe(outcome: FetchOutcome): string {
  if (outcome.kind === 'ok' || outcome.kind === 'redirect' || outcome.kind === 'http-error')
    return `HTTP ${outcome.status}`
  return outcome.kind === 'error' ? outcome.code : 'timeout'
}

/** Media types a settings file may come as: XML ones, plain text, or none said (an image is not XML). */
const XML_TYPE = /^(?:text\/xml|application\/xml|application\/[\w.+-]+\+xml|text\/plain)?$/i

function fetchOutcomeToPartial(outcome: FetchOutcome, url: string): SourceResult | null {
  if (outcome.kind === 'redirect') return { status: 'redirect', from: url, redirectTo: outcome.location }
  if (outcome.kind === 'timeout') return { status: 'timeout', from: url }
  if (outcome.kind === 'error') return { status: 'error', from: url, reason: outcome.code }
  if (outcome.kind === 'http-error') return none(url, describe(outcome))
  const type = outcome.contentType.split(';')[0]?.trim() ?? ''
  if (!XML_TYPE.test(type)) return none(url, `not XML (${type.slice(0, 80)})`)
  return null
}

function get(env: DiscoveryEnv, host: string, path: string, body?: string, port = env.httpsPort) {
  return fetchHttps({
    host,
    port,
    path,
    ...(body ? { method: 'POST' as const, body } : {}),
    resolve: async (name) => (await env.dns.addresses(name)).addresses.map((entry) => entry.address),
    ...(env.extraCaPem ? { extraCaPem: env.extraCaPem } : {}),
    ...(env.allowPrivate !== undefined ? { allowPrivate: env.allowPrivate } : {}),
    deadlineMs: env.deadlineMs,
    signal: env.signal,
  })
}

/** The domain's own autoconfig, at autoconfig.<domain> and at <domain>/.well-known, both at once. */
export async function autoconfigSource(env: DiscoveryEnv): Promise<SourceResult> {
  const query = env.address ? `?emailaddress=${encodeURIComponent(env.address)}` : ''
  const places = [
    { host: `autoconfig.${env.domain}`, path: `/mail/config-v1.1.xml${query}` },
    { host: env.domain, path: '/.well-known/autoconfig/mail/config-v1.1.xml' },
  ]
  const results = await Promise.all(
    places.map(async ({ host, path }) => {
      const url = `https://${host}${path}`
      const outcome = await get(env, host, path)
      const early = fetchOutcomeToPartial(outcome, url)
      if (early || outcome.kind !== 'ok') return early ?? none(url)
      try {
        const config = parseClientConfig(outcome.body, env.domain)[0]
        return config ? fromConfig('autoconfig', config, url, null) : none(url, 'empty clientConfig')
      } catch (error) {
        return { status: 'error' as const, from: url, reason: (error as Error).message }
      }
    }),
  )
  return results.find((result) => result.status === 'found') ?? pickMostTelling(results)
}

/** Of several failed attempts, the one that says most: a redirect, then an error, then none. */
function pickMostTelling(results: SourceResult[]): SourceResult {
  const order: SourceOutcome['status'][] = ['redirect', 'error', 'timeout', 'none']
  return [...results].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))[0] ?? none()
}

/**
 * Exchange Autodiscover: POSTs the address to autodiscover.<domain> and to the `_autodiscover._tcp`
 * SRV target. A redirect (HTTP or Autodiscover's own) is reported, never followed.
 */
export async function autodiscoverSource(env: DiscoveryEnv): Promise<SourceResult> {
  const srv = await autodiscoverSrvTarget(env)
  if (!env.address) return srv ? none(`SRV ${srv.host}:${srv.port}`, 'no address to ask for') : none()
  const path = '/autodiscover/autodiscover.xml'
  const body = autodiscoverRequest(env.address)
  const places = [
    { host: `autodiscover.${env.domain}`, port: env.httpsPort },
    ...(srv ? [{ host: srv.host, port: env.httpsPort === 443 ? srv.port : env.httpsPort }] : []),
  ]
  const results = await Promise.all(
    places.map(async ({ host, port }) => {
      const url = `https://${host}${port === 443 ? '' : `:${port}`}${path}`
      const outcome = await get(env, host, path, body, port)
      const early = fetchOutcomeToPartial(outcome, url)
      if (early || outcome.kind !== 'ok') return early ?? none(url)
      try {
        const answer = parseAutodiscover(outcome.body)
        if (answer.kind === 'redirect')
          return { status: 'redirect' as const, from: url, redirectTo: answer.to }
        if (answer.kind === 'settings')
          return found('autodiscover', answer.client, 'password', { id: null, name: null }, url)
        return none(
          url,
          answer.kind === 'exchange-only' ? `Exchange only (${answer.exchange})` : 'no settings',
        )
      } catch (error) {
        return { status: 'error' as const, from: url, reason: (error as Error).message }
      }
    }),
  )
  return results.find((result) => result.status === 'found') ?? pickMostTelling(results)
}

const SRV_KINDS = [
  { name: '_submissions._tcp', role: 'smtp', security: 'ssl' },
  { name: '_submission._tcp', role: 'smtp', security: 'starttls' },
  { name: '_imaps._tcp', role: 'imap', security: 'ssl' },
  { name: '_imap._tcp', role: 'imap', security: 'starttls' },
  { name: '_pop3s._tcp', role: 'pop3', security: 'ssl' },
  { name: '_pop3._tcp', role: 'pop3', security: 'starttls' },
] as const

/** RFC 6186 / RFC 8314 SRV records: the best offered record of each service. */
export async function srvSource(env: DiscoveryEnv): Promise<SourceResult> {
  const answers = await Promise.all(SRV_KINDS.map((kind) => env.dns.srv(`${kind.name}.${env.domain}`)))
  const pick = (role: 'smtp' | 'imap' | 'pop3') => {
    for (const [index, kind] of SRV_KINDS.entries()) {
      if (kind.role !== role) continue
      const best = (answers[index]?.records ?? [])
        .map((record) => record.value)
        .filter((value) => value.target !== '')
        .sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0]
      if (best) return { host: normaliseName(best.target), port: best.port, security: kind.security }
    }
    return undefined
  }
  const smtp = pick('smtp')
  if (!smtp) return none(`_submission(s)._tcp.${env.domain}`)
  const imap = pick('imap')
  const pop3 = pick('pop3')
  const client: ClientSettings = {
    ...(imap ? { imap } : {}),
    ...(pop3 ? { pop3 } : {}),
    smtp,
    userIsFullAddress: true,
  }
  return found('srv', client, 'password', { id: null, name: null }, `SRV ${env.domain}`)
}
