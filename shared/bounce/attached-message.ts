/**
 * The message a person forwarded as an attachment (message/rfc822, message/global or
 * text/rfc822-headers, whether marked `Content-Disposition: attachment` or inline). The bounce
 * reader opens it when the outer message says nothing of a delivery; the message-file reader takes
 * its headers for the headers screen. Bounded as the bounce reader's own input (characters, lines
 * and MIME boundaries), so a hostile paste costs no more the second time it is read.
 */
import PostalMime from 'postal-mime'
import { boundedBounceInput } from './bounded-input'

const ATTACHED_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers'])

/** The first attached message of a MIME message, or null when it has none (or is not MIME). */
export async function attachedMessage(text: string): Promise<string | null> {
  if (!/^content-type:[ \t]*multipart\//im.test(text.slice(0, 65_536))) return null
  try {
    const parsed = await PostalMime.parse(boundedBounceInput(text).text, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
    })
    const attached = parsed.attachments.find((attachment) =>
      ATTACHED_TYPES.has(attachment.mimeType.toLowerCase()),
    )
    if (!attached) return null
    const content = attached.content
    return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)
  } catch {
    return null
  }
}
