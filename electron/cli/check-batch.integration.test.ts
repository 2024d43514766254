import { spawn } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureZones } from '../../e2e/servers/dns-fixtures'
import { startDnsServer, type FixtureDnsServer } from '../../e2e/servers/dns-server'
import { cliArgs } from './cli-process.test-helper'

let server: FixtureDnsServer

beforeAll(async () => {
  server = await startDnsServer(fixtureZones())
})

afterAll(async () => {
  await server?.close()
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
  /** When each stdout line arrived, in ms from the start. */
  lineTimes: number[]
}

/** Runs the CLI with a list on standard input, noting when each output line arrives. */
function cli(args: string[], stdin: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, cliArgs(args), {
      env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
    })
    const run: Run = { code: null, stdout: '', stderr: '', lineTimes: [] }
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString('utf8')
      const lines = run.stdout.split('\n').length - 1
      while (run.lineTimes.length < lines) run.lineTimes.push(Date.now() - started)
    })
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', (code) => resolve({ ...run, code }))
    child.stdin.end(stdin)
  })
}

interface BatchJsonLine {
  input: string
  outcome: string
  counts: Record<string, number> | null
  error: string | null
}

describe('check --from', { timeout: 60_000 }, () => {
  it('checks every entry, one JSON line each, while one that times out holds up none of the others', async () => {
    const list = ['iplit.test', 'slow.test', 'nullmx.test', '# a comment', '', 'not a domain!', 'exch.test']
    const run = await cli(
      ['check', '--from', '-', '--json', '--only', 'dns', '--timeout', '2500', '--concurrency', '4'],
      list.join('\n'),
      { MAILDOCTOR_DNS: server.address },
    )
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchJsonLine)
    expect(lines.map((line) => line.input).sort()).toEqual(
      ['exch.test', 'iplit.test', 'not a domain!', 'nullmx.test', 'slow.test'].sort(),
    )
    const byInput = new Map(lines.map((line) => [line.input, line]))
    expect(byInput.get('slow.test')).toMatchObject({ outcome: 'problems' })
    expect(byInput.get('slow.test')?.counts?.error).toBeGreaterThan(0)
    expect(byInput.get('nullmx.test')).toMatchObject({ outcome: 'problems' })
    expect(byInput.get('iplit.test')).toMatchObject({ outcome: 'ok' })
    expect(byInput.get('iplit.test')?.counts?.pass).toBeGreaterThan(0)
    expect(byInput.get('not a domain!')).toMatchObject({ outcome: 'invalid', counts: null })
    expect(byInput.get('not a domain!')?.error).toBeTruthy()
    // The silent domain finishes last: the fast ones were printed while it was still waiting.
    expect(lines.at(-1)?.input).toBe('slow.test')
    const fastDone = run.lineTimes.at(-2) ?? 0
    expect((run.lineTimes.at(-1) ?? 0) - fastDone).toBeGreaterThan(500)
    expect(run.stderr).toContain('[5/5] ')
    expect(run.code).toBe(1)
  })

  it('prints one readable line per domain, and takes the DNS server from MAILDOCTOR_DNS', async () => {
    const run = await cli(
      ['check', '--from', '-', '--only', 'dns', '--timeout', '2500'],
      'good.test\nnullmx.test\n',
      {
        MAILDOCTOR_DNS: server.address,
      },
    )
    const lines = run.stdout.trim().split('\n').sort()
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^FAIL good\.test: 1 problem, .*, \d+ fine \(\d+\.\d s\)$/)
    expect(lines[1]).toMatch(/^FAIL nullmx\.test: \d+ problems?, /)
    expect(server.questions.some((question) => question.name === 'nullmx.test')).toBe(true)
  })

  it('refuses a domain on the command line together with --from, and an empty list', async () => {
    const both = await cli(['check', 'good.test', '--from', '-'], '')
    expect(both.code).toBe(2)
    expect(both.stderr.trim().split('\n')).toHaveLength(1)
    const empty = await cli(['check', '--from', '-'], '\n# nothing\n')
    expect(empty.code).toBe(2)
    expect(empty.stderr.trim()).toBe('maildoctor: the list holds no domain or address')
  })
})

describe('check when nothing answers', { timeout: 60_000 }, () => {
  it('says first, in one line, that nothing reached the network, and says each reason once', async () => {
    const silent = createSocket('udp4')
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve))
    try {
      const dns = `127.0.0.1:${silent.address().port}`
      const run = await cli(['check', 'example.com', '--only', 'dns', '--timeout', '1500'], '', {
        MAILDOCTOR_DNS: dns,
      })
      const [first, ...rest] = run.stdout.trim().split('\n')
      expect(first).toMatch(/^example\.com: no check could reach the network \(\d+ could not run\)/)
      const errors = rest.filter((line) => line.startsWith('ERR '))
      expect(errors.length).toBeLessThan(3)
      expect(errors.join('\n')).toMatch(/\d+ checks could not run, for the same reason: /)
      expect(run.code).toBe(1)
    } finally {
      silent.close()
    }
  })
})
