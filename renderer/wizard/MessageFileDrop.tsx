import { useRef, useState, type DragEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isOutlookMsg,
  MESSAGE_FILE_BYTES_MAX,
  MessageFileError,
  readMessageFile,
  type MessageFilePurpose,
} from '../../shared/message-file/read-message-file'

/** What the file is read for, where its text goes, and where the reason goes when it cannot be read. */
interface MessageFileDropProps {
  purpose: MessageFilePurpose
  onText: (text: string) => void
  /** An i18n key saying why the file could not be read. */
  onError: (key: string) => void
  children?: ReactNode
}

/**
 * Reads a chosen or dropped file on this computer: its text to `onText`, or the reason to `onError`;
 * `loaded` says which file was read, for the status line.
 */
function useMessageFile({ purpose, onText, onError }: MessageFileDropProps) {
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState('')
  const take = async (file: File) => {
    setLoaded('')
    if (file.size > MESSAGE_FILE_BYTES_MAX) return onError('common:messageFile.tooLarge')
    const bytes = new Uint8Array(await file.arrayBuffer())
    try {
      const read = await readMessageFile(bytes, purpose)
      onText(read.text)
      setLoaded(t('common:messageFile.loaded', { name: file.name }))
    } catch (error) {
      // The .msg library needs Node's Buffer, which this page does not have: the CLI reads .msg files.
      const tooLarge = error instanceof MessageFileError && error.reason === 'too-large'
      if (tooLarge) onError('common:messageFile.tooLarge')
      else onError(isOutlookMsg(bytes) ? 'common:messageFile.msgNotHere' : 'common:messageFile.unreadable')
    }
  }
  return { take, loaded }
}

/**
 * A text field that also takes a file: dropped on it, or chosen with “Open file…”. A saved message
 * (.eml), an Outlook .msg or a message forwarded as an attachment becomes the field's text, read on
 * this computer; the screen then reads it as it reads a paste.
 */
export function MessageFileDrop({ purpose, onText, onError, children }: MessageFileDropProps) {
  const { t } = useTranslation()
  const picker = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const { take, loaded } = useMessageFile({ purpose, onText, onError })

  const drop = (event: DragEvent) => {
    if (event.dataTransfer.files.length === 0) return
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void take(file)
  }

  return (
    <div
      className={dragging ? 'message-file message-file-dragging' : 'message-file'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      {children}
      <div className="message-file-row">
        <button type="button" className="button-secondary" onClick={() => picker.current?.click()}>
          {t('common:messageFile.open')}
        </button>
        <span className="field-hint">{t('common:messageFile.hint')}</span>
      </div>
      <input
        ref={picker}
        type="file"
        hidden
        accept=".eml,.msg,.txt,message/rfc822"
        aria-label={t('common:messageFile.open')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void take(file)
        }}
      />
      <p className="field-hint" role="status">
        {loaded}
      </p>
    </div>
  )
}
