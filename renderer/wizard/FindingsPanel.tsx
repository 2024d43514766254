import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { needsAttention, type Finding } from '../../shared/report'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'

/** What needs attention in plain view; what is fine behind one more click, to keep the page calm. */
function FindingGroups({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const { t } = useTranslation()
  const callView = useAppStore((state) => state.callView)
  const attention = findings.filter(needsAttention)
  const fine = findings.filter((finding) => !needsAttention(finding))
  return (
    <>
      {attention.length > 0 && <FindingList findings={attention} label={label} />}
      {fine.length > 0 && (
        <details className="findings-fine" open={callView}>
          <summary>{t('common:findings.showFine', { count: fine.length })}</summary>
          <FindingList findings={fine} label={t('common:findings.showFine', { count: fine.length })} />
        </details>
      )}
    </>
  )
}

/**
 * Whether the panel offers to run the checks again: after a cancelled or failed run, or when a check
 * errored or ran out of time (no evidence: its card says to check again), unless the screen above
 * already shows that button.
 */
function useOfferRunAgain(): boolean {
  const run = useAppStore((state) => state.runs.own)
  const screenOffersRecheck = useAppStore((state) => {
    const node = DECISION_TREE.nodes[state.nodeId]
    return node?.kind === 'remedy' && node.recheck !== undefined
  })
  const incomplete = run.phase === 'done' && run.findings.some((finding) => finding.status === 'error')
  return run.phase === 'cancelled' || run.phase === 'failed' || (incomplete && !screenOffersRecheck)
}

/**
 * The checks running in the background, their findings streaming in while the person answers:
 * one click away on the person's screens (the remedy says what matters), open in the call view.
 * `children` come last: the call view's tools (the timing chart).
 */
export function FindingsPanel({ children }: { children?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const run = useAppStore((state) => state.runs.own)
  const recipient = useAppStore((state) => state.runs.recipient)
  const startRun = useAppStore((state) => state.startRun)
  const callView = useAppStore((state) => state.callView)
  const offerRunAgain = useOfferRunAgain()
  if (run.phase === 'idle') return null
  // Written as the language writes numbers: 0,4 s in Italian, 0.4 s in English.
  const seconds = run.report
    ? new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        run.report.durationMs / 1000,
      )
    : null
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <p className="findings-state" role="status" aria-live="polite">
        {run.phase === 'running' && t('common:findings.running')}
        {run.phase === 'done' && seconds && t('common:findings.done', { seconds })}
        {run.phase === 'cancelled' && t('common:findings.cancelled')}
        {run.phase === 'failed' && t('common:error.unexpected', { message: run.failure ?? '' })}
      </p>
      {offerRunAgain && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => void startRun('own', run.request ?? { input: run.input })}
        >
          {t('common:findings.runAgain')}
        </button>
      )}
      <details open={callView}>
        <summary>
          <h2 id="findings-title">
            {t('common:findings.title')}{' '}
            <span className="count">({run.findings.length + recipient.findings.length})</span>
          </h2>
        </summary>
        <FindingGroups findings={run.findings} label={t('common:findings.title')} />
        {recipient.findings.length > 0 && (
          <>
            <h3>
              {t('common:findings.recipientTitle', {
                domain: recipient.report?.target.domainUnicode ?? recipient.input,
              })}
            </h3>
            <FindingGroups
              findings={recipient.findings}
              label={t('common:findings.recipientTitle', { domain: recipient.input })}
            />
          </>
        )}
      </details>
      {children}
    </section>
  )
}
