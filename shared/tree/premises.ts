import type { ScreenRemedyId } from '../knowledge/remedies'
import type { Condition, WalkState } from './types'
import { holds } from './walker'

/** Evidence against a remedy, and the sentence (a `tree:` key) that says what the checks found. */
export interface Against {
  when: Condition
  note: string
}

/** What a remedy screen takes as true. */
export interface RemedyPremise {
  /** What its one-sentence summary states as known; without it, the screen leads with `lead` instead. */
  summary?: { needs: Condition; lead: (state: WalkState) => string }
  /** Evidence that says the remedy is not the whole story; the screen then says what was found. */
  against?: readonly Against[]
}

const SENDING_ANSWERS: Condition = {
  any: [
    { finding: 'smtp.submission', status: ['pass', 'warn'] },
    { finding: 'smtp.submissions', status: ['pass', 'warn'] },
  ],
}

/** The blocklist check ran and named none of the sending servers: some list answered, none listed them. */
const NOT_LISTED: Condition = {
  all: [{ finding: 'dns.dnsbl', status: ['pass'] }, { not: { finding: 'dns.dnsbl', status: ['fail'] } }],
}

/** True when the blocklist check ran and found the sending servers on no list. */
export function sendingServersNotListed(state: WalkState): boolean {
  return holds(NOT_LISTED, state)
}

/** A login that worked says the account is fine: a remedy about the password or the account is not the fix. */
const LOGIN_WORKS: readonly Against[] = [
  { when: { fact: 'loginWorks' }, note: 'tree:evidence.loginWorksHere' },
]

/** A login refused says the settings alone will not do: the account or the way of signing in must change. */
const LOGIN_REFUSED: readonly Against[] = [
  { when: { fact: 'loginModernSignIn' }, note: 'tree:because.loginModernSignIn' },
  { when: { fact: 'loginAppPassword' }, note: 'tree:because.loginAppPassword' },
  { when: { fact: 'loginRefused' }, note: 'tree:because.loginRefused' },
]

/**
 * What each remedy screen takes as true, where evidence could say otherwise. A remedy not listed
 * states nothing a check could contradict (its summary speaks of the person's answers or the bounce).
 */
export const REMEDY_PREMISES: Partial<Record<ScreenRemedyId, RemedyPremise>> = {
  'client-settings': {
    summary: {
      needs: { answer: 'webmail-works', is: ['yes'] },
      lead: (state) =>
        holds({ fact: 'loginWorks' }, state)
          ? 'tree:evidence.clientSettingsLogin'
          : 'tree:evidence.clientSettingsLead',
    },
    against: LOGIN_REFUSED,
  },
  'account-state': {
    summary: { needs: SENDING_ANSWERS, lead: () => 'tree:evidence.accountStateLead' },
    against: LOGIN_WORKS,
  },
  'account-refused': {
    summary: {
      needs: { all: [{ fact: 'loginRefused' }, { finding: 'smtp.auth', status: ['fail'] }] },
      lead: () => 'tree:evidence.accountRefusedLead',
    },
    against: LOGIN_WORKS,
  },
  'account-blocked': { against: LOGIN_WORKS },
  'use-modern-sign-in': { against: LOGIN_WORKS },
  'app-password': { against: LOGIN_WORKS },
  'reset-password': { against: LOGIN_WORKS },
  'try-webmail': { against: LOGIN_REFUSED },
  'sending-server-unreachable': {
    against: [{ when: SENDING_ANSWERS, note: 'tree:evidence.sendingAnswers' }],
  },
  'mail-server-unreachable': {
    against: [{ when: { finding: 'smtp.mx', status: ['pass', 'warn'] }, note: 'tree:because.mxAnswering' }],
  },
  'receive-elsewhere': {
    against: [
      { when: { fact: 'mxUnreachable' }, note: 'tree:because.mxNotAnswering' },
      { when: { finding: 'dns.mx.hosts', status: ['fail'] }, note: 'tree:because.mxHostsBroken' },
    ],
  },
  'domain-expired': {
    against: [
      {
        when: { finding: 'domain.registration', status: ['pass'] },
        note: 'tree:evidence.registrationActive',
      },
    ],
  },
  'domain-not-found': {
    against: [{ when: { finding: 'dns.mx', status: ['pass', 'warn'] }, note: 'tree:evidence.domainAnswers' }],
  },
  delist: { against: [{ when: NOT_LISTED, note: 'tree:evidence.notListed' }] },
}

/** The `tree:` keys of the sentences that say what the checks found against a remedy. */
export function notesAgainst(id: string, state: WalkState): string[] {
  const premise = REMEDY_PREMISES[id as ScreenRemedyId]
  return (premise?.against ?? [])
    .filter((against) => holds(against.when, state))
    .map((against) => against.note)
}

/**
 * The one-sentence lead of a remedy screen: its summary, unless the summary states what the
 * person never said or no check found (then a sentence that rests only on what is known).
 */
export function remedyLeadKey(id: ScreenRemedyId, state: WalkState): string {
  const summary = REMEDY_PREMISES[id]?.summary
  if (!summary || holds(summary.needs, state)) return `remedy:${id}.summary`
  return summary.lead(state)
}
