import { open } from 'node:fs/promises'

/** The most bytes any reader takes from one settings file (prefs.js, profiles.ini, a plist, a .reg). */
export const MAX_SETTINGS_FILE_BYTES = 8 * 1024 * 1024

/**
 * A file's first `cap` bytes (all of it when shorter), or null when it cannot be read: a settings
 * file that grew beyond any real one is read only up to the cap, never whole.
 */
export async function readCapped(path: string, cap = MAX_SETTINGS_FILE_BYTES): Promise<Buffer | null> {
  let handle
  try {
    handle = await open(path, 'r')
    const buffer = Buffer.alloc(Math.min(cap, (await handle.stat()).size))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}
