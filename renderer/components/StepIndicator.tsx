import { useTranslation } from 'react-i18next'

/** "Step 2 of 3" with a bar, so the person knows how far they are. */
export function StepIndicator({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation()
  const label = t('common:step.indicator', { current, total })
  return (
    <div className="step-indicator">
      <span>{label}</span>
      <progress max={total} value={current} aria-label={label} />
    </div>
  )
}
