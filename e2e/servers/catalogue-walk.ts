import { readFile } from 'node:fs/promises'
import {
  MAIL_PROVIDERS,
  type ClientSettings,
  type MailProvider,
} from '../../shared/knowledge/provider-catalogue'
import { expectedMxFor } from '../../shared/knowledge/providers'
import type { FixtureRecord } from './dns-server'

/** The MX host of a provider that publishes no MX set of its own, as its customers' domains have it. */
const MX_HOSTS: Readonly<Record<string, string>> = {
  aruba: 'mx.aruba.it',
  'register-it': 'mx.register.it',
}

/** One catalogue entry's walk: what the person types, and the records that make its domain that provider's. */
export interface WalkStory {
  provider: MailProvider
  /** The address typed: a mailbox at the provider's own domain, or at a customer domain on its MX. */
  target: string
  domain: string
  mxHost: string
  /** The autodiscover SRV target, for an offer told apart by it (OVHcloud Exchange, Email Pro). */
  srvTarget: string | null
}

/**
 * A walk for every catalogue entry: free mailboxes and PEC at their own address domain; hosting
 * and business suites at a customer domain pointing to their MX (and autodiscover, where it decides).
 */
export function walkStories(): WalkStory[] {
  return MAIL_PROVIDERS.map((provider) => {
    const own =
      provider.kind === 'free-webmail' || provider.kind === 'pec' ? provider.addressDomains[0] : undefined
    const domain = own ?? `${provider.id}.walk.test`
    const expected = expectedMxFor(provider, domain)[0]?.[0]?.exchange
    const mxHost = own ? `mx.${own}` : (expected ?? MX_HOSTS[provider.id])
    if (!mxHost) throw new Error(`no MX host to walk ${provider.id}: add one to MX_HOSTS`)
    return {
      provider,
      target: `mario.rossi@${domain}`,
      domain,
      mxHost,
      srvTarget: provider.autodiscover?.targets[0] ?? null,
    }
  })
}

const hostsOf = (client: ClientSettings | undefined): string[] =>
  client ? [client.smtp, client.imap, client.pop3].flatMap((server) => (server ? [server.host] : [])) : []

/** The bundled ISP database, as the engine ships it (its index names each domain's file). */
const ISPDB = new URL('../../electron/engine/discovery/', import.meta.url)

/** The server host names the ISP database lists for a domain (none when it has no entry). */
async function ispDbHosts(domain: string): Promise<string[]> {
  const index = JSON.parse(await readFile(new URL('ispdb-index.json', ISPDB), 'utf8')) as Record<
    string,
    string
  >
  const file = index[domain]
  if (!file || !/^[\w.-]+\.xml$/.test(file)) return []
  const xml = await readFile(new URL(`ispdb/${file}`, ISPDB), 'utf8')
  return [...xml.matchAll(/<hostname>([^<%]+)<\/hostname>/g)].map((match) => (match[1] ?? '').trim())
}

/** Every host a walk can reach: MX, autodiscover target, and the settings of the catalogue or ISP database. */
export async function walkHosts(stories: readonly WalkStory[]): Promise<string[]> {
  const fromIspDb = await Promise.all(stories.map((story) => ispDbHosts(story.domain)))
  const hosts = stories.flatMap((story) => [
    story.mxHost,
    ...(story.srvTarget ? [story.srvTarget] : []),
    ...hostsOf(story.provider.client),
  ])
  return [...new Set([...hosts, ...fromIspDb.flat()])]
}

/** The DNS records of the walks: each domain's MX (and SRV), every host on 127.0.0.1. */
export function walkRecords(stories: readonly WalkStory[], hosts: readonly string[]): FixtureRecord[] {
  return [
    ...stories.flatMap((story): FixtureRecord[] => [
      { name: story.domain, type: 'MX', data: { preference: 10, exchange: story.mxHost } },
      ...(story.srvTarget
        ? [
            {
              name: `_autodiscover._tcp.${story.domain}`,
              type: 'SRV',
              data: { priority: 0, weight: 0, port: 443, target: story.srvTarget },
            } satisfies FixtureRecord,
          ]
        : []),
    ]),
    ...hosts.map((name): FixtureRecord => ({ name, type: 'A', data: '127.0.0.1' })),
  ]
}
