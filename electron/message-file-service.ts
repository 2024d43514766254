import type { MessageFileResponse } from '../shared/ipc'
import {
  MessageFileError,
  readMessageFile,
  type MessageFilePurpose,
} from '../shared/message-file/read-message-file'

/**
 * Reads a message file the page could not (an Outlook .msg: its library needs Node's Buffer), from
 * its bytes as base64. The same reader as the CLI's, with the same size bound; never throws for a
 * file it cannot read, it says why.
 */
export async function readMessageFileBytes(
  base64: string,
  purpose: MessageFilePurpose,
): Promise<MessageFileResponse> {
  try {
    const read = await readMessageFile(new Uint8Array(Buffer.from(base64, 'base64')), purpose)
    return { ok: true, ...read }
  } catch (error) {
    return { ok: false, reason: error instanceof MessageFileError ? error.reason : 'unreadable' }
  }
}
