import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { KNOWN_PASSWORD, knownSession } from '../../shared/report-export/fixture'
import type { SessionRecord } from '../../shared/session'
import { createHistoryStore, HistoryRefusal } from './history-store'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-history-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function session(id: string, savedAt: string, domain = 'example.it'): SessionRecord {
  const record = knownSession()
  record.id = id
  record.savedAt = savedAt
  record.report.target = { input: domain, domain, domainUnicode: domain }
  return record
}

async function everyFileText(folder: string): Promise<string> {
  const names = await readdir(folder)
  return (await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')))).join('\n')
}

describe('history store', () => {
  it('saves, lists newest first, reads back, and deletes', async () => {
    const store = createHistoryStore(dir)
    await store.save(session('a', '2026-11-20T10:00:00.000Z', 'older.it'))
    await store.save(session('b', '2026-11-22T10:00:00.000Z', 'newer.it'))
    const list = await store.list()
    expect(list.map((entry) => [entry.id, entry.domain, entry.outcome])).toEqual([
      ['b', 'newer.it', 'unsolved'],
      ['a', 'older.it', 'unsolved'],
    ])
    expect(list[0]).toMatchObject({ findingCount: 3, failingCount: 1 })
    expect((await store.read('a'))?.report.target.domain).toBe('older.it')
    expect(await store.remove('a')).toBe(true)
    expect(await store.remove('a')).toBe(false)
    expect(await store.read('a')).toBeNull()
    expect((await store.list()).map((entry) => entry.id)).toEqual(['b'])
  })

  it('never writes a password to disk', async () => {
    const store = createHistoryStore(dir)
    await store.save(knownSession())
    const text = await everyFileText(dir)
    expect(text).toContain('smtp.mail.example.net')
    expect(text).not.toContain(KNOWN_PASSWORD)
    expect(text).not.toContain(btoa(`\0mario.rossi@example.it\0${KNOWN_PASSWORD}`))
  })

  it('refuses ids that could leave the folder and records that are not sessions', async () => {
    const store = createHistoryStore(dir)
    await expect(store.save(session('../escape', '2026-11-20T10:00:00.000Z'))).rejects.toThrow()
    await expect(store.read('../../etc/passwd')).rejects.toThrow(/not a session id/)
    const broken = { ...knownSession(), outcome: 'maybe' } as unknown as SessionRecord
    await expect(store.save(broken)).rejects.toThrow(/not a valid SessionRecord/)
    expect(await readdir(dir).catch(() => [])).toEqual([])
  })

  it('drops the sessions saved first when over the count or the size cap, whatever savedAt they claim', async () => {
    const byCount = createHistoryStore(dir, { maxBytes: 10_000_000, maxSessions: 2 })
    await byCount.save(session('s1', '2099-01-01T00:00:00.000Z'))
    await byCount.save(session('s2', '2000-01-01T00:00:00.000Z'))
    await byCount.save(session('s3', '2001-01-01T00:00:00.000Z'))
    expect((await byCount.list()).map((entry) => entry.id)).toEqual(['s3', 's2'])

    const oneSize = (await readFile(join(dir, 's3.json'))).length
    const bySize = createHistoryStore(dir, { maxBytes: oneSize * 2 + 10, maxSessions: 100 })
    await bySize.save(session('s4', '1999-01-01T00:00:00.000Z'))
    expect((await bySize.list()).map((entry) => entry.id)).toEqual(['s4', 's3'])
  })

  it('keeps exactly the limit when many saves run at once', async () => {
    const store = createHistoryStore(dir, { maxBytes: 100_000_000, maxSessions: 20 })
    const ids = Array.from({ length: 100 }, (_, index) => `concurrent-${index}`)
    await Promise.all(ids.map((id) => store.save(session(id, '2026-01-01T00:00:00.000Z'))))
    expect((await store.list()).map((entry) => entry.id).sort()).toEqual(ids.slice(80).sort())
  })

  it('stamps savedAt itself with its own clock', async () => {
    const store = createHistoryStore(dir, {}, () => new Date('2026-11-28T08:00:00.000Z'))
    const saved = await store.save(session('a', '2099-12-31T23:59:59.000Z'))
    expect(saved.savedAt).toBe('2026-11-28T08:00:00.000Z')
    expect((await store.read('a'))?.savedAt).toBe('2026-11-28T08:00:00.000Z')
    const again = await store.save(session('b', '2099-12-31T23:59:59.000Z'))
    expect(again.savedAt > saved.savedAt).toBe(true)
  })

  it('refuses a 26 MB session with a clear message and keeps every other session', async () => {
    const store = createHistoryStore(dir)
    await store.save(session('kept-1', '2026-11-20T10:00:00.000Z', 'one.it'))
    await store.save(session('kept-2', '2026-11-21T10:00:00.000Z', 'two.it'))
    const huge = session('huge', '2026-11-22T10:00:00.000Z', 'huge.it')
    const mx = huge.report.findings[1]
    if (mx) mx.evidence.filler = 'x'.repeat(26 * 1024 * 1024)
    const refused = await store.save(huge).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(HistoryRefusal)
    expect((refused as HistoryRefusal).code).toBe('sessionTooLarge')
    expect((refused as Error).message).toMatch(/too large .* the other sessions are untouched/)
    expect((await store.list()).map((entry) => entry.id)).toEqual(['kept-2', 'kept-1'])
    expect(await store.read('huge')).toBeNull()
  })

  it('skips a file that is not a session instead of failing the list', async () => {
    const store = createHistoryStore(dir)
    await store.save(session('good', '2026-11-20T10:00:00.000Z'))
    await writeFile(join(dir, 'bad.json'), '{"half":')
    expect((await store.list()).map((entry) => entry.id)).toEqual(['good'])
  })

  it('survives the writer being killed mid-save: every file parses and the list works', async () => {
    const script = inject('testBundles')['electron/history/save-loop.child.ts']
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const child = spawn(process.execPath, [script, dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      const exited = new Promise((resolve) => child.once('exit', resolve))
      await new Promise<void>((resolve, reject) => {
        child.once('error', reject)
        child.stdout.once('data', () => resolve())
      })
      // The writer is now in its loop of multi-megabyte saves: kill it at a different moment each time.
      await new Promise((resolve) => setTimeout(resolve, 7 + attempt * 11))
      child.kill('SIGKILL')
      await exited
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json'))
      expect(names.length).toBeGreaterThan(0)
      for (const name of names) {
        const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as { id: string }
        expect(`${value.id}.json`).toBe(name)
      }
      expect(await createHistoryStore(dir).list()).toHaveLength(names.length)
    }
  }, 60_000)
})
