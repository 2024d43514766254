import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc-channels'
import { APP_ENTRY_URL } from '../electron/window-policy'

/**
 * The Electron binary's path, or why there is none. Read from the package's path.txt rather than
 * `require('electron')`, which since Electron 42 downloads a missing binary (no network here).
 */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return { missing: 'the Electron binary is not installed (no path.txt)' }
    const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(path) ? { path } : { missing: `the Electron binary is not installed (${path})` }
  } catch (error) {
    return {
      missing: `the electron package is missing (${error instanceof Error ? error.message : String(error)})`,
    }
  }
}

/** The functions the preload must expose: exactly the contract's channels, by name. */
const CONTRACT_API = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort()

const binary = electronBinary()
if ('missing' in binary) process.stdout.write(`Electron end-to-end spec skipped: ${binary.missing}\n`)

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '')

  test('opens a secure window on the welcome screen, in the OS language', async () => {
    if (!('path' in binary)) return
    const userData = mkdtempSync(join(tmpdir(), 'maildoctor-electron-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/main.js', '--no-sandbox'],
      env: { ...process.env, MAILDOCTOR_USER_DATA: userData, LANG: 'it_IT.UTF-8', LANGUAGE: 'it' },
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Scopriamo insieme cosa non va con la tua posta',
      )
      expect(page.url()).toBe(APP_ENTRY_URL)
      const exposed = await page.evaluate(() => {
        const scope = globalThis as unknown as {
          maildoctor: object
          require?: unknown
          process?: unknown
          open: (url: string) => unknown
          location: { href: string }
        }
        const opened = scope.open('https://example.invalid/') === null
        scope.location.href = 'https://example.invalid/'
        return {
          api: Object.keys(scope.maildoctor).sort(),
          node: [typeof scope.require, typeof scope.process],
          opened,
        }
      })
      expect(exposed.api).toEqual(CONTRACT_API)
      expect(exposed.node).toEqual(['undefined', 'undefined'])
      expect(exposed.opened).toBe(true)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(page.url()).toBe(APP_ENTRY_URL)
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
