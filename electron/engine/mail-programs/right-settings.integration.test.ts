import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer, type FixtureRecord } from '../../../e2e/servers/dns-server'
import { startRawServer } from '../../../e2e/servers/misbehaving-servers'
import type { DiscoveredSettings } from '../../../shared/knowledge/discovered-settings'
import type { ProgramAccount } from '../../../shared/knowledge/mail-programs'
import type { Finding } from '../../../shared/report'
import type { EngineOptions } from '../context/check-context'
import { compareAccounts } from './find'
import { engineDiscovery } from '../engine-discovery'
import { rightSettingsFor, type DiscoverSettings } from './right-settings'

const mx = (name: string, exchange: string): FixtureRecord => ({
  name,
  type: 'MX',
  data: { preference: 10, exchange },
})

let dns: FixtureDnsServer
let options: EngineOptions

beforeAll(async () => {
  dns = await startDnsServer({
    records: [mx('negozio-rossi.test', 'mx.aruba.it'), mx('studio-bianchi.test', 'mx1.mail.ovh.net')],
  })
  // Autoconfig and Autodiscover knock on a port nothing listens on: they end at once, found nothing.
  const closed = await startRawServer({})
  const httpsPort = closed.port
  await closed.close()
  options = { dnsServers: [dns.address], stepTimeoutMs: 1000, timeoutMs: 8000, dnsRetries: 0, httpsPort }
})

afterAll(async () => {
  await dns?.close()
})

/** A Thunderbird account on a custom domain whose outgoing port and security are wrong. */
const account = (email: string, smtpHost: string): ProgramAccount => ({
  program: 'thunderbird',
  place: 'p',
  name: null,
  email,
  incoming: null,
  outgoing: { host: smtpHost, port: 587, security: 'starttls', username: email, auth: 'password' },
})

describe('the right settings of a custom domain, through the provider identity', { timeout: 30_000 }, () => {
  it('gives the settings of the provider its MX points to: Aruba, OVHcloud MX Plan', async () => {
    const discover = engineDiscovery(options)
    const aruba = await rightSettingsFor('mario@negozio-rossi.test', undefined, discover)
    expect(aruba?.providerName).toMatch(/Aruba/)
    expect(aruba?.source).toBe('profile-mx')
    expect(aruba?.client.smtp).toEqual({ host: 'smtps.aruba.it', port: 465, security: 'ssl' })
    const ovh = await rightSettingsFor('anna@studio-bianchi.test', undefined, discover)
    expect(ovh?.providerName).toMatch(/OVHcloud/)
    expect(ovh?.client.smtp).toEqual({ host: 'ssl0.ovh.net', port: 465, security: 'ssl' })
  })

  it('compares a program’s account on that domain field by field', async () => {
    const [compared] = await compareAccounts(
      [account('mario@negozio-rossi.test', 'smtps.aruba.it')],
      'mario@negozio-rossi.test',
      undefined,
      engineDiscovery(options),
    )
    expect(compared?.differences).toEqual([
      { field: 'outgoing.port', now: '587', right: '465' },
      { field: 'outgoing.security', now: 'starttls', right: 'ssl' },
    ])
  })

  it('knows nothing of a domain nobody publishes settings for, and says so (no difference, no guess)', async () => {
    const discover = engineDiscovery(options)
    expect(await rightSettingsFor('anna@nessuno-pubblica.test', undefined, discover)).toBeNull()
    const [compared] = await compareAccounts(
      [account('anna@nessuno-pubblica.test', 'smtp.nessuno-pubblica.test')],
      '',
      undefined,
      discover,
    )
    expect(compared?.differences).toBeNull()
  })

  it('never takes the guess as the right settings', async () => {
    const guessed: DiscoveredSettings = {
      source: 'guess',
      providerId: null,
      providerName: null,
      client: { smtp: { host: 'smtp.x.test', port: 587, security: 'starttls' }, userIsFullAddress: true },
      signIn: 'password',
    }
    const finding: Finding = {
      id: 'client.discovery',
      subject: 'x.test',
      status: 'pass',
      title: { key: 'discovery:foundTitle' },
      detail: { key: 'discovery:foundDetail.guess' },
      evidence: {
        settings: guessed,
        sources: [{ source: 'guess', status: 'found', durationMs: 1, settings: guessed }],
      },
      durationMs: 1,
      remedies: [],
    }
    const discover: DiscoverSettings = () => Promise.resolve([finding])
    expect(await rightSettingsFor('anna@x.test', undefined, discover)).toBeNull()
  })

  it('asks discovery nothing for an address whose provider our catalogue knows', async () => {
    let asked = 0
    const discover: DiscoverSettings = () => {
      asked += 1
      return Promise.resolve([])
    }
    const right = await rightSettingsFor('mario@aruba.it', undefined, discover)
    expect(right?.client.smtp.host).toBe('smtps.aruba.it')
    expect(asked).toBe(0)
  })
})
