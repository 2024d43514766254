/**
 * Finer readings inside a reason, for replies Sisimai's vocabulary lumps together but that call for
 * different steps: a sign-in reply (`securityerror`: modern sign-in, an app password, a wrong
 * password), a failed sender check (`authfailure`: SPF, DKIM, DMARC), greylisting (`toomanyconn`,
 * the server asks for a second try) and a PEC box refusing ordinary mail (`policyviolation`). Each
 * belongs to one reason; its advice replaces the reason's when its words are there. Texts live at
 * `knowledge:details.<id>` (`title`, `meaning`).
 */
import type { StepId } from '../knowledge/code-texts'
import type { RemedyId, WhoActs } from '../knowledge/remedies'
import type { CheckId } from '../protocol'
import type { BounceReason } from './reasons'

/** The finer readings. */
export type ReasonDetailId =
  | 'modernAuth'
  | 'appPassword'
  | 'passwordOrAppPassword'
  | 'passwordOrModernSignIn'
  | 'authentication'
  | 'greylisting'
  | 'ordinaryToPec'
  | 'spf'
  | 'dkim'
  | 'dmarc'

/** One finer reading: the reason it belongs to, its words and its own advice. */
export interface ReasonDetail {
  id: ReasonDetailId
  reason: BounceReason
  /** Linear-time patterns (literal alternations, bounded repeats), tried on lower-cased text. */
  patterns: readonly RegExp[]
  whoActs: readonly WhoActs[]
  relatedChecks: readonly CheckId[]
  remedies: readonly RemedyId[]
  steps: readonly StepId[]
}

const LOGIN_CHECKS: readonly CheckId[] = ['smtp.auth', 'mailbox.auth']

/** The finer readings, most specific first. */
export const REASON_DETAILS: readonly ReasonDetail[] = [
  {
    // A certified (PEC) box that takes no ordinary mail, as Aruba PEC words it (guide.pec.it).
    id: 'ordinaryToPec',
    reason: 'policyviolation',
    patterns: [/\bnon abilitat[ao] alla ricezione di posta non certificata\b/],
    whoActs: ['you', 'recipient'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
    steps: ['sendFromPecBox', 'askPecOwnerOrdinaryAddress'],
  },
  {
    id: 'modernAuth',
    reason: 'securityerror',
    patterns: [
      /\b5\.7\.139\b|\bsmtpclientauthentication is disabled\b|\bbasic authentication is (?:disabled|not supported)\b/,
      /\b5\.7\.30\b|\bplease log ?in via your web browser\b|\[webalert\b/,
      /\b5\.7\.57\b|\bclient not authenticated to send mail\b/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: [...LOGIN_CHECKS, 'client.discovery'],
    remedies: ['use-modern-sign-in', 'app-password', 'tenant-smtp-auth'],
    steps: ['signInThroughProviderPage', 'createAppPasswordIfAllowed', 'adminAllowSmtpSignIn'],
  },
  {
    id: 'appPassword',
    reason: 'securityerror',
    patterns: [/\b5\.7\.9\b|\bapplication[- ]specific password\b|\bapp password\b/],
    whoActs: ['you'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['app-password', 'use-modern-sign-in'],
    steps: ['createAppPasswordUseIt', 'signInThroughProviderPage'],
  },
  {
    id: 'passwordOrAppPassword',
    reason: 'securityerror',
    patterns: [
      /\b5\.7\.8\b[^\n]{0,200}?\busername and password not accepted\b|\busername and password not accepted\b|\[authenticationfailed\] invalid credentials\b/,
    ],
    whoActs: ['you'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['reset-password', 'app-password', 'use-modern-sign-in'],
    steps: ['checkPasswordInWebmail', 'ifWebmailWorksAppPassword'],
  },
  {
    // Microsoft's 5.7.3 "Authentication unsuccessful": a wrong password, or password sign-in switched off.
    id: 'passwordOrModernSignIn',
    reason: 'securityerror',
    patterns: [/\b5\.7\.3\b[^\n]{0,200}?\bauthentication unsuccessful\b/],
    whoActs: ['you', 'provider'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['reset-password', 'use-modern-sign-in', 'tenant-smtp-auth'],
    steps: ['checkPasswordInWebmail', 'signInThroughProviderPage'],
  },
  {
    id: 'authentication',
    reason: 'securityerror',
    patterns: [
      /\bauthentication (?:is )?(?:required|failed|failure|unsuccessful|credentials invalid)\b/,
      /\bmust (?:first )?authenticate\b|\bauthenticate first\b|\binvalid (?:login|credentials)\b/,
      /\bautenticazione (?:richiesta|fallita|non riuscita)\b/,
    ],
    whoActs: ['you'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['reset-password'],
    steps: ['reTypeUsernameFull', 'checkSamePasswordWorks'],
  },
  {
    id: 'greylisting',
    reason: 'toomanyconn',
    patterns: [/\bgr[ae]y[ -]?list(?:ed|ing)?\b/, /\bnot yet authori[sz]ed to deliver\b/],
    whoActs: [],
    relatedChecks: [],
    remedies: ['retry-later'],
    steps: ['waitGreylistRetry'],
  },
  {
    id: 'dmarc',
    reason: 'authfailure',
    patterns: [/\bdmarc\b/],
    whoActs: ['you'],
    relatedChecks: ['dns.dmarc', 'dns.spf', 'dns.dkim'],
    remedies: ['fix-auth-records'],
    steps: ['checkSpfDkimPass', 'untilPassConsiderSetting'],
  },
  {
    id: 'spf',
    reason: 'authfailure',
    patterns: [
      /\bspf\b|\bsender policy framework\b/,
      /\bnot (?:permitted|authori[sz]ed) to send\b|\bnot designated (?:as )?permitted\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['dns.spf'],
    remedies: ['fix-auth-records'],
    steps: ['checkDomainSpf', 'addProviderSpfInclude'],
  },
  {
    id: 'dkim',
    reason: 'authfailure',
    patterns: [/\bdkim\b|\bdomainkeys\b/],
    whoActs: ['you'],
    relatedChecks: ['dns.dkim'],
    remedies: ['fix-auth-records'],
    steps: ['turnDkimSigningProvider', 'publishDkimKeyGives'],
  },
]

/** The detail of an id. */
export function reasonDetail(id: ReasonDetailId): ReasonDetail {
  const detail = REASON_DETAILS.find((entry) => entry.id === id)
  if (!detail) throw new Error(`no reason detail ${id}`)
  return detail
}
