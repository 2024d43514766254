import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../../e2e/servers/dns-server'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki } from '../../../e2e/servers/test-ca'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { Finding } from '../../../shared/report'
import { runCheck } from '../check'

/**
 * A port that never completes a connection, like port 25 behind a home line's filter: a listener
 * that never accepts, its queue filled first, so further connection attempts hang until they time out.
 */
async function blackholePort(): Promise<{ port: number; close: () => void }> {
  const child: ChildProcess = spawn('python3', [
    '-c',
    'import socket,sys,time\ns=socket.socket()\ns.bind(("127.0.0.1",0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(120)',
  ])
  const port = await new Promise<number>((resolve) =>
    child.stdout?.once('data', (data: Buffer) => resolve(Number(data.toString().trim()))),
  )
  const fillers = [0, 1, 2].map(() => connect(port, '127.0.0.1').on('error', () => undefined))
  await new Promise((resolve) => setTimeout(resolve, 200))
  return {
    port,
    close: () => {
      for (const socket of fillers) socket.destroy()
      child.kill()
    },
  }
}

let dns: FixtureDnsServer
let submission: RunningSmtpServer
let blackhole: { port: number; close: () => void }
let caPem: string

beforeAll(async () => {
  const pki = createTestPki(['mx.home.test', 'smtp.home.test'])
  caPem = pki.caPem
  blackhole = await blackholePort()
  submission = await startSmtpServer({ tls: 'starttls', certificate: pki.valid })
  dns = await startDnsServer({
    records: [
      { name: 'home.test', type: 'MX', data: { preference: 10, exchange: 'mx.home.test' } },
      { name: 'mx.home.test', type: 'A', data: '127.0.0.1' },
      { name: 'smtp.home.test', type: 'A', data: '127.0.0.1' },
      {
        name: '_submission._tcp.home.test',
        type: 'SRV',
        data: { priority: 0, weight: 0, port: 587, target: 'smtp.home.test' },
      },
    ],
  })
})

afterAll(async () => {
  blackhole?.close()
  await Promise.all([dns?.close(), submission?.close()])
})

describe('a home line that blocks port 25', () => {
  it('says the line probably blocks port 25 when 587 answers, never that the server is down', async () => {
    const report = await runCheck(
      { runId: 'port25', input: 'home.test', only: ['smtp'] },
      {
        dnsServers: [dns.address],
        extraCaPem: caPem,
        stepTimeoutMs: 1500,
        timeoutMs: 10_000,
        ports: { smtp: blackhole.port, submission: submission.port, submissions: blackhole.port },
      },
    )
    const mx = report.findings.find((f) => f.id === 'smtp.mx') as Finding
    expect(mx.status).toBe('info')
    expect(report.findings.find((f) => f.id === 'smtp.submission')?.status).toBe('pass')
    const english = renderMsg(createI18n('en'), mx.detail)
    expect(english).toContain('home lines block port 25')
    expect(english).toContain('doesn’t stop your mail program')
    expect(renderMsg(createI18n('it'), mx.title)).toContain('probabilmente la blocca la tua linea')
    expect(mx.remedies).toEqual([])
  }, 20_000)
})
