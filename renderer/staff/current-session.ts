import type { Language } from '../../shared/i18n/languages'
import type { Report } from '../../shared/report'
import { sessionFromReport } from '../../shared/report-export/session-from-report'
import type { PathStep, SessionRecord } from '../../shared/session'
import type { Problem } from '../store/wizard-slice'

/** What the live session is made of, as the store holds it. */
export interface LiveSessionParts {
  runId: string | null
  report: Report | null
  problem: Problem | null
  targetInput: string
  language: Language
  notes: string
}

/**
 * The answers given so far, as the path of a session. Until the decision tree lands this is the
 * wizard's two questions (the problem and the address); the tree will supply its own nodes.
 */
export function pathOf(problem: Problem | null, targetInput: string): PathStep[] {
  const path: PathStep[] = []
  if (problem)
    path.push({
      nodeId: 'problem',
      question: { key: 'common:problem.title' },
      answer: problem,
      answerLabel: { key: `common:problem.${problem}` },
    })
  if (targetInput.trim() !== '')
    path.push({
      nodeId: 'domain',
      question: { key: 'input:domain.title' },
      answer: targetInput.trim(),
      answerLabel: { key: 'report:answer.typed', params: { value: targetInput.trim() } },
    })
  return path
}

/** The live session as a SessionRecord, once a check has produced its report; null before. */
export function currentSession(
  parts: LiveSessionParts,
  savedAt = new Date().toISOString(),
): SessionRecord | null {
  if (!parts.report || !parts.runId) return null
  return sessionFromReport(parts.report, parts.runId, parts.language, {
    path: pathOf(parts.problem, parts.targetInput),
    notes: parts.notes,
    savedAt,
  })
}
