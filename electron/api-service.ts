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
import type { Language } from '../shared/i18n/languages'
import { allowedExternalLink } from '../shared/external-links'
import { exportSession, EXPORT_MIME, reportFileName, toHtml } from '../shared/report-export'
import { asSessionRecord } from '../shared/session-schema'
import { runCheck } from './engine/check'
import { createHistoryStore, type HistoryStore } from './history/history-store'
import { createMemorySettingsStore, createSettingsStore, withSettings } from './settings/settings-store'
import { ENGINE_DEFAULTS, type EngineOptions } from './engine/context'
import { withDeadline } from './engine/dns/dns-client'
import { createRunDnsClient } from './engine/dns'
import { roundTrip } from './engine/probes/round-trip'
import { probeOptionsFrom, probeTarget, runProbe } from './engine/probes/run-probe'
import type { ProbeTarget } from './engine/probes/probe-types'

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

/** How long the round trip watches the mailbox before it says the message did not arrive. */
const ROUND_TRIP_WAIT_MS = 120_000

type ParsedArgs<C extends InvokeChannel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>
type Handlers = { [C in InvokeChannel]: (...args: ParsedArgs<C>) => Promise<ResponseTypes[C]> }

/** The IPC contract's handlers, behind validation, without any transport: one per front. */
export interface ApiService {
  /** Validates the arguments of a channel with its schema, runs its handler and wraps the outcome. */
  dispatch: (channel: string, args: unknown) => Promise<Envelope<unknown>>
  /** Cancels every running check (the window closed, the app quits). */
  cancelAll: () => void
}

/** The recipient domain's most preferred mail server (RFC 5321: its MX, else the domain itself). */
async function firstMailServer(
  address: string,
  settings: EngineOptions & typeof ENGINE_DEFAULTS,
  signal: AbortSignal,
): Promise<string | null> {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  const answer = await createRunDnsClient(settings, signal).mx(domain)
  if (answer.outcome === 'nodata') return domain
  const hosts = [...answer.records]
    .sort((a, b) => a.value.preference - b.value.preference)
    .map((record) => record.value.exchange)
    .filter((host) => host !== '' && host !== '.')
  return hosts[0] ?? null
}

/** Builds the service that answers the IPC contract for one window or harness page. */
export function createApiService(deps: ServiceDeps): ApiService {
  const running = new Map<string, AbortController>()
  const history: HistoryStore | null = deps.historyDir ? createHistoryStore(deps.historyDir) : null
  const historyStore = (): HistoryStore => {
    if (!history) throw new Error('this front keeps no history')
    return history
  }
  const launchOptions = deps.engineOptions ?? {}
  const settingsStore = deps.settingsFile
    ? createSettingsStore(deps.settingsFile)
    : createMemorySettingsStore()
  /** The engine options of a job started now: the launch options with the saved settings on top. */
  const currentOptions = async () => withSettings(launchOptions, await settingsStore.read())

  /** Runs one cancellable job under its runId (a new job with the same runId cancels the old). */
  const tracked = async <T>(runId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    running.get(runId)?.abort()
    const controller = new AbortController()
    running.set(runId, controller)
    try {
      return await work(controller.signal)
    } finally {
      if (running.get(runId) === controller) running.delete(runId)
    }
  }
  /** A job with its own deadline on top of the cancel. */
  const withinMs = async <T>(signal: AbortSignal, ms: number, work: (signal: AbortSignal) => Promise<T>) => {
    const deadline = withDeadline(signal, ms)
    try {
      return await work(deadline.signal)
    } finally {
      deadline.clear()
    }
  }
  const target = (server: { kind: ProbeTarget['kind']; host: string; port?: number | undefined }) => ({
    ...probeTarget(server.kind, server.host, launchOptions.ports),
    ...(server.port !== undefined ? { port: server.port } : {}),
  })

  const handlers: Handlers = {
    [INVOKE_CHANNELS.appInfo]: () => Promise.resolve(deps.appInfo()),
    [INVOKE_CHANNELS.runCheck]: (request) =>
      tracked(request.runId, async (signal) =>
        runCheck(request, await currentOptions(), {
          signal,
          onFinding: (finding) =>
            deps.send(EVENT_CHANNELS.onCheckProgress, { runId: request.runId, finding }),
        }),
      ),
    [INVOKE_CHANNELS.probeLogin]: (request) =>
      tracked(request.runId, async (signal) => {
        const settings = { ...ENGINE_DEFAULTS, ...(await currentOptions()) }
        return withinMs(signal, settings.timeoutMs, async (deadline) => {
          const credentials = { user: request.user, password: request.password }
          const result = await runProbe(
            target(request),
            probeOptionsFrom(settings, { credentials }),
            deadline,
          )
          return { findings: result.findings }
        })
      }),
    [INVOKE_CHANNELS.probeEnvelope]: (request) =>
      tracked(request.runId, async (signal) => {
        const settings = { ...ENGINE_DEFAULTS, ...(await currentOptions()) }
        return withinMs(signal, settings.timeoutMs, async (deadline) => {
          const mxHost = await firstMailServer(request.recipient, settings, deadline)
          if (!mxHost) return { mxHost, findings: [] }
          const envelope = { from: request.from ?? '', to: request.recipient }
          const result = await runProbe(
            probeTarget('smtp', mxHost, settings.ports),
            probeOptionsFrom(settings, { envelope }),
            deadline,
          )
          return { mxHost, findings: result.findings }
        })
      }),
    [INVOKE_CHANNELS.probeRoundTrip]: (request) =>
      tracked(request.runId, async (signal) => {
        const settings = { ...ENGINE_DEFAULTS, ...(await currentOptions()) }
        return withinMs(signal, ROUND_TRIP_WAIT_MS + 4 * settings.stepTimeoutMs, async (deadline) => {
          const result = await roundTrip(
            {
              submission: target(request.submission),
              mailbox: target(request.mailbox),
              credentials: { user: request.user, password: request.password },
              address: request.address,
              waitMs: ROUND_TRIP_WAIT_MS,
            },
            probeOptionsFrom(settings),
            deadline,
          )
          return { outcome: result.outcome, deliveryMs: result.deliveryMs, finding: result.finding }
        })
      }),
    [INVOKE_CHANNELS.cancelCheck]: ({ runId }) => {
      const controller = running.get(runId)
      controller?.abort()
      return Promise.resolve({ cancelled: controller !== undefined })
    },
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
    [INVOKE_CHANNELS.historyList]: () => historyStore().list(),
    [INVOKE_CHANNELS.historyGet]: ({ id }) => historyStore().read(id),
    [INVOKE_CHANNELS.historySave]: async (record) => {
      const session = asSessionRecord(record)
      await historyStore().save(session)
      return { id: session.id }
    },
    [INVOKE_CHANNELS.historyDelete]: async ({ id }) => ({ deleted: await historyStore().remove(id) }),
    [INVOKE_CHANNELS.exportReport]: ({ session, format, language, shareSafely }) => {
      const record = asSessionRecord(session)
      return Promise.resolve({
        format,
        text: exportSession(record, format, language, { shareSafely }),
        mime: EXPORT_MIME[format],
        fileName: reportFileName(record, format),
      })
    },
    [INVOKE_CHANNELS.getSettings]: () => settingsStore.read(),
    [INVOKE_CHANNELS.setSettings]: (next) => settingsStore.write(next),
    [INVOKE_CHANNELS.savePdf]: async ({ session, language, shareSafely }) => {
      if (!deps.savePdf) return { saved: false, unavailable: true, path: null }
      const record = asSessionRecord(session)
      const result = await deps.savePdf(
        toHtml(record, language, { shareSafely }),
        reportFileName(record, 'pdf'),
      )
      return { ...result, unavailable: false }
    },
  }

  return {
    async dispatch(channel, args) {
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
          error: { code: 'unexpected', message: error instanceof Error ? error.message : String(error) },
        }
      }
    },
    cancelAll() {
      for (const controller of running.values()) controller.abort()
      running.clear()
    },
  }
}
