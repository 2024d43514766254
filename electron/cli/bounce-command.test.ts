import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { captureOutput } from './capture-output.test-helper'
import { bounceCommand } from './bounce-command'
import { resources } from '../../shared/i18n'
import { UsageError } from './common'
import { cliArgs } from './cli-process.test-helper'

const run = promisify(execFile)
const CORPUS = join(import.meta.dirname, '../../shared/bounce/corpus')

const capture = (args: string[]) => captureOutput(bounceCommand, args)

describe('bounce command', () => {
  it('prints the JSON contract for a bounce file', async () => {
    const { code, out } = await capture([join(CORPUS, 'postfix-user-unknown.eml'), '--json', '--lang', 'en'])
    const json = JSON.parse(out) as Record<string, unknown>
    expect(json).toMatchObject({
      replyCode: 550,
      enhancedCode: '5.1.1',
      recipient: 'luca.bianchi@example.com',
      remoteMta: 'mx1.example.com',
      transient: false,
      format: 'postfix',
      reportingMta: 'smtp.example.it',
      sendingIp: null,
    })
    expect(json.diagnostic).toContain('User unknown')
    expect(json.remedies).toContain('recipient-address')
    expect(code).toBe(1)
  })

  it('tells the story in Italian', async () => {
    const { out } = await capture([join(CORPUS, 'gmail-it-casella-piena-pasted.txt'), '--lang', 'it'])
    expect(out).toContain(`Formato: ${resources.it.knowledge.formats.gmail}`)
    expect(out).toContain('Destinatario: nonna@example.it')
    expect(out).toContain('La casella del destinatario è piena')
    // One answer to "will sending again help?": the bounce's verdict, not the code's own advice too.
    expect(out).toContain(`${resources.it.bounce.retryLabel} ${resources.it.bounce.retry.temporary}`)
    expect(out).not.toContain(`${resources.it.knowledge.cli.labels.retry}:`)
  })

  it('says what went wrong, not why it came back, for a mail program’s own window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-window-'))
    const file = join(dir, 'window.txt')
    writeFileSync(
      file,
      'Errore di invio\nNon è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) smtp.example.it non è riuscita.\n',
    )
    const { out } = await capture([file, '--lang', 'it'])
    expect(out).toContain(`${resources.it.bounce.windowReasonLabel}:`)
    expect(out).not.toContain(resources.it.bounce.reasonLabel)
    expect(out).toContain(resources.it.knowledge.details.ownServerUnreachable.title)
  })

  it('says why it came back in the words’ finer reading, never the reason’s opposite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-held-'))
    const file = join(dir, 'yahoo.txt')
    writeFileSync(
      file,
      [
        '<anna@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.64] said: 421 4.7.0',
        '    [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected',
        '    volume or user complaints (in reply to MAIL FROM command)',
      ].join('\n'),
    )
    const { out } = await capture([file, '--lang', 'it'])
    expect(out).toContain(
      `${resources.it.bounce.reasonLabel}: ${resources.it.knowledge.details.serverHeldBack.title}`,
    )
    expect(out).not.toContain(resources.it.bounce.reasons.rejected.title)
  })

  it('gives null for absent fields', async () => {
    const { out } = await capture([join(CORPUS, 'text-greylisting-line.txt'), '--json'])
    const json = JSON.parse(out) as Record<string, unknown>
    expect(json.recipient).toBeNull()
    expect(json.remoteMta).toBeNull()
    expect(json.transient).toBe(true)
  })

  it('refuses an unreadable, empty or non-bounce file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-bounce-'))
    writeFileSync(join(dir, 'empty.txt'), '  \n')
    writeFileSync(join(dir, 'letter.txt'), 'Ciao Mario, a domani.')
    await expect(bounceCommand([join(dir, 'missing.eml'), '--lang', 'en'])).rejects.toThrow(
      resources.en.knowledge.cli.unreadable.replace('{{file}}', join(dir, 'missing.eml')),
    )
    await expect(bounceCommand([join(dir, 'empty.txt'), '--lang', 'en'])).rejects.toThrow(UsageError)
    await expect(bounceCommand([join(dir, 'letter.txt'), '--lang', 'it'])).rejects.toThrow(
      resources.it.knowledge.cli.noBounce,
    )
  })

  it('reads stdin through the real CLI', async () => {
    const child = execFile(process.execPath, cliArgs(['bounce', '-', '--json']))
    child.stdin?.end('Remote host said: 552 5.2.2 <a@example.it>: mailbox full\n')
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      let stdout = ''
      child.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)))
      child.on('close', (code) => resolve({ code, stdout }))
    })
    expect(out.code).toBe(1)
    expect(JSON.parse(out.stdout)).toMatchObject({
      replyCode: 552,
      enhancedCode: '5.2.2',
      recipient: 'a@example.it',
    })
    const missing = await run(process.execPath, cliArgs(['bounce', '/no/such/file'])).catch(
      (error: { code: number }) => error,
    )
    expect('code' in missing && missing.code).toBe(2)
  })
})
