import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../shared/app-settings'
import { createSettingsStore, withSettings } from './settings-store'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-settings-test-'))
  file = join(dir, 'settings.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('settings store', () => {
  it('starts with the system resolvers when there is no file', async () => {
    expect(await createSettingsStore(file).read()).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps what was saved for the next start, in one file and no leftovers', async () => {
    const store = createSettingsStore(file)
    await store.write({ dnsServers: ['127.0.0.1:5353', '[::1]:53'] })
    expect(await store.read()).toEqual({ dnsServers: ['127.0.0.1:5353', '[::1]:53'] })
    expect(await createSettingsStore(file).read()).toEqual({ dnsServers: ['127.0.0.1:5353', '[::1]:53'] })
    expect(await readdir(dir)).toEqual(['settings.json'])
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ dnsServers: ['127.0.0.1:5353', '[::1]:53'] })
  })

  it('creates the user-data folder when it is missing', async () => {
    const nested = join(dir, 'not', 'yet', 'settings.json')
    await createSettingsStore(nested).write({ dnsServers: ['127.0.0.1'] })
    expect(await createSettingsStore(nested).read()).toEqual({ dnsServers: ['127.0.0.1'] })
  })

  it('saves in the order asked: the last save wins on disk', async () => {
    const store = createSettingsStore(file)
    await Promise.all([
      store.write({ dnsServers: ['127.0.0.1:1'] }),
      store.write({ dnsServers: ['127.0.0.1:2'] }),
      store.write({ dnsServers: [] }),
    ])
    expect(await createSettingsStore(file).read()).toEqual({ dnsServers: [] })
  })

  it.each([
    ['half a file', '{"dnsServers": ["127.0.0.1"'],
    ['not an object', '"127.0.0.1"'],
    ['a name instead of an address', '{"dnsServers": ["resolver.example"]}'],
    ['an unknown field', '{"dnsServers": [], "extra": true}'],
    ['binary noise', '\u0000\u0001\u0002'],
  ])('falls back to the defaults on a damaged file (%s), and the next save repairs it', async (_, text) => {
    await writeFile(file, text)
    const store = createSettingsStore(file)
    expect(await store.read()).toEqual(DEFAULT_SETTINGS)
    await store.write({ dnsServers: ['127.0.0.1:5353'] })
    expect(await createSettingsStore(file).read()).toEqual({ dnsServers: ['127.0.0.1:5353'] })
  })

  it('refuses to keep settings that do not match the schema', async () => {
    const store = createSettingsStore(file)
    await expect(store.write({ dnsServers: ['resolver.example'] })).rejects.toThrow()
    expect(await store.read()).toEqual(DEFAULT_SETTINGS)
    await expect(readFile(file)).rejects.toThrow()
  })
})

describe('withSettings', () => {
  it('puts saved DNS servers over the launch ones and keeps the launch ones when none are saved', () => {
    const launch = { dnsServers: ['127.0.0.1:5300'], stepTimeoutMs: 1000 }
    expect(withSettings(launch, { dnsServers: ['127.0.0.1:5301'] })).toEqual({
      dnsServers: ['127.0.0.1:5301'],
      stepTimeoutMs: 1000,
    })
    expect(withSettings(launch, { dnsServers: [] })).toEqual(launch)
    expect(withSettings({}, { dnsServers: [] })).toEqual({})
  })

  it('lets the checks reach private addresses only when the setting allows them, off by default', () => {
    const launch = { allowPrivateAddresses: false }
    expect(withSettings(launch, { dnsServers: [], allowPrivate: true })).toEqual({
      allowPrivateAddresses: true,
    })
    expect(withSettings(launch, { dnsServers: [], allowPrivate: false })).toEqual(launch)
    expect(withSettings(launch, DEFAULT_SETTINGS)).toEqual(launch)
    expect(DEFAULT_SETTINGS.allowPrivate).toBeUndefined()
  })
})

describe('the private-addresses setting', () => {
  it('is kept for the next start, and a DNS save without it leaves it as it was', async () => {
    const store = createSettingsStore(file)
    await store.write({ dnsServers: [], allowPrivate: true })
    await store.write({ dnsServers: ['127.0.0.1'] })
    expect(await createSettingsStore(file).read()).toEqual({ dnsServers: ['127.0.0.1'], allowPrivate: true })
    await store.write({ dnsServers: ['127.0.0.1'], allowPrivate: false })
    expect(await createSettingsStore(file).read()).toEqual({ dnsServers: ['127.0.0.1'], allowPrivate: false })
  })
})
