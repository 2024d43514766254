import { useTranslation } from 'react-i18next'
import type { HistoryListEntry } from '../../shared/ipc'
import { isRemedyId, remedyKeys } from '../../shared/knowledge/remedies'
import { useAppStore } from '../store/use-app-store'
import { localTime, outcomeKey } from './history-view'

/** A saved session, whether its row asks to confirm the deletion, and what its buttons do. */
interface HistoryRowProps {
  entry: HistoryListEntry
  confirming: boolean
  /** Asks to confirm (true) or takes the question back (false). */
  onConfirm: (asking: boolean) => void
  onDelete: () => void
}

/**
 * One saved session in the history table: date, problem, domain, remedy, outcome and findings, with
 * Open and Delete; Delete first asks, in the row, whether to delete.
 */
export function HistoryRow({ entry, confirming, onConfirm, onDelete }: HistoryRowProps) {
  const { t } = useTranslation()
  const language = useAppStore((state) => state.language)
  const openSession = useAppStore((state) => state.openSession)
  const date = localTime(entry.savedAt, language)
  const domain = entry.domain || t('report:doc.noDomain')
  const remedy = entry.remedyId?.replace(/^tree:/, '') ?? null
  return (
    <tr data-session-id={entry.id} data-outcome={entry.outcome}>
      <td>
        <time dateTime={entry.savedAt}>{date}</time>
      </td>
      <td>{entry.problem ? t(entry.problem.key, entry.problem.params ?? {}) : '—'}</td>
      <td>{domain}</td>
      <td className="history-provider">{entry.provider ?? '—'}</td>
      <td>{remedy && isRemedyId(remedy) ? t(remedyKeys(remedy).title) : '—'}</td>
      <td>{t(outcomeKey(entry))}</td>
      <td>{t('report:history.failing', { failing: entry.failingCount, total: entry.findingCount })}</td>
      <td>
        {confirming ? (
          <div className="confirm" role="group" aria-label={t('report:history.confirmDelete', { domain })}>
            <p>{t('report:history.confirmDelete', { domain })}</p>
            <button type="button" className="button-danger" onClick={onDelete}>
              {t('report:history.confirmYes')}
            </button>
            <button type="button" className="button-secondary" autoFocus onClick={() => onConfirm(false)}>
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
              onClick={() => onConfirm(true)}
            >
              {t('report:history.delete')}
            </button>
          </div>
        )}
      </td>
    </tr>
  )
}
