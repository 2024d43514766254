import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../../e2e/servers/dovecot'
import { createTestPki } from '../../e2e/servers/test-ca'
import { cliArgs } from './cli-process.test-helper'

const ROOMY = 'anna@example.test'
const FULL = 'piena@example.test'
const PASSWORD = 'Cli-Look-Pa55word'
const skipReason = dovecotUnavailable()
if (skipReason) console.warn(`Dovecot tests skipped: ${skipReason}`)

function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgs(args), {
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

describe.skipIf(skipReason !== null)('maildoctor probe mailbox against Dovecot', () => {
  let dovecot: RunningDovecot
  let dir: string
  let caPath: string

  beforeAll(async () => {
    const pki = createTestPki()
    dir = await mkdtemp(join(tmpdir(), 'maildoctor-cli-mailbox-'))
    caPath = join(dir, 'ca.pem')
    await writeFile(caPath, pki.caPem)
    dovecot = await startDovecot({
      certificate: pki.chained,
      users: { [ROOMY]: PASSWORD, [FULL]: PASSWORD },
      quotaKib: { [ROOMY]: 10_240, [FULL]: 20 },
      specialFolders: true,
    })
    const junk = join(dovecot.maildir(ROOMY), '.Junk', 'new', '1.maildoctor')
    await writeFile(
      junk,
      'From: "Studio Verdi" <fatture@verdi.example>\nSubject: Fattura marzo\nDate: Thu, 03 Dec 2026 09:15:00 +0100\n\nCiao.\n',
    )
    const big = join(dovecot.maildir(FULL), 'new', '2.maildoctor')
    await writeFile(
      big,
      `From: <amici@sender.example>\nSubject: Foto\n\n${'x'.repeat(76).concat('\n').repeat(300)}`,
    )
  })

  afterAll(async () => {
    await dovecot?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const server = () => `imaps=127.0.0.1:${dovecot.ports.imaps}`

  it('--json prints quota, folders and found; a message in Junk is found there (exit 1: the message is in Spam, a problem to fix)', async () => {
    const run = await cli(
      [
        'probe',
        'mailbox',
        ROOMY,
        '--password-stdin',
        '--server',
        server(),
        '--ca',
        caPath,
        '--find',
        'Verdi',
        '--json',
      ],
      `${PASSWORD}\n`,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json).slice(0, 3)).toEqual(['quota', 'folders', 'found'])
    expect(json.quota).toEqual({ usedBytes: expect.any(Number) as number, limitBytes: 10_240 * 1024 })
    expect(json.folders).toContainEqual({ name: 'Junk', specialUse: '\\Junk', messages: 1 })
    expect(json.found).toEqual([
      expect.objectContaining({
        folder: 'Junk',
        subject: 'Fattura marzo',
        from: '"Studio Verdi" <fatture@verdi.example>',
      }),
    ])
    expect(run.stdout).not.toContain(PASSWORD)
  })

  it('a full mailbox says so with the numbers, in Italian, and exits 1', async () => {
    const run = await cli(
      ['probe', 'mailbox', FULL, '--password-stdin', '--server', server(), '--ca', caPath, '--lang', 'it'],
      `${PASSWORD}\n`,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /FAIL La tua casella è piena: 2\d KB usati su 20 KB \[lo spazio nella tua casella/,
    )
    expect(run.stdout).not.toContain(PASSWORD)
  })

  it('usage errors exit 2: no --password-stdin, or a domain we hold no settings for and no --server', async () => {
    const noPassword = await cli(['probe', 'mailbox', ROOMY, '--server', server()])
    expect(noPassword.code).toBe(2)
    expect(noPassword.stderr).toMatch(/needs --password-stdin/)
    const noServer = await cli(['probe', 'mailbox', ROOMY, '--password-stdin'], `${PASSWORD}\n`)
    expect(noServer.code).toBe(2)
    expect(noServer.stderr).toMatch(/no settings for example\.test: name the server with --server/)
  })
})
