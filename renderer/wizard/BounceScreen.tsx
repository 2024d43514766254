import { useState, type FormEvent } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { BounceInfo } from '../../shared/bounce/types'
import { sentByMailSystem } from '../../shared/bounce/explain'
import { readBounce } from '../bridge/read-bounce'
import { useAppStore } from '../store/use-app-store'
import type { BounceSummary } from '../store/wizard-slice'
import { PastedText } from '../components/PastedText'
import { ScreenFrame } from '../components/ScreenFrame'

/**
 * Takes a pasted bounce, an error from the mail program, a code or a line of server text, and
 * reads it off the page's thread. The text stays in memory for Back, never in the saved session.
 */
export function BounceScreen({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  const submitBounce = useAppStore((state) => state.submitBounce)
  const text = useAppStore((state) => state.pasted[nodeId] ?? '')
  const setPasted = useAppStore((state) => state.setPasted)
  const setText = (value: string) => setPasted(nodeId, value)
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const base = `tree:nodes.${nodeId}`
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') {
      setError(`${base}.empty`)
      return
    }
    setReading(true)
    try {
      const info = await readBounce(text)
      const [answer, label] = bounceAnswer(info, t)
      submitBounce(answer, label)
    } catch {
      setError(`${base}.failed`)
    } finally {
      setReading(false)
    }
  }

  return (
    <ScreenFrame
      title={t(`${base}.title`)}
      lead={t(`${base}.lead`)}
      actions={
        <button type="submit" form="bounce-form" className="button-primary" disabled={reading}>
          {reading ? t(`${base}.reading`) : t('common:action.next')}
        </button>
      }
    >
      <form id="bounce-form" onSubmit={(event) => void submit(event)} noValidate>
        <PastedText
          id="bounce-text"
          name="bounce"
          purpose="bounce"
          label={t(`${base}.label`)}
          hint={t(`${base}.hint`)}
          placeholder={t(`${base}.placeholder`)}
          rows={8}
          text={text}
          onText={setText}
          error={error}
          onError={setError}
        />
      </form>
    </ScreenFrame>
  )
}

/** What the read bounce answers in the walk, and the label its answer shows: codes (or the format) and reason. */
function bounceAnswer(info: BounceInfo, t: TFunction): [BounceSummary, string] {
  const codes = [info.replyCode, info.enhancedCode].filter((code) => code !== null).join(' ')
  return [
    {
      replyCode: info.replyCode,
      enhancedCode: info.enhancedCode,
      serverText: info.explanation?.serverText.map((match) => match.id) ?? [],
      recipient: info.recipient,
      sendingIp: info.sendingIp,
      explanation: info.explanation,
      reason: info.reason,
      retry: info.retry,
      pec: info.pec,
      ordinaryToPec: info.ordinaryToPec,
      fromMailSystem: sentByMailSystem(info),
    },
    [codes || t(`knowledge:formats.${info.format}`), t(`bounce:reasons.${info.reason}.title`)].join(' · '),
  ]
}
