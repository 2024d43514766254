import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import { silentServer, startRawServer, type RunningRawServer } from '../../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../../e2e/servers/smtp-servers'
import { createTestPki } from '../../e2e/servers/test-ca'
import type { Report } from '../../shared/report'
import { cliArgs } from './cli-process.test-helper'

let dns: FixtureDnsServer
let starttls: RunningSmtpServer
let implicit: RunningSmtpServer
let silent: RunningRawServer
let caFile: string

beforeAll(async () => {
  const pki = createTestPki()
  caFile = join(mkdtempSync(join(tmpdir(), 'maildoctor-cli-')), 'ca.pem')
  writeFileSync(caFile, pki.caPem)
  starttls = await startSmtpServer({ tls: 'starttls', certificate: pki.valid })
  implicit = await startSmtpServer({ tls: 'implicit', certificate: pki.valid })
  silent = await startRawServer(silentServer)
  dns = await startDnsServer({
    records: [
      { name: 'shop.test', type: 'MX', data: { preference: 10, exchange: 'localhost' } },
      { name: 'localhost', type: 'A', data: '127.0.0.1' },
    ],
  })
})

afterAll(async () => {
  await Promise.all([dns?.close(), starttls?.close(), implicit?.close(), silent?.close()])
})

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs(args), { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

describe('cli check with the probes', () => {
  it('tests the MX host on the port --ports gives and a server typed with --server', async () => {
    const { code, stdout } = await cli([
      'check',
      'shop.test',
      '--only',
      'smtp',
      '--json',
      '--dns',
      dns.address,
      '--ports',
      `smtp=${starttls.port}`,
      '--server',
      `submissions=localhost:${implicit.port}`,
      '--ca',
      caFile,
    ])
    const report = JSON.parse(stdout) as Report
    const status = (id: string) =>
      report.findings.filter((f) => f.id === id).map((f) => [f.subject, f.status])
    expect(status('smtp.mx')).toEqual([[`localhost:${starttls.port}`, 'pass']])
    expect(status('smtp.submissions')).toEqual([[`localhost:${implicit.port}`, 'pass']])
    expect(status('smtp.submission')).toEqual([['shop.test', 'skipped']])
    expect(code).toBe(0)
  })

  it('ends at --timeout when the server is silent, and says the time ran out', async () => {
    // The CLI's own start-up, timed apart, so a loaded machine does not count against the deadline.
    const startUp = Date.now()
    await cli(['help'])
    const startUpMs = Date.now() - startUp
    const started = Date.now()
    const { code, stdout } = await cli([
      'check',
      'shop.test',
      '--only',
      'smtp',
      '--dns',
      dns.address,
      '--ports',
      `smtp=${silent.port}`,
      '--timeout',
      '1000',
      '--lang',
      'en',
    ])
    expect(stdout).toContain(`ERR  The check ran out of time while testing localhost`)
    expect(stdout).toContain(`[your incoming mail servers · localhost:${silent.port}]`)
    expect(code).toBe(1)
    // Well under the 5 s a step waits by default: the 1 s deadline ended it.
    expect(Date.now() - started - startUpMs).toBeLessThan(4000)
  }, 60_000)

  it('refuses a malformed --server with exit status 2', async () => {
    const { code, stderr } = await cli(['check', 'shop.test', '--server', 'ftp=localhost'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/--server takes KIND=HOST\[:PORT\]/)
  })
})
