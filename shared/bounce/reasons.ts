import type { RemedyId, WhoActs } from '../knowledge/remedies'

/**
 * Why a message came back, in Sisimai's reason names (https://libsisimai.org/en/reason/), so that
 * our answers can be compared with Sisimai's on its public corpus. Texts for each reason are at
 * `bounce:reasons.<reason>` (title and meaning) in both languages.
 */
export const BOUNCE_REASONS = [
  'authfailure',
  'badreputation',
  'blocked',
  'contenterror',
  'delivered',
  'exceedlimit',
  'expired',
  'failedstarttls',
  'feedback',
  'filtered',
  'hasmoved',
  'hostunknown',
  'mailboxfull',
  'mailererror',
  'mesgtoobig',
  'networkerror',
  'norelaying',
  'notaccept',
  'notcompliantrfc',
  'onhold',
  'policyviolation',
  'rejected',
  'requireptr',
  'securityerror',
  'spamdetected',
  'speeding',
  'suppressed',
  'suspend',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'toomanyconn',
  'undefined',
  'userunknown',
  'vacation',
  'virusdetected',
] as const

/** One of Sisimai's reasons. */
export type BounceReason = (typeof BOUNCE_REASONS)[number]

/** What the reader should do about a reason, and who can do it. */
export interface ReasonDef {
  /** Who has to act: the sender (`you`), their provider, the recipient or the recipient's admin. */
  whoActs: WhoActs
  /** True when the message was not (yet) refused: a delivery, an auto-reply, a complaint report. */
  notFailure?: true
  /** True when the same message may get through later without anyone changing anything. */
  passes?: true
}

/**
 * The reasons as one table. Each one names who acts; its remedies are in REASON_REMEDIES. The
 * texts (`bounce:reasons.<reason>.title` / `.meaning`) say what happened in plain words.
 */
export const REASONS: Record<BounceReason, ReasonDef> = {
  authfailure: { whoActs: 'you' },
  badreputation: { whoActs: 'provider' },
  blocked: { whoActs: 'provider' },
  contenterror: { whoActs: 'you' },
  delivered: { whoActs: 'you', notFailure: true },
  exceedlimit: { whoActs: 'you' },
  expired: { whoActs: 'recipientAdmin', passes: true },
  failedstarttls: { whoActs: 'provider' },
  feedback: { whoActs: 'you', notFailure: true },
  filtered: { whoActs: 'recipient' },
  hasmoved: { whoActs: 'you' },
  hostunknown: { whoActs: 'you' },
  mailboxfull: { whoActs: 'recipient', passes: true },
  mailererror: { whoActs: 'recipientAdmin' },
  mesgtoobig: { whoActs: 'you' },
  networkerror: { whoActs: 'recipientAdmin', passes: true },
  norelaying: { whoActs: 'you' },
  notaccept: { whoActs: 'you' },
  notcompliantrfc: { whoActs: 'provider' },
  onhold: { whoActs: 'you' },
  policyviolation: { whoActs: 'you' },
  rejected: { whoActs: 'you' },
  requireptr: { whoActs: 'provider' },
  securityerror: { whoActs: 'you' },
  spamdetected: { whoActs: 'you' },
  speeding: { whoActs: 'you', passes: true },
  suppressed: { whoActs: 'you' },
  suspend: { whoActs: 'recipient' },
  syntaxerror: { whoActs: 'provider' },
  systemerror: { whoActs: 'recipientAdmin', passes: true },
  systemfull: { whoActs: 'recipientAdmin', passes: true },
  toomanyconn: { whoActs: 'provider', passes: true },
  undefined: { whoActs: 'you' },
  userunknown: { whoActs: 'you' },
  vacation: { whoActs: 'recipient', notFailure: true },
  virusdetected: { whoActs: 'you' },
}

/**
 * The remedies of each reason, most fitting first (ids of the remedy catalogue). Kept apart from
 * REASONS so that the ids can follow the catalogue without touching the taxonomy.
 */
export const REASON_REMEDIES: Record<BounceReason, readonly RemedyId[]> = {
  authfailure: ['fix-auth-records'],
  badreputation: ['delist', 'contact-provider'],
  blocked: ['delist', 'contact-provider'],
  contenterror: ['check-client-settings'],
  delivered: [],
  exceedlimit: ['reduce-size'],
  expired: ['retry-later', 'recipient-domain-broken'],
  failedstarttls: ['contact-provider'],
  feedback: [],
  filtered: ['contact-recipient'],
  hasmoved: ['contact-recipient'],
  hostunknown: ['recipient-address', 'recipient-domain-broken'],
  mailboxfull: ['recipient-full', 'retry-later'],
  mailererror: ['contact-recipient-admin'],
  mesgtoobig: ['reduce-size'],
  networkerror: ['retry-later', 'recipient-domain-broken'],
  norelaying: ['enable-smtp-auth', 'check-client-settings'],
  notaccept: ['recipient-address', 'recipient-domain-broken'],
  notcompliantrfc: ['check-client-settings'],
  onhold: ['contact-provider'],
  policyviolation: ['contact-recipient-admin'],
  rejected: ['fix-auth-records', 'check-client-settings'],
  requireptr: ['ask-ptr', 'contact-provider'],
  securityerror: ['enable-smtp-auth', 'check-client-settings'],
  spamdetected: ['contact-recipient-admin'],
  speeding: ['sending-limits'],
  suppressed: ['recipient-address'],
  suspend: ['contact-recipient'],
  syntaxerror: ['check-client-settings'],
  systemerror: ['retry-later', 'contact-recipient-admin'],
  systemfull: ['retry-later', 'contact-recipient-admin'],
  toomanyconn: ['sending-limits', 'retry-later'],
  undefined: [],
  userunknown: ['recipient-address'],
  vacation: [],
  virusdetected: ['contact-recipient-admin'],
}

/** True for one of Sisimai's reason names. */
export function isBounceReason(value: string): value is BounceReason {
  return (BOUNCE_REASONS as readonly string[]).includes(value)
}
