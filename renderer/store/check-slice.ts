import type { StateCreator } from 'zustand'
import type { Finding, Report } from '../../shared/report'
import { api } from '../bridge/api'
import type { AppState } from './store'

/** Where a check run stands. */
export type CheckPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed'

/** The running or last check: its findings as they arrived, then its report. */
export interface CheckSlice {
  runId: string | null
  phase: CheckPhase
  findings: Finding[]
  report: Report | null
  failure: string | null
  startCheck: (input: string) => Promise<void>
  addFinding: (runId: string, finding: Finding) => void
  cancelCheck: () => void
  resetCheck: () => void
}

/** Creates the check slice; findings stream in through `addFinding` (see bridge/subscriptions). */
export const createCheckSlice: StateCreator<AppState, [], [], CheckSlice> = (set, get) => ({
  runId: null,
  phase: 'idle',
  findings: [],
  report: null,
  failure: null,
  startCheck: async (input) => {
    get().cancelCheck()
    const runId = crypto.randomUUID()
    set({ runId, phase: 'running', findings: [], report: null, failure: null })
    const result = await api().runCheck({ runId, input })
    if (get().runId !== runId) return
    if (result.ok) {
      const byId = new Map(get().findings.map((finding) => [findingKey(finding), finding]))
      for (const finding of result.value.findings) byId.set(findingKey(finding), finding)
      set((state) => ({
        phase: state.phase === 'cancelled' ? 'cancelled' : 'done',
        report: result.value,
        findings: [...byId.values()],
      }))
    } else {
      set({ phase: 'failed', failure: result.error.message })
    }
  },
  addFinding: (runId, finding) => {
    if (get().runId !== runId) return
    set((state) => ({
      findings: [...state.findings.filter((f) => findingKey(f) !== findingKey(finding)), finding],
    }))
  },
  cancelCheck: () => {
    const { runId, phase } = get()
    if (runId && phase === 'running') {
      set({ phase: 'cancelled' })
      void api().cancelCheck({ runId })
    }
  },
  resetCheck: () => set({ runId: null, phase: 'idle', findings: [], report: null, failure: null }),
})

function findingKey(finding: Finding): string {
  return `${finding.id} ${finding.subject ?? ''}`
}
