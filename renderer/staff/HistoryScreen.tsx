import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HistoryListEntry } from '../../shared/ipc'
import { api } from '../bridge/api'
import { FormError } from '../components/Field'
import { useAppStore } from '../store/use-app-store'
import { saveTextFile } from '../bridge/download'
import { HistoryFilters } from './HistoryFilters'
import { HistoryRow } from './HistoryRow'
import { DEFAULT_HISTORY_VIEW, visibleEntries, type HistorySortKey, type HistoryView } from './history-view'
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

/** The history table's head: the sortable columns and the others. */
function HistoryHead({ view, onChange }: { view: HistoryView; onChange: (next: HistoryView) => void }) {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        <SortHeader column="savedAt" view={view} onChange={onChange} />
        <th scope="col">{t('report:history.problem')}</th>
        <SortHeader column="domain" view={view} onChange={onChange} />
        <th scope="col">{t('report:history.provider')}</th>
        <th scope="col">{t('report:history.remedy')}</th>
        <SortHeader column="outcome" view={view} onChange={onChange} />
        <th scope="col">{t('report:history.findings')}</th>
        <th scope="col">{t('report:history.actions')}</th>
      </tr>
    </thead>
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

/** The sessions shown, the order, and the row that asks to confirm a deletion. */
interface HistoryTableProps {
  shown: readonly HistoryListEntry[]
  view: HistoryView
  onView: (next: HistoryView) => void
  confirming: string | null
  /** Asks to confirm deleting a session (its id), or takes the question back (null). */
  onConfirm: (id: string | null) => void
  onDelete: (entry: HistoryListEntry) => void
}

/** The history's table: sortable head, a row a session. */
function HistoryTable({ shown, view, onView, confirming, onConfirm, onDelete }: HistoryTableProps) {
  return (
    <table className="history-table">
      <HistoryHead view={view} onChange={onView} />
      <tbody>
        {shown.map((entry) => (
          <HistoryRow
            key={entry.id}
            entry={entry}
            confirming={confirming === entry.id}
            onConfirm={(asking) => onConfirm(asking ? entry.id : null)}
            onDelete={() => onDelete(entry)}
          />
        ))}
      </tbody>
    </table>
  )
}

/** What the last action did, and whether the list failed to load or is empty. */
function HistoryNotices({ message }: { message: string }) {
  const { t } = useTranslation()
  const empty = useAppStore((state) => state.historyEntries.length === 0)
  const status = useAppStore((state) => state.historyStatus)
  const error = useAppStore((state) => state.historyError)
  return (
    <>
      <p role="status" className="report-notice">
        {message}
      </p>
      {status === 'failed' && <FormError>{t('report:history.failed', { message: error ?? '' })}</FormError>}
      {status === 'ready' && empty && <p className="staff-lead">{t('report:history.empty')}</p>}
    </>
  )
}

/**
 * The saved sessions, newest first, in local time: problem, domain, remedy and outcome; sorted and
 * filtered by the staff, exported as JSON lines; open one (read only) or delete it after a confirmation.
 */
export function HistoryScreen() {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const entries = useAppStore((state) => state.historyEntries)
  const showWizard = useAppStore((state) => state.showWizard)
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
      <HistoryNotices message={message} />
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
        <HistoryTable
          shown={shown}
          view={view}
          onView={setView}
          confirming={confirming}
          onConfirm={(id) => {
            setMessage('')
            setConfirming(id)
          }}
          onDelete={(entry) => void confirmDelete(entry)}
        />
      )}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={showWizard}>
          {t('report:history.back')}
        </button>
      </div>
    </section>
  )
}
