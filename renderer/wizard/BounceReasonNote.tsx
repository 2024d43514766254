import { useTranslation } from 'react-i18next'
import type { ServerTextExplanation } from '../../shared/bounce/explain'
import { shownVerdict } from '../../shared/bounce/retry-verdict'
import { useAppStore } from '../store/use-app-store'

const PEC_ERRORS = new Set(['no-dest', 'no-dominio', 'virus', 'altro'])

/**
 * Why the bounce came back (its reason, or the finer reading of it the words give, unless
 * `withReason` is false because the card's title says it), whether sending again helps and, for a
 * PEC receipt, what the receipt says, in plain words.
 */
export function BounceReasonNote({
  withReason = true,
  reading = null,
}: {
  withReason?: boolean
  reading?: ServerTextExplanation | null
}) {
  const { t } = useTranslation()
  const reason = useAppStore((state) => state.bounce?.reason ?? null)
  const pec = useAppStore((state) => state.bounce?.pec ?? null)
  const ordinaryToPec = useAppStore((state) => state.bounce?.ordinaryToPec ?? false)
  const retry = useAppStore((state) => state.bounce?.retry ?? null)
  if (!reason && !pec) return null
  const stem = `bounce:reasons.${reason}`
  const why: Pick<ServerTextExplanation, 'title' | 'meaning'> = reading ?? {
    title: { key: `${stem}.title` },
    meaning: { key: `${stem}.meaning` },
  }
  const notes = [
    ordinaryToPec ? 'bounce:pec.notes.ordinaryToPec' : null,
    pec?.ordinaryRecipient ? 'bounce:pec.notes.ordinaryRecipient' : null,
    pec?.hours === 12 ? 'bounce:pec.notes.hours12' : null,
    pec?.hours === 24 ? 'bounce:pec.notes.hours24' : null,
  ].filter((key) => key !== null)
  return (
    <div className="bounce-reason">
      {reason && withReason && (
        <p>
          <strong>{t('bounce:reasonLabel')}:</strong> {t(why.title.key, why.title.params ?? {})}.{' '}
          {t(why.meaning.key, why.meaning.params ?? {})}
        </p>
      )}
      {reason && retry && shownVerdict(reason, retry) && (
        <p>
          <strong>{t('bounce:retryLabel')}</strong> {t(`bounce:retry.${retry}`)}
        </p>
      )}
      {pec && (
        <p>
          <strong>{t(`bounce:pec.kinds.${pec.kind}.title`)}.</strong>{' '}
          {t(`bounce:pec.kinds.${pec.kind}.meaning`)}
          {pec.error && PEC_ERRORS.has(pec.error) && <> {t(`bounce:pec.errors.${pec.error}`)}</>}
        </p>
      )}
      {pec?.extendedError && (
        <p className="note">{t('bounce:pec.extendedError', { text: pec.extendedError })}</p>
      )}
      {notes.map((key) => (
        <p key={key} className="note">
          {t(key)}
        </p>
      ))}
    </div>
  )
}
