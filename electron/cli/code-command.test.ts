import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseBounce } from '../../shared/bounce/parse-bounce'
import { codeCommand } from './code-command'
import { explanationJson } from './explanation-output'
import { UsageError } from './common'
import { cliArgs } from './cli-process.test-helper'

const run = promisify(execFile)

async function capture(args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    const code = await codeCommand(args)
    return { code, out }
  } finally {
    spy.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe('code command', () => {
  for (const lang of ['it', 'en'] as const) {
    // Every code's texts are checked once, in shared/knowledge/code-records.test.ts: here, the JSON shape.
    it(`answers with --json in ${lang}`, async () => {
      for (const code of [101, 250, 421, 550]) {
        const { code: exit, out } = await capture([String(code), '--json', '--lang', lang])
        const json = JSON.parse(out) as Record<string, unknown>
        expect(json.replyCode).toBe(code)
        for (const key of ['title', 'meaning', 'retry'] as const) {
          expect(typeof json[key]).toBe('string')
          expect(json[key] as string).not.toMatch(/^knowledge:/)
        }
        expect((json.causes as string[]).length).toBeGreaterThan(0)
        expect((json.steps as string[]).length).toBeGreaterThan(0)
        expect(Array.isArray(json.whoActs)).toBe(true)
        expect(Array.isArray(json.relatedChecks)).toBe(true)
        const digit = Math.floor(code / 100)
        expect(json.transient).toBe(digit === 4 ? true : digit === 5 ? false : null)
        expect(exit).toBe(0)
      }
    })
  }

  it('speaks the chosen language', async () => {
    const it = JSON.parse((await capture(['552', '--json', '--lang', 'it'])).out) as {
      title: string
      class: string
    }
    const en = JSON.parse((await capture(['552', '--json', '--lang', 'en'])).out) as { title: string }
    expect(it.title).toBe('Spazio esaurito: casella piena o messaggio troppo grande')
    expect(en.title).toBe('No room: mailbox full or message too large')
    expect(it.class).toBe('permanent')
  })

  it('explains an unknown code from its class and a line of text alone', async () => {
    const unknown = JSON.parse((await capture(['458', '--json', '--lang', 'en'])).out) as Record<
      string,
      unknown
    >
    expect(unknown.title).toBe('A temporary problem')
    expect(unknown.transient).toBe(true)
    const line = await capture(['Relay', 'access', 'denied', '--lang', 'en'])
    expect(line.out).toContain('The server wouldn’t pass the message on')
    expect(line.code).toBe(0)
  })

  it('prints the steps numbered in the terminal', async () => {
    const { out } = await capture(['535', '--lang', 'en'])
    expect(out).toContain('535 — Login refused')
    expect(out).toContain('  1. Check that the username is the full email address')
    expect(out).toContain('your login on the sending server; your login on the mailbox')
  })

  it('says who needs to act as one phrase in the language, not a list joined by commas', async () => {
    const who = async (lang: string) =>
      (await capture(['552', '--lang', lang])).out
        .split('\n')
        .find((line) => line.startsWith(lang === 'it' ? 'Chi deve intervenire:' : 'Who needs to act:'))
    expect(await who('it')).toBe('Chi deve intervenire: Il destinatario e tu')
    expect(await who('en')).toBe('Who needs to act: The recipient and you')
  })

  it('gives a line the card the wizard shows for the same line pasted: one answer', async () => {
    for (const line of [
      '535 Incorrect authentication data',
      '550 5.7.1 Sender not allowed to relay',
      '550 5.7.1 Message rejected as spam by Content Filtering',
    ]) {
      const json = JSON.parse((await capture([line, '--json', '--lang', 'en'])).out) as { title: string }
      const pasted = (await parseBounce(line)).explanation
      expect(pasted).not.toBeNull()
      if (pasted) expect(json.title).toBe(explanationJson(pasted, 'en').title)
    }
    const login = JSON.parse((await capture(['535 Incorrect authentication data', '--json'])).out) as {
      steps: string[]
    }
    expect(login.steps.join(' ')).not.toContain('SPF')
  })

  it('answers "will sending again help?" once, with the reader’s verdict, in both languages', async () => {
    const line = "552-5.2.2 The recipient's inbox is out of storage space and inactive. ?p=OverQuotaPerm"
    const en = (await capture([line, '--lang', 'en'])).out
    expect(en).toContain('Will sending again help? No, not as it is.')
    expect(en).not.toMatch(/^Retry: /m)
    expect(en).not.toContain('once they’ve made room')
    const it = (await capture([line, '--lang', 'it'])).out
    expect(it.match(/^Serve inviarlo di nuovo\?/gm)).toHaveLength(1)
    const json = JSON.parse((await capture([line, '--json', '--lang', 'en'])).out) as Record<string, unknown>
    expect(json.retryVerdict).toBe('permanent')
    expect(json.retry).toMatch(/^No, not as it is/)
  })

  it('names a mail program’s own words as the program’s, not a server’s', async () => {
    const { out } = await capture([
      'curl: (60) SSL certificate problem: self-signed certificate',
      '--lang',
      'en',
    ])
    expect(out).toContain('Your mail program says: ')
    expect(out).not.toContain('The server’s text says')
    const it = (await capture(["Impossibile trovare l'host smtp.example.test", '--lang', 'it'])).out
    expect(it).toContain('Il programma di posta dice: ')
  })

  it('refuses empty input and what is not a code, in the chosen language', async () => {
    await expect(codeCommand(['--lang', 'it'])).rejects.toThrow(UsageError)
    await expect(codeCommand(['buongiorno', '--lang', 'it'])).rejects.toThrow('Questo non è un codice')
  })

  it('exits 2 with one line on stderr through the real CLI', async () => {
    const failure = await run(process.execPath, cliArgs(['code', '999', '--lang', 'en'])).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect('code' in failure && failure.code).toBe(2)
    expect('stderr' in failure && failure.stderr.trim().split('\n')).toHaveLength(1)
    const ok = await run(process.execPath, cliArgs(['code', '250', '--json']))
    expect((JSON.parse(ok.stdout) as { title?: unknown }).title).toBeTruthy()
  })
})
