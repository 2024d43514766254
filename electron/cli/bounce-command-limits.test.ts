import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { captureOutput } from './capture-output.test-helper'
import { bounceCommand } from './bounce-command'
import { ownMemory } from './own-memory.test-helper'

const dir = mkdtempSync(join(tmpdir(), 'md-bounce-limits-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const BOUNCE =
  'From: MAILER-DAEMON@mx.example.net\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\n\n' +
  'This is the mail system at host mx.example.net.\n\n' +
  '<someone@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <someone@example.org>: ' +
  'Recipient address rejected: User unknown \u001b]0;owned\u0007\u001b[2J\u009b31m\n'

const capture = (args: string[]) => captureOutput(bounceCommand, args)

describe('bounce command limits', () => {
  it('reads a 600 MB file only as far as the cap, and says it was cut', async () => {
    const file = join(dir, 'huge.eml')
    writeFileSync(file, BOUNCE)
    truncateSync(file, 600 * 1024 * 1024)
    const before = ownMemory()
    const { out } = await capture([file, '--lang', 'en'])
    expect(ownMemory() - before).toBeLessThan(300 * 1024 * 1024)
    expect(out).toContain('Recipient: someone@example.org')
    expect(out).toContain('only its first part was read')
    const json = await capture([file, '--json'])
    expect(JSON.parse(json.out)).toMatchObject({ replyCode: 550, truncated: true })
  })

  it('prints no terminal escape sequence that came in the bounce, in text or JSON', async () => {
    const file = join(dir, 'escapes.eml')
    writeFileSync(file, BOUNCE)
    for (const args of [
      [file, '--lang', 'en'],
      [file, '--json'],
    ]) {
      const { out } = await capture(args)
      expect(out).toContain('User unknown')
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
      expect(out).toContain('\\u001b')
    }
  })
})
