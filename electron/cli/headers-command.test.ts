import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureOutput } from './capture-output.test-helper'
import { UsageError } from './common'
import { headersCommand } from './headers-command'

const CORPUS = join(import.meta.dirname, '../../shared/headers/corpus')

const capture = (args: string[]) => captureOutput(headersCommand, args)

describe('headers command', () => {
  it('prints the JSON contract: hops oldest first, delays, the slowest hop, auth, spam and remedies', async () => {
    const { code, out } = await capture([join(CORPUS, 'gmail-from-ovh.eml'), '--json', '--lang', 'en'])
    const json = JSON.parse(out) as Record<string, unknown>
    const hops = json.hops as Record<string, unknown>[]
    expect(hops[0]).toMatchObject({
      from: 'studiobianchi.it',
      by: 'ghost-submission-6684bf9d7b-x2m9q',
      with: 'ESMTPSA',
      at: '2024-03-11T10:00:02.000Z',
      delaySeconds: null,
    })
    expect(hops[3]).toMatchObject({ by: 'mx.google.com', delaySeconds: 1631 })
    expect(json).toMatchObject({
      totalDelaySeconds: 1633,
      slowestHop: 3,
      auth: { spf: 'pass', dkim: 'none', dmarc: 'fail', arc: null },
      spam: [],
    })
    const remedies = json.remedies as { id: string; whoActs: string; title: string; steps: string[] }[]
    expect(remedies.map((remedy) => remedy.id)).toEqual(['hand-over-delay', 'dkim-enable'])
    expect(remedies[1]).toMatchObject({
      whoActs: 'you',
      title: 'Turn on signing for mail from studiobianchi.it (DKIM)',
    })
    expect(remedies[1]?.steps.join(' ')).toContain('<selector>._domainkey.studiobianchi.it')
    expect(code).toBe(1)
  })

  it('names the spam verdicts with their source header, in Italian too', async () => {
    const { out } = await capture([join(CORPUS, 'exchange-online-junk.eml'), '--json', '--lang', 'it'])
    const json = JSON.parse(out) as {
      spam: { source: string; verdict: string }[]
      remedies: { title: string }[]
    }
    expect(json.spam.map((verdict) => [verdict.source, verdict.verdict])).toEqual([
      ['X-MS-Exchange-Organization-SCL', 'spam'],
      ['X-Forefront-Antispam-Report', 'spam'],
    ])
    expect(json.remedies.map((remedy) => remedy.title)).toContain(
      'Il filtro antispam del destinatario ha messo il messaggio nello spam',
    )
  })

  it('puts the provider’s SPF value into the remedy with --provider', async () => {
    const { out } = await capture([
      join(CORPUS, 'postfix-spamassassin.eml'),
      '--provider',
      'ovh-mxplan',
      '--lang',
      'en',
    ])
    expect(out).toContain('Add include:mx.ovh.com before the final')
    expect(out).toContain('(-4 min 58 s, clock skew)')
  })

  it('says "bad input" (exit 2) for text without headers, an unknown role or a missing file', async () => {
    await expect(capture([join(CORPUS, '../read-headers.ts')])).rejects.toBeInstanceOf(UsageError)
    await expect(capture([join(CORPUS, 'gmail-from-ovh.eml'), '--role', 'boss'])).rejects.toBeInstanceOf(
      UsageError,
    )
    await expect(capture([join(CORPUS, 'missing.eml')])).rejects.toBeInstanceOf(UsageError)
  })

  it('shows terminal escapes, C1 controls and bidi overrides as visible escapes, text and JSON', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'headers-escapes-'))
    const file = join(folder, 'hostile.eml')
    const original = await readFile(join(CORPUS, 'gmail-from-ovh.eml'), 'utf8')
    await writeFile(
      file,
      original.replace('ghost-submission-6684bf9d7b-x2m9q (', 'evil\u001b]0;owned\u0007\u009b2J\u202eten ('),
    )
    for (const args of [
      [file, '--lang', 'en'],
      [file, '--json', '--lang', 'en'],
    ]) {
      const { out } = await capture(args)
      expect(out).toContain('evil')
      // eslint-disable-next-line no-control-regex -- the escapes are what must not come through
      expect(out).not.toMatch(/[\u001b\u0007\u009b\u202e]/)
      if (args.includes('--json')) expect(() => JSON.parse(out) as unknown).not.toThrow()
    }
    await rm(folder, { recursive: true })
  })

  it('reads only the start of a huge file, as the reader looks no further', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'headers-huge-'))
    const file = join(folder, 'huge.eml')
    await writeFile(file, await readFile(join(CORPUS, 'gmail-from-ovh.eml')))
    await truncate(file, 600 * 1024 * 1024) // sparse: beyond what a string can hold
    const { out } = await capture([file, '--json', '--lang', 'en'])
    await rm(folder, { recursive: true })
    expect((JSON.parse(out) as { hops: unknown[] }).hops.length).toBeGreaterThan(0)
  })
})
