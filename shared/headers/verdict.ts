import { remedyDef, type RemedyId, type WhoActs } from '../knowledge/remedies'
import type { HeaderRole } from './types'
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

/** The topics each headers screen shows: the delay for "it arrives late", the rest for "it goes to spam". */
export function topicsOf(screen: 'delay' | 'spam'): HeaderRemedy['topic'][] {
  return screen === 'delay' ? ['delay'] : ['auth', 'spam']
}

/**
 * Who acts on a headers screen: whoever acts on its first remedy (the one the screen says to start
 * with), so the screen gives one answer; null when the headers support no remedy on its topics.
 */
export function headersWhoActs(
  report: HeaderReport,
  screen: 'delay' | 'spam',
  role: HeaderRole,
): WhoActs | null {
  const first = remediesFor(report, topicsOf(screen))[0]
  return first ? remedyWhoActs(first.id, role) : null
}

/** One authentication verdict as an i18n key: its result's word, or "not recorded". */
export function authResultKey(result: AuthResult): string {
  return result === null ? 'headers:auth.notRecorded' : `headers:auth.results.${result}`
}

/** True when the receiving server recorded at least one of SPF, DKIM and DMARC. */
export function hasAuthVerdicts(report: HeaderReport): boolean {
  return report.auth.spf !== null || report.auth.dkim !== null || report.auth.dmarc !== null
}
