import type { z } from 'zod'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  REQUEST_SCHEMAS,
  type AppInfo,
  type Envelope,
  type EventTypes,
  type ResponseTypes,
} from '../shared/ipc'
import type { EventChannel, InvokeChannel } from '../shared/ipc-channels'
import type { Language } from '../shared/protocol/languages'
import { allowedExternalLink } from '../shared/external-links'
import { EXPORT_MIME, reportFileName } from '../shared/report-export'
import {
  engineDiscovery,
  readMailPrograms,
  runCheck,
  testEnvelope,
  testLogin,
  testMailbox,
  testRoundTrip,
  verifyDkim,
  type EngineOptions,
} from './engine'
import { parseTarget } from '../shared/target'
import { readMessageFileBytes } from './message-file-service'
import { createHistoryStore, HistoryRefusal, type HistoryStore } from './history/history-store'
import { createExportRunner, type ExportRunner } from './report-worker/off-thread'
import {
  createMemorySettingsStore,
  createSettingsStore,
  effectiveSettings,
  withSettings,
} from './settings/settings-store'

/** What a front (Electron, harness) provides to the service: its transport and platform pieces. */
export interface ServiceDeps {
  appInfo: () => AppInfo
  openExternal: (url: string) => Promise<void>
  setLanguage: (language: Language) => void
  send: <C extends EventChannel>(channel: C, payload: EventTypes[C]) => void
  /** Where the engine reaches the network (resolvers, ports, extra CA); the defaults when absent. */
  engineOptions?: EngineOptions
  /** The folder of saved sessions (Electron: userData/history; the harness: a temporary folder). */
  historyDir?: string
  /** Prints a report's HTML to PDF and asks where to save it; a front without it offers HTML. */
  savePdf?: (html: string, fileName: string) => Promise<{ saved: boolean; path: string | null }>
  /** The settings file (Electron: userData/settings.json); kept in memory only when absent. */
  settingsFile?: string
}

type ParsedArgs<C extends InvokeChannel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>
type Handlers = { [C in InvokeChannel]: (...args: ParsedArgs<C>) => Promise<ResponseTypes[C]> }

/** The IPC contract's handlers, behind validation, without any transport: one per front. */
export interface ApiService {
  /** Validates the arguments of a channel with its schema, runs its handler and wraps the outcome. */
  dispatch: (channel: string, args: unknown) => Promise<Envelope<unknown>>
  /** Cancels every running check and stops the report worker (the window closed, the app quits). */
  cancelAll: () => void
}

/** The jobs running under a runId, so `check:cancel` (or a new job with that runId) can stop them. */
function createRunningJobs() {
  const running = new Map<string, AbortController>()
  return {
    /** Runs one cancellable job under its runId (a new job with the same runId cancels the old). */
    async track<T>(runId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      running.get(runId)?.abort()
      const controller = new AbortController()
      running.set(runId, controller)
      try {
        return await work(controller.signal)
      } finally {
        if (running.get(runId) === controller) running.delete(runId)
      }
    },
    /** Cancels the job of a runId; false when there is none. */
    cancel(runId: string): boolean {
      const controller = running.get(runId)
      controller?.abort()
      return controller !== undefined
    },
    cancelAll() {
      for (const controller of running.values()) controller.abort()
      running.clear()
    },
  }
}
type RunningJobs = ReturnType<typeof createRunningJobs>

type EngineChannels =
  | 'check:run'
  | 'check:cancel'
  | 'probe:login'
  | 'probe:envelope'
  | 'probe:roundtrip'
  | 'probe:mailbox'
  | 'headers:verify-dkim'

/** The engine's jobs: the whole check and the tests of one server, each cancellable by its runId. */
function engineHandlers(
  deps: ServiceDeps,
  jobs: RunningJobs,
  currentOptions: () => Promise<EngineOptions>,
): Pick<Handlers, EngineChannels> {
  return {
    [INVOKE_CHANNELS.runCheck]: (request) =>
      jobs.track(request.runId, async (signal) =>
        runCheck(request, await currentOptions(), {
          signal,
          onFinding: (finding) =>
            deps.send(EVENT_CHANNELS.onCheckProgress, { runId: request.runId, finding }),
        }),
      ),
    [INVOKE_CHANNELS.cancelCheck]: ({ runId }) => Promise.resolve({ cancelled: jobs.cancel(runId) }),
    [INVOKE_CHANNELS.probeLogin]: ({ runId, user, password, ...server }) =>
      jobs.track(runId, async (signal) =>
        testLogin(server, { user, password }, await currentOptions(), signal),
      ),
    [INVOKE_CHANNELS.probeEnvelope]: ({ runId, ...request }) =>
      jobs.track(runId, async (signal) => {
        const { mxHost, findings } = await testEnvelope(request, await currentOptions(), signal)
        return { mxHost, findings }
      }),
    [INVOKE_CHANNELS.probeRoundTrip]: ({ runId, ...request }) =>
      jobs.track(runId, async (signal) => testRoundTrip(request, await currentOptions(), signal)),
    [INVOKE_CHANNELS.probeMailbox]: ({ runId, ...request }) =>
      jobs.track(runId, async (signal) => testMailbox(request, await currentOptions(), signal)),
    [INVOKE_CHANNELS.verifyDkim]: ({ runId, message }) =>
      jobs.track(runId, async (signal) => verifyDkim(message, await currentOptions(), signal)),
  }
}

type SessionChannels =
  'history:list' | 'history:get' | 'history:save' | 'history:delete' | 'report:export' | 'report:pdf'

/** Saved sessions, and the reports made from a session (written on the report worker's thread). */
function sessionHandlers(deps: ServiceDeps, reports: ExportRunner): Pick<Handlers, SessionChannels> {
  const history: HistoryStore | null = deps.historyDir ? createHistoryStore(deps.historyDir) : null
  const historyStore = (): HistoryStore => {
    if (!history) throw new Error('this front keeps no history')
    return history
  }
  return {
    [INVOKE_CHANNELS.historyList]: () => historyStore().list(),
    [INVOKE_CHANNELS.historyGet]: ({ id }) => historyStore().read(id),
    [INVOKE_CHANNELS.historySave]: async (session) => {
      const { savedAt } = await historyStore().save(session)
      return { id: session.id, savedAt }
    },
    [INVOKE_CHANNELS.historyDelete]: async ({ id }) => ({ deleted: await historyStore().remove(id) }),
    [INVOKE_CHANNELS.exportReport]: async (job) => ({
      format: job.format,
      text: await reports.run(job),
      mime: EXPORT_MIME[job.format],
      fileName: reportFileName(job.session, job.format),
    }),
    [INVOKE_CHANNELS.savePdf]: async ({ session, language, shareSafely }) => {
      if (!deps.savePdf) return { saved: false, unavailable: true, path: null }
      const html = await reports.run({ session, format: 'html', language, shareSafely })
      const result = await deps.savePdf(html, reportFileName(session, 'pdf'))
      return { ...result, unavailable: false }
    },
  }
}

/** Answers one request: validates its arguments, runs its handler, wraps the outcome in an envelope. */
async function dispatchTo(handlers: Handlers, channel: string, args: unknown): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(handlers, channel)) {
    return { ok: false, error: { code: 'badRequest', message: `unknown channel ${channel}` } }
  }
  const name = channel as InvokeChannel
  const parsed = REQUEST_SCHEMAS[name].safeParse(args)
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'badRequest', message: parsed.error.issues[0]?.message ?? 'invalid' },
    }
  }
  try {
    const handler = handlers[name] as (...values: unknown[]) => Promise<unknown>
    return { ok: true, value: await handler(...(parsed.data as unknown[])) }
  } catch (error) {
    return {
      ok: false,
      error: {
        code: error instanceof HistoryRefusal ? error.code : 'unexpected',
        message: error instanceof Error ? error.message : String(error),
      },
    }
  }
}

/** Builds the service that answers the IPC contract for one window or harness page. */
export function createApiService(deps: ServiceDeps): ApiService {
  const jobs = createRunningJobs()
  const reports = createExportRunner()
  const launchOptions = deps.engineOptions ?? {}
  const settingsStore = deps.settingsFile
    ? createSettingsStore(deps.settingsFile)
    : createMemorySettingsStore()
  /** The engine options of a job started now: the launch options with the saved settings on top. */
  const currentOptions = async () => withSettings(launchOptions, await settingsStore.read())

  const handlers: Handlers = {
    [INVOKE_CHANNELS.appInfo]: () => Promise.resolve(deps.appInfo()),
    [INVOKE_CHANNELS.openExternal]: async (url) => {
      const link = allowedExternalLink(url)
      if (!link) return { opened: false }
      await deps.openExternal(link.href)
      return { opened: true }
    },
    [INVOKE_CHANNELS.setLanguage]: (language) => {
      deps.setLanguage(language)
      return Promise.resolve({ language })
    },
    [INVOKE_CHANNELS.getSettings]: () => settingsStore.read(),
    [INVOKE_CHANNELS.setSettings]: (next) => settingsStore.write(next),
    [INVOKE_CHANNELS.effectiveSettings]: async () =>
      effectiveSettings(launchOptions, await settingsStore.read()),
    [INVOKE_CHANNELS.readPrograms]: async ({ address, provider }) => {
      const discover = engineDiscovery(await currentOptions())
      const { found, compared, findings } = await readMailPrograms(address, provider, undefined, discover)
      const accounts = compared.map(({ right: _right, ...account }) => account)
      return { accounts, notReadable: found.notReadable, findings }
    },
    [INVOKE_CHANNELS.readMessageFile]: ({ base64, purpose }) => readMessageFileBytes(base64, purpose),
    [INVOKE_CHANNELS.readTarget]: ({ input }) => Promise.resolve(parseTarget(input)),
    ...engineHandlers(deps, jobs, currentOptions),
    ...sessionHandlers(deps, reports),
  }
  return {
    dispatch: (channel, args) => dispatchTo(handlers, channel, args),
    cancelAll: () => {
      jobs.cancelAll()
      void reports.close()
    },
  }
}
