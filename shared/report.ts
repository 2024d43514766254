import { z } from 'zod'
import { isRemedyId, type RemedyId } from './knowledge/remedies'

/** The outcomes of a check, as DESIGN.md defines them: `error` means the check itself could not run. */
export const STATUSES = ['pass', 'warn', 'fail', 'info', 'skipped', 'error'] as const
/** The outcome of one check. */
export type Status = (typeof STATUSES)[number]

/** A translatable message: an i18n key (`namespace:path`) and the values it interpolates. */
export const MsgSchema = z.strictObject({
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string().max(4096), z.number()])).exactOptional(),
})
/** A translatable message. */
export type Msg = z.infer<typeof MsgSchema>

/** Every check id the engine may report; a new check gets a new id here first. */
export const CHECK_IDS = [
  'input.domain',
  'domain.registration',
  'dns.ns',
  'dns.mx',
  'dns.mx.hosts',
  'dns.mx.provider',
  'dns.spf',
  'dns.dmarc',
  'dns.dkim',
  'dns.srv.autodiscover',
  'dns.srv.mail',
  'dns.ptr',
  'dns.mta-sts',
  'dns.dnsbl',
  'smtp.mx',
  'smtp.submission',
  'smtp.submissions',
  'smtp.auth',
  'smtp.envelope',
  'smtp.roundtrip',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'mailbox.auth',
  'client.settings',
  'client.discovery',
  'mailbox.quota',
  'mailbox.folders',
  'mailbox.find',
] as const

/** A stable check id from the catalogue. */
export type CheckId = (typeof CHECK_IDS)[number]

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

/** The i18n key of a check's name in plain words (`common:checks.<id with dashes>`). */
export function checkNameKey(id: CheckId): string {
  return `common:checks.${id.replaceAll('.', '-')}`
}
