import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Language } from '../../shared/i18n/languages'
import { createCheckSlice, type CheckSlice } from './check-slice'
import { createHistorySlice, type HistorySlice } from './history-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createStaffSlice, type StaffSlice } from './staff-slice'
import { createWizardSlice, type WizardSlice } from './wizard-slice'

/** The one store of the renderer, made of typed slices. */
export type AppState = SettingsSlice & WizardSlice & CheckSlice & HistorySlice & StaffSlice

/**
 * Creates the store. The wizard's answers and the last findings survive a reload of the window
 * (session storage: gone when the app closes); a check that was running when the page reloaded is
 * shown as stopped.
 */
export function createAppStore(initialLanguage: Language) {
  return create<AppState>()(
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
        storage: createJSONStorage(() => sessionStorage),
        partialize: (state) => ({
          step: state.step,
          visited: state.visited,
          problem: state.problem,
          targetInput: state.targetInput,
          runId: state.runId,
          phase: state.phase === 'running' ? 'cancelled' : state.phase,
          findings: state.findings,
          report: state.report,
          notes: state.notes,
          callView: state.callView,
          shareSafely: state.shareSafely,
        }),
      },
    ),
  )
}

/** The store hook type the app's components use. */
export type AppStore = ReturnType<typeof createAppStore>
