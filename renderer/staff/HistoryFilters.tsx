import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionOutcome } from '../../shared/session'
import type { HistoryView } from './history-view'

const OUTCOMES: (SessionOutcome | 'all')[] = ['all', 'open', 'solved', 'unsolved', 'handoff']

/** The history's filters (domain, outcome, a range of days) and the export of what they show. */
export function HistoryFilters({
  view,
  onChange,
  onExport,
  count,
}: {
  view: HistoryView
  onChange: (next: HistoryView) => void
  onExport: () => void
  count: number
}) {
  const { t } = useTranslation()
  const ids = { domain: useId(), outcome: useId(), from: useId(), to: useId() }
  return (
    <form className="history-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.domain}>{t('report:history.filterDomain')}</label>
        <input
          id={ids.domain}
          type="search"
          value={view.domain}
          onChange={(event) => onChange({ ...view, domain: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.outcome}>{t('report:history.filterOutcome')}</label>
        <select
          id={ids.outcome}
          value={view.outcome}
          onChange={(event) => onChange({ ...view, outcome: event.target.value as HistoryView['outcome'] })}
        >
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome === 'all' ? t('report:history.allOutcomes') : t(`report:outcome.${outcome}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.from}>{t('report:history.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={view.from}
          onChange={(event) => onChange({ ...view, from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('report:history.to')}</label>
        <input
          id={ids.to}
          type="date"
          value={view.to}
          onChange={(event) => onChange({ ...view, to: event.target.value })}
        />
      </div>
      <button type="button" className="button-secondary" disabled={count === 0} onClick={onExport}>
        {t('report:history.exportLines', { count })}
      </button>
    </form>
  )
}
