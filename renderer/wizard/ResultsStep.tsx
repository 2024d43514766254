import { useTranslation } from 'react-i18next'
import { FindingList } from '../components/FindingList'
import { CallViewTools } from '../staff/CallViewTools'
import { ReportPanel } from '../staff/ReportPanel'
import { useAppStore } from '../store/use-app-store'

/** The checks' findings, shown one by one as they arrive, with a way to stop. */
export function ResultsStep() {
  const { t } = useTranslation()
  const phase = useAppStore((state) => state.phase)
  const report = useAppStore((state) => state.report)
  const failure = useAppStore((state) => state.failure)
  const cancelCheck = useAppStore((state) => state.cancelCheck)
  const goBack = useAppStore((state) => state.goBack)
  return (
    <section className="screen" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1}>
        {t('common:findings.title')}
      </h1>
      <p className="lead" role="status" aria-live="polite">
        {phase === 'running' && t('common:findings.running')}
        {phase === 'done' &&
          report &&
          t('common:findings.done', { seconds: (report.durationMs / 1000).toFixed(1) })}
        {phase === 'cancelled' && t('common:findings.cancelled')}
        {phase === 'failed' && t('common:error.unexpected', { message: failure ?? '' })}
      </p>
      <FindingList />
      <CallViewTools />
      {report && phase !== 'running' && <ReportPanel live />}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={goBack}>
          {t('common:action.back')}
        </button>
        {phase === 'running' && (
          <button type="button" className="button-secondary" onClick={cancelCheck}>
            {t('common:action.cancel')}
          </button>
        )}
      </div>
    </section>
  )
}
