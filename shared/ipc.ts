import { z } from 'zod'
import type { Finding, Report } from './report'
import { LANGUAGES, type Language } from './i18n/languages'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './ipc-channels'
import { EXPORT_FORMATS, type ExportFormat } from './report-export'
import type { SessionOutcome, SessionRecord } from './session'
import { SessionIdSchema, SessionRecordSchema } from './session-schema'

export { EVENT_CHANNELS, INVOKE_CHANNELS }

const noControlCharacters = (value: string) => !/[\r\n\0]/.test(value)

/** The areas `--only` and the request may pick; a check id belongs to one area (see `areaOf`). */
export const CHECK_AREAS = ['registration', 'dns', 'smtp', 'imap', 'pop3'] as const
/** One area of checks. */
export type CheckArea = (typeof CHECK_AREAS)[number]

/** Protocol probes and the ports they use by default. */
export const PROBE_PORTS = {
  smtp: 25,
  submission: 587,
  submissions: 465,
  imap: 143,
  imaps: 993,
  pop3: 110,
  pop3s: 995,
} as const
/** A probe kind. */
export type ProbeKind = keyof typeof PROBE_PORTS

/** What a front asks the engine to check. Free text here is checked again by the engine. */
export const CheckRequestSchema = z.strictObject({
  runId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  input: z.string().max(1024),
  only: z.array(z.enum(CHECK_AREAS)).optional(),
  provider: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  dkimSelectors: z.array(z.string().max(63).refine(noControlCharacters)).max(20).optional(),
  extraIps: z.array(z.string().max(45).refine(noControlCharacters)).max(20).optional(),
})
/** A validated check request. */
export type CheckRequest = z.infer<typeof CheckRequestSchema>

/** What the renderer may learn about the app. */
export interface AppInfo {
  version: string
  platform: string
  locale: string
}

/** A progress event of a running check: one finding as soon as it is known. */
export interface CheckProgress {
  runId: string
  finding: Finding
}

/** What `report:export` is asked: a session, a format, a language, and whether to share safely. */
export const ExportRequestSchema = z.strictObject({
  session: SessionRecordSchema,
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(LANGUAGES),
  shareSafely: z.boolean(),
})

/** What `report:pdf` is asked: the same, without a format. */
export const PdfRequestSchema = ExportRequestSchema.omit({ format: true })

/** A report written out: its text, MIME type and a file name to save it under. */
export interface ExportedReport {
  format: ExportFormat
  text: string
  mime: string
  fileName: string
}

/** What became of a PDF: saved (and where), cancelled by the person, or not made by this front. */
export interface PdfResult {
  saved: boolean
  unavailable: boolean
  path: string | null
}

/** One line of the history list (see electron/history/history-store.ts). */
export interface HistoryListEntry {
  id: string
  savedAt: string
  domain: string
  outcome: SessionOutcome
  findingCount: number
  failingCount: number
}

/** Request schemas (argument tuples) of every invoke channel. */
export const REQUEST_SCHEMAS = {
  [INVOKE_CHANNELS.appInfo]: z.tuple([]),
  [INVOKE_CHANNELS.runCheck]: z.tuple([CheckRequestSchema]),
  [INVOKE_CHANNELS.cancelCheck]: z.tuple([z.strictObject({ runId: z.string().max(64) })]),
  [INVOKE_CHANNELS.openExternal]: z.tuple([z.string().max(2048)]),
  [INVOKE_CHANNELS.setLanguage]: z.tuple([z.enum(LANGUAGES)]),
  [INVOKE_CHANNELS.historyList]: z.tuple([]),
  [INVOKE_CHANNELS.historyGet]: z.tuple([z.strictObject({ id: SessionIdSchema })]),
  [INVOKE_CHANNELS.historySave]: z.tuple([SessionRecordSchema]),
  [INVOKE_CHANNELS.historyDelete]: z.tuple([z.strictObject({ id: SessionIdSchema })]),
  [INVOKE_CHANNELS.exportReport]: z.tuple([ExportRequestSchema]),
  [INVOKE_CHANNELS.savePdf]: z.tuple([PdfRequestSchema]),
} as const

/** Response value of every invoke channel. */
export interface ResponseTypes {
  [INVOKE_CHANNELS.appInfo]: AppInfo
  [INVOKE_CHANNELS.runCheck]: Report
  [INVOKE_CHANNELS.cancelCheck]: { cancelled: boolean }
  [INVOKE_CHANNELS.openExternal]: { opened: boolean }
  [INVOKE_CHANNELS.setLanguage]: { language: Language }
  [INVOKE_CHANNELS.historyList]: HistoryListEntry[]
  [INVOKE_CHANNELS.historyGet]: SessionRecord | null
  [INVOKE_CHANNELS.historySave]: { id: string }
  [INVOKE_CHANNELS.historyDelete]: { deleted: boolean }
  [INVOKE_CHANNELS.exportReport]: ExportedReport
  [INVOKE_CHANNELS.savePdf]: PdfResult
}

/** Payload of every event channel. */
export interface EventTypes {
  [EVENT_CHANNELS.onCheckProgress]: CheckProgress
}

/** Error codes an envelope may carry; each has a text under `common:error`. */
export type IpcErrorCode = 'badRequest' | 'forbidden' | 'unexpected'

/** What every invoke returns: the value, or an error the renderer can show. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

type InvokeName = keyof typeof INVOKE_CHANNELS
type EventName = keyof typeof EVENT_CHANNELS

/** The API the preload puts on `window.maildoctor`: one function per channel, nothing else. */
export type MaildoctorApi = {
  [K in InvokeName]: (
    ...args: z.input<(typeof REQUEST_SCHEMAS)[(typeof INVOKE_CHANNELS)[K]]>
  ) => Promise<Envelope<ResponseTypes[(typeof INVOKE_CHANNELS)[K]]>>
} & {
  [K in EventName]: (listener: (payload: EventTypes[(typeof EVENT_CHANNELS)[K]]) => void) => () => void
}

/** The area a check id belongs to. */
export function areaOf(id: Finding['id']): CheckArea | 'input' {
  if (id === 'input.domain') return 'input'
  if (id === 'domain.registration') return 'registration'
  if (id.startsWith('dns.')) return 'dns'
  if (id.startsWith('smtp.')) return 'smtp'
  if (id.startsWith('imap') || id === 'mailbox.auth' || id === 'client.settings') return 'imap'
  return 'pop3'
}
