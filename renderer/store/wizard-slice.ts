import type { StateCreator } from 'zustand'
import type { PecReceipt } from '../../shared/bounce/pec'
import type { BounceReason } from '../../shared/bounce/reasons'
import type { HeaderReport, LocalDkimCheck } from '../../shared/headers/types'
import type { CodeExplanation } from '../../shared/bounce/explain'
import { identifyProvider } from '../../shared/knowledge/provider-identity'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { isOffer } from '../../shared/tree/offers'
import type { WalkState } from '../../shared/tree/types'
import {
  answeredSteps,
  FRESH_WALK,
  walk,
  type TrailStep,
  type Walk,
  type WalkEvent,
} from '../../shared/tree/walk'
import { nextAfterAnswer, type BounceFacts } from '../../shared/tree/walker'
import type { AppState, GetState, SetState } from './store'

export { answeredSteps, type AutomaticDecision, type TrailStep } from '../../shared/tree/walk'

/** What the wizard keeps of a pasted bounce (never the whole text). */
export interface BounceSummary extends BounceFacts {
  sendingIp: string | null
  explanation: CodeExplanation | null
  /** Why it came back, in Sisimai's reason names (shared/bounce/reasons.ts). */
  reason?: BounceReason
  /** The PEC receipt, when the pasted message is one. */
  pec?: PecReceipt | null
  /** True when a PEC box refused the message because it accepts only certified mail. */
  ordinaryToPec?: boolean
  /** True when a mail system wrote the notice, not a mail program's window (explain.ts `sentByMailSystem`). */
  fromMailSystem?: boolean
}

/** Where the person is in the decision tree and what they answered. */
export interface WizardSlice {
  /** The id of this walk's record in the history: one per session, from the address step to the end. */
  sessionId: string | null
  screen: 'welcome' | 'tree'
  nodeId: string
  trail: readonly TrailStep[]
  /** Why the walk arrived here, when a check decided it (a `tree:because` key). */
  because: string | null
  /** The route node that chose the current screen (where "check again" returns). */
  decidedBy: string | null
  answers: Readonly<Record<string, string>>
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
  outcome: Walk['outcome']
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
  /** Takes the automatic steps the evidence now allows (called when the check runs change). */
  settle: () => void
}

/** The wizard before anything is answered. */
const FRESH_WIZARD = {
  ...FRESH_WALK,
  sessionId: null,
  screen: 'welcome',
  targetInput: '',
  targetNote: null,
  pasted: {},
  bounce: null,
  headers: null,
  headersDkim: null,
} satisfies Partial<WizardSlice>

/**
 * The offer an answer fixes for the checks (they then compare the MX records with what it
 * expects): one named in the list, or the one found and confirmed; null for any other answer.
 */
function declaredOffer(nodeId: string, answerId: string, evidence: WalkState): string | null {
  if (nodeId === 'offer')
    return isOffer(answerId) && answerId !== 'unknown' && answerId !== 'other' ? answerId : null
  if (nodeId === 'provider-confirm' && answerId === 'yes') {
    const offer = identifyProvider(evidence).offer
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
    headers: state.headers,
  }
}

/** The walk as the store holds it, with the evidence the check runs and pasted texts give. */
function walkerStateOf(state: AppState) {
  const { findings, runDone, bounce, headers } = walkStateOf(state)
  const { nodeId, trail, because, decidedBy, answers, outcome } = state
  return {
    nodeId,
    trail,
    because,
    decidedBy,
    answers,
    outcome,
    evidence: {
      findings,
      runDone,
      bounce,
      headers: headers ?? null,
      domain: state.runs.own.report?.target.domainUnicode ?? null,
      input: state.runs.own.input,
    },
  }
}

type Dispatch = (event: WalkEvent) => void

/** The input steps: the address starts the check, a bounce the checks it calls for, then the walk moves on. */
function inputActions(
  set: SetState,
  get: GetState,
  dispatch: Dispatch,
): Pick<WizardSlice, 'submitTarget' | 'submitBounce' | 'submitHeaders'> {
  const onInput = () => {
    const node = DECISION_TREE.nodes[get().nodeId]
    return node?.kind === 'input' ? node : null
  }
  return {
    submitTarget: (input, domain, note) => {
      if (onInput()?.input !== 'target') return
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
      dispatch({ type: 'submit', value: domain })
    },
    submitBounce: (bounce, shown) => {
      if (!onInput()) return
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
      dispatch({ type: 'submit', value: shown })
    },
    submitHeaders: (report, shown) => {
      if (!onInput()) return
      set({ headers: report, headersDkim: null })
      dispatch({ type: 'submit', value: shown })
    },
  }
}

/** What the person keeps on a step without moving: the typed address, a pasted text, DKIM's answer. */
function fieldActions(set: SetState): Pick<WizardSlice, 'setTargetInput' | 'setPasted' | 'setHeadersDkim'> {
  return {
    setTargetInput: (targetInput) => set({ targetInput }),
    setPasted: (nodeId, text) => set((state) => ({ pasted: { ...state.pasted, [nodeId]: text } })),
    setHeadersDkim: (headersDkim) => set({ headersDkim }),
  }
}

/** The steps that move the walk: answers, check again, back, jumps, the end, the automatic steps. */
function walkActions(
  set: SetState,
  get: GetState,
  dispatch: Dispatch,
): Pick<
  WizardSlice,
  | 'begin'
  | 'answer'
  | 'checkAgain'
  | 'proceed'
  | 'correctTarget'
  | 'resolve'
  | 'jumpTo'
  | 'goBack'
  | 'startOver'
  | 'settle'
> {
  return {
    begin: () => set({ screen: 'tree', nodeId: DECISION_TREE.start }),
    answer: (answerId) => {
      const { nodeId, answers } = get()
      if (!nextAfterAnswer(DECISION_TREE, nodeId, answerId)) return
      const answered = { ...walkStateOf(get()), answers: { ...answers, [nodeId]: answerId } }
      const declared = declaredOffer(nodeId, answerId, answered)
      const run = get().runs.own
      // The run starts first, so the walk waits for the findings of the offer just named.
      if (declared && run.request && run.request.provider !== declared)
        void get().startRun('own', { ...run.request, provider: declared })
      dispatch({ type: 'answer', answerId })
    },
    checkAgain: () => {
      const run = get().runs.own
      void get().startRun('own', run.request ?? { input: run.input })
      dispatch({ type: 'checkAgain' })
    },
    proceed: () => dispatch({ type: 'proceed' }),
    correctTarget: (value) => {
      set({ targetInput: value, targetNote: null })
      dispatch({ type: 'correctTarget' })
    },
    resolve: (solved) => dispatch({ type: 'resolve', solved }),
    jumpTo: (nodeId) => {
      if (!DECISION_TREE.nodes[nodeId] || nodeId === get().nodeId) return
      set({ screen: 'tree', view: 'wizard', openedSession: null })
      dispatch({ type: 'jump', nodeId })
    },
    goBack: () => {
      if (answeredSteps(get().trail).length === 0) set({ screen: 'welcome' })
      else dispatch({ type: 'back' })
    },
    startOver: () => {
      get().cancelRuns()
      get().resetRuns()
      set(FRESH_WIZARD)
    },
    settle: () => dispatch({ type: 'settle' }),
  }
}

/** Creates the wizard slice: a thin shell over the walk (shared/tree/walk.ts) that starts the checks. */
export const createWizardSlice: StateCreator<AppState, [], [], WizardSlice> = (set, get) => {
  const dispatch: Dispatch = (event) => {
    const { nodeId, trail, because, decidedBy, answers, outcome } = walk(walkerStateOf(get()), event)
    set({ nodeId, trail, because, decidedBy, answers, outcome })
  }
  return {
    ...FRESH_WIZARD,
    ...inputActions(set, get, dispatch),
    ...fieldActions(set),
    ...walkActions(set, get, dispatch),
  }
}
