import type { StateCreator } from 'zustand'
import type { ExportFormat } from '../../shared/report-export'
import type { SessionRecord } from '../../shared/session'
import { api } from '../bridge/api'
import { currentSession } from './session'
import { saveTextFile } from '../bridge/download'
import type { AppState, GetState, SetState } from './store'

/** A short message about the last report action, shown in a live region. */
export interface ReportNotice {
  kind: 'ok' | 'error'
  key: string
  params?: Record<string, string>
}

/** What support staff use during a call: the call view, notes, sharing safely, report actions. */
export interface StaffSlice {
  callView: boolean
  notes: string
  shareSafely: boolean
  helpOpen: boolean
  reportNotice: ReportNotice | null
  toggleCallView: () => void
  setNotes: (notes: string) => void
  setShareSafely: (shareSafely: boolean) => void
  setHelpOpen: (open: boolean) => void
  /** Starts a new session: the wizard from the top, no notes, back from the history. */
  startFresh: () => void
  /** The session the report actions work on: the reopened one, else the live one. */
  reportSession: () => SessionRecord | null
  copyReport: () => Promise<void>
  exportReport: (format: ExportFormat) => Promise<void>
  savePdf: () => Promise<void>
}

function failure(message: string, key = 'report:panel.exportFailed'): ReportNotice {
  return { kind: 'error', key, params: { message } }
}

/** The report's actions on the session of `reportSession`: copy, export to a file, save as PDF. */
function reportActions(
  set: SetState,
  get: GetState,
): Pick<StaffSlice, 'copyReport' | 'exportReport' | 'savePdf'> {
  return {
    copyReport: async () => {
      const session = get().reportSession()
      if (!session) return
      const result = await api().exportReport({
        session,
        format: 'md',
        language: get().language,
        shareSafely: get().shareSafely,
      })
      if (!result.ok) return set({ reportNotice: failure(result.error.message) })
      try {
        await navigator.clipboard.writeText(result.value.text)
        set({ reportNotice: { kind: 'ok', key: 'report:panel.copied' } })
      } catch (error) {
        set({
          reportNotice: failure(
            error instanceof Error ? error.message : String(error),
            'report:panel.copyFailed',
          ),
        })
      }
    },
    exportReport: async (format) => {
      const session = get().reportSession()
      if (!session) return
      const result = await api().exportReport({
        session,
        format,
        language: get().language,
        shareSafely: get().shareSafely,
      })
      if (!result.ok) return set({ reportNotice: failure(result.error.message) })
      saveTextFile(result.value.text, result.value.fileName, result.value.mime)
      set({ reportNotice: null })
    },
    savePdf: async () => {
      const session = get().reportSession()
      if (!session) return
      const result = await api().savePdf({
        session,
        language: get().language,
        shareSafely: get().shareSafely,
      })
      if (!result.ok) return set({ reportNotice: failure(result.error.message) })
      if (result.value.unavailable)
        return set({ reportNotice: { kind: 'error', key: 'report:panel.pdfUnavailable' } })
      set({ reportNotice: result.value.saved ? { kind: 'ok', key: 'report:panel.pdfSaved' } : null })
    },
  }
}

/** Creates the staff slice. */
export const createStaffSlice: StateCreator<AppState, [], [], StaffSlice> = (set, get) => ({
  callView: false,
  notes: '',
  shareSafely: false,
  helpOpen: false,
  reportNotice: null,
  toggleCallView: () => set((state) => ({ callView: !state.callView })),
  setNotes: (notes) => set({ notes }),
  setShareSafely: (shareSafely) => set({ shareSafely }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  startFresh: () => {
    get().startOver()
    set({ notes: '', reportNotice: null, view: 'wizard', openedSession: null })
  },
  reportSession: () => {
    const state = get()
    if (state.view === 'session') return state.openedSession
    return currentSession(state)
  },
  ...reportActions(set, get),
})
