import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { cliArgs } from './cli/cli-process.test-helper'

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, cliArgs(args), {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the CLI', () => {
  it('reports the ASCII form of an IDN as JSON', () => {
    const result = cli(
      'check',
      'bücher.de',
      '--json',
      '--only',
      'registration',
      '--timeout',
      '50',
      '--rdap',
      'http://127.0.0.1:9/',
    )
    const report = JSON.parse(result.stdout) as {
      tool: string
      target: { domain: string; domainUnicode: string }
    }
    expect(report.tool).toBe('maildoctor')
    expect(report.target).toMatchObject({ domain: 'xn--bcher-kva.de', domainUnicode: 'bücher.de' })
  })

  it('exits with 2 and one clear line for a domain with a line break', () => {
    const result = cli('check', 'a\r\nb.it')
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      'maildoctor: This contains invisible control characters (such as a line break). Please type it again on one line.',
    ])
  })

  it('speaks Italian with --lang it', () => {
    const result = cli('check', 'localhost', '--lang', 'it')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Questa è solo una parte del dominio')
  })

  it('says usage mistakes in the chosen language too', () => {
    const wrongOption = cli('check', 'a.it', '--bogus', '--lang', 'it')
    expect(wrongOption.status).toBe(2)
    expect(wrongOption.stderr.trim()).toBe('maildoctor: opzione sconosciuta --bogus; prova --help')
    const wrongArea = cli('check', 'a.it', '--only', 'nonsense')
    expect(wrongArea.stderr.trim()).toBe(
      'maildoctor: --only takes registration, dns, discovery, smtp, imap, pop3; "nonsense" is not one of them',
    )
  })

  it('exits with 2 for usage mistakes', () => {
    expect(cli('frobnicate').status).toBe(2)
    expect(cli('check').status).toBe(2)
    expect(cli('check', 'a.it', '--only', 'nonsense').status).toBe(2)
    expect(cli('check', 'a.it', '--dns', 'not-an-ip').status).toBe(2)
    expect(cli('check', 'a.it', '--bogus').status).toBe(2)
  }, 60_000) // five CLI processes one after another: slow on a loaded machine
})
