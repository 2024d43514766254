import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import { startSmtpServer, type RunningSmtpServer } from '../../e2e/servers/smtp-servers'
import { createTestPki } from '../../e2e/servers/test-ca'
import { cliArgs } from './cli-process.test-helper'

let smtp: RunningSmtpServer
let dns: FixtureDnsServer
let dir: string
let network: string[]

beforeAll(async () => {
  const pki = createTestPki(['mx1.recipient.test'])
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-envelope-'))
  await writeFile(join(dir, 'ca.pem'), pki.caPem)
  smtp = await startSmtpServer({
    tls: 'starttls',
    certificate: pki.valid,
    recipientRefusals: { 'nobody@recipient.test': { code: 550, message: '5.1.1 No such user here' } },
  })
  dns = await startDnsServer({
    records: [
      // The most preferred host is the one asked; the other name does not even exist.
      { name: 'recipient.test', type: 'MX', data: { preference: 20, exchange: 'mx2.recipient.test' } },
      { name: 'recipient.test', type: 'MX', data: { preference: 10, exchange: 'mx1.recipient.test' } },
      { name: 'mx1.recipient.test', type: 'A', data: '127.0.0.1' },
      { name: 'nomail.test', type: 'MX', data: { preference: 0, exchange: '.' } },
    ],
  })
  network = [
    '--dns',
    dns.address,
    '--ports',
    `smtp=${smtp.port}`,
    '--ca',
    join(dir, 'ca.pem'),
    '--lang',
    'en',
  ]
})

afterAll(async () => {
  await smtp?.close()
  await dns?.close()
  await rm(dir, { recursive: true, force: true })
})

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgs(args))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('maildoctor probe envelope', () => {
  it('asks the recipient domain’s preferred mail server, which takes the address: exit 0', async () => {
    const run = await cli([
      'probe',
      'envelope',
      'anna@recipient.test',
      '--mail-from',
      'me@sender.test',
      '--json',
      ...network,
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const test = JSON.parse(run.stdout) as {
      mxHost: string
      findings: { id: string; status: string }[]
      probe: { transcript: { dir: string; line: string }[] }
    }
    expect(test.mxHost).toBe('mx1.recipient.test')
    expect(test.findings.find((finding) => finding.id === 'smtp.envelope')?.status).toBe('pass')
    const sent = test.probe.transcript.filter((line) => line.dir === 'C').map((line) => line.line)
    expect(sent).toContain('MAIL FROM:<me@sender.test>')
    expect(sent).toContain('RCPT TO:<anna@recipient.test>')
    expect(sent.some((line) => line.startsWith('DATA'))).toBe(false)
  }, 30_000)

  it('says the server refused an unknown recipient, in words: exit 1', async () => {
    const run = await cli(['probe', 'envelope', 'nobody@recipient.test', ...network])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^FAIL The address doesn’t exist on mx1\.recipient\.test \[.*mx1\.recipient\.test:\d+\]$/m,
    )
    expect(smtp.messages).toEqual([])
  }, 30_000)

  it('says when the domain takes no mail at all, without connecting anywhere: exit 1', async () => {
    const run = await cli(['probe', 'envelope', 'anna@nomail.test', ...network])
    expect(run.code).toBe(1)
    expect(run.stdout.trim()).toBe(
      'The recipient’s domain has no mail server, so nobody can receive mail there.',
    )
  }, 30_000)

  it('refuses what is not one plain address, on one line of stderr: exit 2', async () => {
    for (const args of [
      ['probe', 'envelope', 'anna@recipient.test\r\nDATA'],
      ['probe', 'envelope', 'not an address'],
      ['probe', 'envelope', 'anna@recipient.test', '--mail-from', '<me@sender.test>'],
      ['probe', 'envelope'],
    ]) {
      const run = await cli([...args, '--lang', 'en'])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    }
  }, 60_000)
})
