import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionOutcome } from '../../shared/session'
import { Field } from '../components/Field'
import type { HistoryView } from './history-view'

const OUTCOMES: (SessionOutcome | 'all')[] = ['all', 'open', 'solved', 'unsolved', 'handoff']

/** The filters typed in a box: the domain, and the first and last day. */
const TYPED = [
  { key: 'domain', type: 'search', label: 'report:history.filterDomain' },
  { key: 'from', type: 'date', label: 'report:history.from' },
  { key: 'to', type: 'date', label: 'report:history.to' },
] as const

interface HistoryFiltersProps {
  view: HistoryView
  onChange: (next: HistoryView) => void
  onExport: () => void
  count: number
}

/** The history's filters (domain, outcome, a range of days) and the export of what they show. */
export function HistoryFilters({ view, onChange, onExport, count }: HistoryFiltersProps) {
  const { t } = useTranslation()
  const id = useId()
  const [domain, from, to] = TYPED.map(({ key, type, label }) => (
    <Field key={key} id={`${id}-${key}`} label={t(label)}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={view[key]}
          onChange={(event) => onChange({ ...view, [key]: event.target.value })}
        />
      )}
    </Field>
  ))
  return (
    <form className="history-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      {domain}
      <Field id={`${id}-outcome`} label={t('report:history.filterOutcome')}>
        {(control) => (
          <select
            {...control}
            value={view.outcome}
            onChange={(event) => onChange({ ...view, outcome: event.target.value as HistoryView['outcome'] })}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome === 'all' ? t('report:history.allOutcomes') : t(`report:outcome.${outcome}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {from}
      {to}
      <button type="button" className="button-secondary" disabled={count === 0} onClick={onExport}>
        {t('report:history.exportLines', { count })}
      </button>
    </form>
  )
}
