import type { StateCreator } from 'zustand'
import type { HistoryListEntry } from '../../shared/ipc'
import type { SessionRecord } from '../../shared/session'
import { api } from '../bridge/api'
import { currentSession } from './session'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import type { AppState, GetState, SetState } from './store'

/** Which part of the app is shown: the wizard, the history list, or one saved session. */
export type AppView = 'wizard' | 'history' | 'session'

/** The saved sessions: the list, the one reopened (read only), and saving the live one. */
export interface HistorySlice {
  view: AppView
  historyEntries: HistoryListEntry[]
  historyStatus: 'idle' | 'loading' | 'ready' | 'failed'
  historyError: string | null
  openedSession: SessionRecord | null
  lastSavedId: string | null
  showHistory: () => Promise<void>
  showWizard: () => void
  openSession: (id: string) => Promise<void>
  deleteSession: (id: string) => Promise<boolean>
  saveCurrentSession: () => Promise<void>
  /** Walks the wizard again with the session's answers, up to its domain, and checks it anew. */
  runAgain: (session: SessionRecord) => void
}

/** Saving the live session, and walking a saved one again. */
function sessionActions(set: SetState, get: GetState): Pick<HistorySlice, 'saveCurrentSession' | 'runAgain'> {
  return {
    saveCurrentSession: async () => {
      const session = currentSession(get())
      if (!session) return
      const result = await api().historySave(session)
      if (result.ok) set({ lastSavedId: result.value.id })
      else if (result.error.code === 'sessionTooLarge')
        set({ reportNotice: { kind: 'error', key: 'report:history.tooLarge' } })
      else
        set({
          reportNotice: {
            kind: 'error',
            key: 'report:history.saveFailed',
            params: { message: result.error.message },
          },
        })
    },
    runAgain: (session) => {
      get().startFresh()
      get().begin()
      for (const step of session.path) {
        const node = DECISION_TREE.nodes[get().nodeId]
        if (node?.id !== step.nodeId) break
        if (node.kind === 'question') get().answer(step.answer)
        else if (node.kind === 'input' && node.input === 'target') {
          get().submitTarget(session.report.target.input, session.report.target.domain)
          break
        } else break
      }
    },
  }
}

/** Creates the history slice. */
export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  view: 'wizard',
  historyEntries: [],
  historyStatus: 'idle',
  historyError: null,
  openedSession: null,
  lastSavedId: null,
  showHistory: async () => {
    set({
      view: 'history',
      historyStatus: 'loading',
      historyError: null,
      openedSession: null,
      reportNotice: null,
    })
    const result = await api().historyList()
    if (result.ok) set({ historyEntries: result.value, historyStatus: 'ready' })
    else set({ historyStatus: 'failed', historyError: result.error.message })
  },
  showWizard: () => set({ view: 'wizard', openedSession: null, reportNotice: null }),
  openSession: async (id) => {
    const result = await api().historyGet({ id })
    if (result.ok && result.value) set({ view: 'session', openedSession: result.value, reportNotice: null })
    else set({ historyStatus: 'failed', historyError: result.ok ? id : result.error.message })
  },
  deleteSession: async (id) => {
    const result = await api().historyDelete({ id })
    if (!result.ok) {
      set({ historyError: result.error.message, historyStatus: 'failed' })
      return false
    }
    set((state) => ({ historyEntries: state.historyEntries.filter((entry) => entry.id !== id) }))
    return result.value.deleted
  },
  ...sessionActions(set, get),
})
