import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentServer, startRawServer, type RunningRawServer } from '../../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../../e2e/servers/smtp-servers'
import { createTestPki } from '../../e2e/servers/test-ca'
import { cliArgs } from './cli-process.test-helper'

const PASSWORD = 'Cli-Pa55word'
let smtp: RunningSmtpServer
let silent: RunningRawServer
let dir: string
let caPath: string

beforeAll(async () => {
  const pki = createTestPki()
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-cli-'))
  caPath = join(dir, 'ca.pem')
  await writeFile(caPath, pki.caPem)
  smtp = await startSmtpServer({
    tls: 'implicit',
    certificate: pki.valid,
    users: { 'mario@example.test': PASSWORD },
  })
  silent = await startRawServer(silentServer)
})

afterAll(async () => {
  await smtp?.close()
  await silent?.close()
  await rm(dir, { recursive: true, force: true })
})

function cli(
  args: string[],
  stdin = '',
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgs(args), {
      env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

describe('maildoctor probe', () => {
  it('takes the port and the extra CA from MAILDOCTOR_PORTS and MAILDOCTOR_EXTRA_CA, as the app does', async () => {
    const run = await cli(['probe', 'submissions', '127.0.0.1', '--json'], '', {
      MAILDOCTOR_PORTS: `submissions=${smtp.port}`,
      MAILDOCTOR_EXTRA_CA: caPath,
    })
    const result = JSON.parse(run.stdout) as { findings: { id: string; status: string; subject?: string }[] }
    expect(result.findings[0]).toMatchObject({ id: 'smtp.submissions', status: 'pass' })
    expect(run.code).toBe(0)
  })

  it('logs in with the password from stdin, prints JSON without it, exits 0', async () => {
    const run = await cli(
      [
        'probe',
        'submissions',
        `127.0.0.1:${smtp.port}`,
        '--json',
        '--ca',
        caPath,
        '--user',
        'mario@example.test',
        '--password-stdin',
      ],
      `${PASSWORD}\n`,
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      findings: { id: string; status: string }[]
      timings: Record<string, number>
    }
    expect(result.findings.map((finding) => [finding.id, finding.status])).toEqual([
      ['smtp.submissions', 'pass'],
      ['smtp.auth', 'pass'],
    ])
    expect(result.timings.tls).toBeTypeOf('number')
    expect(run.stdout + run.stderr).not.toContain(PASSWORD)
    expect(smtp.logins.at(-1)?.password).toBe(PASSWORD)
  })

  it('exits 1 with a readable line when the server stays silent past --timeout', async () => {
    const started = Date.now()
    const run = await cli(['probe', 'smtp', `127.0.0.1:${silent.port}`, '--timeout', '2000', '--lang', 'en'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/FAIL .*said nothing.* \[your incoming mail servers · 127\.0\.0\.1:\d+\]/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it.each([
    [['probe', 'smtpx', '127.0.0.1']],
    [['probe', 'smtp', '127.0.0.1:0']],
    [['probe', 'smtp', 'bad host']],
    [['probe', 'smtp', '127.0.0.1', '--user', 'u']],
    [['probe', 'imap', '127.0.0.1', '--mail-from', 'a@b.test', '--rcpt-to', 'c@d.test']],
  ])('refuses bad usage %j with exit 2 and one line', async (args) => {
    const run = await cli(args)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })
})
