import { z } from 'zod'
import { LANGUAGES } from './protocol/languages'
import { CHECK_IDS, MsgSchema, ReportSchema, STATUSES } from './report'

/** A session id: also its file name in the history, so only safe characters. */
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

/** A finding that decided an automatic step: which check, on what, its status then, its title. */
export const DecidingFindingSchema = z.strictObject({
  id: z.enum(CHECK_IDS),
  subject: z.string().max(500).nullable(),
  status: z.enum(STATUSES),
  title: MsgSchema,
})

/**
 * One step of the wizard, in the order taken: a question the person answered, or an automatic step
 * (a route node) that the findings decided, with the findings that decided it, recorded when the
 * wizard took it. Sessions saved before automatic steps were recorded hold the person's steps only.
 */
export const PathStepSchema = z.strictObject({
  /** The decision-tree node that asked (or decided). */
  nodeId: z.string().max(200),
  /** The question, as shown (for an automatic step, the step's name on the map). */
  question: MsgSchema,
  /** The answer id picked, typed input already free of secrets, or the node an automatic step went on to. */
  answer: z.string().max(4096),
  /** The answer, as shown (for an automatic step, the name of the step it went on to). */
  answerLabel: MsgSchema,
  /** Who took the step; absent in older sessions, where every step is the person's. */
  by: z.enum(['person', 'automatic']).optional(),
  /** For an automatic step, the findings that decided it (empty when the answers or the bounce did). */
  decidedBy: z.array(DecidingFindingSchema).max(50).optional(),
  /** For an automatic step, the sentence that says why (a `tree:because` text with its facts). */
  because: MsgSchema.optional(),
  /** For an automatic step decided by a pasted error or bounce, its codes as read ("535 5.7.139"). */
  pasted: z.string().max(200).optional(),
})
/** One step of the wizard: the person's answer, or an automatic step with what decided it. */
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
