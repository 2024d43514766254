import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/report-export/evidence'
import type { PathStep } from '../../shared/session'
import { FindingList } from '../components/FindingList'
import { useAppStore } from '../store/use-app-store'
import { ReportPanel } from './ReportPanel'
import { WithStaffFindingTools } from './StaffFindingTools'
import { TimingChart } from './TimingChart'
import './staff.css'

/** A saved session, read only: its answers, findings with evidence, timings, notes and report. */
export function SessionView() {
  const { t } = useTranslation()
  const session = useAppStore((state) => state.openedSession)
  const language = useAppStore((state) => state.language)
  const showHistory = useAppStore((state) => state.showHistory)
  const runAgain = useAppStore((state) => state.runAgain)
  if (!session) return null
  const domain =
    session.report.target.domainUnicode || session.report.target.domain || t('report:doc.noDomain')
  return (
    <section className="screen" aria-labelledby="session-title">
      <h1 id="session-title" tabIndex={-1}>
        {t('report:doc.title', { domain })}
      </h1>
      <p className="lead">{t('report:history.readOnly', { date: formatDate(session.savedAt, language) })}</p>
      <h2>{t('report:doc.answers')}</h2>
      <SessionAnswers path={session.path} />
      <h2>{t('report:doc.findings', { count: session.report.findings.length })}</h2>
      <WithStaffFindingTools>
        <FindingList
          findings={session.report.findings}
          label={t('report:doc.findings', { count: session.report.findings.length })}
        />
      </WithStaffFindingTools>
      <TimingChart findings={session.report.findings} runDurationMs={session.report.durationMs} />
      <section className="staff-card" aria-labelledby="session-notes-title">
        <h2 id="session-notes-title">{t('report:doc.notes')}</h2>
        <p className="session-notes">
          {session.notes.trim() === '' ? t('report:doc.noNotes') : session.notes}
        </p>
      </section>
      <ReportPanel live={false} />
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => void showHistory()}>
          {t('report:history.backToList')}
        </button>
        <button type="button" className="button-primary" onClick={() => runAgain(session)}>
          {t('report:history.runAgain')}
        </button>
      </div>
    </section>
  )
}

/** The answers that led here, each with what decided it when it was not the person. */
function SessionAnswers({ path }: { path: readonly PathStep[] }) {
  const { t } = useTranslation()
  return path.length === 0 ? (
    <p className="staff-lead">{t('report:doc.noAnswers')}</p>
  ) : (
    <ol className="session-path">
      {path.map((step, index) => (
        <li key={`${step.nodeId}-${index}`}>
          {t(step.question.key, step.question.params ?? {})} —{' '}
          <strong>{t(step.answerLabel.key, step.answerLabel.params ?? {})}</strong>
          {step.by === 'automatic' && ` (${t('report:doc.automaticMark')})`}
          {step.because && (
            <p>{t(step.because.key, { provider: t('tree:ui.yourProvider'), ...step.because.params })}</p>
          )}
          {step.pasted && <p>{t('report:map.decidedByPasted', { codes: step.pasted })}</p>}
          {(step.decidedBy?.length ?? 0) > 0 && (
            <ul>
              {step.decidedBy?.map((finding, at) => (
                <li key={`${finding.id}-${at}`}>
                  {t('report:map.decidedBy', {
                    finding: t(finding.title.key, finding.title.params ?? {}),
                    status: t(`common:status.${finding.status}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
