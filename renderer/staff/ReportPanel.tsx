import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store/use-app-store'
import './staff.css'

/**
 * Saves the live session to the history under its one id once its check is done, and again each
 * time the walk moves (a step, the remedy reached, "solved" or "not solved") or the notes change.
 */
function useAutoSave() {
  const phase = useAppStore((state) => state.runs.own.phase)
  const report = useAppStore((state) => state.runs.own.report)
  const notes = useAppStore((state) => state.notes)
  const steps = useAppStore((state) => state.trail.length)
  const nodeId = useAppStore((state) => state.nodeId)
  const outcome = useAppStore((state) => state.outcome)
  const saveCurrentSession = useAppStore((state) => state.saveCurrentSession)
  useEffect(() => {
    if (!report || (phase !== 'done' && phase !== 'cancelled')) return
    const timer = setTimeout(() => void saveCurrentSession(), 400)
    return () => clearTimeout(timer)
  }, [phase, report, notes, steps, nodeId, outcome, saveCurrentSession])
}

/**
 * The report for a ticket: copy the Markdown with one click (with a visible confirmation), save it
 * as HTML, JSON or PDF, and choose to share safely. `live` also saves the session in the history.
 */
export function ReportPanel({ live }: { live: boolean }) {
  const { t } = useTranslation()
  const shareSafely = useAppStore((state) => state.shareSafely)
  const setShareSafely = useAppStore((state) => state.setShareSafely)
  const notice = useAppStore((state) => state.reportNotice)
  const copyReport = useAppStore((state) => state.copyReport)
  const exportReport = useAppStore((state) => state.exportReport)
  const savePdf = useAppStore((state) => state.savePdf)
  const saved = useAppStore(
    (state) => live && state.lastSavedId !== null && state.lastSavedId === state.sessionId,
  )
  return (
    <section className="staff-card report-panel" aria-labelledby="report-panel-title">
      <h2 id="report-panel-title">{t('report:panel.title')}</h2>
      <p className="staff-lead">{t('report:panel.lead')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shareSafely}
          onChange={(event) => setShareSafely(event.target.checked)}
        />
        {t('report:panel.shareSafely')}
      </label>
      <div className="report-actions">
        <button type="button" className="button-primary-inline" onClick={() => void copyReport()}>
          {t('report:panel.copy')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void exportReport('html')}>
          {t('report:panel.exportHtml')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void exportReport('json')}>
          {t('report:panel.exportJson')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void savePdf()}>
          {t('report:panel.exportPdf')}
        </button>
      </div>
      <p className={`report-notice${notice?.kind === 'error' ? ' report-notice-error' : ''}`} role="status">
        {notice ? t(notice.key, notice.params ?? {}) : ''}
      </p>
      {saved && <p className="staff-lead report-saved">{t('report:panel.saved')}</p>}
    </section>
  )
}

/** Saves the live session to the history in the background; renders nothing (the person's screens use it without the panel). */
export function AutoSave() {
  useAutoSave()
  return null
}
