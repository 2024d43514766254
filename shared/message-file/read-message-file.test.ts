import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../bounce/parse-bounce'
import { readHeaders } from '../headers/read-headers'
import { MESSAGE_FILE_BYTES_MAX, MessageFileError, readMessageFile } from './read-message-file'

const FIXTURES = join(__dirname, 'fixtures')
const BOUNCES = join(__dirname, '..', 'bounce', 'corpus')
const HEADERS = join(__dirname, '..', 'headers', 'corpus')

/** A message as a person forwards it to support: their note, and the message attached. */
function forwarded(message: string, type = 'message/rfc822'): Uint8Array {
  const outer = [
    'Received: from helpdesk.example.it by mx.example.it; Fri, 04 Dec 2026 10:00:00 +0100',
    'From: Mario <mario@example.it>',
    'To: helpdesk@example.it',
    'Subject: Fwd: guarda qui',
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
  return new TextEncoder().encode(outer)
}

async function corpus(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort()
}

const essentials = (info: Awaited<ReturnType<typeof parseBounce>>) => ({
  recipient: info.recipient,
  replyCode: info.replyCode,
  enhancedCode: info.enhancedCode,
  reason: info.reason,
})

describe('a message as a file', () => {
  it('reads real Outlook .msg files: headers, body and the message attached inside', async () => {
    const simple = await readMessageFile(await readFile(join(FIXTURES, 'Simple.msg')), 'bounce')
    expect(simple.kind).toBe('msg')
    expect(simple.text).toMatch(/^Subject: Simple\r\n/m)
    expect(simple.text).toContain('\r\n\r\nSimple')
    const outer = await readMessageFile(await readFile(join(FIXTURES, 'Outer mail.msg')), 'bounce')
    expect(outer.text).toMatch(/Content-Type: message\/rfc822\r\n\r\n[^]*Inner mail/)
    expect(outer.text).not.toContain('%PDF')
  })

  it('a received .msg keeps its transport headers; an attached draft (no Received line) does not replace them', async () => {
    const bytes = await readFile(join(FIXTURES, 'Attach sample eml received.msg'))
    const whole = await readMessageFile(bytes, 'bounce')
    expect(whole.text).toMatch(/^Return-Path: hmailuser@hmailserver\.test\r\nReceived: from H270/)
    expect(whole.text).not.toMatch(/^Content-Type: (?!multipart\/mixed|text\/plain|message\/rfc822)/m)
    expect(whole.text).toContain('Message-ID: <4b8ce858-d06e-487e-a062-b8d7efb4d9d9@hmailserver.test>')
    const headers = await readMessageFile(bytes, 'headers')
    expect(headers.text).toMatch(/^Return-Path: hmailuser@hmailserver\.test\r\nReceived: from H270/)
    expect(headers.text).not.toContain('X-Mozilla-Draft-Info')
    expect(headers.text).toMatch(/\r\n\r\n$/)
  })

  it('every bounce of the corpus gives the same findings from its .eml and forwarded as an attachment', async () => {
    for (const name of await corpus(BOUNCES)) {
      const bytes = await readFile(join(BOUNCES, name))
      const pasted = essentials(await parseBounce(bytes.toString('utf8')))
      const file = await readMessageFile(bytes, 'bounce')
      expect(file.kind, name).toBe('eml')
      expect(essentials(await parseBounce(file.text)), name).toEqual(pasted)
      const fwd = await readMessageFile(forwarded(bytes.toString('utf8')), 'bounce')
      expect(essentials(await parseBounce(fwd.text)), `${name} forwarded`).toEqual(pasted)
    }
  })

  it('every message of the header corpus reads the same from its file and forwarded (rfc822 or headers only)', async () => {
    for (const name of await corpus(HEADERS)) {
      const text = await readFile(join(HEADERS, name), 'utf8')
      const pasted = await readHeaders(text)
      const file = await readMessageFile(new TextEncoder().encode(text), 'headers')
      expect(await readHeaders(file.text), name).toEqual(pasted)
      const fwd = await readMessageFile(forwarded(text), 'headers')
      expect(await readHeaders(fwd.text), `${name} forwarded`).toEqual(pasted)
      const headersOnly = text.slice(0, text.search(/\r?\n\r?\n/))
      const fwdHeaders = await readMessageFile(forwarded(headersOnly, 'text/rfc822-headers'), 'headers')
      expect(await readHeaders(fwdHeaders.text), `${name} as text/rfc822-headers`).toEqual(pasted)
    }
  })

  it('refuses a file over the size bound, and a broken .msg, with a reason', async () => {
    await expect(readMessageFile(new Uint8Array(MESSAGE_FILE_BYTES_MAX + 1), 'bounce')).rejects.toEqual(
      new MessageFileError('too-large'),
    )
    const broken = new Uint8Array(4096)
    broken.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(readMessageFile(broken, 'bounce')).rejects.toMatchObject({ reason: 'unreadable' })
  })
})
