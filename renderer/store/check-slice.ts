import type { StateCreator } from 'zustand'
import { areaOf, type CheckArea } from '../../shared/check-areas'
import type { ProgramsReadRequest, ProgramsReadResponse } from '../../shared/ipc'
import type { CheckId, Finding, Report } from '../../shared/report'
import { api } from '../bridge/api'
import type { AppState, GetState, SetState } from './store'

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
  /** What the run was asked (a check run again asks the same); absent before it started. */
  request?: RunRequest
}

/** What a run is asked to check. */
export interface RunRequest {
  input: string
  only?: CheckArea[]
  provider?: string
  extraIps?: string[]
  /** Only these checks of the areas (a recipient's domain needs its MX and nothing of the sender's kind). */
  checks?: CheckId[]
}

/**
 * The check runs of the session; findings stream in through `addFinding` (see store/subscriptions).
 * The slice knows nothing of the walk: the store's one subscription lets the walk read each change.
 */
export interface CheckSlice {
  runs: Record<RunTarget, CheckRun>
  startRun: (target: RunTarget, request: RunRequest) => Promise<void>
  addFinding: (runId: string, finding: Finding) => void
  /** Adds findings of a test run outside a check (login, round trip) to the session's own run. */
  addFindings: (findings: readonly Finding[]) => void
  cancelRuns: () => void
  resetRuns: () => void
  /** Checks of the own run being run again, by id (the call view shows them busy). */
  rerunning: CheckId[]
  /**
   * Runs one check of the own run again, with the same input and provider, and puts its new
   * finding(s) where the old ones were. Does nothing while the run itself is running.
   */
  rerunCheck: (id: CheckId) => Promise<void>
  /** What the mail programs were last read for (the call view's "run again" of `client.programs` asks it again). */
  programsRequest: ProgramsReadRequest | null
  /** Reads the mail programs' settings (after the person agreed) and adds their findings; null when it failed. */
  readPrograms: (request: ProgramsReadRequest) => Promise<ProgramsReadResponse | null>
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

type UpdateRun = (target: RunTarget, runId: string, change: (run: CheckRun) => Partial<CheckRun>) => void

/** Changes one run, if it is still the run of that id (a later run of the same target wins). */
function runUpdater(set: SetState): UpdateRun {
  return (target, runId, change) =>
    set((state) => {
      const run = state.runs[target]
      if (run.runId !== runId) return {}
      return { runs: { ...state.runs, [target]: { ...run, ...change(run) } } }
    })
}

/** The runs themselves: start, findings streaming in, cancel, reset. */
function runActions(
  set: SetState,
  get: GetState,
  updateRun: UpdateRun,
): Pick<CheckSlice, 'runs' | 'startRun' | 'addFinding' | 'addFindings' | 'cancelRuns' | 'resetRuns'> {
  return {
    runs: { own: IDLE_RUN, recipient: IDLE_RUN },
    startRun: async (target, request) => {
      cancelRun(get().runs[target])
      const runId = crypto.randomUUID()
      set((state) => ({
        runs: {
          ...state.runs,
          [target]: { ...IDLE_RUN, runId, input: request.input, phase: 'running', request },
        },
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
    },
    addFinding: (runId, finding) => {
      const target = (['own', 'recipient'] as const).find((name) => get().runs[name].runId === runId)
      if (!target) return
      updateRun(target, runId, (run) => ({ findings: mergeFindings(run.findings, [finding]) }))
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
    resetRuns: () =>
      set({ runs: { own: IDLE_RUN, recipient: IDLE_RUN }, rerunning: [], programsRequest: null }),
  }
}

/** Reading the mail programs, and one check of the own run run again. */
function rerunActions(
  set: SetState,
  get: GetState,
  updateRun: UpdateRun,
): Pick<CheckSlice, 'programsRequest' | 'readPrograms' | 'rerunning' | 'rerunCheck'> {
  return {
    programsRequest: null,
    readPrograms: async (request) => {
      set({ programsRequest: request })
      const answer = await api()
        .readPrograms(request)
        .catch(() => null)
      if (!answer?.ok) return null
      get().addFindings(answer.value.findings)
      return answer.value
    },
    rerunning: [],
    rerunCheck: async (id) => {
      const run = get().runs.own
      const area = areaOf(id)
      if (!run.runId || run.phase === 'running' || area === 'input' || get().rerunning.includes(id)) return
      const ownRunId = run.runId
      const request = run.request ?? { input: run.input }
      set((state) => ({ rerunning: [...state.rerunning, id] }))
      const programs = get().programsRequest
      const result = await (
        id === 'client.programs' && programs
          ? api().readPrograms(programs)
          : api().runCheck({
              runId: crypto.randomUUID(),
              input: request.input,
              ...(request.provider !== undefined ? { provider: request.provider } : {}),
              ...(request.extraIps !== undefined ? { extraIps: request.extraIps } : {}),
              only: [area],
              checks: [id],
            })
      ).catch(() => null)
      set((state) => ({ rerunning: state.rerunning.filter((busy) => busy !== id) }))
      if (!result?.ok) return
      updateRun('own', ownRunId, (current) => {
        const findings = replaceFindings(current.findings, id, result.value.findings)
        return { findings, report: current.report ? { ...current.report, findings } : null }
      })
    },
  }
}

/** Creates the check slice. */
export const createCheckSlice: StateCreator<AppState, [], [], CheckSlice> = (set, get) => {
  const updateRun = runUpdater(set)
  return { ...runActions(set, get, updateRun), ...rerunActions(set, get, updateRun) }
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

/**
 * Puts the new findings of one check where its old ones were (the first of them), dropping the old
 * ones; with no old ones, the new ones go last.
 */
export function replaceFindings(
  current: readonly Finding[],
  id: CheckId,
  incoming: readonly Finding[],
): Finding[] {
  const first = current.findIndex((finding) => finding.id === id)
  const kept = current.filter((finding) => finding.id !== id)
  const at =
    first === -1 ? kept.length : current.slice(0, first).filter((finding) => finding.id !== id).length
  return mergeFindings([], [...kept.slice(0, at), ...incoming, ...kept.slice(at)])
}

/** The identity of a finding within a run. */
export function findingKey(finding: Finding): string {
  return `${finding.id} ${finding.subject ?? ''}`
}
