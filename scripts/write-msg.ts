/**
 * Writes an Outlook .msg (a Compound File with MAPI property streams, as Outlook saves a received
 * message) from a MIME message, for the tests that check a .msg reads the same as its paste: the
 * transport headers, the text and HTML bodies, and each attached part with its MIME type. Test tooling only.
 */
import * as CFB from 'cfb'
import PostalMime from 'postal-mime'

/** A unicode string property's stream name (type 001F), e.g. 0x007D for the transport headers. */
function stringStream(tag: number): string {
  return `__substg1.0_${tag.toString(16).toUpperCase().padStart(4, '0')}001F`
}

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le')
}

/** A property stream's header (8 reserved bytes, then counts for the root) and no fixed properties. */
function propertiesStream(root: boolean): Buffer {
  return Buffer.alloc(root ? 32 : 8)
}

/** The .msg bytes of a MIME message. */
export async function mimeToMsg(message: string): Promise<Uint8Array> {
  const email = await PostalMime.parse(message, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
  })
  const end = message.search(/\r?\n\r?\n/)
  const headers = `${end === -1 ? message : message.slice(0, end)}\r\n\r\n`
  const container = CFB.utils.cfb_new()
  const add = (path: string, content: Buffer) => CFB.utils.cfb_add(container, `/${path}`, content)
  add('__properties_version1.0', propertiesStream(true))
  add(stringStream(0x007d), utf16(headers))
  add(stringStream(0x0037), utf16(email.subject ?? ''))
  if (email.text !== undefined) add(stringStream(0x1000), utf16(email.text))
  if (email.html !== undefined) add(stringStream(0x1013), utf16(email.html))
  email.attachments.slice(0, 20).forEach((attachment, index) => {
    const folder = `__attach_version1.0_#${index.toString(16).toUpperCase().padStart(8, '0')}`
    const content = attachment.content
    const bytes =
      typeof content === 'string'
        ? Buffer.from(content)
        : Buffer.from(content instanceof Uint8Array ? content : new Uint8Array(content))
    add(`${folder}/__properties_version1.0`, propertiesStream(false))
    add(`${folder}/__substg1.0_37010102`, bytes)
    add(`${folder}/${stringStream(0x370e)}`, utf16(attachment.mimeType))
    add(`${folder}/${stringStream(0x3707)}`, utf16(attachment.filename ?? `part${index}.txt`))
  })
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer)
}
