import type { Language } from '../../shared/protocol/languages'
import { remedyKeys } from '../../shared/knowledge/remedies'
import type { Msg } from '../../shared/report'
import { sessionFromReport } from '../../shared/report-export/session-from-report'
import type { PathStep, SessionOutcome, SessionRecord } from '../../shared/session'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { nodeLabelKey } from '../../shared/tree/labels'
import type { CheckRun } from './check-slice'
import type { TrailStep } from '../../shared/tree/walk'

/** What the live session is made of, as the store holds it. */
export interface LiveSessionParts {
  /** The walk's record id (see WizardSlice.sessionId); the run's id for a walk that has none. */
  sessionId: string | null
  runs: { own: CheckRun }
  trail: readonly TrailStep[]
  nodeId: string
  outcome: SessionOutcome
  language: Language
  notes: string
}

/**
 * One step of the walk as the report shows it: the question asked and the answer given, or the
 * automatic step, where it went and the findings that decided it.
 */
function pathStep(step: TrailStep): PathStep {
  const node = DECISION_TREE.nodes[step.nodeId]
  const typed = (value: string): Msg => ({ key: 'report:answer.typed', params: { value } })
  if (step.decided) {
    const next = DECISION_TREE.nodes[step.answer]
    return {
      nodeId: step.nodeId,
      question: { key: nodeLabelKey(node ?? { kind: 'route', id: step.nodeId, routes: [] }) },
      answer: step.answer,
      answerLabel: { key: nodeLabelKey(next ?? { kind: 'handoff', id: step.answer }) },
      by: 'automatic',
      decidedBy: step.decided.findings,
      ...(step.decided.because
        ? {
            because: {
              key: `tree:because.${step.decided.because}`,
              params: step.decided.becauseParams ?? {},
            },
          }
        : {}),
      ...(step.decided.pasted ? { pasted: step.decided.pasted } : {}),
    }
  }
  if (step.answer === 'jump')
    return {
      nodeId: step.nodeId,
      question: { key: nodeLabelKey(node ?? { kind: 'handoff', id: step.nodeId }) },
      answer: 'jump',
      answerLabel: { key: 'report:answer.jumped' },
    }
  switch (node?.kind) {
    case 'question':
      return {
        nodeId: step.nodeId,
        question: { key: `tree:nodes.${node.id}.title` },
        answer: step.answer,
        answerLabel: { key: `tree:nodes.${node.id}.answers.${step.answer}.label` },
      }
    case 'remedy':
      return {
        nodeId: step.nodeId,
        question: { key: remedyKeys(node.id).title },
        answer: step.answer,
        answerLabel: { key: step.answer === 'solved' ? 'tree:ui.solvedYes' : 'tree:ui.solvedNo' },
      }
    default:
      return {
        nodeId: step.nodeId,
        question: { key: `tree:nodes.${step.nodeId}.title` },
        answer: step.answer,
        answerLabel: typed(step.answer),
      }
  }
}

/** The steps taken so far, the person's and the automatic ones, as the path of a session. */
export function pathOf(trail: readonly TrailStep[]): PathStep[] {
  return trail.map((step) => (step.decided ? pathStep(step) : { ...pathStep(step), by: 'person' }))
}

/** The remedy the walk reached: the one on screen, else the last one passed. */
export function remedyReached(nodeId: string, trail: readonly TrailStep[]): string | null {
  const ids = [...trail.map((step) => step.nodeId), nodeId]
  const last = ids.reverse().find((id) => DECISION_TREE.nodes[id]?.kind === 'remedy')
  return last ?? null
}

/** The live session as a SessionRecord, once the check has produced its report; null before. */
export function currentSession(
  parts: LiveSessionParts,
  savedAt = new Date().toISOString(),
): SessionRecord | null {
  const { report, runId } = parts.runs.own
  if (!report || !runId) return null
  return sessionFromReport(report, parts.sessionId ?? runId, parts.language, {
    path: pathOf(parts.trail),
    remedyId: remedyReached(parts.nodeId, parts.trail),
    outcome: parts.outcome,
    notes: parts.notes,
    savedAt,
  })
}
