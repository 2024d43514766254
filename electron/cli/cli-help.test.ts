import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PROVIDER_IDS } from '../../shared/knowledge/providers'
import { APP_VERSION } from '../../shared/version'
import { CHECK_AREAS } from '../../shared/ipc'
import { parseCommandArgs } from './command-declaration'
import { COMMANDS, findCommand } from './commands'
import { commandHelp } from './help'
import { cliArgs } from './cli-process.test-helper'

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, cliArgs(args), {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
    timeout: 30_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the CLI help', { timeout: 60_000 }, () => {
  it('answers help, --help and -h with every command and what it is for', () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const result = cli(args)
      expect(result.status, args.join(' ')).toBe(0)
      for (const command of COMMANDS)
        expect(result.stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'))
      expect(result.stdout).toContain('MAILDOCTOR_DNS')
      expect(result.stdout).toMatch(/^ {2}2 {2}bad input or usage/m)
    }
  })

  it('gives each command its own help with a description, options, examples and exit statuses', () => {
    for (const command of COMMANDS.filter((known) => known.name !== 'help')) {
      const result = cli([command.name, '--help'])
      expect(result.status, command.name).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain(`maildoctor ${command.name}: `)
      expect(result.stdout).toContain('Options:')
      expect(result.stdout).toMatch(/Examples:\n {2}# \S.*\n {2}maildoctor /)
      expect(result.stdout).toContain('Exit status:')
    }
  })

  it('lists the provider ids in the help of check, and says it in Italian with --lang it', () => {
    const english = cli(['check', '--help'])
    for (const id of PROVIDER_IDS.filter((provider) => provider !== 'other'))
      expect(english.stdout).toMatch(new RegExp(`^  ${id} +\\S`, 'm'))
    expect(cli(['help', 'check']).stdout).toBe(english.stdout)
    const italian = cli(['code', '-h', '--lang', 'it'])
    expect(italian.stdout).toContain('Esempi:')
    expect(italian.stdout).toContain('0  il codice è stato spiegato')
  })

  it('prints the version', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `maildoctor ${APP_VERSION}\n` })
  })

  it('says in one line that a help topic does not exist', () => {
    const result = cli(['help', 'frobnicate'])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      'maildoctor: no command called "frobnicate"; the commands are: check, probe, bounce, code, headers, mail-programs, help',
    ])
  })
})

describe('the CLI exit statuses', { timeout: 60_000 }, () => {
  it('exits 0 when code explained a code, whatever the code means, and 2 when it found none', () => {
    for (const code of ['550', '250', '421 4.7.0 try again later', '5.7.1']) {
      const result = cli(['code', code])
      expect(result.status, code).toBe(0)
      expect(result.stdout).not.toBe('')
    }
    expect(cli(['code', 'hello there']).status).toBe(2)
  })

  it('names the checks in plain words, never by their internal ids', () => {
    const result = cli(['code', '535'])
    expect(result.stdout).toContain(
      'Checks to run: your login on the sending server; your login on the mailbox',
    )
    expect(result.stdout).not.toMatch(/smtp\.auth|mailbox\.auth/)
  })

  it('says the steps of a login refusal once, not twice in other words', () => {
    const steps =
      cli(['code', '535 5.7.8 Authentication credentials invalid']).stdout.match(/^ {2}\d+\. .*/gm) ?? []
    expect(steps.length).toBeGreaterThan(0)
    expect(steps.filter((step) => /password/i.test(step) && /webmail/i.test(step))).toHaveLength(1)
  })

  it('refuses a wrong MAILDOCTOR_* variable in one line that names it, with 2', () => {
    const result = cli(['check', 'example.com'], { MAILDOCTOR_PORTS: 'submission=notaport' })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^maildoctor: MAILDOCTOR_PORTS is not valid: /)
  })
})

describe('one declaration per command', () => {
  it('lists in the help exactly the options the parser reads, for every command', () => {
    for (const command of COMMANDS) {
      const help = commandHelp(command, 'en')
      const listed = [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1])
      const declared = Object.keys(command.options).map((name) => `--${name}`)
      expect(listed, command.name).toEqual([...declared, '--help'])
      for (const [name, option] of Object.entries(command.options)) {
        const args = option.type === 'string' ? [`--${name}`, 'x'] : [`--${name}`]
        expect(() => parseCommandArgs(command.options, args), `${command.name} --${name}`).not.toThrow()
      }
      expect(() => parseCommandArgs(command.options, ['--no-such-option'])).toThrow()
    }
  })

  it('offers every check area in the help of --only', () => {
    const help = commandHelp(findCommand('check') ?? COMMANDS[0]!, 'en')
    for (const area of CHECK_AREAS) expect(help).toMatch(new RegExp(`--only \\S*\\b${area}\\b`))
  })
})

describe('the probe command refuses what it cannot run', { timeout: 60_000 }, () => {
  it('says a kind it does not know in one line and exits 2, even a name every object has', () => {
    for (const kind of ['constructor', 'toString', 'ftp']) {
      const result = cli(['probe', kind, '127.0.0.1:1'])
      expect(result.status, kind).toBe(2)
      expect(result.stderr.trim().split('\n'), kind).toHaveLength(1)
      expect(result.stderr).not.toMatch(/Cannot read|undefined/)
    }
  })

  it('refuses a --dns that is not a server, as check does', () => {
    for (const command of [
      ['probe', 'smtp', '127.0.0.1:1'],
      ['check', 'example.com'],
    ]) {
      const result = cli([...command, '--dns', 'not a server'])
      expect(result.status, command[0]).toBe(2)
      expect(result.stderr).toContain('not a server')
    }
  })
})
