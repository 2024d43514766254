import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAccountsPlist } from './apple-mail'
import { accountsFromRegExport, accountsFromRegistry } from './outlook'
import { parsePrefsJs } from './prefs-js'
import { parseRegExport, parseRegQuery, registryText } from './registry'
import { accountsFromPrefs, profilesFromIni, readThunderbird, thunderbirdFolders } from './thunderbird'

const FIXTURES = join(import.meta.dirname, 'fixtures')

describe('Thunderbird reader', () => {
  it('reads the accounts of every profile in profiles.ini: incoming, outgoing, user, sign-in', async () => {
    const accounts = await readThunderbird(join(FIXTURES, 'thunderbird-wrong'))
    expect(accounts).toEqual([
      {
        program: 'thunderbird',
        place: 'x7k2p9.default-release',
        name: 'mario.rossi@aruba.it',
        email: 'mario.rossi@aruba.it',
        incoming: {
          protocol: 'imap',
          host: 'imaps.aruba.it',
          port: 993,
          security: 'ssl',
          username: 'mario.rossi@aruba.it',
        },
        outgoing: {
          host: 'smtps.aruba.it',
          port: 587,
          security: 'starttls',
          username: 'mario.rossi@aruba.it',
          auth: 'password',
        },
      },
      expect.objectContaining({
        email: 'mario.rossi.1970@gmail.com',
        // Thunderbird's newer mail.outgoingserver.* prefs give the user name and OAuth2.
        outgoing: {
          host: 'smtp.gmail.com',
          port: 465,
          security: 'ssl',
          username: 'mario.rossi.1970@gmail.com',
          auth: 'oauth2',
        },
      }),
    ])
  })

  it('reads a profile folder copied alone (prefs.js without profiles.ini)', async () => {
    const accounts = await readThunderbird(join(FIXTURES, 'thunderbird-right'))
    expect(accounts.map((account) => [account.email, account.outgoing?.port])).toEqual([
      ['mario.rossi@aruba.it', 465],
      ['mario.rossi.1970@gmail.com', 465],
    ])
  })

  it('uses the port Thunderbird uses when none is set, and has no outgoing server when none is set', () => {
    const prefs = parsePrefsJs(
      [
        'user_pref("mail.accountmanager.accounts", "account1");',
        'user_pref("mail.account.account1.server", "server1");',
        'user_pref("mail.server.server1.type", "pop3");',
        'user_pref("mail.server.server1.hostname", "pop.example.com");',
        'user_pref("mail.server.server1.socketType", 3);',
      ].join('\n'),
    )
    expect(accountsFromPrefs(prefs, 'p')).toEqual([
      {
        program: 'thunderbird',
        place: 'p',
        name: null,
        email: null,
        incoming: { protocol: 'pop3', host: 'pop.example.com', port: 995, security: 'ssl', username: null },
        outgoing: null,
      },
    ])
  })

  it('lists profiles.ini paths, relative and absolute, and the folders of each system', () => {
    const ini =
      '[Profile0]\nPath=Profiles/a.default\nIsRelative=1\n\n[Profile1]\nPath=/srv/tb/b\nIsRelative=0\n'
    expect(profilesFromIni(ini, '/home/m/.thunderbird')).toEqual([
      '/home/m/.thunderbird/Profiles/a.default',
      '/srv/tb/b',
    ])
    expect(thunderbirdFolders({ platform: 'darwin', home: '/Users/m', env: {} })).toEqual([
      '/Users/m/Library/Thunderbird',
    ])
    expect(
      thunderbirdFolders({ platform: 'win32', home: 'C:\\Users\\m', env: { APPDATA: '/appdata' } }),
    ).toEqual(['/appdata/Thunderbird'])
    expect(thunderbirdFolders({ platform: 'linux', home: '/home/m', env: {} })[0]).toBe(
      '/home/m/.thunderbird',
    )
  })

  it('never keeps a credential pref, and stays bounded on hostile input', () => {
    const prefs = parsePrefsJs(
      [
        'user_pref("mail.server.server1.password", "s3cret");',
        'user_pref("mail.server.server1.oauth2.refreshToken", "tok");',
        `user_pref("mail.server.server1.hostname", "${'a'.repeat(20_000)}");`,
        'user_pref("mail.server.server1.port", 99999999999999);',
        'user_pref("browser.startup.homepage", "x");',
        `${'user_pref("'.repeat(5000)}`,
      ].join('\n'),
    )
    expect([...prefs.keys()]).toEqual([])
    const many = Array.from(
      { length: 30_000 },
      (_, i) => `user_pref("mail.server.s${i}.type", "imap");`,
    ).join('\n')
    const started = Date.now()
    expect(parsePrefsJs(many).size).toBe(20_000)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('Outlook reader', () => {
  it('reads the IMAP account of a .reg export (UTF-16), its SMTP port, security and authentication', async () => {
    const accounts = accountsFromRegExport(await readFile(join(FIXTURES, 'outlook/profiles-wrong.reg')))
    expect(accounts).toEqual([
      {
        program: 'outlook',
        place: 'Outlook',
        name: 'mario.rossi@aruba.it',
        email: 'mario.rossi@aruba.it',
        incoming: {
          protocol: 'imap',
          host: 'imaps.aruba.it',
          port: 993,
          security: 'ssl',
          username: 'mario.rossi@aruba.it',
        },
        outgoing: { host: 'smtps.aruba.it', port: 25, security: 'none', username: null, auth: 'none' },
      },
    ])
    const values = parseRegExport(registryText(await readFile(join(FIXTURES, 'outlook/profiles-wrong.reg'))))
    const names = [...values.values()].flatMap((keyValues) => [...keyValues.keys()])
    expect(names).toContain('SMTP Server')
    expect(names.filter((name) => /password/i.test(name))).toEqual([])
    const right = accountsFromRegExport(await readFile(join(FIXTURES, 'outlook/profiles-right.reg')))
    expect(right[0]?.outgoing).toMatchObject({ port: 465, security: 'ssl', auth: 'password' })
  })

  it('reads `reg query` output the same way (REG_BINARY strings, REG_DWORD numbers)', () => {
    const key =
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676\\00000002'
    const hex = (text: string) => Buffer.from(`${text}\0`, 'utf16le').toString('hex').toUpperCase()
    const output = [
      '',
      key,
      `    Email    REG_BINARY    ${hex('anna@aruba.it')}`,
      `    POP3 Server    REG_BINARY    ${hex('pop3s.aruba.it')}`,
      '    POP3 Use SSL    REG_DWORD    0x1',
      `    SMTP Server    REG_BINARY    ${hex('smtps.aruba.it')}`,
      '    SMTP Port    REG_DWORD    0x24b',
      '    SMTP Secure Connection    REG_DWORD    0x2',
      '    SMTP Use Auth    REG_DWORD    0x1',
      '',
      'End of search: 7 match(es) found.',
    ].join('\r\n')
    expect(accountsFromRegistry(parseRegQuery(output))).toEqual([
      {
        program: 'outlook',
        place: 'Outlook',
        name: null,
        email: 'anna@aruba.it',
        incoming: { protocol: 'pop3', host: 'pop3s.aruba.it', port: 995, security: 'ssl', username: null },
        outgoing: {
          host: 'smtps.aruba.it',
          port: 587,
          security: 'starttls',
          username: null,
          auth: 'password',
        },
      },
    ])
  })
})

describe('Outlook’s security numbers, as Microsoft documents them', () => {
  const KEY =
    'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676\\00000001'
  /** One IMAP account with these numbers and no port set. */
  const read = (numbers: Record<string, number>) => {
    const values = new Map<string, Buffer | number | string>([
      ['Email', 'anna@aruba.it'],
      ['IMAP Server', 'imaps.aruba.it'],
      ['SMTP Server', 'smtps.aruba.it'],
      ...Object.entries(numbers),
    ])
    const [account] = accountsFromRegistry(new Map([[KEY, values]]))
    return { incoming: account?.incoming, outgoing: account?.outgoing }
  }

  // PROP_SMTP_SECURE_CONNECTION: ENCRYPT_CONN_NO_SECURITY 0, _SSL 1, _TLS 2, _AUTO 3.
  it.each([
    [0, 'none', 25],
    [1, 'ssl', 465],
    [2, 'starttls', 25],
    [3, null, null],
    [7, null, null],
  ] as const)('reads “SMTP Secure Connection” %i as %s', (value, security, port) => {
    expect(read({ 'SMTP Secure Connection': value }).outgoing).toMatchObject({ security, port })
  })

  it('prefers “SMTP Secure Connection” to the older “SMTP Use SSL”', () => {
    expect(read({ 'SMTP Secure Connection': 2, 'SMTP Use SSL': 1 }).outgoing?.security).toBe('starttls')
    expect(read({ 'SMTP Use SSL': 1 }).outgoing?.security).toBe('ssl')
  })

  // PROP_INET_SSL: zero, no SSL; otherwise SSL. Only 0 and 1 are read; another number is unknown.
  it.each([
    [0, 'none', 143],
    [1, 'ssl', 993],
    [2, null, null],
  ] as const)('reads “IMAP Use SSL” %i as %s', (value, security, port) => {
    expect(read({ 'IMAP Use SSL': value }).incoming).toMatchObject({ security, port })
  })

  it('never guesses from an incoming “Secure Connection” no document explains, beyond its zero', () => {
    expect(read({ 'IMAP Secure Connection': 1, 'IMAP Use SSL': 1 }).incoming?.security).toBeNull()
    expect(read({ 'IMAP Secure Connection': 0 }).incoming?.security).toBe('none')
    expect(read({}).incoming).toMatchObject({ security: null, port: null })
  })
})

describe('Apple Mail reader', () => {
  it('reads an XML Accounts.plist: the IMAP account and its outgoing server', async () => {
    const accounts = await readAccountsPlist(join(FIXTURES, 'apple-mail/Accounts-wrong.plist'), 'Mail')
    expect(accounts).toEqual([
      {
        program: 'apple-mail',
        place: 'Mail',
        name: 'Aruba',
        email: 'mario.rossi@aruba.it',
        incoming: {
          protocol: 'imap',
          host: 'imaps.aruba.it',
          port: 993,
          security: 'ssl',
          username: 'mario.rossi@aruba.it',
        },
        outgoing: {
          host: 'smtps.aruba.it',
          port: 25,
          security: 'none',
          username: 'mario.rossi@aruba.it',
          auth: 'password',
        },
      },
    ])
  })

  it('reads a binary Accounts.plist', async () => {
    const accounts = await readAccountsPlist(join(FIXTURES, 'apple-mail/Accounts-right.bplist'), 'Mail')
    expect(accounts[0]?.outgoing).toMatchObject({ port: 465, security: 'ssl' })
  })
})
