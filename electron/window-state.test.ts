import { linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state'

describe('window state', () => {
  it('remembers the size and place between runs', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'md-window-')), 'nested', 'window-state.json')
    await saveWindowState(file, { width: 900, height: 700, x: 10, y: 20, maximized: true })
    expect(await loadWindowState(file)).toEqual({ width: 900, height: 700, x: 10, y: 20, maximized: true })
  })

  it('falls back to the default for a missing, damaged or absurd file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-window-'))
    expect(await loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    expect(await loadWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(dir, 'tiny.json'), JSON.stringify({ width: 3, height: 2 }))
    expect(await loadWindowState(join(dir, 'tiny.json'))).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('writes through a temporary file, so the saved file is always whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-window-'))
    const file = join(dir, 'window-state.json')
    const old = { width: 900, height: 700, maximized: false }
    await saveWindowState(file, old)
    // A second name for the old file: a rename leaves it whole, a write in place would change it.
    linkSync(file, join(dir, 'old-copy.json'))
    await saveWindowState(file, DEFAULT_WINDOW_STATE)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(DEFAULT_WINDOW_STATE)
    expect(JSON.parse(readFileSync(join(dir, 'old-copy.json'), 'utf8'))).toEqual(old)
    expect(readdirSync(dir).sort()).toEqual(['old-copy.json', 'window-state.json'])
  })
})
