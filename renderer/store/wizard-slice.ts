import type { StateCreator } from 'zustand'
import type { AppState } from './store'

/** The screens of the wizard, in order. */
export const WIZARD_STEPS = ['welcome', 'problem', 'domain', 'results'] as const
/** One screen of the wizard. */
export type WizardStep = (typeof WIZARD_STEPS)[number]
/** What the person says is wrong. */
export type Problem = 'cannotSend' | 'cannotReceive' | 'bounce' | 'webmail'

/** Where the person is in the wizard and what they answered. */
export interface WizardSlice {
  step: WizardStep
  visited: WizardStep[]
  problem: Problem | null
  targetInput: string
  goTo: (step: WizardStep) => void
  goBack: () => void
  chooseProblem: (problem: Problem) => void
  setTargetInput: (value: string) => void
  startOver: () => void
}

/** Creates the wizard slice. */
export const createWizardSlice: StateCreator<AppState, [], [], WizardSlice> = (set, get) => ({
  step: 'welcome',
  visited: [],
  problem: null,
  targetInput: '',
  goTo: (step) => set((state) => ({ step, visited: [...state.visited, state.step] })),
  goBack: () =>
    set((state) => {
      const previous = state.visited.at(-1)
      return previous ? { step: previous, visited: state.visited.slice(0, -1) } : {}
    }),
  chooseProblem: (problem) => {
    set({ problem })
    get().goTo('domain')
  },
  setTargetInput: (targetInput) => set({ targetInput }),
  startOver: () => {
    get().cancelCheck()
    set({ step: 'welcome', visited: [], problem: null, targetInput: '' })
    get().resetCheck()
  },
})
