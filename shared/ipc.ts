import { z } from 'zod'
import { AppSettingsSchema, type AppSettings } from './app-settings'
import { CHECK_IDS, type Finding, type Msg, type Report } from './report'
import { LANGUAGES, type Language } from './protocol/languages'
import { CHECK_AREAS } from './check-areas'
import { isEmailAddress } from './email-address'
import type {
  ProgramAccount,
  ProgramDifference,
  ReadableProgram,
  UnreadableProgram,
} from './knowledge/mail-programs'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './ipc-channels'
import {
  CLIENT_PROBE_KINDS,
  EXPORT_FORMATS,
  MAX_BOUNCE_CHARS,
  PROBE_KINDS,
  type ExportFormat,
} from './protocol'
import { MAX_HEADER_INPUT_CHARS } from './headers/limits'
import type { HeaderReport, LocalDkimCheck } from './headers/types'
import { TARGET_INPUT_MAX, type ParsedTarget } from './target'
import { SessionIdSchema, SessionRecordSchema, type SessionOutcome, type SessionRecord } from './session'

export { EVENT_CHANNELS, INVOKE_CHANNELS }
export { CHECK_AREAS, areaOf, type CheckArea } from './check-areas'

const noControlCharacters = (value: string) => !/[\r\n\0]/.test(value)

export { CLIENT_PROBE_KINDS, PROBE_KINDS, PROBE_PORTS, type ProbeKind } from './protocol'

const RUN_ID = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

/** A server name or IP address as typed in the settings step: host name characters only. */
export const ServerHostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:-]+$/, 'a server name has only letters, digits, dots, hyphens (and colons for IPv6)')

/** A server the person typed for one client kind; the kind's standard port when `port` is absent. */
export const ProbeServerSchema = z.strictObject({
  kind: z.enum(CLIENT_PROBE_KINDS),
  host: ServerHostSchema,
  port: z.number().int().min(1).max(65535).optional(),
})
/** A server the person typed. */
export type ProbeServer = z.infer<typeof ProbeServerSchema>

/** A login name or email address: one line, no NUL. */
const LOGIN_TEXT = z.string().min(1).max(320).refine(noControlCharacters, 'no line breaks or NUL')
/** A password: memory only, one line, no NUL (it is sent on one protocol line). */
const PASSWORD = z.string().min(1).max(1024).refine(noControlCharacters, 'no line breaks or NUL')

/** What a front asks the engine to check. Free text here is checked again by the engine. */
export const CheckRequestSchema = z.strictObject({
  runId: RUN_ID,
  input: z.string().max(1024),
  only: z.array(z.enum(CHECK_AREAS)).optional(),
  provider: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
  dkimSelectors: z.array(z.string().max(63).refine(noControlCharacters)).max(20).optional(),
  extraIps: z.array(z.string().max(45).refine(noControlCharacters)).max(20).optional(),
  /** Servers the person typed in the settings step; they win over SRV records and the offer's. */
  servers: z.array(ProbeServerSchema).max(20).optional(),
  /** Report only the findings with these ids (run one check again); the areas still come from `only`. */
  checks: z.array(z.enum(CHECK_IDS)).max(CHECK_IDS.length).optional(),
})
/** A validated check request. */
export type CheckRequest = z.infer<typeof CheckRequestSchema>

/**
 * A login test (`probe:login`) on one server: the probe's findings including `smtp.auth` or
 * `mailbox.auth`. The password stays in memory and is sent only over TLS with a verified
 * certificate. `check:cancel` with the same runId stops it.
 */
export const LoginProbeRequestSchema = z.strictObject({
  runId: RUN_ID,
  kind: z.enum(PROBE_KINDS),
  host: ServerHostSchema,
  port: z.number().int().min(1).max(65535).optional(),
  user: LOGIN_TEXT,
  password: PASSWORD,
})
/** A validated login test request. */
export type LoginProbeRequest = z.infer<typeof LoginProbeRequestSchema>

/** What a login test found: the connection finding, then the login finding. */
export interface LoginProbeResponse {
  findings: Finding[]
}

/** A mailbox server the person typed (IMAP or POP3); without a port, the kind's own. */
const MailboxServerSchema = z.strictObject({
  kind: z.enum(['imap', 'imaps', 'pop3', 'pop3s']),
  host: ServerHostSchema,
  port: z.number().int().min(1).max(65535).optional(),
})

/**
 * A round trip (`probe:roundtrip`): a test message sent through the submission server from the
 * address to itself, then looked for in the mailbox. `check:cancel` with the same runId stops it.
 */
export const RoundTripRequestSchema = z.strictObject({
  runId: RUN_ID,
  submission: z.strictObject({
    kind: z.enum(['submission', 'submissions']),
    host: ServerHostSchema,
    port: z.number().int().min(1).max(65535).optional(),
  }),
  mailbox: MailboxServerSchema,
  user: LOGIN_TEXT,
  password: PASSWORD,
  address: LOGIN_TEXT.refine(isEmailAddress, 'not an email address'),
})
/** A validated round-trip request. */
export type RoundTripRequest = z.infer<typeof RoundTripRequestSchema>

/** How a round trip ended, with its `smtp.roundtrip` finding. */
export interface RoundTripResponse {
  outcome:
    | 'arrived'
    | 'arrived-in-spam'
    | 'arrived-in-folder'
    | 'not-sent'
    | 'not-received'
    | 'mailbox-failed'
    | 'bad-input'
    | 'aborted'
  /** Time from the end of sending to the message being found, in ms. */
  deliveryMs: number | null
  /** What the test message's headers say (how the receiving server judged it); null when unread. */
  headers: HeaderReport | null
  finding: Finding
}

const EMAIL = LOGIN_TEXT.refine(isEmailAddress, 'not an email address')

/**
 * An envelope test (`probe:envelope`): the recipient domain's first MX is asked, with MAIL FROM and
 * RCPT TO and no DATA, whether it takes the address; then RSET and QUIT. Nothing is sent.
 */
export const EnvelopeProbeRequestSchema = z.strictObject({
  runId: RUN_ID,
  recipient: EMAIL,
  /** The sender to announce; absent means the null sender `<>`. */
  from: EMAIL.optional(),
})
/** A validated envelope test request. */
export type EnvelopeProbeRequest = z.infer<typeof EnvelopeProbeRequestSchema>

/** What an envelope test found: the server asked (null when the domain has no mail server), its findings. */
export interface EnvelopeProbeResponse {
  mxHost: string | null
  findings: Finding[]
}

/**
 * DKIM verified again (`headers:verify-dkim`): the pasted message, whose signatures the engine checks
 * with mailauth against the keys in the DNS. Nothing of it is stored.
 */
export const VerifyDkimRequestSchema = z.strictObject({
  runId: RUN_ID,
  message: z.string().min(1).max(MAX_HEADER_INPUT_CHARS),
})

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

/**
 * One line of the history list: when, which domain, the problem the person named (the answer to the
 * first question), the remedy reached, how it ended, how many findings failed.
 */
export interface HistoryListEntry {
  id: string
  savedAt: string
  domain: string
  problem: Msg | null
  remedyId: string | null
  /** Who runs the mail, as provider-identity.ts names it for the session; null when unknown. */
  provider: string | null
  outcome: SessionOutcome
  findingCount: number
  failingCount: number
}

/**
 * One setting the checks use now and where it comes from: `saved` in the app's settings, the
 * launch `environment` (the variable named), or the `system`'s default (value null).
 */
export interface EffectiveSetting {
  setting: 'dns' | 'rdap' | 'ports' | 'extraCa'
  value: string | null
  source: 'saved' | 'environment' | 'system'
  variable: string | null
}

/**
 * Reading the mail programs' own settings on this computer (`programs:read`), asked only after the
 * person agreed: the address whose account comes first and decides. Read-only; never a password.
 */
export const ProgramsReadRequestSchema = z.strictObject({
  address: z
    .string()
    .max(320)
    .refine((value) => value === '' || isEmailAddress(value)),
  /** The provider found for the address (its settings are the right ones for that account). */
  provider: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
})

/** What the mail programs are read for. */
export type ProgramsReadRequest = z.infer<typeof ProgramsReadRequestSchema>

/** One account as read, with its wrong fields (null when the right settings are unknown). */
export interface ProgramAccountView extends ProgramAccount {
  differences: ProgramDifference[] | null
}

/** What `programs:read` found: the accounts (the address's first), programs we cannot read, the findings. */
export interface ProgramsReadResponse {
  accounts: ProgramAccountView[]
  notReadable: (ReadableProgram | UnreadableProgram)[]
  findings: Finding[]
}

/** Longest text the mailbox look searches for (a subject, a sender or a Message-ID). */
export const MAILBOX_FIND_MAX_CHARS = 200

/**
 * The mailbox look (`probe:mailbox`), asked only after the person agreed: a login on the mailbox
 * server (memory only, verified TLS only), then how full it is, its folders and, with `find`, where
 * a message with that subject or sender went. Nothing in the mailbox is changed.
 */
export const MailboxProbeRequestSchema = z.strictObject({
  runId: RUN_ID,
  mailbox: MailboxServerSchema,
  user: LOGIN_TEXT,
  password: PASSWORD,
  find: z
    .string()
    .max(MAILBOX_FIND_MAX_CHARS)
    .refine(noControlCharacters, 'no line breaks or NUL')
    .optional(),
})
/** A validated mailbox look request. */
export type MailboxProbeRequest = z.infer<typeof MailboxProbeRequestSchema>

/** What the mailbox look found: `mailbox.auth` when the login failed, else quota, folders and find. */
export interface MailboxProbeResponse {
  findings: Finding[]
}

/** The largest message file sent to the engine to read, as base64 (an Outlook .msg the page cannot open). */
export const MESSAGE_FILE_BASE64_MAX = 4 * Math.ceil((4 * MAX_BOUNCE_CHARS) / 3)

/** A message file read by the engine (`file:read-message`): its bytes as base64, and what the text is for. */
export const MessageFileRequestSchema = z.strictObject({
  base64: z
    .string()
    .max(MESSAGE_FILE_BASE64_MAX)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  purpose: z.enum(['bounce', 'headers']),
})

/** The text of a message file as the engine read it, or why it could not. */
export type MessageFileResponse =
  | { ok: true; kind: 'msg' | 'eml'; text: string; cut: boolean }
  | { ok: false; reason: 'too-large' | 'unreadable' }

/**
 * What the person typed as the target, for the engine to read (`target:read`): one character past the
 * limit is enough for the engine to say it is too long.
 */
export const TargetReadRequestSchema = z.strictObject({ input: z.string().max(TARGET_INPUT_MAX + 1) })

/**
 * The engine's reading of a typed target (`target:read`): the ASCII domain, its Unicode form, the
 * local part of an address, what the checks use when it differs from what was typed; or why it
 * cannot be read. The check reads the same input the same way (electron/engine/check.ts).
 */
export type TargetReading = ParsedTarget

/** Request schemas (argument tuples) of every invoke channel. */
export const REQUEST_SCHEMAS = {
  [INVOKE_CHANNELS.appInfo]: z.tuple([]),
  [INVOKE_CHANNELS.runCheck]: z.tuple([CheckRequestSchema]),
  [INVOKE_CHANNELS.cancelCheck]: z.tuple([z.strictObject({ runId: z.string().max(64) })]),
  [INVOKE_CHANNELS.probeLogin]: z.tuple([LoginProbeRequestSchema]),
  [INVOKE_CHANNELS.probeRoundTrip]: z.tuple([RoundTripRequestSchema]),
  [INVOKE_CHANNELS.probeEnvelope]: z.tuple([EnvelopeProbeRequestSchema]),
  [INVOKE_CHANNELS.verifyDkim]: z.tuple([VerifyDkimRequestSchema]),
  [INVOKE_CHANNELS.openExternal]: z.tuple([z.string().max(2048)]),
  [INVOKE_CHANNELS.setLanguage]: z.tuple([z.enum(LANGUAGES)]),
  [INVOKE_CHANNELS.historyList]: z.tuple([]),
  [INVOKE_CHANNELS.historyGet]: z.tuple([z.strictObject({ id: SessionIdSchema })]),
  [INVOKE_CHANNELS.historySave]: z.tuple([SessionRecordSchema]),
  [INVOKE_CHANNELS.historyDelete]: z.tuple([z.strictObject({ id: SessionIdSchema })]),
  [INVOKE_CHANNELS.exportReport]: z.tuple([ExportRequestSchema]),
  [INVOKE_CHANNELS.savePdf]: z.tuple([PdfRequestSchema]),
  [INVOKE_CHANNELS.getSettings]: z.tuple([]),
  [INVOKE_CHANNELS.setSettings]: z.tuple([AppSettingsSchema]),
  [INVOKE_CHANNELS.effectiveSettings]: z.tuple([]),
  [INVOKE_CHANNELS.readPrograms]: z.tuple([ProgramsReadRequestSchema]),
  [INVOKE_CHANNELS.probeMailbox]: z.tuple([MailboxProbeRequestSchema]),
  [INVOKE_CHANNELS.readMessageFile]: z.tuple([MessageFileRequestSchema]),
  [INVOKE_CHANNELS.readTarget]: z.tuple([TargetReadRequestSchema]),
} as const

/** Response value of every invoke channel. */
export interface ResponseTypes {
  [INVOKE_CHANNELS.appInfo]: AppInfo
  [INVOKE_CHANNELS.runCheck]: Report
  [INVOKE_CHANNELS.cancelCheck]: { cancelled: boolean }
  [INVOKE_CHANNELS.probeLogin]: LoginProbeResponse
  [INVOKE_CHANNELS.probeRoundTrip]: RoundTripResponse
  [INVOKE_CHANNELS.probeEnvelope]: EnvelopeProbeResponse
  [INVOKE_CHANNELS.verifyDkim]: LocalDkimCheck
  [INVOKE_CHANNELS.openExternal]: { opened: boolean }
  [INVOKE_CHANNELS.setLanguage]: { language: Language }
  [INVOKE_CHANNELS.historyList]: HistoryListEntry[]
  [INVOKE_CHANNELS.historyGet]: SessionRecord | null
  [INVOKE_CHANNELS.historySave]: { id: string; savedAt: string }
  [INVOKE_CHANNELS.historyDelete]: { deleted: boolean }
  [INVOKE_CHANNELS.exportReport]: ExportedReport
  [INVOKE_CHANNELS.savePdf]: PdfResult
  [INVOKE_CHANNELS.getSettings]: AppSettings
  [INVOKE_CHANNELS.setSettings]: AppSettings
  [INVOKE_CHANNELS.effectiveSettings]: EffectiveSetting[]
  [INVOKE_CHANNELS.readPrograms]: ProgramsReadResponse
  [INVOKE_CHANNELS.probeMailbox]: MailboxProbeResponse
  [INVOKE_CHANNELS.readMessageFile]: MessageFileResponse
  [INVOKE_CHANNELS.readTarget]: TargetReading
}

/** Payload of every event channel. */
export interface EventTypes {
  [EVENT_CHANNELS.onCheckProgress]: CheckProgress
}

/**
 * Error codes an envelope may carry; each has a text under `common:error`. `sessionTooLarge`: the
 * history refused a session past its size limit.
 */
export type IpcErrorCode = 'badRequest' | 'forbidden' | 'unexpected' | 'sessionTooLarge'

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
