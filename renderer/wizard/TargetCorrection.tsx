import { useTranslation } from 'react-i18next'
import { closestDomain } from '../../shared/did-you-mean'
import { COMMON_MAIL_DOMAINS } from '../../shared/knowledge/common-mail-domains'
import { useAppStore } from '../store/use-app-store'

function domainOf(value: string): string {
  return value.slice(value.lastIndexOf('@') + 1).trim()
}

/**
 * For a domain that does not exist: "did you mean …?" when a close name is known (a common mailbox
 * domain, or a domain met earlier in this session), and a way back to the address to correct it.
 */
export function TargetCorrection({ side }: { side: 'own' | 'recipient' }) {
  const { t } = useTranslation()
  const ownInput = useAppStore((state) => state.runs.own.input || state.targetInput)
  const recipient = useAppStore((state) => state.bounce?.recipient ?? '')
  const correctTarget = useAppStore((state) => state.correctTarget)
  const typed = side === 'own' ? ownInput : recipient
  const others = side === 'own' ? [domainOf(recipient)] : [domainOf(ownInput)]
  const suggestion = closestDomain(domainOf(typed), [...others.filter(Boolean), ...COMMON_MAIL_DOMAINS])
  const corrected = suggestion ? typed.slice(0, typed.lastIndexOf('@') + 1) + suggestion : typed
  return (
    <div className="target-correction">
      {suggestion && (
        <p className="did-you-mean" role="status">
          <strong>{t('tree:target.didYouMean', { domain: suggestion })}</strong>
        </p>
      )}
      {side === 'own' && (
        <p className="correction-buttons">
          {suggestion && (
            <button type="button" className="button-primary" onClick={() => correctTarget(corrected)}>
              {t('tree:target.useSuggestion', { domain: suggestion })}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={() => correctTarget(typed)}>
            {t('tree:target.correct')}
          </button>
        </p>
      )}
    </div>
  )
}
