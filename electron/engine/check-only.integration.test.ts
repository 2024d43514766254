import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import type { Finding } from '../../shared/report'
import { runCheck } from './check'

const DOMAIN = 'shop.test'
let dns: FixtureDnsServer

beforeAll(async () => {
  dns = await startDnsServer({
    records: [
      { name: DOMAIN, type: 'MX', data: { preference: 10, exchange: 'mx.shop.test' } },
      { name: 'mx.shop.test', type: 'A', data: '127.0.0.1' },
      { name: DOMAIN, type: 'TXT', data: 'v=spf1 mx -all' },
    ],
  })
})
afterAll(async () => {
  await dns?.close()
})

const options = () => ({ dnsServers: [dns.address], stepTimeoutMs: 1000, timeoutMs: 5000, dnsRetries: 0 })

describe('runCheck with `checks`', () => {
  it('reports only the findings asked for, as they arrive and in the report', async () => {
    const streamed: Finding[] = []
    const report = await runCheck(
      { runId: 'one', input: `mario@${DOMAIN}`, only: ['dns'], checks: ['dns.mx', 'dns.spf'] },
      options(),
      { onFinding: (finding) => streamed.push(finding) },
    )
    expect(new Set(report.findings.map((finding) => finding.id))).toEqual(new Set(['dns.mx', 'dns.spf']))
    expect(streamed).toEqual(report.findings)
    expect(report.findings.find((finding) => finding.id === 'dns.mx')).toMatchObject({ status: 'pass' })
    expect(report.target.domain).toBe(DOMAIN)
  })

  it('runs the whole area, so a check that needs another still has its answers', async () => {
    const report = await runCheck(
      { runId: 'hosts', input: DOMAIN, only: ['dns'], checks: ['dns.mx.hosts'] },
      options(),
    )
    expect(report.findings.map((finding) => finding.id)).toEqual(['dns.mx.hosts'])
    expect(report.findings[0]?.status).toBe('pass')
  })

  it('without `checks`, reports everything of the areas, the input included', async () => {
    const report = await runCheck({ runId: 'all', input: DOMAIN, only: ['dns'] }, options())
    const ids = report.findings.map((finding) => finding.id)
    expect(ids).toContain('input.domain')
    expect(ids).toContain('dns.mx')
    expect(ids).toContain('dns.spf')
  })

  it('still says why nothing ran when the input cannot be read', async () => {
    const report = await runCheck({ runId: 'bad', input: 'not a domain', checks: ['dns.mx'] }, options())
    expect(report.findings).toMatchObject([{ id: 'input.domain', status: 'fail' }])
  })
})
