import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KNOWN_PASSWORD, knownSession } from '../shared/report-export/fixture'
import { createApiService, type ServiceDeps } from './api-service'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'maildoctor-service-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function service(overrides: Partial<ServiceDeps> = {}) {
  return createApiService({
    appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en' }),
    openExternal: () => Promise.resolve(),
    setLanguage: () => undefined,
    send: () => undefined,
    historyDir: dir,
    ...overrides,
  })
}

describe('history and report channels', () => {
  it('saves, lists, reads and deletes a session, and never stores the password', async () => {
    const api = service()
    expect(await api.dispatch('history:save', [knownSession()])).toEqual({
      ok: true,
      value: { id: 'session-0001', savedAt: expect.any(String) as string },
    })
    expect(await api.dispatch('history:list', [])).toMatchObject({
      ok: true,
      value: [{ id: 'session-0001', domain: 'example.it', outcome: 'unsolved', findingCount: 3 }],
    })
    const read = await api.dispatch('history:get', [{ id: 'session-0001' }])
    expect(read).toMatchObject({ ok: true, value: { notes: knownSession().notes } })
    const files = await readdir(dir)
    const text = (await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).join('')
    expect(text).not.toContain(KNOWN_PASSWORD)
    expect(await api.dispatch('history:delete', [{ id: 'session-0001' }])).toEqual({
      ok: true,
      value: { deleted: true },
    })
    expect(await api.dispatch('history:list', [])).toEqual({ ok: true, value: [] })
  })

  it('refuses a session id that could leave the folder and a record with unknown fields', async () => {
    const api = service()
    expect(await api.dispatch('history:get', [{ id: '../x' }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
    expect(await api.dispatch('history:save', [{ ...knownSession(), password: 'x' }])).toMatchObject({
      ok: false,
      error: { code: 'badRequest' },
    })
  })

  it('exports Markdown, HTML and JSON with a file name, masked on request', async () => {
    const api = service()
    for (const format of ['md', 'html', 'json'] as const) {
      const result = await api.dispatch('report:export', [
        { session: knownSession(), format, language: 'it', shareSafely: true },
      ])
      if (!result.ok) throw new Error(result.error.message)
      const value = result.value as { text: string; fileName: string; mime: string }
      expect(value.fileName).toBe(`maildoctor-example.it-2026-11-24-09-14-02.${format}`)
      expect(value.text).toContain('***@example.it')
      expect(value.text).not.toContain('mario.rossi')
      expect(value.text).not.toContain(KNOWN_PASSWORD)
    }
  })

  it('says PDF is unavailable where the front cannot print, and prints the HTML where it can', async () => {
    const request = [{ session: knownSession(), language: 'en', shareSafely: false }]
    expect(await service().dispatch('report:pdf', request)).toEqual({
      ok: true,
      value: { saved: false, unavailable: true, path: null },
    })
    const printed: string[] = []
    const printing = service({
      savePdf: (html, fileName) => {
        printed.push(html, fileName)
        return Promise.resolve({ saved: true, path: `/tmp/${fileName}` })
      },
    })
    expect(await printing.dispatch('report:pdf', request)).toMatchObject({
      ok: true,
      value: { saved: true, unavailable: false },
    })
    expect(printed[0]).toContain('<h1>MailDoctor report: example.it</h1>')
    expect(printed[1]).toBe('maildoctor-example.it-2026-11-24-09-14-02.pdf')
  })

  it('reports a front without history as an error, not a crash', async () => {
    const api = createApiService({
      appInfo: () => ({ version: '0.1.0', platform: 'test', locale: 'en' }),
      openExternal: () => Promise.resolve(),
      setLanguage: () => undefined,
      send: () => undefined,
    })
    expect(await api.dispatch('history:list', [])).toMatchObject({ ok: false, error: { code: 'unexpected' } })
  })
})
