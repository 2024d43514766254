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
import { isAllowedExternalLink } from '../shared/external-links'
import { exportSession, EXPORT_MIME, reportFileName, toHtml } from '../shared/report-export'
import { asSessionRecord } from '../shared/session-schema'
import { runCheck } from './engine/check'
import { createHistoryStore, type HistoryStore } from './history/history-store'
import type { EngineOptions } from './engine/context'

/** What a front (Electron, harness) provides to the service: its transport and platform pieces. */
export interface ServiceDeps {
  appInfo: () => AppInfo
  openExternal: (url: string) => Promise<void>
  setLanguage: (language: Language) => void
  send: <C extends EventChannel>(channel: C, payload: EventTypes[C]) => void
  engineOptions?: EngineOptions
  /** The folder of saved sessions (Electron: userData/history; the harness: a temporary folder). */
  historyDir?: string
  /** Prints a report's HTML to PDF and asks where to save it; a front without it offers HTML. */
  savePdf?: (html: string, fileName: string) => Promise<{ saved: boolean; path: string | null }>
}

type ParsedArgs<C extends InvokeChannel> = z.infer<(typeof REQUEST_SCHEMAS)[C]>
type Handlers = { [C in InvokeChannel]: (...args: ParsedArgs<C>) => Promise<ResponseTypes[C]> }

/** The IPC contract's handlers, behind validation, without any transport: one per front. */
export interface ApiService {
  /** Validates the arguments of a channel with its schema, runs its handler and wraps the outcome. */
  dispatch: (channel: string, args: unknown) => Promise<Envelope<unknown>>
  /** Cancels every running check (the window closed, the app quits). */
  cancelAll: () => void
}

/** Builds the service that answers the IPC contract for one window or harness page. */
export function createApiService(deps: ServiceDeps): ApiService {
  const running = new Map<string, AbortController>()
  const history: HistoryStore | null = deps.historyDir ? createHistoryStore(deps.historyDir) : null
  const historyStore = (): HistoryStore => {
    if (!history) throw new Error('this front keeps no history')
    return history
  }

  const handlers: Handlers = {
    [INVOKE_CHANNELS.appInfo]: () => Promise.resolve(deps.appInfo()),
    [INVOKE_CHANNELS.runCheck]: async (request) => {
      running.get(request.runId)?.abort()
      const controller = new AbortController()
      running.set(request.runId, controller)
      try {
        return await runCheck(request, deps.engineOptions ?? {}, {
          signal: controller.signal,
          onFinding: (finding) =>
            deps.send(EVENT_CHANNELS.onCheckProgress, { runId: request.runId, finding }),
        })
      } finally {
        if (running.get(request.runId) === controller) running.delete(request.runId)
      }
    },
    [INVOKE_CHANNELS.cancelCheck]: ({ runId }) => {
      const controller = running.get(runId)
      controller?.abort()
      return Promise.resolve({ cancelled: controller !== undefined })
    },
    [INVOKE_CHANNELS.openExternal]: async (url) => {
      if (!isAllowedExternalLink(url)) return { opened: false }
      await deps.openExternal(url)
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
