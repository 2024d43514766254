import { execFile } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureZones } from '../../e2e/servers/dns-fixtures'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import type { Report } from '../../shared/report'
import { cliArgs } from './cli-process.test-helper'

let server: FixtureDnsServer

beforeAll(async () => {
  server = await startDnsServer(fixtureZones())
})

afterAll(async () => {
  await server?.close()
})

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, cliArgs(args), { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

describe('cli check --only dns', () => {
  it('prints the Report as JSON and exits 1 when a DNS check fails', async () => {
    const { code, stdout } = await cli([
      'check',
      'ghost.test',
      '--only',
      'dns',
      '--json',
      '--dns',
      server.address,
      '--timeout',
      '3000',
    ])
    const report = JSON.parse(stdout) as Report
    expect(code).toBe(1)
    expect(report.findings.find((finding) => finding.id === 'dns.mx')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:mx.nxdomainTitle', params: { domain: 'ghost.test' } },
    })
  })

  it('prints readable lines in the chosen language', async () => {
    const { stdout } = await cli([
      'check',
      'nullmx.test',
      '--only',
      'dns',
      '--dns',
      server.address,
      '--lang',
      'it',
      '--timeout',
      '3000',
    ])
    expect(stdout).toMatch(/^nullmx\.test: 1 problema, /)
    expect(stdout).toContain('FAIL nullmx.test rifiuta di proposito tutta la posta [')
  })
})
