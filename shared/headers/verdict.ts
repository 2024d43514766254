import { remedyDef, type RemedyId, type WhoActs } from '../knowledge/remedies'
import type { HeaderRole } from './diagnosis'
import type { AuthResult, HeaderReport, HeaderRemedy } from './types'

/** Who acts on a headers remedy, said from the reader's side: the sender's tasks are "you" for the sender. */
export function remedyWhoActs(id: RemedyId, role: HeaderRole): WhoActs {
  const who = remedyDef(id).whoActs
  if (role === 'sender' && who === 'sender') return 'you'
  if (role === 'recipient' && who === 'recipient') return 'you'
  return who
}

/** The remedies on one topic (`delay` for "it arrives late", `auth` and `spam` for "it goes to spam"). */
export function remediesFor(report: HeaderReport, topics: readonly HeaderRemedy['topic'][]): HeaderRemedy[] {
  return report.remedies.filter((remedy) => topics.includes(remedy.topic))
}

/** One authentication verdict as an i18n key: its result's word, or "not recorded". */
export function authResultKey(result: AuthResult): string {
  return result === null ? 'headers:auth.notRecorded' : `headers:auth.results.${result}`
}

/** True when the receiving server recorded at least one of SPF, DKIM and DMARC. */
export function hasAuthVerdicts(report: HeaderReport): boolean {
  return report.auth.spf !== null || report.auth.dkim !== null || report.auth.dmarc !== null
}
