import { useTranslation } from 'react-i18next'
import { ExternalLink } from '../components/ExternalLink'
import { AutoSave, ReportPanel } from '../staff/ReportPanel'
import { useAppStore } from '../store/use-app-store'
import { providerOf } from './screen-context'
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

/** Where the person's provider takes support requests, when its profile knows a page for it. */
function SupportWhere({ url, provider }: { url: string | null; provider: string }) {
  const { t } = useTranslation()
  if (!url) return <p>{t('tree:ui.handoffWhereUnknown')}</p>
  return (
    <p className="handoff-where">
      {t('tree:ui.handoffWhere', { provider })} <ExternalLink url={url} />
    </p>
  )
}

/**
 * The hand-off: we could not find the cause; the summary of everything checked goes to support,
 * with how to send it and where (the provider's support page when its profile has one).
 */
export function HandoffScreen() {
  const { t } = useTranslation()
  const hasReport = useAppStore((state) => state.runs.own.report !== null)
  const profile = useAppStore(providerOf)
  const url = profile?.supportUrl ?? profile?.panelUrl ?? null
  const steps = t('tree:ui.handoffSteps', {
    returnObjects: true,
    copy: t('report:panel.copy'),
  }) as unknown
  return (
    <ScreenFrame title={t('tree:ui.handoffTitle')} lead={t('tree:ui.handoffLead')}>
      {hasReport ? (
        <>
          <h2>{t('tree:ui.handoffHowTo')}</h2>
          {Array.isArray(steps) && (
            <ol className="steps">
              {steps.map((step) => (
                <li key={String(step)}>{String(step)}</li>
              ))}
            </ol>
          )}
          <SupportWhere url={url} provider={profile ? profile.company : ''} />
          <SummaryPreview />
          <ReportPanel live />
        </>
      ) : (
        <AutoSave />
      )}
    </ScreenFrame>
  )
}
