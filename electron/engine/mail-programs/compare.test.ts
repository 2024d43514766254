import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n, renderMsg } from '../../../shared/i18n'
import { fixParams } from '../../../shared/knowledge/mail-program-labels'
import type { ProgramAccount } from '../../../shared/knowledge/mail-programs'
import { compareAccount } from './compare'
import { compareAccounts, findMailPrograms, programFindings } from './find'
import { engineDiscovery } from '../engine-discovery'
import { rightSettingsFor } from './right-settings'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const host = { platform: 'linux' as const, home: '/nonexistent', env: {} }

const aruba = (
  outgoing: Partial<NonNullable<ProgramAccount['outgoing']>>,
  program: ProgramAccount['program'] = 'thunderbird',
): ProgramAccount => ({
  program,
  place: 'p',
  name: null,
  email: 'mario@aruba.it',
  incoming: {
    protocol: 'imap',
    host: 'imaps.aruba.it',
    port: 993,
    security: 'ssl',
    username: 'mario@aruba.it',
  },
  outgoing: {
    host: 'smtps.aruba.it',
    port: 465,
    security: 'ssl',
    username: 'mario@aruba.it',
    auth: 'password',
    ...outgoing,
  },
})

describe('comparison with the right settings', () => {
  it('finds the wrong outgoing port and security, nothing else', async () => {
    const right = await rightSettingsFor('mario@aruba.it')
    expect(right?.client.smtp).toEqual({ host: 'smtps.aruba.it', port: 465, security: 'ssl' })
    expect(compareAccount(aruba({ port: 587, security: 'starttls' }), right!)).toEqual([
      { field: 'outgoing.port', now: '587', right: '465' },
      { field: 'outgoing.security', now: 'starttls', right: 'ssl' },
    ])
    expect(compareAccount(aruba({}), right!)).toEqual([])
  })

  it('finds a wrong user name and a missing sign-in on the outgoing server', async () => {
    const right = (await rightSettingsFor('mario@aruba.it'))!
    expect(compareAccount(aruba({ username: 'mario', auth: 'none' }), right)).toEqual([
      { field: 'outgoing.username', now: 'mario', right: 'mario@aruba.it' },
      { field: 'outgoing.auth', now: 'none', right: 'password' },
    ])
  })

  it('says nothing about Apple Mail’s one TLS switch when only the port tells STARTTLS from TLS', async () => {
    const right = (await rightSettingsFor('mario@aruba.it'))!
    expect(compareAccount(aruba({ port: 587, security: 'starttls' }, 'apple-mail'), right)).toEqual([
      { field: 'outgoing.port', now: '587', right: '465' },
    ])
  })

  it('knows no right settings for a domain nobody lists (never a guess)', async () => {
    expect(await rightSettingsFor('anna@studio-bianchi-unknown.example')).toBeNull()
    const [compared] = await compareAccounts([{ ...aruba({}), email: 'anna@studio-bianchi-unknown.example' }])
    expect(compared?.differences).toBeNull()
  })

  it('puts the account of the address first, and makes one failing finding per wrong account', async () => {
    const found = await findMailPrograms({ host, thunderbirdDir: join(FIXTURES, 'thunderbird-wrong') })
    // No network: the DNS server named answers nothing, so only the bundled ISP database knows gmail.com.
    const offline = engineDiscovery({ dnsServers: ['127.0.0.1:9'], stepTimeoutMs: 300, timeoutMs: 3000 })
    const compared = await compareAccounts(found.accounts, 'MARIO.ROSSI.1970@gmail.com', undefined, offline)
    expect(compared.map((account) => account.email)).toEqual([
      'mario.rossi.1970@gmail.com',
      'mario.rossi@aruba.it',
    ])
    const findings = programFindings(found, compared)
    expect(findings.map((finding) => [finding.id, finding.status])).toEqual([
      ['client.programs', 'pass'],
      ['client.programs', 'fail'],
    ])
    expect(renderMsg(createI18n('en'), findings[1]!.title)).toBe('mario.rossi@aruba.it: 2 settings are wrong')
  })

  it('sends Outlook’s people to the window each field is in: the port to Advanced, sign-in to Outgoing Server', () => {
    const en = (field: 'outgoing.port' | 'outgoing.auth' | 'outgoing.host') =>
      fixParams('outlook', 'en', { field, now: '0', right: '1' }).path
    expect(en('outgoing.port')).toBe(
      'File › Account Settings › Account Settings › Change › More Settings › Advanced',
    )
    expect(en('outgoing.auth')).toBe(
      'File › Account Settings › Account Settings › Change › More Settings › Outgoing Server',
    )
    expect(en('outgoing.host')).toBe('File › Account Settings › Account Settings › Change')
    const it = fixParams('outlook', 'it', { field: 'outgoing.auth', now: 'none', right: 'password' })
    expect(it).toMatchObject({
      path: 'File › Impostazioni account › Impostazioni account › Cambia › Altre impostazioni › Server della posta in uscita',
      field: 'Il server della posta in uscita (SMTP) richiede l’autenticazione',
      value: 'attivata',
    })
  })

  it('names Thunderbird’s encrypted password as its Italian localization does', () => {
    const difference = { field: 'outgoing.auth' as const, now: 'none', right: 'encrypted-password' }
    expect(fixParams('thunderbird', 'it', difference).value).toBe('Password crittata')
  })

  it('says where the field is and what to put, in the program’s own words, in both languages', () => {
    const difference = { field: 'outgoing.security' as const, now: 'starttls', right: 'ssl' }
    const en = createI18n('en').t('mailPrograms:fix', fixParams('thunderbird', 'en', difference))
    const it = createI18n('it').t('mailPrograms:fix', fixParams('thunderbird', 'it', difference))
    expect(en).toBe(
      'In Thunderbird, Account Settings › Outgoing Server (SMTP) › Edit…: set “Connection security” to SSL/TLS (now STARTTLS).',
    )
    expect(it).toBe(
      'In Thunderbird, Impostazioni account › Server posta in uscita › Modifica…: in «Sicurezza della connessione» metti SSL/TLS (ora STARTTLS).',
    )
    const port = { field: 'outgoing.port' as const, now: '25', right: '465' }
    expect(createI18n('it').t('mailPrograms:fix', fixParams('outlook', 'it', port))).toContain(
      'Altre impostazioni › Impostazioni avanzate: in «Server posta in uscita (SMTP)» metti 465 (ora 25).',
    )
  })

  it('says plainly when nothing can be read', () => {
    const [finding] = programFindings({ accounts: [], notReadable: ['new-outlook'] }, [])
    expect(finding).toMatchObject({
      status: 'info',
      detail: { key: 'mailPrograms:finding.notReadableDetail' },
    })
  })
})
