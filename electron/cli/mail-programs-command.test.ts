import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../shared/i18n'
import { fixParams } from '../../shared/knowledge/mail-program-labels'
import { readAccountsPlist } from '../engine/mail-programs/apple-mail'
import { compareAccounts, programFindings } from '../engine/mail-programs/find'
import { accountsFromRegExport } from '../engine/mail-programs/outlook'
import { captureOutput } from './capture-output.test-helper'
import { UsageError } from './common'
import { mailProgramsCommand } from './mail-programs-command'

const FIXTURES = join(import.meta.dirname, '../engine/mail-programs/fixtures')
const WRONG = join(FIXTURES, 'thunderbird-wrong')
const RIGHT = join(FIXTURES, 'thunderbird-right')

/** Every password and token planted in the fixtures (prefs, logins.json, the registry, plists). */
const PLANTED = /PLANTED-(SECRET|TOKEN)|7f3a|91c2|52be|0d44/

const capture = (args: string[]) => captureOutput(mailProgramsCommand, args)

describe('mail-programs command', () => {
  it('prints the JSON contract with each wrong field, and exits 1', async () => {
    const { code, out } = await capture(['--thunderbird', WRONG, '--compare', '--json', '--lang', 'en'])
    const json = JSON.parse(out) as { accounts: Record<string, unknown>[]; notReadable: string[] }
    expect(json.accounts[0]).toMatchObject({
      program: 'thunderbird',
      email: 'mario.rossi@aruba.it',
      incoming: { protocol: 'imap', host: 'imaps.aruba.it', port: 993, security: 'ssl' },
      outgoing: { host: 'smtps.aruba.it', port: 587, security: 'starttls', auth: 'password' },
      differences: [
        {
          field: 'outgoing.port',
          now: '587',
          right: '465',
          fix: 'In Thunderbird, Account Settings › Outgoing Server (SMTP) › Edit…: set “Port” to 465 (now 587).',
        },
        { field: 'outgoing.security', now: 'starttls', right: 'ssl' },
      ],
    })
    expect(json.accounts[1]).toMatchObject({ email: 'mario.rossi.1970@gmail.com', differences: [] })
    expect(code).toBe(1)
  })

  it('lists without --compare, with no differences, and exits 0', async () => {
    const { code, out } = await capture(['--thunderbird', WRONG, '--json'])
    const json = JSON.parse(out) as { accounts: Record<string, unknown>[] }
    expect(json.accounts).toHaveLength(2)
    expect(json.accounts[0]).not.toHaveProperty('differences')
    expect(code).toBe(0)
  })

  it('says in Italian which field to fix, and that right settings are right', async () => {
    const wrong = await capture(['--thunderbird', WRONG, '--compare', '--lang', 'it'])
    expect(wrong.out).toContain(
      'FAIL In Thunderbird, Impostazioni account › Server posta in uscita › Modifica…: in «Porta» metti 465 (ora 587).',
    )
    const right = await capture(['--thunderbird', RIGHT, '--compare', '--lang', 'it'])
    expect(right.out).toContain('OK   Tutte le impostazioni sono giuste.')
    expect(right.out).not.toContain('FAIL')
    expect(right.code).toBe(0)
  })

  it('refuses a folder with no profile, or an argument it does not take, with a usage error', async () => {
    await expect(capture(['--thunderbird', join(FIXTURES, 'outlook')])).rejects.toBeInstanceOf(UsageError)
    await expect(capture(['--thunderbird', '/no/such/folder'])).rejects.toBeInstanceOf(UsageError)
    await expect(capture(['extra'])).rejects.toBeInstanceOf(UsageError)
  })

  it('never shows a planted password or token: JSON, text, findings and fix sentences of every program', async () => {
    const outputs: string[] = []
    for (const args of [['--json', '--compare'], ['--compare'], ['--json'], []])
      for (const lang of ['en', 'it'])
        for (const dir of [WRONG, RIGHT])
          outputs.push((await capture(['--thunderbird', dir, ...args, '--lang', lang])).out)
    const accounts = [
      ...accountsFromRegExport(await readFile(join(FIXTURES, 'outlook/profiles-wrong.reg'))),
      ...accountsFromRegExport(await readFile(join(FIXTURES, 'outlook/profiles-right.reg'))),
      ...(await readAccountsPlist(join(FIXTURES, 'apple-mail/Accounts-wrong.plist'), 'Mail')),
      ...(await readAccountsPlist(join(FIXTURES, 'apple-mail/Accounts-right.bplist'), 'Mail')),
    ]
    expect(accounts).toHaveLength(4)
    const compared = await compareAccounts(accounts)
    outputs.push(
      JSON.stringify(compared),
      JSON.stringify(programFindings({ accounts, notReadable: [] }, compared)),
    )
    for (const account of compared)
      for (const difference of account.differences ?? [])
        for (const lang of ['en', 'it'] as const)
          outputs.push(createI18n(lang).t('mailPrograms:fix', fixParams(account.program, lang, difference)))
    expect(outputs.join('\n')).toContain('smtps.aruba.it')
    expect(outputs.join('\n')).not.toMatch(PLANTED)
  })
})
