import type { HistoryListEntry } from '../../shared/ipc'
import type { SessionOutcome } from '../../shared/session'

/** The columns the history can be sorted by. */
export type HistorySortKey = 'savedAt' | 'domain' | 'outcome'

/** How the history list is shown: sorted by one column, filtered by domain, outcome and dates. */
export interface HistoryView {
  sortBy: HistorySortKey
  descending: boolean
  domain: string
  outcome: SessionOutcome | 'all'
  /** Local dates, `YYYY-MM-DD`, inclusive; '' for no bound. */
  from: string
  to: string
}

/** The newest first, nothing filtered. */
export const DEFAULT_HISTORY_VIEW: HistoryView = {
  sortBy: 'savedAt',
  descending: true,
  domain: '',
  outcome: 'all',
  from: '',
  to: '',
}

/** The local calendar day of a time, `YYYY-MM-DD`. */
export function localDay(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The entries the view shows, in its order. */
export function visibleEntries(entries: readonly HistoryListEntry[], view: HistoryView): HistoryListEntry[] {
  const domain = view.domain.trim().toLowerCase()
  const shown = entries.filter((entry) => {
    const day = localDay(entry.savedAt)
    return (
      (domain === '' || entry.domain.toLowerCase().includes(domain)) &&
      (view.outcome === 'all' || entry.outcome === view.outcome) &&
      (view.from === '' || day >= view.from) &&
      (view.to === '' || day <= view.to)
    )
  })
  const direction = view.descending ? -1 : 1
  return shown.sort((a, b) => {
    const primary = a[view.sortBy].localeCompare(b[view.sortBy])
    return (primary !== 0 ? primary : a.savedAt.localeCompare(b.savedAt)) * direction
  })
}

/** A time in the person's own time zone and language, to the minute. */
export function localTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/**
 * The text key of an outcome in the history: an open session says whether it stopped on a remedy
 * that was not yet confirmed, or before any remedy.
 */
export function outcomeKey(entry: Pick<HistoryListEntry, 'outcome' | 'remedyId'>): string {
  if (entry.outcome !== 'open') return `report:outcome.${entry.outcome}`
  return entry.remedyId ? 'report:history.openAtRemedy' : 'report:history.openBeforeRemedy'
}
