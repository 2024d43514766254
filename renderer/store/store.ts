import { create, type StateCreator } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Language } from '../../shared/protocol/languages'
import { changedOnlyStorage } from './session-storage'
import { createCheckSlice, type CheckRun, type CheckSlice } from './check-slice'
import { createHistorySlice, type HistorySlice } from './history-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createStaffSlice, type StaffSlice } from './staff-slice'
import { createWizardSlice, type WizardSlice } from './wizard-slice'

/** The one store of the renderer, made of typed slices. */
export type AppState = SettingsSlice & WizardSlice & CheckSlice & HistorySlice & StaffSlice

/** The store's `set`, as a slice creator (and each part of one) receives it. */
export type SetState = Parameters<StateCreator<AppState>>[0]
/** The store's `get`, as a slice creator (and each part of one) receives it. */
export type GetState = () => AppState

/**
 * Creates the store. The wizard's answers and the last findings survive a reload of the window
 * (session storage: gone when the app closes); a check that was running when the page reloaded is
 * shown as stopped.
 */
export function createAppStore(initialLanguage: Language) {
  const store = create<AppState>()(
    persist(
      (...args) => ({
        ...createSettingsSlice(initialLanguage)(...args),
        ...createWizardSlice(...args),
        ...createCheckSlice(...args),
        ...createHistorySlice(...args),
        ...createStaffSlice(...args),
      }),
      {
        name: 'maildoctor-session',
        storage: changedOnlyStorage(() => sessionStorage),
        partialize: (state) => ({
          screen: state.screen,
          nodeId: state.nodeId,
          trail: state.trail,
          because: state.because,
          decidedBy: state.decidedBy,
          targetNote: state.targetNote,
          answers: state.answers,
          targetInput: state.targetInput,
          bounce: state.bounce,
          outcome: state.outcome,
          notes: state.notes,
          callView: state.callView,
          shareSafely: state.shareSafely,
          runs: {
            own: interrupted(state.runs.own),
            recipient: interrupted(state.runs.recipient),
          },
        }),
      },
    ),
  )
  // The one place the check runs reach the walk: each change of a run lets it take its next steps.
  store.subscribe((state, previous) => {
    if (state.runs !== previous.runs) state.settle()
  })
  return store
}

/** The store hook type the app's components use. */
export type AppStore = ReturnType<typeof createAppStore>

/** A run that was going when the window reloaded cannot be resumed: it is kept as stopped. */
function interrupted(run: CheckRun): CheckRun {
  return run.phase === 'running' ? { ...run, phase: 'cancelled' } : run
}
