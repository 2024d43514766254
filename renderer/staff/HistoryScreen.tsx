import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/report-export/evidence'
import type { HistoryListEntry } from '../../shared/ipc'
import { useAppStore } from '../store/use-app-store'
import './staff.css'

/** The saved sessions, newest first: open one (read only) or delete it after a confirmation. */
export function HistoryScreen() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const entries = useAppStore((state) => state.historyEntries)
  const status = useAppStore((state) => state.historyStatus)
  const error = useAppStore((state) => state.historyError)
  const showWizard = useAppStore((state) => state.showWizard)
  const openSession = useAppStore((state) => state.openSession)
  const deleteSession = useAppStore((state) => state.deleteSession)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const confirmDelete = async (entry: HistoryListEntry) => {
    await deleteSession(entry.id)
    setConfirming(null)
    setMessage(t('report:history.deleted'))
    headingRef.current?.focus()
  }

  return (
    <section className="screen" aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1} ref={headingRef}>
        {t('report:history.title')}
      </h1>
      <p className="lead">{t('report:history.lead')}</p>
      <p role="status" className="report-notice">
        {message}
      </p>
      {status === 'failed' && (
        <p className="field-error" role="alert">
          {t('report:history.failed', { message: error ?? '' })}
        </p>
      )}
      {status === 'ready' && entries.length === 0 && (
        <p className="staff-lead">{t('report:history.empty')}</p>
      )}
      {entries.length > 0 && (
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{t('report:history.date')}</th>
              <th scope="col">{t('report:history.domain')}</th>
              <th scope="col">{t('report:history.outcome')}</th>
              <th scope="col">{t('report:history.findings')}</th>
              <th scope="col">{t('report:history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const date = formatDate(entry.savedAt, language)
              const domain = entry.domain || t('report:doc.noDomain')
              return (
                <tr key={entry.id} data-session-id={entry.id}>
                  <td>{date}</td>
                  <td>{domain}</td>
                  <td>{t(`report:outcome.${entry.outcome}`)}</td>
                  <td>{entry.findingCount}</td>
                  <td>
                    {confirming === entry.id ? (
                      <div
                        className="confirm"
                        role="group"
                        aria-label={t('report:history.confirmDelete', { domain })}
                      >
                        <p>{t('report:history.confirmDelete', { domain })}</p>
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => void confirmDelete(entry)}
                        >
                          {t('report:history.confirmYes')}
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          autoFocus
                          onClick={() => setConfirming(null)}
                        >
                          {t('report:history.confirmNo')}
                        </button>
                      </div>
                    ) : (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('report:history.reopenLabel', { date, domain })}
                          onClick={() => void openSession(entry.id)}
                        >
                          {t('report:history.reopen')}
                        </button>
                        <button
                          type="button"
                          className="button-quiet"
                          aria-label={t('report:history.deleteLabel', { date, domain })}
                          onClick={() => {
                            setMessage('')
                            setConfirming(entry.id)
                          }}
                        >
                          {t('report:history.delete')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={showWizard}>
          {t('report:history.back')}
        </button>
      </div>
    </section>
  )
}
