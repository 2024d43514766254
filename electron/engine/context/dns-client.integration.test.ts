import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer, type FixtureRecord } from '../../../e2e/servers/dns-server'
import { createDnsClient, expandIpv6, reverseName } from './dns-client'

let server: FixtureDnsServer

beforeAll(async () => {
  server = await startDnsServer({
    records: [
      { name: 'ok.test', type: 'A', data: '192.0.2.1', ttl: 1234 },
      { name: 'ok.test', type: 'AAAA', data: '2001:db8::1' },
      { name: 'ok.test', type: 'TXT', data: `v=spf1 ${'ip4:198.51.100.1 '.repeat(60)}-all` },
      { name: 'alias.test', type: 'CNAME', data: 'ok.test' },
    ],
    behaviours: {
      'refused.test': 'refused',
      'garbage.test': 'garbage',
      'silent.test': 'silent',
      'ok.test TXT': 'truncate',
    },
  })
})

afterAll(async () => {
  await server?.close()
})

const client = (signal = new AbortController().signal) =>
  createDnsClient({ dnsServers: [server.address], stepTimeoutMs: 200, dnsRetries: 1 }, signal)

describe('dns client', () => {
  it('returns records with their TTL, following a CNAME', async () => {
    const answer = await client().query('alias.test', 'A')
    expect(answer).toMatchObject({
      outcome: 'ok',
      cnames: ['ok.test'],
      records: [{ value: '192.0.2.1', ttl: 1234 }],
    })
  })

  it('asks the same name and type once, even when asked concurrently', async () => {
    const dns = client()
    const before = server.questions.filter((q) => q.name === 'ok.test' && q.type === 'AAAA').length
    const [first, second] = await Promise.all([dns.query('ok.test', 'AAAA'), dns.addresses('ok.test')])
    expect(first.records[0]?.value).toBe('2001:db8::1')
    expect(second.addresses.map((a) => a.address)).toEqual(['192.0.2.1', '2001:db8::1'])
    expect(server.questions.filter((q) => q.name === 'ok.test' && q.type === 'AAAA').length - before).toBe(1)
    expect(dns.log.filter((entry) => entry.name === 'ok.test' && entry.type === 'AAAA')).toHaveLength(1)
  })

  it('retries a truncated answer over TCP', async () => {
    const answer = await client().txt('ok.test')
    expect(answer).toMatchObject({ outcome: 'ok', truncated: true })
    expect(answer.records[0]?.value).toMatch(/^v=spf1 .* -all$/)
  })

  it('classifies NXDOMAIN, NODATA, REFUSED, garbage and silence', async () => {
    const dns = client()
    expect((await dns.query('missing.test', 'A')).outcome).toBe('nxdomain')
    expect((await dns.mx('ok.test')).outcome).toBe('nodata')
    expect((await dns.query('refused.test', 'A')).outcome).toBe('refused')
    expect((await dns.query('garbage.test', 'A')).outcome).toBe('malformed')
    const started = Date.now()
    expect((await dns.query('silent.test', 'A')).outcome).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('stops at once when the run is cancelled', async () => {
    const controller = new AbortController()
    const pending = client(controller.signal).query('silent.test', 'MX')
    setTimeout(() => controller.abort(), 50)
    expect((await pending).outcome).toBe('aborted')
  })

  it('joins a 2048-bit DKIM key record exactly, wherever its strings split, over UDP and TCP', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const key = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`
    const splits = [...Array(key.length).keys()].filter((at) => at >= key.length - 255 && at <= 255)
    const records: FixtureRecord[] = splits.map((at) => ({
      name: `s${at}.test`,
      type: 'TXT',
      data: [key.slice(0, at), key.slice(at)],
    }))
    const viaTcp = splits.filter((at) => at % 2 === 1)
    const behaviours = Object.fromEntries(viaTcp.map((at) => [`s${at}.test`, 'truncate' as const]))
    const keyServer = await startDnsServer({ records, behaviours })
    const dns = createDnsClient(
      { dnsServers: [keyServer.address], stepTimeoutMs: 2000 },
      new AbortController().signal,
    )
    const answers = []
    for (const record of records) answers.push(await dns.txt(record.name))
    await keyServer.close()
    expect(splits.length).toBeGreaterThan(100)
    expect(answers.filter((answer) => answer.truncated)).toHaveLength(viaTcp.length)
    expect(answers.filter((answer) => answer.records[0]?.value !== key)).toEqual([])
  })

  it('builds reverse names for IPv4 and IPv6', () => {
    expect(reverseName('192.0.2.7')).toBe('7.2.0.192.in-addr.arpa')
    expect(expandIpv6('2001:db8::1')).toBe('20010db8000000000000000000000001')
    expect(reverseName('2001:db8::1')).toBe(`1.0.0.0.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`)
  })
})
