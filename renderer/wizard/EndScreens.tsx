import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'
import { ReportPanel } from '../staff/ReportPanel'
import { ScreenFrame } from './ScreenFrame'
import { SummaryPreview } from './SummaryPreview'

/** The happy end: the problem is solved. */
export function SolvedScreen() {
  const { t } = useTranslation()
  const startOver = useAppStore((state) => state.startOver)
  return (
    <ScreenFrame
      title={t('tree:ui.solvedTitle')}
      lead={t('tree:ui.solvedLead')}
      actions={
        <button type="button" className="button-primary" onClick={startOver}>
          {t('common:action.startOver')}
        </button>
      }
    />
  )
}

/** The hand-off: we could not find the cause; everything checked goes to support. */
export function HandoffScreen() {
  const { t } = useTranslation()
  const hasReport = useAppStore((state) => state.runs.own.report !== null)
  return (
    <ScreenFrame title={t('tree:ui.handoffTitle')} lead={t('tree:ui.handoffLead')}>
      {hasReport && <SummaryPreview />}
      {hasReport && <ReportPanel live />}
    </ScreenFrame>
  )
}
