import type { CheckId } from '../protocol'
import type { RemedyId } from './remedies'
import type { WhoActs } from './remedies'

/**
 * One code of the IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248), as subject
 * and detail; the class (2, 4 or 5) comes from the code as written. Texts live at
 * `knowledge:enhanced.details.d<subject>_<detail>` (`title`, `meaning`).
 */
export interface EnhancedCodeDef {
  subject: number
  detail: number
  /** The document that registered it. */
  reference: string
  relatedChecks: CheckId[]
}

const REGISTRY: [string, string, CheckId[]?][] = [
  ['0.0', 'RFC 3463'],
  ['1.0', 'RFC 3463'],
  ['1.1', 'RFC 3463', ['dns.mx']],
  ['1.2', 'RFC 3463', ['dns.mx']],
  ['1.3', 'RFC 3463'],
  ['1.4', 'RFC 3463'],
  ['1.5', 'RFC 3463'],
  ['1.6', 'RFC 3463'],
  ['1.7', 'RFC 3463'],
  ['1.8', 'RFC 3463', ['dns.mx']],
  ['1.9', 'RFC 3886'],
  ['1.10', 'RFC 7505', ['dns.mx']],
  ['2.0', 'RFC 3463'],
  ['2.1', 'RFC 3463'],
  ['2.2', 'RFC 3463'],
  ['2.3', 'RFC 3463'],
  ['2.4', 'RFC 3463'],
  ['3.0', 'RFC 3463'],
  ['3.1', 'RFC 3463'],
  ['3.2', 'RFC 3463'],
  ['3.3', 'RFC 3463'],
  ['3.4', 'RFC 3463'],
  ['3.5', 'RFC 3463', ['dns.mx']],
  ['3.6', 'RFC 6710'],
  ['4.0', 'RFC 3463'],
  ['4.1', 'RFC 3463', ['dns.mx']],
  ['4.2', 'RFC 3463'],
  ['4.3', 'RFC 3463', ['dns.mx']],
  ['4.4', 'RFC 3463', ['dns.mx']],
  ['4.5', 'RFC 3463'],
  ['4.6', 'RFC 3463', ['dns.mx']],
  ['4.7', 'RFC 3463'],
  ['5.0', 'RFC 3463'],
  ['5.1', 'RFC 3463'],
  ['5.2', 'RFC 3463'],
  ['5.3', 'RFC 3463'],
  ['5.4', 'RFC 3463'],
  ['5.5', 'RFC 3463'],
  ['5.6', 'RFC 4954'],
  ['6.0', 'RFC 3463'],
  ['6.1', 'RFC 3463'],
  ['6.2', 'RFC 3463'],
  ['6.3', 'RFC 3463'],
  ['6.4', 'RFC 3463'],
  ['6.5', 'RFC 3463'],
  ['6.6', 'RFC 4468'],
  ['6.7', 'RFC 6531'],
  ['6.8', 'RFC 6531'],
  ['6.9', 'RFC 6531'],
  ['6.10', 'RFC 6531'],
  ['7.0', 'RFC 3463'],
  ['7.1', 'RFC 3463', ['dns.dnsbl']],
  ['7.2', 'RFC 3463'],
  ['7.3', 'RFC 3463'],
  ['7.4', 'RFC 3463'],
  ['7.5', 'RFC 3463'],
  ['7.6', 'RFC 3463'],
  ['7.7', 'RFC 3463'],
  ['7.8', 'RFC 4954', ['smtp.auth']],
  ['7.9', 'RFC 4954', ['smtp.auth']],
  ['7.10', 'RFC 5248', ['smtp.submission']],
  ['7.11', 'RFC 4954', ['smtp.submission']],
  ['7.12', 'RFC 4954', ['mailbox.auth']],
  ['7.13', 'RFC 5248', ['mailbox.auth']],
  ['7.14', 'RFC 5248'],
  ['7.15', 'RFC 6710'],
  ['7.16', 'RFC 6710'],
  ['7.17', 'RFC 7293'],
  ['7.18', 'RFC 7293'],
  ['7.19', 'RFC 7293'],
  ['7.20', 'RFC 7372', ['dns.dkim']],
  ['7.21', 'RFC 7372', ['dns.dkim']],
  ['7.22', 'RFC 7372', ['dns.dkim']],
  ['7.23', 'RFC 7372', ['dns.spf']],
  ['7.24', 'RFC 7372', ['dns.spf']],
  ['7.25', 'RFC 7372', ['dns.ptr']],
  ['7.26', 'RFC 7372', ['dns.spf', 'dns.dkim', 'dns.dmarc']],
  ['7.27', 'RFC 7505', ['dns.mx']],
  ['7.28', 'IANA registry'],
  ['7.29', 'RFC 8617', ['dns.dkim']],
  ['7.30', 'RFC 8689'],
]

/** Every registered subject.detail pair, in registry order. */
export const ENHANCED_CODES: readonly EnhancedCodeDef[] = REGISTRY.map(([pair, reference, checks]) => {
  const [subject, detail] = pair.split('.').map(Number)
  return { subject: subject ?? 0, detail: detail ?? 0, reference, relatedChecks: checks ?? [] }
})

/** The subjects of RFC 3463 (0 other, 1 address, 2 mailbox, 3 mail system, 4 network, 5 protocol, 6 content, 7 security). */
export const ENHANCED_SUBJECTS = [0, 1, 2, 3, 4, 5, 6, 7] as const

/** Who usually acts for each subject of an enhanced code. */
export const SUBJECT_WHO_ACTS: Record<number, WhoActs[]> = {
  0: ['you'],
  1: ['you'],
  2: ['recipient'],
  3: ['recipientAdmin'],
  4: ['provider', 'recipientAdmin'],
  5: ['you', 'provider'],
  6: ['you'],
  7: ['you', 'provider'],
}

const BY_PAIR = new Map(ENHANCED_CODES.map((entry) => [`${entry.subject}.${entry.detail}`, entry]))

/**
 * The registry's own names of the failure details (RFC 3463, and RFC 1893's older names where they
 * differ), lower case: some servers and webmails print the name instead of the code.
 */
const DETAIL_NAMES: readonly [string, string][] = [
  ['1.1', 'bad destination mailbox address'],
  ['1.2', 'bad destination system address'],
  ['1.3', 'bad destination mailbox address syntax'],
  ['1.4', 'destination mailbox address ambiguous'],
  ['1.6', 'destination mailbox has moved'],
  ['1.7', "bad sender's mailbox address syntax"],
  ['1.8', "bad sender's system address"],
  ['2.0', 'other or undefined mailbox status'],
  ['2.1', 'mailbox disabled, not accepting messages'],
  ['2.2', 'mailbox full'],
  ['2.3', 'message length exceeds administrative limit'],
  ['2.4', 'mailing list expansion problem'],
  ['3.0', 'other or undefined mail system status'],
  ['3.1', 'mail system full'],
  ['3.2', 'system not accepting network messages'],
  ['3.3', 'system not capable of selected features'],
  ['3.4', 'message too big for system'],
  ['3.5', 'system incorrectly configured'],
  ['4.0', 'other or undefined network or routing status'],
  ['4.1', 'no answer from host'],
  ['4.3', 'directory server failure'],
  ['4.3', 'routing server failure'],
  ['4.4', 'unable to route'],
  ['4.5', 'mail system congestion'],
  ['4.6', 'routing loop detected'],
  ['4.7', 'delivery time expired'],
  ['5.0', 'other or undefined protocol status'],
  ['5.3', 'too many recipients'],
  ['5.5', 'wrong protocol version'],
  ['6.0', 'other or undefined media error'],
  ['6.1', 'media not supported'],
  ['6.2', 'conversion required and prohibited'],
  ['6.3', 'conversion required but not supported'],
  ['7.0', 'other or undefined security status'],
  ['7.1', 'delivery not authorized, message refused'],
  ['7.2', 'mailing list expansion prohibited'],
  ['7.3', 'security conversion required but not possible'],
  ['7.4', 'security features not supported'],
  ['7.5', 'cryptographic failure'],
  ['7.6', 'cryptographic algorithm not supported'],
  ['7.7', 'message integrity failure'],
]

/** The subject.detail (`2.2`) whose registry name a text carries, longest name first; null when none. */
export function detailNamedIn(lowerText: string): string | null {
  let found: [string, string] | null = null
  for (const entry of DETAIL_NAMES)
    if (lowerText.includes(entry[1]) && entry[1].length > (found?.[1].length ?? 0)) found = entry
  return found?.[0] ?? null
}

/** An enhanced status code split into its three numbers. */
export interface EnhancedCode {
  class: 2 | 4 | 5
  subject: number
  detail: number
}

/** Parses `5.7.1` (class 2, 4 or 5; one to three digits per part); null when it is not one. */
export function parseEnhancedCode(text: string): EnhancedCode | null {
  const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim())
  if (!match) return null
  return { class: Number(match[1]) as 2 | 4 | 5, subject: Number(match[2]), detail: Number(match[3]) }
}

/** The registry entry for a subject and detail, or undefined when IANA has none. */
export function enhancedCodeDef(subject: number, detail: number): EnhancedCodeDef | undefined {
  return BY_PAIR.get(`${subject}.${detail}`)
}

/** The i18n key stem of a registered subject.detail (`knowledge:enhanced.details.d7_1`). */
export function enhancedDetailKey(subject: number, detail: number): string {
  return `knowledge:enhanced.details.d${subject}_${detail}`
}

/** The remedies each subject points to when no reply code says more (ids of the catalogue, remedies.ts). */
export const SUBJECT_REMEDIES: Record<number, RemedyId[]> = {
  0: [],
  1: ['recipient-address'],
  2: ['contact-recipient'],
  3: ['retry-later', 'contact-recipient-admin'],
  4: ['retry-later'],
  5: ['check-client-settings'],
  6: ['reduce-size'],
  7: ['fix-auth-records'],
}

/** The x.7.y details that are about the sender's own sign-in (RFC 4954, RFC 5248): 7.8, 7.9, 7.11 to 7.13. */
const SIGN_IN_DETAILS: readonly number[] = [8, 9, 11, 12, 13]

/** The remedies of an enhanced code: its subject's, and a new password only for a sign-in detail. */
export function enhancedRemedies(subject: number, detail: number): RemedyId[] {
  const own = SUBJECT_REMEDIES[subject] ?? []
  return subject === 7 && SIGN_IN_DETAILS.includes(detail) ? [...own, 'reset-password'] : own
}
