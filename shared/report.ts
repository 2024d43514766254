import { z } from 'zod'
import { isRemedyId, type RemedyId } from './knowledge/remedies'
import { CHECK_IDS, MsgSchema, STATUSES, type CheckId, type Status } from './protocol'

export { CHECK_IDS, MsgSchema, STATUSES, type CheckId, type Msg, type Status } from './protocol'

/** A remedy id of the catalogue (shared/knowledge/remedies.ts); its texts live in the `remedy` i18n namespace. */
export type { RemedyId } from './knowledge/remedies'

/** What one check found, with the evidence behind it (bounded: a front may send it back). */
export const FindingSchema = z.strictObject({
  id: z.enum(CHECK_IDS),
  subject: z.string().max(1024).exactOptional(),
  status: z.enum(STATUSES),
  title: MsgSchema,
  detail: MsgSchema,
  evidence: z.record(z.string(), z.unknown()),
  durationMs: z.number().nonnegative(),
  // Ids the catalogue no longer has (a session saved by an older version) are left out.
  remedies: z
    .array(z.string().max(200))
    .max(50)
    .transform((ids): RemedyId[] => ids.filter(isRemedyId)),
})
/** What one check found. */
export type Finding = z.infer<typeof FindingSchema>

/** The target of a check, as typed and as normalised. */
export const TargetSchema = z.strictObject({
  input: z.string().max(1024),
  domain: z.string().max(512),
  domainUnicode: z.string().max(512),
})
/** The target of a check. */
export type Target = z.infer<typeof TargetSchema>

/** The whole result of one run of `check`, the Report of DESIGN.md. */
export const ReportSchema = z.strictObject({
  tool: z.literal('maildoctor'),
  version: z.string().max(50),
  startedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  target: TargetSchema,
  findings: z.array(FindingSchema).max(2000),
})
/** The whole result of one run of `check`. */
export type Report = z.infer<typeof ReportSchema>

/** One line of a probe's conversation in its evidence: who sent it, what it said (secrets masked), when. */
export interface TranscriptLine {
  dir: 'C' | 'S'
  line: string
  atMs: number
}

/** The timed phases of a probe, in the order they happen; `total` is the whole connection. */
export const TIMING_PHASES = ['dns', 'connect', 'banner', 'ehlo', 'starttls', 'tls', 'auth'] as const
/** One timed phase of a probe. */
export type TimingPhase = (typeof TIMING_PHASES)[number]

/** The mark in front of a finding's title, in the app and in reports (never the only sign: words go with it). */
export const STATUS_MARK: Record<Status, string> = {
  pass: '✓',
  warn: '!',
  fail: '✕',
  info: 'i',
  skipped: '–',
  error: '?',
}

/** True when a finding asks the person to look: a problem, a check that could not run, or a warning. */
export function needsAttention(finding: Finding): boolean {
  return finding.status === 'fail' || finding.status === 'error' || finding.status === 'warn'
}

/** True when a finding should make the CLI exit with 1. */
export function isFailing(finding: Finding): boolean {
  return finding.status === 'fail' || finding.status === 'error'
}

/** Checks whose name says whose domain they look at: the person's own, or the one named in a bounce. */
const DOMAIN_CHECKS: readonly CheckId[] = [
  'domain.registration',
  'dns.ns',
  'dns.mx',
  'dns.mx.hosts',
  'smtp.mx',
]

/**
 * The i18n key of a check's name in plain words (`common:checks.<id with dashes>`). Checks of a
 * domain are named for whose domain they look at: `recipient` for the recipient's, `any` where a
 * code's explanation does not say which (a bounce's own domain or the recipient's).
 */
export function checkNameKey(id: CheckId, domain: 'own' | 'recipient' | 'any' = 'own'): string {
  const key = id.replaceAll('.', '-')
  if (domain !== 'own' && DOMAIN_CHECKS.includes(id)) return `common:checksOf.${domain}.${key}`
  return `common:checks.${key}`
}
