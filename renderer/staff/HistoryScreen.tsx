import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HistoryListEntry } from '../../shared/ipc'
import { isRemedyId, remedyKeys } from '../../shared/knowledge/remedies'
import { api } from '../bridge/api'
import { useAppStore } from '../store/use-app-store'
import { saveTextFile } from '../bridge/download'
import { HistoryFilters } from './HistoryFilters'
import {
  DEFAULT_HISTORY_VIEW,
  localTime,
  outcomeKey,
  visibleEntries,
  type HistorySortKey,
  type HistoryView,
} from './history-view'
import './staff.css'

/** A column header that sorts the list by its column; a second press reverses the order. */
function SortHeader({
  column,
  view,
  onChange,
}: {
  column: HistorySortKey
  view: HistoryView
  onChange: (next: HistoryView) => void
}) {
  const { t } = useTranslation()
  const active = view.sortBy === column
  const label = t(`report:history.${column === 'savedAt' ? 'date' : column}`)
  return (
    <th scope="col" aria-sort={active ? (view.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          onChange({ ...view, sortBy: column, descending: active ? !view.descending : column === 'savedAt' })
        }
      >
        {label}
        <span aria-hidden="true">{active ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  )
}

/** Saves the sessions shown as JSON lines, one session report a line, for a ticket system. */
async function exportJsonLines(
  entries: readonly HistoryListEntry[],
  language: 'it' | 'en',
  shareSafely: boolean,
) {
  const lines: string[] = []
  for (const entry of entries) {
    const session = await api().historyGet({ id: entry.id })
    if (!session.ok || !session.value) continue
    const report = await api().exportReport({ session: session.value, format: 'json', language, shareSafely })
    if (report.ok) lines.push(JSON.stringify(JSON.parse(report.value.text)))
  }
  const days = entries.map((entry) => entry.savedAt.slice(0, 10)).sort()
  const name = `maildoctor-history-${days[0] ?? ''}-${days.at(-1) ?? ''}.jsonl`
  saveTextFile(`${lines.join('\n')}\n`, name, 'application/x-ndjson')
  return lines.length
}

/**
 * The saved sessions, newest first, in local time: problem, domain, remedy and outcome; sorted and
 * filtered by the staff, exported as JSON lines; open one (read only) or delete it after a confirmation.
 */
export function HistoryScreen() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const entries = useAppStore((state) => state.historyEntries)
  const status = useAppStore((state) => state.historyStatus)
  const error = useAppStore((state) => state.historyError)
  const showWizard = useAppStore((state) => state.showWizard)
  const openSession = useAppStore((state) => state.openSession)
  const deleteSession = useAppStore((state) => state.deleteSession)
  const shareSafely = useAppStore((state) => state.shareSafely)
  const [view, setView] = useState<HistoryView>(DEFAULT_HISTORY_VIEW)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const shown = visibleEntries(entries, view)

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
        <HistoryFilters
          view={view}
          onChange={setView}
          count={shown.length}
          onExport={() =>
            void exportJsonLines(shown, language, shareSafely).then((count) =>
              setMessage(t('report:history.exported', { count })),
            )
          }
        />
      )}
      {entries.length > 0 && <p className="staff-lead">{t('report:history.openMeaning')}</p>}
      {entries.length > 0 && (
        <table className="history-table">
          <thead>
            <tr>
              <SortHeader column="savedAt" view={view} onChange={setView} />
              <th scope="col">{t('report:history.problem')}</th>
              <SortHeader column="domain" view={view} onChange={setView} />
              <th scope="col">{t('report:history.remedy')}</th>
              <SortHeader column="outcome" view={view} onChange={setView} />
              <th scope="col">{t('report:history.findings')}</th>
              <th scope="col">{t('report:history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const date = localTime(entry.savedAt, language)
              const domain = entry.domain || t('report:doc.noDomain')
              const remedy = entry.remedyId?.replace(/^tree:/, '') ?? null
              return (
                <tr key={entry.id} data-session-id={entry.id} data-outcome={entry.outcome}>
                  <td>
                    <time dateTime={entry.savedAt}>{date}</time>
                  </td>
                  <td>{entry.problem ? t(entry.problem.key, entry.problem.params ?? {}) : '—'}</td>
                  <td>{domain}</td>
                  <td>{remedy && isRemedyId(remedy) ? t(remedyKeys(remedy).title) : '—'}</td>
                  <td>{t(outcomeKey(entry))}</td>
                  <td>
                    {t('report:history.failing', { failing: entry.failingCount, total: entry.findingCount })}
                  </td>
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
