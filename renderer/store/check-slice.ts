import type { StateCreator } from 'zustand'
import type { CheckArea } from '../../shared/ipc'
import type { Finding, Report } from '../../shared/report'
import { api } from '../bridge/api'
import type { AppState } from './store'

/** Where a check run stands. */
export type CheckPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed'
/** Which domain a run checks: the person's own, or a recipient's from a bounce. */
export type RunTarget = 'own' | 'recipient'

/** One check run: its findings as they arrived, then its report. */
export interface CheckRun {
  runId: string | null
  input: string
  phase: CheckPhase
  findings: Finding[]
  report: Report | null
  failure: string | null
}

/** What a run is asked to check. */
export interface RunRequest {
  input: string
  only?: CheckArea[]
  provider?: string
  extraIps?: string[]
}

/** The check runs of the session; findings stream in through `addFinding` (see bridge/subscriptions). */
export interface CheckSlice {
  runs: Record<RunTarget, CheckRun>
  startRun: (target: RunTarget, request: RunRequest) => Promise<void>
  addFinding: (runId: string, finding: Finding) => void
  /** Adds findings of a test run outside a check (login, round trip) to the session's own run. */
  addFindings: (findings: readonly Finding[]) => void
  cancelRuns: () => void
  resetRuns: () => void
}

/** A run that has not started. */
export const IDLE_RUN: CheckRun = {
  runId: null,
  input: '',
  phase: 'idle',
  findings: [],
  report: null,
  failure: null,
}

/** Creates the check slice. */
export const createCheckSlice: StateCreator<AppState, [], [], CheckSlice> = (set, get) => {
  const updateRun = (target: RunTarget, runId: string, change: (run: CheckRun) => Partial<CheckRun>) =>
    set((state) => {
      const run = state.runs[target]
      if (run.runId !== runId) return {}
      return { runs: { ...state.runs, [target]: { ...run, ...change(run) } } }
    })

  return {
    runs: { own: IDLE_RUN, recipient: IDLE_RUN },
    startRun: async (target, request) => {
      cancelRun(get().runs[target])
      const runId = crypto.randomUUID()
      set((state) => ({
        runs: { ...state.runs, [target]: { ...IDLE_RUN, runId, input: request.input, phase: 'running' } },
      }))
      const result = await api().runCheck({ runId, ...request })
      if (result.ok) {
        updateRun(target, runId, (run) => ({
          phase: run.phase === 'cancelled' ? 'cancelled' : 'done',
          report: result.value,
          findings: mergeFindings(run.findings, result.value.findings),
        }))
      } else {
        updateRun(target, runId, () => ({ phase: 'failed', failure: result.error.message }))
      }
      get().settle()
    },
    addFinding: (runId, finding) => {
      const target = (['own', 'recipient'] as const).find((name) => get().runs[name].runId === runId)
      if (!target) return
      updateRun(target, runId, (run) => ({ findings: mergeFindings(run.findings, [finding]) }))
      get().settle()
    },
    addFindings: (findings) =>
      set((state) => ({
        runs: {
          ...state.runs,
          own: { ...state.runs.own, findings: mergeFindings(state.runs.own.findings, findings) },
        },
      })),
    cancelRuns: () => {
      for (const target of ['own', 'recipient'] as const) {
        const run = get().runs[target]
        if (cancelRun(run) && run.runId) updateRun(target, run.runId, () => ({ phase: 'cancelled' }))
      }
    },
    resetRuns: () => set({ runs: { own: IDLE_RUN, recipient: IDLE_RUN } }),
  }
}

function cancelRun(run: CheckRun): boolean {
  if (!run.runId || run.phase !== 'running') return false
  void api().cancelCheck({ runId: run.runId })
  return true
}

/** Adds findings to a list, a later finding replacing an earlier one of the same check and subject. */
export function mergeFindings(current: readonly Finding[], incoming: readonly Finding[]): Finding[] {
  const byKey = new Map(current.map((finding) => [findingKey(finding), finding]))
  for (const finding of incoming) byKey.set(findingKey(finding), finding)
  return [...byKey.values()]
}

/** The identity of a finding within a run. */
export function findingKey(finding: Finding): string {
  return `${finding.id} ${finding.subject ?? ''}`
}
