import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseSessionRecord } from '../../shared/session'
import { cliArgs } from './cli-process.test-helper'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-cli-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function cli(...args: string[]) {
  return spawnSync(
    process.execPath,
    cliArgs(['check', ...args, '--only', 'registration', '--timeout', '50', '--rdap', 'http://127.0.0.1:9/']),
    {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    },
  )
}

describe('check --save and --report', () => {
  it('saves the run as a SessionRecord the app can read back', async () => {
    const result = cli('mario@bücher.de', '--save', dir, '--lang', 'it')
    expect(result.stderr).toBe('')
    const names = await readdir(dir)
    expect(names).toHaveLength(1)
    const record = parseSessionRecord(JSON.parse(await readFile(join(dir, names[0] ?? ''), 'utf8')))
    expect(record).toMatchObject({
      language: 'it',
      outcome: 'open',
      path: [],
      report: { target: { domain: 'xn--bcher-kva.de' } },
    })
  })

  it('prints the report in the asked format, masked with --share-safely', () => {
    const markdown = cli('mario@bücher.de', '--report', 'md', '--share-safely', '--lang', 'en')
    expect(markdown.stdout).toMatch(/^# MailDoctor report: bücher\.de\n/)
    expect(markdown.stdout).toContain('**Checked:** \\*\\*\\*@bücher.de (bücher.de)')
    expect(markdown.stdout).not.toContain('mario')
    const html = cli('example.it', '--report', 'html', '--lang', 'it')
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="it">/)
  })

  it('rejects an unknown report format with exit 2', () => {
    const result = cli('example.it', '--report', 'docx')
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).toBe('maildoctor: --report takes md, html, json; "docx" is not one of them')
  })
})
