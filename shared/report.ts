import type { RemedyId } from './knowledge/remedies'

/** The outcome of one check, as DESIGN.md defines it: `error` means the check itself could not run. */
export type Status = 'pass' | 'warn' | 'fail' | 'info' | 'skipped' | 'error'

/** A translatable message: an i18n key (`namespace:path`) and the values it interpolates. */
export interface Msg {
  key: string
  params?: Record<string, string | number>
}

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
] as const

/** A stable check id from the catalogue. */
export type CheckId = (typeof CHECK_IDS)[number]

/** A remedy id of the catalogue (shared/knowledge/remedies.ts); its texts live in the `remedy` i18n namespace. */
export type { RemedyId } from './knowledge/remedies'

/** What one check found, with the evidence behind it. */
export interface Finding {
  id: CheckId
  subject?: string
  status: Status
  title: Msg
  detail: Msg
  evidence: Record<string, unknown>
  durationMs: number
  remedies: RemedyId[]
}

/** The target of a check, as typed and as normalised. */
export interface Target {
  input: string
  domain: string
  domainUnicode: string
}

/** The whole result of one run of `check`. */
export interface Report {
  tool: 'maildoctor'
  version: string
  startedAt: string
  durationMs: number
  target: Target
  findings: Finding[]
}

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
