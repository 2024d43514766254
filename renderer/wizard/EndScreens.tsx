import { useTranslation } from 'react-i18next'
import { ExternalLink } from '../components/ExternalLink'
import { useAppStore } from '../store/use-app-store'
import { providerOf } from '../store/screen-context'
import { ScreenFrame } from '../components/ScreenFrame'
import { SendSummary } from './SendSummary'
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
 * with how to send it (copy it, or save it to attach) and where (the provider's support page when
 * its profile has one). A person's screen: the staff's report panel is in the call view's own
 * column, never here; the session is saved to the history in the background either way.
 */
export function HandoffScreen() {
  const { t } = useTranslation()
  const hasReport = useAppStore((state) => state.runs.own.report !== null)
  const profile = useAppStore(providerOf)
  const url = profile?.supportUrl ?? profile?.panelUrl ?? null
  const steps = t('tree:ui.handoffSteps', {
    returnObjects: true,
    copy: t('tree:ui.handoffCopy'),
  }) as unknown
  return (
    <ScreenFrame
      title={t('tree:ui.handoffTitle')}
      lead={t(hasReport ? 'tree:ui.handoffLead' : 'tree:ui.handoffLeadNoChecks')}
    >
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
          <SendSummary />
          <SummaryPreview />
        </>
      ) : (
        <SupportWhere url={url} provider={profile ? profile.company : ''} />
      )}
    </ScreenFrame>
  )
}
