import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ISPDB_INDEX_PATH, loadIspDb, lookupIspDb } from './isp-db'

describe('the bundled ISP database', () => {
  it('has an index that matches its files (run scripts/ispdb-index.ts after an update)', async () => {
    const files = await loadIspDb()
    const index = JSON.parse(await readFile(ISPDB_INDEX_PATH, 'utf8')) as Record<string, string>
    expect(Object.keys(index).length).toBeGreaterThan(900)
    expect(index).toEqual(Object.fromEntries([...files].map(([domain, entry]) => [domain, entry.file])))
  })

  it('finds providers by any of their domains, with the address domain in place of %EMAILDOMAIN%', async () => {
    expect((await lookupIspDb('virgilio.it'))?.config.client?.imap?.host).toBe('in.virgilio.it')
    expect((await lookupIspDb('mail.protection.outlook.com', 'shop.test'))?.config.signIn).toBe('oauth2')
    const own = await lookupIspDb('mail.ee', 'example.test')
    expect(own?.config.client?.smtp.host).toBe('example.test')
    expect(await lookupIspDb('constructor')).toBeUndefined()
    expect(await lookupIspDb('nowhere.test')).toBeUndefined()
  })
})
