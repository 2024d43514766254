import dns2 from 'dns2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki, type TestPki } from '../../../e2e/servers/test-ca'
import { runProbe } from './run-probe'

const { Packet } = dns2
let pki: TestPki
let smtp: RunningSmtpServer
let dnsServer: ReturnType<typeof dns2.createServer>
let dnsAddress: string

beforeAll(async () => {
  pki = createTestPki()
  smtp = await startSmtpServer({ tls: 'starttls', certificate: pki.valid })
  dnsServer = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request)
      const question = request.questions[0]
      if (question?.name === 'mail.example.test' && question.type === Packet.TYPE.A)
        response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 60, address: '127.0.0.1' }))
      else if (question?.name !== 'mail.example.test') response.header.rcode = 3
      void send(response)
    },
  })
  const addresses = await dnsServer.listen({ udp: { port: 0, address: '127.0.0.1' } })
  dnsAddress = `127.0.0.1:${addresses.udp?.port ?? 53}`
})

afterAll(async () => {
  await smtp?.close()
  await dnsServer?.close()
})

describe('the dns phase of a probe, against a loopback DNS server', () => {
  it('resolves the host name, times the lookup and lists the addresses', async () => {
    const result = await runProbe(
      { kind: 'smtp', host: 'mail.example.test', port: smtp.port },
      { stepTimeoutMs: 1500, extraCaPem: pki.caPem, dnsServers: [dnsAddress] },
    )
    expect(result.addresses).toEqual(['127.0.0.1'])
    expect(result.timings.dns).toBeTypeOf('number')
    expect(result.reachable).toBe(true)
    expect(result.tls?.problem).toBe('wrong-name')
    expect(result.findings[0]?.detail.params?.names).toContain('127.0.0.1')
  })

  it('a name that does not exist is name-not-found, with the remedy to check the server name', async () => {
    const result = await runProbe(
      { kind: 'imaps', host: 'nothing.example.test', port: 993 },
      { stepTimeoutMs: 1500, dnsServers: [dnsAddress] },
    )
    expect(result.failure).toMatchObject({ code: 'name-not-found', phase: 'dns' })
    expect(result.findings[0]?.title.key).toBe('probe:failure.name-not-found.title')
    expect(result.findings[0]?.remedies).toContain('check-server-name')
  })

  it('moves on to the next address when the first cannot be reached (an IPv6 address first, the server on IPv4)', async () => {
    const result = await runProbe(
      { kind: 'smtp', host: 'mail.example.test', port: smtp.port },
      {
        stepTimeoutMs: 1500,
        extraCaPem: pki.caPem,
        lookup: () => Promise.resolve(['::1', '127.0.0.1']),
      },
    )
    expect(result.addresses).toEqual(['::1', '127.0.0.1'])
    expect(result.reachable).toBe(true)
    expect(result.greeting).toContain('MailDoctor test server')
  })

  it('reports the failure of the last address when none can be reached', async () => {
    const result = await runProbe(
      { kind: 'smtp', host: 'mail.example.test', port: smtp.port },
      { stepTimeoutMs: 1500, lookup: () => Promise.resolve(['::1', '127.0.0.2']) },
    )
    expect(result.reachable).toBe(false)
    expect(result.failure?.phase).toBe('connect')
  })
})
