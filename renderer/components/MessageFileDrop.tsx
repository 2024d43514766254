import { useRef, useState, type DragEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isOutlookMsg,
  MESSAGE_FILE_BYTES_MAX,
  MessageFileError,
  readMessageFile,
  type MessageFilePurpose,
} from '../../shared/message-file/read-message-file'
import { api } from '../bridge/api'

type Read = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' }

/** A saved message read on this page. */
async function readHere(bytes: Uint8Array, purpose: MessageFilePurpose): Promise<Read> {
  try {
    return { ok: true, text: (await readMessageFile(bytes, purpose)).text }
  } catch (error) {
    return { ok: false, reason: error instanceof MessageFileError ? error.reason : 'unreadable' }
  }
}

/** An Outlook .msg, read by the engine: its library needs Node's Buffer, which this page does not have. */
async function readInEngine(bytes: Uint8Array, purpose: MessageFilePurpose): Promise<Read> {
  const result = await api().readMessageFile({ base64: toBase64(bytes), purpose })
  return result.ok ? result.value : { ok: false, reason: 'unreadable' }
}

/** Bytes as base64, in chunks so no call gets too many arguments. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 32_768)
    binary += String.fromCharCode(...bytes.subarray(start, start + 32_768))
  return btoa(binary)
}

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
    const read = isOutlookMsg(bytes) ? await readInEngine(bytes, purpose) : await readHere(bytes, purpose)
    if (!read.ok)
      return onError(
        read.reason === 'too-large' ? 'common:messageFile.tooLarge' : 'common:messageFile.unreadable',
      )
    onText(read.text)
    setLoaded(t('common:messageFile.loaded', { name: file.name }))
  }
  return { take, loaded }
}

/**
 * A text field that also takes a file: dropped on it, or chosen with “Open file…”. A saved message
 * (.eml), an Outlook .msg or a message forwarded as an attachment becomes the field's text, read on
 * this computer (a .msg by the engine); the screen then reads it as it reads a paste.
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
