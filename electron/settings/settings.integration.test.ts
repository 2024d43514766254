import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer, type FixtureRecord } from '../../e2e/servers/dns-server'
import type { Report } from '../../shared/report'
import { createApiService } from '../api-service'

const DOMAIN = 'shop.test'

function zone(exchange: string): FixtureRecord[] {
  return [{ name: DOMAIN, type: 'MX', data: { preference: 10, exchange } }]
}

let launchDns: FixtureDnsServer
let otherDns: FixtureDnsServer
let dir: string

beforeAll(async () => {
  launchDns = await startDnsServer({ records: zone('mx.launch.test') })
  otherDns = await startDnsServer({ records: zone('mx.other.test') })
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-settings-it-'))
})
afterAll(async () => {
  await Promise.all([launchDns?.close(), otherDns?.close()])
  await rm(dir, { recursive: true, force: true })
})

function service(settingsFile: string) {
  return createApiService({
    appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en-GB' }),
    openExternal: () => Promise.resolve(),
    setLanguage: () => undefined,
    send: () => undefined,
    engineOptions: { dnsServers: [launchDns.address], stepTimeoutMs: 1000, timeoutMs: 5000, dnsRetries: 0 },
    settingsFile,
  })
}

async function mxEvidence(api: ReturnType<typeof service>, runId: string): Promise<unknown> {
  const result = await api.dispatch('check:run', [
    { runId, input: DOMAIN, only: ['dns'], checks: ['dns.mx'] },
  ])
  if (!result.ok) throw new Error(result.error.message)
  const report = result.value as Report
  return report.findings.find((finding) => finding.id === 'dns.mx')?.evidence
}

describe('settings:get / settings:set through the IPC service', () => {
  it('sends the next checks to the DNS server of the settings, then back to the launch one', async () => {
    const file = join(dir, 'route.json')
    const api = service(file)
    expect(await api.dispatch('settings:get', [])).toEqual({ ok: true, value: { dnsServers: [] } })
    expect(JSON.stringify(await mxEvidence(api, 'before'))).toContain('mx.launch.test')

    const asked = otherDns.questions.length
    expect(await api.dispatch('settings:set', [{ dnsServers: [otherDns.address] }])).toEqual({
      ok: true,
      value: { dnsServers: [otherDns.address] },
    })
    expect(JSON.stringify(await mxEvidence(api, 'during'))).toContain('mx.other.test')
    expect(otherDns.questions.length).toBeGreaterThan(asked)

    // A new service (the app started again) reads the same file.
    const restarted = service(file)
    expect(await restarted.dispatch('settings:get', [])).toEqual({
      ok: true,
      value: { dnsServers: [otherDns.address] },
    })
    await restarted.dispatch('settings:set', [{ dnsServers: [] }])
    expect(JSON.stringify(await mxEvidence(restarted, 'after'))).toContain('mx.launch.test')
  })

  it('refuses settings that are not IP addresses, and keeps the old ones', async () => {
    const api = service(join(dir, 'refuse.json'))
    await api.dispatch('settings:set', [{ dnsServers: ['127.0.0.1:5353'] }])
    for (const bad of [
      { dnsServers: ['resolver.example'] },
      { dnsServers: ['127.0.0.1:99999'] },
      { dnsServers: ['127.0.0.1'], token: 'secret' },
      { dnsServers: 'not a list' },
    ]) {
      const result = await api.dispatch('settings:set', [bad])
      expect(result).toMatchObject({ ok: false, error: { code: 'badRequest' } })
    }
    expect(await api.dispatch('settings:get', [])).toEqual({
      ok: true,
      value: { dnsServers: ['127.0.0.1:5353'] },
    })
  })
})
