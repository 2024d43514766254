import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRdapServer, type FixtureRdapServer } from '../../../e2e/servers/rdap-server'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { Finding } from '../../../shared/report'
import { runCheck } from '../check'
import { rdapBaseFor, RDAP_FALLBACK } from './registration'

let rdap: FixtureRdapServer
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

beforeAll(async () => {
  rdap = await startRdapServer({
    'active.test': { expiration: inDays(400) },
    'soon.test': { expiration: inDays(10) },
    'expired.test': { expiration: inDays(-3), status: ['active'] },
    'hold.test': { expiration: inDays(100), status: ['client hold'] },
    'redeem.test': { expiration: inDays(-20), status: ['redemption period'] },
    'broken.test': { httpStatus: 500 },
    'silent.test': { silent: true },
  })
})

afterAll(async () => {
  await rdap?.close()
})

async function registration(input: string): Promise<Finding> {
  const report = await runCheck(
    { runId: 'rdap', input, only: ['registration'] },
    { rdapBaseUrl: rdap.baseUrl, stepTimeoutMs: 300, timeoutMs: 5000 },
  )
  const findings = report.findings.filter((finding) => finding.id === 'domain.registration')
  expect(findings).toHaveLength(1)
  const finding = findings[0] as Finding
  for (const lang of ['en', 'it'] as const) {
    const i18n = createI18n(lang)
    for (const message of [finding.title, finding.detail]) {
      expect(i18n.exists(message.key), `${lang} ${message.key}`).toBe(true)
      expect(renderMsg(i18n, message)).not.toMatch(/\{\{/)
    }
  }
  return finding
}

describe('domain.registration', () => {
  it('passes an active domain and shows its expiry date', async () => {
    const finding = await registration('mario@active.test')
    expect(finding).toMatchObject({ status: 'pass', title: { key: 'dns:registration.activeTitle' } })
    expect(finding.title.params?.date).toBe(inDays(400).slice(0, 10))
  })

  it('warns when the domain expires within a month', async () => {
    expect(await registration('soon.test')).toMatchObject({ status: 'warn', detail: { params: { days: 9 } } })
  })

  it('fails an expired domain, one on hold and one in redemption', async () => {
    expect((await registration('expired.test')).title.key).toBe('dns:registration.expiredTitle')
    expect(await registration('hold.test')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:registration.clientHoldTitle' },
    })
    expect(await registration('redeem.test')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:registration.redemptionTitle' },
    })
  })

  it('asks for the registered domain when given a subdomain', async () => {
    const finding = await registration('mail.active.test')
    expect(finding).toMatchObject({ status: 'pass', subject: 'active.test' })
    expect(rdap.requests).toContain('/domain/mail.active.test')
  })

  it('says the registry does not know an unknown domain', async () => {
    expect((await registration('unknown.test')).title.key).toBe('dns:registration.notFoundTitle')
  })

  it('reports an error, not a crash, when the registry fails or does not answer in time', async () => {
    expect(await registration('broken.test')).toMatchObject({
      status: 'error',
      detail: { params: { reason: 'HTTP 500' } },
    })
    const started = Date.now()
    expect(await registration('silent.test')).toMatchObject({
      status: 'error',
      detail: { params: { reason: 'timeout' } },
    })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('picks the RDAP server by TLD, or the configured one', () => {
    expect(rdapBaseFor('example.com')).toBe('https://rdap.verisign.com/com/v1/')
    expect(rdapBaseFor('example.xyz')).toBe(RDAP_FALLBACK)
    expect(rdapBaseFor('example.com', 'http://127.0.0.1:1/rdap')).toBe('http://127.0.0.1:1/rdap/')
  })
})
