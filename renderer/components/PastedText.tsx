import { useTranslation } from 'react-i18next'
import type { MessageFilePurpose } from '../../shared/message-file/read-message-file'
import { Field } from './Field'
import { MessageFileDrop } from './MessageFileDrop'

/** The pasted text's field: its label, hint, placeholder and size, and the text with its error key. */
interface PastedTextProps {
  id: string
  name: string
  purpose: MessageFilePurpose
  label: string
  hint?: string
  placeholder: string
  rows: number
  text: string
  onText: (text: string) => void
  /** An i18n key saying what is wrong with the text, or null. */
  error: string | null
  onError: (key: string | null) => void
}

/**
 * A field that takes pasted text or a message file (a bounce, a message's headers): typing or a
 * file read clears the error; a file that cannot be read says why in the error line.
 */
export function PastedText({
  purpose,
  placeholder,
  rows,
  text,
  onText,
  error,
  onError,
  ...field
}: PastedTextProps) {
  const { t } = useTranslation()
  return (
    <Field {...field} error={error ? t(error) : ''}>
      {(control) => (
        <MessageFileDrop
          purpose={purpose}
          onText={(value) => {
            onText(value)
            onError(null)
          }}
          onError={onError}
        >
          <textarea
            {...control}
            rows={rows}
            spellCheck={false}
            placeholder={placeholder}
            value={text}
            onChange={(event) => {
              onText(event.target.value)
              if (error) onError(null)
            }}
          />
        </MessageFileDrop>
      )}
    </Field>
  )
}
