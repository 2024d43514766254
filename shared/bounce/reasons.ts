import type { StepId } from '../knowledge/code-texts'
import type { RemedyId, WhoActs } from '../knowledge/remedies'
import type { CheckId } from '../protocol'

/**
 * Why a message came back, in Sisimai's reason names (https://libsisimai.org/en/reason/), so that
 * our answers can be compared with Sisimai's on its public corpus; one more, `virusnotice`, for a
 * virus scanner's alert that Sisimai leaves unread. Texts for each reason are at
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
  'virusnotice',
] as const

/** One of Sisimai's reasons. */
export type BounceReason = (typeof BOUNCE_REASONS)[number]

/**
 * One reason as one record: who acts, the remedies (ids of the remedy catalogue, most fitting first),
 * the checks it calls for and the steps of the explanation (ids of the step pool `knowledge:steps`).
 * Its phrases are in reason-phrases.ts and its finer readings (a sign-in reply, a failed SPF check…)
 * in reason-details.ts, both under the same reason name.
 */
export interface ReasonDef {
  /** Who has to act: the sender (`you`), their provider, the recipient or the recipient's admin. */
  whoActs: WhoActs
  remedies: readonly RemedyId[]
  relatedChecks: readonly CheckId[]
  steps: readonly StepId[]
  /** True when the message was not (yet) refused: a delivery, an auto-reply, a complaint report. */
  notFailure?: true
  /**
   * When the same message may get through later without anyone changing anything: `always` for the
   * conditions RFC 3463 calls persistent transient (a full mailbox X.2.2, a full system X.3.1, an
   * expired delivery X.4.7) and a sender over a rate or connection limit, whatever the code's class
   * (Sisimai calls them soft); `uncoded` only when no code says otherwise.
   */
  passes?: 'always' | 'uncoded'
}

type Advice = Omit<ReasonDef, 'whoActs' | 'notFailure' | 'passes'>

const NONE: Advice = { remedies: [], relatedChecks: [], steps: [] }

const BLOCKLIST: Advice = {
  remedies: ['delist', 'contact-provider'],
  relatedChecks: ['dns.dnsbl'],
  steps: ['lookSendingIpAddress', 'useProvidersServerSend', 'serverFindWhySent'],
}
const TOO_BIG: Advice = {
  remedies: ['reduce-size'],
  relatedChecks: [],
  steps: ['makeAttachmentsSmallerShare', 'send'],
}
const NO_DOMAIN: Advice = {
  remedies: ['recipient-address', 'recipient-domain-broken'],
  relatedChecks: ['dns.mx'],
  steps: ['checkPartAfter', 'askRecipientWhetherDomain'],
}
const THEIR_SERVER: Advice = {
  remedies: ['retry-later', 'contact-recipient-admin'],
  relatedChecks: [],
  steps: ['waitRetryPersistsTell'],
}
const ON_THE_WAY: Advice = {
  remedies: ['retry-later', 'recipient-domain-broken'],
  relatedChecks: ['dns.mx'],
  steps: ['waitRetryCheckRecipients'],
}
const SETTINGS: Advice = {
  remedies: ['check-client-settings'],
  relatedChecks: [],
  steps: ['updateMailProgram'],
}
const THEIR_RULES: Advice = {
  remedies: ['contact-recipient-admin'],
  relatedChecks: [],
  steps: ['removeSpamLikeWording', 'askRecipientAllowAddress'],
}

/**
 * Every reason's record. The texts (`bounce:reasons.<reason>.title` / `.meaning`) say what happened in
 * plain words; the bounce reader, the code explainer and the tree all read this one table.
 */
export const REASONS: Record<BounceReason, ReasonDef> = {
  authfailure: {
    whoActs: 'you',
    remedies: ['fix-auth-records'],
    relatedChecks: ['dns.spf', 'dns.dkim', 'dns.dmarc'],
    steps: ['checkDomainsSpfDkim', 'checkSpfDkimPass'],
  },
  badreputation: { whoActs: 'provider', ...BLOCKLIST },
  blocked: { whoActs: 'provider', ...BLOCKLIST },
  contenterror: {
    whoActs: 'you',
    remedies: ['check-client-settings'],
    relatedChecks: [],
    steps: ['trySendingSimplerMessage'],
  },
  delivered: { whoActs: 'you', notFailure: true, ...NONE },
  exceedlimit: { whoActs: 'you', ...TOO_BIG },
  expired: {
    whoActs: 'recipientAdmin',
    passes: 'always',
    ...ON_THE_WAY,
    steps: ['waitSendingServerRetriesSeveral'],
  },
  // A server that wants encryption: between two servers (the provider's), or from a mail program
  // that connects without SSL/TLS ("Must issue a STARTTLS command first"), whose settings are yours.
  failedstarttls: {
    whoActs: 'provider',
    remedies: ['contact-provider', 'check-client-settings'],
    relatedChecks: [],
    steps: ['turnOnTlsInProgram', 'contactMailProviderBounce'],
  },
  feedback: { whoActs: 'you', notFailure: true, ...NONE },
  filtered: {
    whoActs: 'recipient',
    remedies: ['contact-recipient'],
    relatedChecks: [],
    steps: ['contactRecipient'],
  },
  hasmoved: {
    whoActs: 'you',
    remedies: ['contact-recipient'],
    relatedChecks: [],
    steps: ['askRecipientCurrentAddress'],
  },
  hostunknown: { whoActs: 'you', ...NO_DOMAIN },
  mailboxfull: {
    whoActs: 'recipient',
    passes: 'always',
    remedies: ['recipient-full', 'retry-later'],
    relatedChecks: [],
    steps: ['tellRecipientMailboxFull', 'sendOnceMadeRoom'],
  },
  mailererror: {
    whoActs: 'recipientAdmin',
    remedies: ['contact-recipient-admin'],
    relatedChecks: [],
    steps: ['askRecipientPassBounce'],
  },
  mesgtoobig: { whoActs: 'you', ...TOO_BIG },
  networkerror: { whoActs: 'recipientAdmin', passes: 'uncoded', ...ON_THE_WAY },
  norelaying: {
    whoActs: 'you',
    remedies: ['enable-smtp-auth', 'check-client-settings'],
    relatedChecks: ['smtp.auth'],
    steps: ['turnOnSmtpAuthInProgram', 'checkUsingProvidersOutgoing'],
  },
  notaccept: { whoActs: 'you', ...NO_DOMAIN },
  notcompliantrfc: { whoActs: 'provider', ...SETTINGS },
  onhold: {
    whoActs: 'you',
    remedies: ['contact-provider'],
    relatedChecks: [],
    steps: ['readTextErrorReason'],
  },
  policyviolation: {
    whoActs: 'you',
    remedies: ['contact-recipient-admin'],
    relatedChecks: [],
    steps: ['readTextRuleInvolved'],
  },
  rejected: {
    whoActs: 'you',
    remedies: ['fix-auth-records', 'check-client-settings'],
    relatedChecks: ['dns.spf', 'dns.dmarc'],
    steps: ['checkSendAddressLogged', 'checkDomainsSpfDkim'],
  },
  requireptr: {
    whoActs: 'provider',
    remedies: ['ask-ptr', 'contact-provider'],
    relatedChecks: ['dns.ptr'],
    steps: ['askWhoeverRunsSending'],
  },
  // A security rule of the receiving server (a bare 5.7.1); sign-in replies have their own details.
  securityerror: {
    whoActs: 'you',
    remedies: ['fix-auth-records', 'check-client-settings'],
    relatedChecks: ['dns.spf', 'dns.dmarc', 'dns.dnsbl'],
    steps: ['readTextRuleInvolved'],
  },
  spamdetected: { whoActs: 'you', ...THEIR_RULES },
  speeding: {
    whoActs: 'you',
    passes: 'always',
    remedies: ['sending-limits'],
    relatedChecks: [],
    steps: ['waitHourBeforeSending', 'spreadLargeSendingsOver'],
  },
  suppressed: {
    whoActs: 'you',
    remedies: ['recipient-address'],
    relatedChecks: [],
    steps: ['askRecipientCurrentAddress'],
  },
  suspend: {
    whoActs: 'recipient',
    remedies: ['contact-recipient'],
    relatedChecks: [],
    steps: ['contactRecipientAdministratorMust'],
  },
  syntaxerror: { whoActs: 'provider', ...SETTINGS, relatedChecks: ['client.settings'] },
  systemerror: { whoActs: 'recipientAdmin', passes: 'uncoded', ...THEIR_SERVER },
  systemfull: { whoActs: 'recipientAdmin', passes: 'always', ...THEIR_SERVER },
  toomanyconn: {
    whoActs: 'provider',
    passes: 'always',
    remedies: ['sending-limits', 'retry-later'],
    relatedChecks: [],
    steps: ['sendFewerMessagesTime', 'waitRetry'],
  },
  undefined: { whoActs: 'you', ...NONE },
  userunknown: {
    whoActs: 'you',
    remedies: ['recipient-address'],
    relatedChecks: ['dns.mx'],
    steps: ['checkAddressTypos', 'askRecipientCurrentAddress'],
  },
  vacation: { whoActs: 'recipient', notFailure: true, ...NONE },
  virusdetected: { whoActs: 'you', ...THEIR_RULES, steps: ['trySendingSimplerMessage'] },
  // Ours, not Sisimai's (which leaves such notices unread): a scanner's alert, not a returned message.
  virusnotice: { whoActs: 'you', notFailure: true, ...NONE },
}

/** True for one of Sisimai's reason names. */
export function isBounceReason(value: string): value is BounceReason {
  return (BOUNCE_REASONS as readonly string[]).includes(value)
}

/** True for a reason that names a cause; false for `onhold` (unclear) and `undefined` (nothing found). */
export function namesCause(reason: BounceReason): boolean {
  return reason !== 'onhold' && reason !== 'undefined'
}

/** True for a reason that names a failure's cause: not unclear, and not a receipt, reply or report. */
export function namesFailure(reason: BounceReason): boolean {
  return namesCause(reason) && REASONS[reason].notFailure !== true
}
