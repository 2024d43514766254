import type { Language } from './i18n/languages'
import type { Msg, Report } from './report'

/** One answer the person gave in the wizard, in the order given. */
export interface PathStep {
  /** The decision-tree node that asked. */
  nodeId: string
  /** The question, as shown. */
  question: Msg
  /** The answer id picked (or typed input, already free of secrets). */
  answer: string
  /** The answer, as shown. */
  answerLabel: Msg
}

/** How a session ended. */
export type SessionOutcome = 'solved' | 'unsolved' | 'handoff' | 'open'

/** A whole wizard session: what was asked and answered, what was checked, where it ended. */
export interface SessionRecord {
  id: string
  savedAt: string
  language: Language
  report: Report
  path: PathStep[]
  /** The remedy the wizard reached, if any (a RemedyId). */
  remedyId: string | null
  outcome: SessionOutcome
  /** Free notes typed by support staff. */
  notes: string
}
