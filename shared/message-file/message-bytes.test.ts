import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../bounce/parse-bounce'
import { messageBytesAsText } from './message-bytes'
import { readMessageFile } from './read-message-file'

const SISIMAI = join(__dirname, '..', 'bounce', 'fixtures', 'sisimai')

/** An older Italian server's delay notice, written in ISO-8859-1 with 8-bit text, as saved to a file. */
const DELAY_NOTICE = [
  'From: Mail Delivery System <MAILER-DAEMON@mail.example.it>',
  'To: anna@example.org',
  'Subject: Notifica di stato del recapito',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Questo è il sistema di posta di mail.example.it.',
  '',
  'Il messaggio per <mario.rossi@example.it> non è stato ancora consegnato.',
  'Il sistema continuerà a provare per altri 4 giorni: non serve inviarlo di nuovo.',
  '',
].join('\r\n')

/** A returned message whose notice is Windows-1252, beside a base64 part and a report. */
const MIXED_REPORT = [
  'From: MAILER-DAEMON@mx.example.it',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset="windows-1252"',
  '',
  'Il destinatario non esiste più – controllare l’indirizzo.',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.it',
  '',
  'Final-Recipient: rfc822; mario.rossi@example.it',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <mario.rossi@example.it>: Recipient address rejected',
  '',
  '--b1',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: base64',
  '',
  'UGVyY2j5',
  '--b1--',
  '',
].join('\r\n')

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))
const windows1252 = (text: string) => latin1(text.replace('–', '\x96').replace('’', '\x92'))

describe('a message file written in another charset than UTF-8', () => {
  it('reads an 8-bit ISO-8859-1 notice with its accents, so its words are understood', async () => {
    const bytes = latin1(DELAY_NOTICE)
    const file = await readMessageFile(bytes, 'bounce')
    expect(file.text).toContain('non è stato ancora consegnato')
    expect(file.text).not.toContain('\uFFFD')
    expect(file.text).toContain('Content-Type: text/plain; charset=utf-8')
    expect((await parseBounce(file.text)).retry).toBe('warning')
    // Read as UTF-8, as the app did before, the same file was a failure given up for good.
    expect((await parseBounce(new TextDecoder().decode(bytes))).retry).toBe('permanent')
  })

  it('converts each part in its own charset and leaves encoded parts as they are', async () => {
    const text = messageBytesAsText(windows1252(MIXED_REPORT))
    expect(text).toContain('Il destinatario non esiste più – controllare l’indirizzo.')
    expect(text).toContain('Content-Type: text/plain; charset=utf-8')
    expect(text).toContain(
      'charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\nUGVyY2j5\r\n--b1--',
    )
    const info = await parseBounce(text)
    expect(info.recipients.map((entry) => entry.recipient)).toEqual(['mario.rossi@example.it'])
    expect(info.reason).toBe('userunknown')
  })

  it('reads Japanese sent as 8-bit EUC-JP under an ISO-2022-JP label (a real au notice)', async () => {
    const bytes = new Uint8Array(await readFile(join(SISIMAI, 'lhost-ezweb-02.eml')))
    const text = messageBytesAsText(bytes)
    expect(text).toContain('送信先メールアドレスが見つかりませんでした')
    expect(text).not.toContain('\uFFFD')
  })

  it('leaves a UTF-8 file exactly as it is', () => {
    const text = DELAY_NOTICE.replace('iso-8859-1', 'utf-8')
    expect(messageBytesAsText(new TextEncoder().encode(text))).toBe(text)
  })

  it('stays bounded on hostile nesting and part counts', () => {
    const nested = Array.from(
      { length: 2000 },
      (_, depth) => `Content-Type: multipart/mixed; boundary="n${depth}"\r\n\r\n--n${depth}\r\n`,
    ).join('')
    const parts = Array.from({ length: 5000 }, () => '--p\r\nContent-Type: text/plain\r\n\r\nè\r\n').join('')
    const many = `Content-Type: multipart/mixed; boundary="p"\r\n\r\n${parts}--p--\r\n`
    for (const hostile of [nested, many]) {
      const text = messageBytesAsText(latin1(hostile))
      expect(text.length).toBe(hostile.length)
      expect(text).not.toContain('\uFFFD')
    }
  })
})
