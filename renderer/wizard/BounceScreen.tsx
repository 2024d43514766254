import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { readBounce } from '../bridge/read-bounce'
import { useAppStore } from '../store/use-app-store'
import { ScreenFrame } from './ScreenFrame'

/** Takes a pasted bounce, a code or a line of server text, and reads it off the page's thread. */
export function BounceScreen() {
  const { t } = useTranslation()
  const submitBounce = useAppStore((state) => state.submitBounce)
  const [text, setText] = useState('')
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setError('tree:nodes.bounce-input.empty')
      return
    }
    setReading(true)
    try {
      const info = await readBounce(text)
      const codes = [info.replyCode, info.enhancedCode].filter((code) => code !== null).join(' ')
      submitBounce(
        {
          replyCode: info.replyCode,
          enhancedCode: info.enhancedCode,
          serverText: info.explanation?.serverText.map((match) => match.id) ?? [],
          recipient: info.recipient,
          sendingIp: info.sendingIp,
          explanation: info.explanation,
          reason: info.reason,
          pec: info.pec,
        },
        [codes || t(`knowledge:formats.${info.format}`), t(`bounce:reasons.${info.reason}.title`)].join(
          ' · ',
        ),
      )
    } catch {
      setError('tree:nodes.bounce-input.failed')
    } finally {
      setReading(false)
    }
  }

  return (
    <ScreenFrame
      title={t('tree:nodes.bounce-input.title')}
      lead={t('tree:nodes.bounce-input.lead')}
      actions={
        <button type="submit" form="bounce-form" className="button-primary" disabled={reading}>
          {reading ? t('tree:nodes.bounce-input.reading') : t('common:action.next')}
        </button>
      }
    >
      <form id="bounce-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="bounce-text">{t('tree:nodes.bounce-input.label')}</label>
          <textarea
            id="bounce-text"
            rows={8}
            spellCheck={false}
            placeholder={t('tree:nodes.bounce-input.placeholder')}
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? 'bounce-hint bounce-error' : 'bounce-hint'}
            onChange={(event) => {
              setText(event.target.value)
              if (error) setError(null)
            }}
          />
          <p className="field-hint" id="bounce-hint">
            {t('tree:nodes.bounce-input.hint')}
          </p>
          <p className="field-error" id="bounce-error" role="alert">
            {error ? t(error) : ''}
          </p>
        </div>
      </form>
    </ScreenFrame>
  )
}
