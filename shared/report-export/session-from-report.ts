import type { Language } from '../protocol/languages'
import type { Report } from '../report'
import type { PathStep, SessionOutcome, SessionRecord } from '../session'

/** What a front knows about a session beyond the Report (the CLI knows none of it). */
export interface SessionExtras {
  path?: PathStep[]
  remedyId?: string | null
  outcome?: SessionOutcome
  notes?: string
  savedAt?: string
}

/** Wraps a Report in a SessionRecord, so the CLI, the app and the harness save the same shape. */
export function sessionFromReport(
  report: Report,
  id: string,
  language: Language,
  extras: SessionExtras = {},
): SessionRecord {
  return {
    id,
    savedAt: extras.savedAt ?? new Date().toISOString(),
    language,
    report,
    path: extras.path ?? [],
    remedyId: extras.remedyId ?? null,
    outcome: extras.outcome ?? 'open',
    notes: extras.notes ?? '',
  }
}
