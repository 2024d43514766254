import { z } from 'zod'
import { CHECK_IDS } from './report'
import { LANGUAGES } from './i18n/languages'
import type { SessionRecord } from './session'

/** A session id: also its file name in the history, so only safe characters. */
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

const MsgSchema = z.strictObject({
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string().max(4096), z.number()])).optional(),
})

const FindingSchema = z.strictObject({
  id: z.enum(CHECK_IDS),
  subject: z.string().max(1024).optional(),
  status: z.enum(['pass', 'warn', 'fail', 'info', 'skipped', 'error']),
  title: MsgSchema,
  detail: MsgSchema,
  evidence: z.record(z.string(), z.unknown()),
  durationMs: z.number().nonnegative(),
  remedies: z.array(z.string().max(200)).max(50),
})

/** The Report of DESIGN.md, as a front may send it back (validated before it is saved). */
export const ReportSchema = z.strictObject({
  tool: z.literal('maildoctor'),
  version: z.string().max(50),
  startedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  target: z.strictObject({
    input: z.string().max(1024),
    domain: z.string().max(512),
    domainUnicode: z.string().max(512),
  }),
  findings: z.array(FindingSchema).max(2000),
})

/** A SessionRecord (shared/session.ts) as it crosses IPC or is read back from disk. */
export const SessionRecordSchema = z.strictObject({
  id: SessionIdSchema,
  savedAt: z.iso.datetime(),
  language: z.enum(LANGUAGES),
  report: ReportSchema,
  path: z
    .array(
      z.strictObject({
        nodeId: z.string().max(200),
        question: MsgSchema,
        answer: z.string().max(4096),
        answerLabel: MsgSchema,
      }),
    )
    .max(200),
  remedyId: z.string().max(200).nullable(),
  outcome: z.enum(['solved', 'unsolved', 'handoff', 'open']),
  notes: z.string().max(20_000),
})

/**
 * A validated record as the SessionRecord type: zod types an absent optional as `undefined`, the
 * record's type (exactOptionalPropertyTypes) wants it absent, and after JSON it is.
 */
export function asSessionRecord(parsed: z.infer<typeof SessionRecordSchema>): SessionRecord {
  return JSON.parse(JSON.stringify(parsed)) as SessionRecord
}

/** Parses an unknown value (a file read back, an IPC argument) into a SessionRecord, or null. */
export function parseSessionRecord(value: unknown): SessionRecord | null {
  const parsed = SessionRecordSchema.safeParse(value)
  return parsed.success ? asSessionRecord(parsed.data) : null
}
