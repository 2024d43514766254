import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** The window's size and place, remembered between runs. */
export interface WindowState {
  width: number
  height: number
  x?: number
  y?: number
  maximized: boolean
}

/** The size a first run opens with. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1100, height: 800, maximized: false }

/** Reads the saved window state; a missing or damaged file gives the default. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as Partial<WindowState>
    const size = (value: unknown, min: number) =>
      typeof value === 'number' && value >= min && value < 10_000 ? value : undefined
    const width = size(saved.width, 480)
    const height = size(saved.height, 400)
    if (width === undefined || height === undefined) return DEFAULT_WINDOW_STATE
    const state: WindowState = { width, height, maximized: saved.maximized === true }
    if (typeof saved.x === 'number' && typeof saved.y === 'number')
      Object.assign(state, { x: saved.x, y: saved.y })
    return state
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/** Saves the window state atomically (write a temporary file, then rename over the old one). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(state))
  await rename(temporary, file)
}
