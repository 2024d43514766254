import { identifyProvider, providerName } from '../knowledge/provider-identity'
import { headerFacts } from './header-verdicts'
import { asksForTarget, DECISION_TREE } from './decision-tree'
import type { DecisionTree, Route, TreeNode, WalkState } from './types'
import {
  chooseRoute,
  decidingFindings,
  isReady,
  nextAfterAnswer,
  pastedCodes,
  readsHeaders,
  readsPasted,
  LOGIN_TESTS,
  type DecidingFinding,
} from './walker'

/** What decided an automatic step, recorded when the walk took it. */
export interface AutomaticDecision {
  /** The `tree:because` key of the route taken, or null for the default route. */
  because: string | null
  /** The findings that decided it (empty when the answers or the bounce did). */
  findings: DecidingFinding[]
  /** The facts the `because` sentence names (domain, provider when known). */
  becauseParams?: Record<string, string>
  /** The codes of the pasted error or bounce, when what was pasted decided it. */
  pasted?: string
}

/**
 * One step of the walk: a screen the person went through and what they answered there, or an
 * automatic step (a route node; `answer` is the node it went on to) with what decided it.
 */
export interface TrailStep {
  nodeId: string
  answer: string
  decided?: AutomaticDecision
}

/** How far the walk is: open, at the hand-off, or solved. */
export type WalkOutcome = 'open' | 'handoff' | 'solved'

/** Where the walk stands: the screen, the way here, the answers, and why the last check sent it here. */
export interface Walk {
  nodeId: string
  trail: readonly TrailStep[]
  /** Why the walk arrived here, when a check decided it (a `tree:because` key). */
  because: string | null
  /** The route node that chose the current screen (where "check again" returns). */
  decidedBy: string | null
  answers: Readonly<Record<string, string>>
  outcome: WalkOutcome
}

/** What the walk decides on besides its own answers: the findings, the pasted texts, the domain. */
export interface WalkEvidence extends Omit<WalkState, 'answers'> {
  /** The checked domain in Unicode, once the check has reported it. */
  domain: string | null
  /** What the person typed for the check (the domain's fallback before the report). */
  input: string
}

/** The walk and the evidence it reads. */
export interface WalkerState extends Walk {
  evidence: WalkEvidence
}

/** What can happen to the walk. */
export type WalkEvent =
  /** An answer to the question on screen. */
  | { type: 'answer'; answerId: string }
  /** A value given on an input step (the domain, a pasted text as shown). */
  | { type: 'submit'; value: string }
  /** Leaving the login test or the mail programs' step, tested or skipped. */
  | { type: 'proceed' }
  /** "Did this solve it?" answered on a remedy. */
  | { type: 'resolve'; solved: boolean }
  /** Back to the address step to correct it. */
  | { type: 'correctTarget' }
  /** Support staff: straight to any step. */
  | { type: 'jump'; nodeId: string }
  /** Back to the person's last answer, the automatic steps after it undone. */
  | { type: 'back' }
  /** The checks run again: back to the route that chose this screen. */
  | { type: 'checkAgain' }
  /** New evidence arrived: route nodes decide where they can. */
  | { type: 'settle' }

/** The walk before anything is answered. */
export const FRESH_WALK: Walk = {
  nodeId: DECISION_TREE.start,
  trail: [],
  because: null,
  decidedBy: null,
  answers: {},
  outcome: 'open',
}

/** The steps the person took themselves (answers, typed input, jumps), without the automatic ones. */
export function answeredSteps(trail: readonly TrailStep[]): TrailStep[] {
  return trail.filter((step) => !step.decided)
}

/** The trail after Back: the automatic steps at its end, and the person's step before them, removed. */
function trailBeforeLastAnswer(trail: readonly TrailStep[]): TrailStep[] {
  let end = trail.length
  while (end > 0 && trail[end - 1]?.decided) end -= 1
  return trail.slice(0, Math.max(0, end - 1))
}

/** The decision view of the walker state (see walker.ts). */
export function decisionState(state: WalkerState): WalkState {
  const { findings, runDone, bounce, headers } = state.evidence
  return { answers: state.answers, findings, runDone, bounce, ...(headers === undefined ? {} : { headers }) }
}

function outcomeAt(tree: DecisionTree, nodeId: string): WalkOutcome {
  const kind = tree.nodes[nodeId]?.kind
  return kind === 'handoff' ? 'handoff' : kind === 'solved' ? 'solved' : 'open'
}

/** The facts a `because` sentence names: the domain (in Unicode), and the provider when known. */
function becauseFacts(state: WalkerState): Record<string, string> {
  const typed = state.trail.find((step) => asksForTarget(step.nodeId))?.answer
  const provider = providerName(identifyProvider(decisionState(state)))
  return {
    domain: state.evidence.domain ?? typed ?? state.evidence.input,
    ...(provider ? { provider } : {}),
  }
}

/** What decided a route node's step: its reason and facts, the findings, the pasted codes. */
function decisionOf(
  node: Extract<TreeNode, { kind: 'route' }>,
  route: Route,
  state: WalkerState,
): AutomaticDecision {
  const walk = decisionState(state)
  const pasted = route.when && readsPasted(route.when) ? pastedCodes(walk.bounce) : null
  const headers = route.when && readsHeaders(route.when) ? headerFacts(walk.headers) : {}
  return {
    because: route.because ?? null,
    findings: decidingFindings(node, route, walk),
    ...(route.because ? { becauseParams: { ...becauseFacts(state), ...headers } } : {}),
    ...(pasted ? { pasted } : {}),
  }
}

/** Takes every automatic step that the evidence allows from where the walk stands. */
function settle(state: WalkerState, tree: DecisionTree): WalkerState {
  let current = state
  for (let hops = 0; hops < Object.keys(tree.nodes).length; hops += 1) {
    const node = tree.nodes[current.nodeId]
    if (node?.kind !== 'route') return current
    const walk = decisionState(current)
    if (!isReady(node, walk)) return current
    const route = chooseRoute(node, walk)
    const decided = decisionOf(node, route, current)
    current = {
      ...current,
      nodeId: route.next,
      because: route.because ?? current.because,
      decidedBy: node.id,
      trail: [...current.trail, { nodeId: node.id, answer: route.next, decided }],
      outcome: tree.nodes[route.next]?.kind === 'handoff' ? 'handoff' : 'open',
    }
  }
  return current
}

/** Moves to a node with the person's step recorded, then takes the automatic steps after it. */
function moveTo(state: WalkerState, tree: DecisionTree, nodeId: string, step: TrailStep): WalkerState {
  const moved: WalkerState = {
    ...state,
    nodeId,
    because: null,
    decidedBy: null,
    trail: [...state.trail, step],
    outcome: outcomeAt(tree, nodeId),
  }
  return settle(moved, tree)
}

/** What the person did on a step with no answer to give: tested or skipped, read or declined. */
function proceedAnswer(node: TreeNode, state: WalkerState): string | null {
  const has = (id: string) => state.evidence.findings.own.some((finding) => finding.id === id)
  if (node.kind === 'programs') return has('client.programs') ? 'read' : 'skipped'
  if (node.kind === 'login') return LOGIN_TESTS.some(has) ? 'tested' : 'skipped'
  return null
}

function back(state: WalkerState): WalkerState {
  const previous = answeredSteps(state.trail).at(-1)
  if (!previous) return state
  const answers = { ...state.answers }
  delete answers[previous.nodeId]
  return {
    ...state,
    nodeId: previous.nodeId,
    trail: trailBeforeLastAnswer(state.trail),
    answers,
    because: null,
    decidedBy: null,
    outcome: 'open',
  }
}

function checkAgain(state: WalkerState, tree: DecisionTree): WalkerState {
  const returnTo = state.decidedBy ?? 'registration'
  const taken = state.trail.findLastIndex((step) => step.decided && step.nodeId === returnTo)
  const trail = taken >= 0 ? state.trail.slice(0, taken) : state.trail
  return settle({ ...state, nodeId: returnTo, because: null, decidedBy: null, trail }, tree)
}

/**
 * The walk as a pure reducer: the state after an event. Every step the person takes is followed by
 * the automatic steps the evidence allows; an event that does not fit the screen changes nothing.
 */
export function walk(state: WalkerState, event: WalkEvent, tree: DecisionTree = DECISION_TREE): WalkerState {
  const node = tree.nodes[state.nodeId]
  switch (event.type) {
    case 'answer': {
      const next = nextAfterAnswer(tree, state.nodeId, event.answerId)
      if (!next) return state
      const answered = { ...state, answers: { ...state.answers, [state.nodeId]: event.answerId } }
      return moveTo(answered, tree, next, { nodeId: state.nodeId, answer: event.answerId })
    }
    case 'submit':
      if (node?.kind !== 'input') return state
      return moveTo(state, tree, node.next, { nodeId: node.id, answer: event.value })
    case 'proceed': {
      const answer = node ? proceedAnswer(node, state) : null
      if (!answer || (node?.kind !== 'login' && node?.kind !== 'programs')) return state
      return moveTo(state, tree, node.next, { nodeId: node.id, answer })
    }
    case 'resolve':
      if (node?.kind !== 'remedy') return state
      return moveTo(state, tree, event.solved ? 'solved' : node.notSolved, {
        nodeId: node.id,
        answer: event.solved ? 'solved' : 'notSolved',
      })
    case 'correctTarget':
      return moveTo(state, tree, 'target', { nodeId: state.nodeId, answer: 'correct' })
    case 'jump':
      if (!tree.nodes[event.nodeId] || event.nodeId === state.nodeId) return state
      return moveTo(state, tree, event.nodeId, { nodeId: state.nodeId, answer: 'jump' })
    case 'back':
      return back(state)
    case 'checkAgain':
      return checkAgain(state, tree)
    case 'settle':
      return settle(state, tree)
  }
}
