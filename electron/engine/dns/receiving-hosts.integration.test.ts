import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../../e2e/servers/dns-server'
import { createDnsClient } from '../context/dns-client'
import { receivingHosts } from './receiving-hosts'

let server: FixtureDnsServer

beforeAll(async () => {
  server = await startDnsServer({
    records: [
      { name: 'mx.test', type: 'MX', data: { preference: 20, exchange: 'backup.mx.test' } },
      { name: 'mx.test', type: 'MX', data: { preference: 10, exchange: 'b.mx.test' } },
      { name: 'mx.test', type: 'MX', data: { preference: 10, exchange: 'a.mx.test' } },
      { name: 'mx.test', type: 'MX', data: { preference: 5, exchange: '192.0.2.25' } },
      { name: 'null.test', type: 'MX', data: { preference: 0, exchange: '.' } },
      { name: 'own.test', type: 'A', data: '192.0.2.1' },
      { name: 'empty.test', type: 'TXT', data: 'v=spf1 -all' },
      { name: 'halfway.test', type: 'TXT', data: 'v=spf1 -all' },
    ],
    behaviours: {
      'broken.test': 'servfail',
      'halfway.test A': 'servfail',
      'halfway.test AAAA': 'servfail',
    },
  })
})

afterAll(async () => {
  await server?.close()
})

const decide = (domain: string, signal = new AbortController().signal) =>
  receivingHosts(
    createDnsClient({ dnsServers: [server.address], stepTimeoutMs: 500, dnsRetries: 0 }, signal),
    domain,
  )

describe('the hosts that receive a domain’s mail', () => {
  it('are the MX host names by preference, then name, without the IP literal', async () => {
    const found = await decide('mx.test')
    expect(found.kind).toBe('mx')
    expect(found.hosts).toEqual(['a.mx.test', 'b.mx.test', 'backup.mx.test'])
    expect(found.records.map((record) => record.exchange)).toEqual([
      '192.0.2.25',
      'a.mx.test',
      'b.mx.test',
      'backup.mx.test',
    ])
  })

  it('are the domain itself when it has no MX but an address of its own (RFC 5321 §5.1)', async () => {
    expect(await decide('own.test')).toMatchObject({ kind: 'fallback', hosts: ['own.test'] })
  })

  it('are none for a null MX, a domain without MX or address, or a domain that does not exist', async () => {
    expect(await decide('null.test')).toMatchObject({ kind: 'null', hosts: [] })
    expect(await decide('empty.test')).toMatchObject({ kind: 'none', hosts: [] })
    expect(await decide('gone.test')).toMatchObject({ kind: 'nxdomain', hosts: [] })
  })

  it('are unknown, not none, when the DNS fails to answer the MX or the address question', async () => {
    expect(await decide('broken.test')).toMatchObject({ kind: 'unknown', hosts: [] })
    expect(await decide('halfway.test')).toMatchObject({ kind: 'unknown', hosts: [] })
  })

  it('are stopped when the run was cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await decide('mx.test', controller.signal)).toMatchObject({ kind: 'stopped', hosts: [] })
  })
})
