import type { Report } from '../report'
import type { SessionRecord } from '../session'
import { prepareSession, type ExportOptions } from './view'

/** The JSON export: the Report of DESIGN.md, plus the session's path, remedy, outcome and notes. */
export interface SessionReportJson extends Report {
  sessionId: string
  savedAt: string
  language: SessionRecord['language']
  path: SessionRecord['path']
  remedyId: string | null
  outcome: SessionRecord['outcome']
  notes: string
}

/** The session as pretty JSON (a superset of the CLI's `--json` Report). Secrets are always masked. */
export function toJson(session: SessionRecord, options: ExportOptions): string {
  const shown = prepareSession(session, options)
  const value: SessionReportJson = {
    ...shown.report,
    sessionId: shown.id,
    savedAt: shown.savedAt,
    language: shown.language,
    path: shown.path,
    remedyId: shown.remedyId,
    outcome: shown.outcome,
    notes: shown.notes,
  }
  return `${JSON.stringify(value, null, 2)}\n`
}
