import { z } from 'zod'
import { LANGUAGES } from './i18n/languages'
import { MsgSchema, ReportSchema } from './report'

/** A session id: also its file name in the history, so only safe characters. */
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

/** One answer the person gave in the wizard, in the order given. */
export const PathStepSchema = z.strictObject({
  /** The decision-tree node that asked. */
  nodeId: z.string().max(200),
  /** The question, as shown. */
  question: MsgSchema,
  /** The answer id picked (or typed input, already free of secrets). */
  answer: z.string().max(4096),
  /** The answer, as shown. */
  answerLabel: MsgSchema,
})
/** One answer the person gave in the wizard. */
export type PathStep = z.infer<typeof PathStepSchema>

/** How a session ended. */
export const SESSION_OUTCOMES = ['solved', 'unsolved', 'handoff', 'open'] as const
/** How a session ended. */
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number]

/**
 * A whole wizard session: what was asked and answered, what was checked, where it ended. The
 * schema checks it wherever it crosses IPC or is read back from disk.
 */
export const SessionRecordSchema = z.strictObject({
  id: SessionIdSchema,
  savedAt: z.iso.datetime(),
  language: z.enum(LANGUAGES),
  report: ReportSchema,
  path: z.array(PathStepSchema).max(200),
  /** The remedy the wizard reached, if any (a RemedyId). */
  remedyId: z.string().max(200).nullable(),
  outcome: z.enum(SESSION_OUTCOMES),
  /** Free notes typed by support staff. */
  notes: z.string().max(20_000),
})
/** A whole wizard session. */
export type SessionRecord = z.infer<typeof SessionRecordSchema>

/** Parses an unknown value (a file read back, an IPC argument) into a SessionRecord, or null. */
export function parseSessionRecord(value: unknown): SessionRecord | null {
  const parsed = SessionRecordSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
