/**
 * The goal of message files: a bounce or a message gives the same findings whether its text is
 * pasted, its .eml is opened, it is saved from Outlook as a .msg, or it is forwarded as an attachment
 * (marked `Content-Disposition: attachment`, pasted or opened), over the whole bounce and header corpora.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeToMsg } from '../../scripts/write-msg'
import { parseBounce } from '../bounce/parse-bounce'
import { readHeaders } from '../headers/read-headers'
import { readMessageFile } from './read-message-file'

const BOUNCES = join(__dirname, '..', 'bounce', 'corpus')
const HEADERS = join(__dirname, '..', 'headers', 'corpus')

/** A message as a person forwards it to support: their note, and the message attached as a file. */
function forwarded(message: string, type = 'message/rfc822'): string {
  return [
    'From: Mario <mario@example.it>',
    'To: helpdesk@example.it',
    'Subject: Fwd: guarda qui',
    'Date: Fri, 04 Dec 2026 10:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="fwd-boundary"',
    '',
    '--fwd-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Mi è tornato questo, puoi guardare?',
    '--fwd-boundary',
    `Content-Type: ${type}`,
    'Content-Disposition: attachment; filename="messaggio.eml"',
    '',
    message,
    '--fwd-boundary--',
    '',
  ].join('\r\n')
}

const bytes = (text: string) => new TextEncoder().encode(text)

/** What a person reads of a bounce: who, the codes, why, and what to do. */
const findings = (info: Awaited<ReturnType<typeof parseBounce>>) => ({
  recipient: info.recipient,
  replyCode: info.replyCode,
  enhancedCode: info.enhancedCode,
  reason: info.reason,
  transient: info.transient,
  remedies: info.remedies,
})

async function corpus(dir: string, kinds: RegExp): Promise<string[]> {
  return (await readdir(dir)).filter((name) => kinds.test(name)).sort()
}

describe('the same findings, however the message comes', () => {
  it('every bounce of the corpus: pasted, .eml, .msg, forwarded as an attachment (pasted and opened)', async () => {
    const names = await corpus(BOUNCES, /\.(?:eml|txt)$/)
    expect(names.length).toBeGreaterThan(40)
    for (const name of names) {
      const text = await readFile(join(BOUNCES, name), 'utf8')
      const pasted = findings(await parseBounce(text))
      expect(pasted.replyCode ?? pasted.enhancedCode ?? pasted.recipient, name).not.toBeNull()
      const ways: [string, string][] = [
        ['.eml', (await readMessageFile(bytes(text), 'bounce')).text],
        ['forwarded, pasted', forwarded(text)],
        ['forwarded, opened', (await readMessageFile(bytes(forwarded(text)), 'bounce')).text],
      ]
      if (name.endsWith('.eml')) {
        const msg = await readMessageFile(await mimeToMsg(text), 'bounce')
        expect(msg.kind, name).toBe('msg')
        ways.push(['.msg', msg.text])
      }
      for (const [way, read] of ways)
        expect(findings(await parseBounce(read)), `${name} ${way}`).toEqual(pasted)
    }
  })

  it('every message of the header corpus: pasted, .eml, .msg, forwarded whole or as its headers', async () => {
    const names = await corpus(HEADERS, /\.eml$/)
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) {
      const text = await readFile(join(HEADERS, name), 'utf8')
      const pasted = await readHeaders(text)
      expect(pasted.hops.length, name).toBeGreaterThan(0)
      const headersOnly = text.slice(0, text.search(/\r?\n\r?\n/))
      const ways: [string, Uint8Array][] = [
        ['.eml', bytes(text)],
        ['.msg', await mimeToMsg(text)],
        ['forwarded', bytes(forwarded(text))],
        ['forwarded headers', bytes(forwarded(headersOnly, 'text/rfc822-headers'))],
      ]
      for (const [way, file] of ways) {
        const read = await readMessageFile(file, 'headers')
        expect(await readHeaders(read.text), `${name} ${way}`).toEqual(pasted)
      }
    }
  })
})
