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
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Scopriamo insieme cosa non va con la tua posta',
      )
      const exposed = await page.evaluate(() => {
        const scope = globalThis as unknown as {
          maildoctor: object
          require?: unknown
          process?: unknown
          open: (url: string) => unknown
        }
        return {
          api: Object.keys(scope.maildoctor).sort(),
          node: [typeof scope.require, typeof scope.process],
          opened: scope.open('https://example.invalid/') === null,
        }
      })
      expect(exposed.api).toEqual([
        'appInfo',
        'cancelCheck',
        'onCheckProgress',
        'openExternal',
        'runCheck',
        'setLanguage',
      ])
      expect(exposed.node).toEqual(['undefined', 'undefined'])
      expect(exposed.opened).toBe(true)
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
