import type { StateCreator } from 'zustand'
import type { PecReceipt } from '../../shared/bounce/pec'
import type { BounceReason } from '../../shared/bounce/reasons'
import type { RetryVerdict } from '../../shared/bounce/retry-verdict'
import type { HeaderReport, LocalDkimCheck } from '../../shared/headers/types'
import type { CodeExplanation } from '../../shared/knowledge/explain'
import type { SessionOutcome } from '../../shared/session'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { isOffer } from '../../shared/tree/offers'
import type { Route, TreeNode } from '../../shared/tree/types'
import { identifyProvider, providerName } from '../../shared/knowledge/provider-identity'
import {
  chooseRoute,
  decidingFindings,
  isReady,
  nextAfterAnswer,
  pastedCodes,
  readsPasted,
  type BounceFacts,
  type DecidingFinding,
  type WalkState,
} from '../../shared/tree/walker'
import type { AppState } from './store'

/** What decided an automatic step, recorded when the wizard took it. */
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

/** What the wizard keeps of a pasted bounce (never the whole text). */
export interface BounceSummary extends BounceFacts {
  sendingIp: string | null
  explanation: CodeExplanation | null
  /** Why it came back, in Sisimai's reason names (shared/bounce/reasons.ts). */
  reason?: BounceReason
  /** Will sending again help (shared/bounce/retry-verdict.ts). */
  retry?: RetryVerdict
  /** The PEC receipt, when the pasted message is one. */
  pec?: PecReceipt | null
  /** True when a PEC box refused the message because it accepts only certified mail. */
  ordinaryToPec?: boolean
}

/** Where the person is in the decision tree and what they answered. */
export interface WizardSlice {
  /** The id of this walk's record in the history: one per session, from the address step to the end. */
  sessionId: string | null
  screen: 'welcome' | 'tree'
  nodeId: string
  trail: TrailStep[]
  /** Why the walk arrived here, when a check decided it (a `tree:because` key). */
  because: string | null
  /** The route node that chose the current screen (where "check again" returns). */
  decidedBy: string | null
  answers: Record<string, string>
  targetInput: string
  /** The mail domain, when it differs from what the person typed (www., a web address, mailto:). */
  targetNote: string | null
  /** What was pasted on each bounce or error step, so Back finds it there (memory only, never saved). */
  pasted: Record<string, string>
  bounce: BounceSummary | null
  /** What the pasted headers said (never the pasted text itself). */
  headers: HeaderReport | null
  /** DKIM verified again by the engine for the pasted message (null until it answers). */
  headersDkim: LocalDkimCheck | null
  outcome: SessionOutcome
  begin: () => void
  answer: (answerId: string) => void
  setTargetInput: (input: string) => void
  /** Records the typed address or domain (already checked, `domain` its ASCII form) and starts the checks. */
  submitTarget: (input: string, domain: string, note?: string) => void
  /** Keeps the text pasted on a bounce or error step. */
  setPasted: (nodeId: string, text: string) => void
  submitBounce: (bounce: BounceSummary, shown: string) => void
  /** Runs the checks again and returns to the route that chose this screen. */
  checkAgain: () => void
  /** Leaves a step that has no answer to give (the login test), tested or skipped. */
  proceed: () => void
  /** Back to the address step, with a corrected value in the field. */
  correctTarget: (value: string) => void
  /** Records what a message's headers said and moves on. */
  submitHeaders: (report: HeaderReport, shown: string) => void
  setHeadersDkim: (check: LocalDkimCheck | null) => void
  resolve: (solved: boolean) => void
  /** Support staff: go straight to any step of the tree (Back returns). */
  jumpTo: (nodeId: string) => void
  goBack: () => void
  startOver: () => void
  settle: () => void
}

const tree = DECISION_TREE

/** The wizard before anything is answered. */
const FRESH_WALK = {
  sessionId: null,
  screen: 'welcome',
  nodeId: tree.start,
  trail: [],
  because: null,
  decidedBy: null,
  answers: {},
  targetInput: '',
  targetNote: null,
  pasted: {},
  bounce: null,
  headers: null,
  headersDkim: null,
  outcome: 'open',
} satisfies Partial<WizardSlice>

/**
 * The offer an answer fixes for the checks (they then compare the MX records with what it
 * expects): one named in the list, or the one found and confirmed; null for any other answer.
 */
function declaredOffer(nodeId: string, answerId: string, walk: WalkState): string | null {
  if (nodeId === 'offer')
    return isOffer(answerId) && answerId !== 'unknown' && answerId !== 'other' ? answerId : null
  if (nodeId === 'provider-confirm' && answerId === 'yes') {
    const offer = identifyProvider(walk).offer
    return offer && offer !== 'other' && offer !== 'unknown' ? offer : null
  }
  return null
}

/** The walker's view of the store. */
export function walkStateOf(state: AppState): WalkState {
  const finished = (phase: string) => phase !== 'running'
  return {
    answers: state.answers,
    findings: { own: state.runs.own.findings, recipient: state.runs.recipient.findings },
    runDone: { own: finished(state.runs.own.phase), recipient: finished(state.runs.recipient.phase) },
    bounce: state.bounce,
  }
}

/** The facts a `because` sentence names: the domain (in Unicode), and the provider when known. */
function becauseFacts(state: AppState, walk: WalkState): Record<string, string> {
  const typed = state.trail.find((step) => step.nodeId === 'target')?.answer ?? state.runs.own.input
  const provider = providerName(identifyProvider(walk))
  return {
    domain: state.runs.own.report?.target.domainUnicode ?? typed,
    ...(provider ? { provider } : {}),
  }
}

/** What decided a route node's step: its reason and facts, the findings, the pasted codes. */
function decisionOf(
  node: Extract<TreeNode, { kind: 'route' }>,
  route: Route,
  state: AppState,
  walk: WalkState,
): AutomaticDecision {
  const pasted = route.when && readsPasted(route.when) ? pastedCodes(walk.bounce) : null
  return {
    because: route.because ?? null,
    findings: decidingFindings(node, route, walk),
    ...(route.because ? { becauseParams: becauseFacts(state, walk) } : {}),
    ...(pasted ? { pasted } : {}),
  }
}

/** Creates the wizard slice: moving through the tree, starting checks when the domain is known. */
export const createWizardSlice: StateCreator<AppState, [], [], WizardSlice> = (set, get) => {
  const moveTo = (nodeId: string, step: TrailStep | null) => {
    set((state) => ({
      nodeId,
      because: null,
      decidedBy: null,
      trail: step ? [...state.trail, step] : state.trail,
      outcome:
        tree.nodes[nodeId]?.kind === 'handoff'
          ? 'handoff'
          : tree.nodes[nodeId]?.kind === 'solved'
            ? 'solved'
            : 'open',
    }))
    get().settle()
  }

  return {
    ...FRESH_WALK,
    begin: () => set({ screen: 'tree', nodeId: tree.start }),
    answer: (answerId) => {
      const { nodeId } = get()
      const next = nextAfterAnswer(tree, nodeId, answerId)
      if (!next) return
      set((state) => ({ answers: { ...state.answers, [nodeId]: answerId } }))
      const declared = declaredOffer(nodeId, answerId, walkStateOf(get()))
      const run = get().runs.own
      if (declared && run.request && run.request.provider !== declared)
        void get().startRun('own', { ...run.request, provider: declared })
      moveTo(next, { nodeId, answer: answerId })
    },
    setTargetInput: (targetInput) => set({ targetInput }),
    submitTarget: (input, domain, note) => {
      const node = tree.nodes[get().nodeId]
      if (node?.kind !== 'input') return
      const offer = get().answers.offer
      set((state) => ({
        targetInput: input,
        targetNote: note ?? null,
        sessionId: state.sessionId ?? crypto.randomUUID(),
      }))
      void get().startRun('own', {
        input: note ?? input,
        ...(isOffer(offer) && offer !== 'unknown' && offer !== 'other' ? { provider: offer } : {}),
      })
      moveTo(node.next, { nodeId: node.id, answer: domain })
    },
    setPasted: (nodeId, text) => set((state) => ({ pasted: { ...state.pasted, [nodeId]: text } })),
    checkAgain: () => {
      const { decidedBy, runs, trail } = get()
      const request = runs.own.request ?? { input: runs.own.input }
      const returnTo = decidedBy ?? 'registration'
      const taken = trail.findLastIndex((step) => step.decided && step.nodeId === returnTo)
      void get().startRun('own', request)
      set({
        nodeId: returnTo,
        because: null,
        decidedBy: null,
        trail: taken >= 0 ? trail.slice(0, taken) : trail,
      })
      get().settle()
    },
    proceed: () => {
      const node = tree.nodes[get().nodeId]
      if (node?.kind === 'programs') {
        const read = get().runs.own.findings.some((finding) => finding.id === 'client.programs')
        moveTo(node.next, { nodeId: node.id, answer: read ? 'read' : 'skipped' })
        return
      }
      if (node?.kind !== 'login') return
      const tested = get().runs.own.findings.some((finding) => finding.id === 'smtp.auth')
      moveTo(node.next, { nodeId: node.id, answer: tested ? 'tested' : 'skipped' })
    },
    correctTarget: (value) => {
      set({ targetInput: value, targetNote: null })
      moveTo('target', { nodeId: get().nodeId, answer: 'correct' })
    },
    submitBounce: (bounce, shown) => {
      const node = tree.nodes[get().nodeId]
      if (node?.kind !== 'input') return
      set({ bounce })
      const run = get().runs.own
      if (bounce.sendingIp && run.input) {
        void get().startRun('own', { input: run.input, extraIps: [bounce.sendingIp] })
      }
      if (bounce.recipient && /@[^@]+$/.test(bounce.recipient)) {
        void get().startRun('recipient', {
          input: bounce.recipient,
          only: ['dns'],
          checks: ['dns.mx', 'dns.mx.hosts'],
        })
      }
      moveTo(node.next, { nodeId: node.id, answer: shown })
    },
    submitHeaders: (report, shown) => {
      const node = tree.nodes[get().nodeId]
      if (node?.kind !== 'input') return
      set({ headers: report, headersDkim: null })
      moveTo(node.next, { nodeId: node.id, answer: shown })
    },
    setHeadersDkim: (headersDkim) => set({ headersDkim }),
    resolve: (solved) => {
      const node = tree.nodes[get().nodeId]
      if (node?.kind !== 'remedy') return
      moveTo(solved ? 'solved' : node.notSolved, { nodeId: node.id, answer: solved ? 'solved' : 'notSolved' })
    },
    jumpTo: (nodeId) => {
      if (!tree.nodes[nodeId] || nodeId === get().nodeId) return
      set({ screen: 'tree', view: 'wizard', openedSession: null })
      moveTo(nodeId, { nodeId: get().nodeId, answer: 'jump' })
    },
    goBack: () => {
      const previous = answeredSteps(get().trail).at(-1)
      if (!previous) {
        set({ screen: 'welcome' })
        return
      }
      set((state) => {
        const answers = { ...state.answers }
        delete answers[previous.nodeId]
        return {
          nodeId: previous.nodeId,
          trail: trailBeforeLastAnswer(state.trail),
          answers,
          because: null,
          decidedBy: null,
          outcome: 'open',
        }
      })
    },
    startOver: () => {
      get().cancelRuns()
      get().resetRuns()
      set(FRESH_WALK)
    },
    settle: () => {
      for (let hops = 0; hops < Object.keys(tree.nodes).length; hops += 1) {
        const node = tree.nodes[get().nodeId]
        if (node?.kind !== 'route') return
        const walk = walkStateOf(get())
        if (!isReady(node, walk)) return
        const route = chooseRoute(node, walk)
        const because = route.because ?? get().because
        const decided = decisionOf(node, route, get(), walk)
        set((state) => ({
          nodeId: route.next,
          because,
          decidedBy: node.id,
          trail: [...state.trail, { nodeId: node.id, answer: route.next, decided }],
          outcome: tree.nodes[route.next]?.kind === 'handoff' ? 'handoff' : 'open',
        }))
      }
    },
  }
}
