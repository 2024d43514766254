import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The Electron binary's path, or why there is none (here it cannot be downloaded). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string'
      ? { path }
      : { missing: 'the electron package did not give a binary path' }
  } catch (error) {
    return {
      missing: `the Electron binary is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    }
  }
}

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
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { level: 1 })).toHaveText(
        'Scopriamo insieme cosa non va con la tua posta',
      )
      const exposed = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { maildoctor: object }).maildoctor).sort(),
        node: typeof (window as unknown as { require?: unknown }).require,
        opened: window.open('https://example.invalid/') === null,
      }))
      expect(exposed.api).toEqual([
        'appInfo',
        'cancelCheck',
        'onCheckProgress',
        'openExternal',
        'runCheck',
        'setLanguage',
      ])
      expect(exposed.node).toBe('undefined')
      expect(exposed.opened).toBe(true)
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents
        return contents?.getLastWebPreferences()
      })
      expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
