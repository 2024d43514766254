import { createI18n, type Language } from '../../shared/i18n'
import {
  isOutlookMsg,
  MESSAGE_FILE_BYTES_MAX,
  MessageFileError,
  readMessageFile,
  type MessageFilePurpose,
} from '../../shared/message-file/read-message-file'
import { readFileBounded, readStdinBounded, UsageError } from './common'

/** A message as the bounce and header readers take it, and whether the source had more. */
export interface MessageInput {
  text: string
  cut: boolean
}

/**
 * Reads `file` (`-` for standard input) as the app reads a dropped file: a saved message, an
 * Outlook .msg, or a message forwarded as an attachment. Only MESSAGE_FILE_BYTES_MAX bytes are read
 * (a larger text file is cut, a larger .msg refused); errors are usage errors in the language.
 */
export async function readMessageInput(
  file: string,
  purpose: MessageFilePurpose,
  lang: Language,
): Promise<MessageInput> {
  const t = createI18n(lang).t
  const bytes = await (
    file === '-' ? readStdinBounded(MESSAGE_FILE_BYTES_MAX) : readFileBounded(file, MESSAGE_FILE_BYTES_MAX)
  ).catch(() => {
    throw new UsageError(t('knowledge:cli.unreadable', { file }))
  })
  const over = bytes.length > MESSAGE_FILE_BYTES_MAX
  if (over && isOutlookMsg(bytes)) throw new UsageError(t('knowledge:cli.fileTooLarge', { file }))
  try {
    const read = await readMessageFile(bytes.subarray(0, MESSAGE_FILE_BYTES_MAX), purpose)
    return { text: read.text, cut: read.cut || over }
  } catch (error) {
    if (error instanceof MessageFileError && error.reason === 'unreadable')
      throw new UsageError(t('knowledge:cli.msgUnreadable', { file }))
    throw error
  }
}
