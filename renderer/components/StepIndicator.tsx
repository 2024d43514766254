import { useTranslation } from 'react-i18next'

/**
 * "Step 3", so the person knows how far they are. No total: paths differ in length, and a total
 * that grows or shrinks on the way would mislead.
 */
export function StepIndicator({ current }: { current: number }) {
  const { t } = useTranslation()
  return (
    <div className="step-indicator">
      <span>{t('common:step.indicator', { current })}</span>
    </div>
  )
}
