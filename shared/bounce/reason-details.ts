/**
 * Finer readings inside a reason, for replies Sisimai's vocabulary lumps together but that call for
 * different steps: a sign-in reply (`securityerror`: modern sign-in, an app password, a wrong
 * password, a login method the server does not offer, a sign-in never given, sign-ins paused after
 * too many; and a group that takes only its organisation's signed-in senders), a failed sender check (`authfailure`: SPF,
 * DKIM, DMARC), greylisting (`toomanyconn`, the server asks for a second try), a PEC box refusing
 * ordinary mail (`policyviolation`), and a mail program's own window about its own server: it could
 * not reach it (`networkerror`) or set up encryption with it (`failedstarttls`), where the fix is on
 * the person's side, not the recipient's. Each belongs to one reason; its advice replaces the
 * reason's when its words are there. Texts live at `knowledge:details.<id>` (`title`, `meaning`).
 */
import type { StepId } from '../knowledge/code-texts'
import type { RemedyId, WhoActs } from '../knowledge/remedies'
import type { CheckId } from '../protocol'
import { ONLY_ALLOWED_SENDERS, OPEN_RESOLVER, OWN_SERVER_UNREACHABLE } from './reason-phrases'
import type { BounceReason } from './reasons'

/** The finer readings. */
export type ReasonDetailId =
  | 'modernAuth'
  | 'appPassword'
  | 'passwordOrAppPassword'
  | 'passwordOrModernSignIn'
  | 'tooManyLogins'
  | 'smtpAuthOff'
  | 'insideSendersOnly'
  | 'authentication'
  | 'authMethod'
  | 'ownServerUnreachable'
  | 'ownServerTls'
  | 'greylisting'
  | 'ordinaryToPec'
  | 'onlyAllowedSenders'
  | 'openResolver'
  | 'providerHold'
  | 'serverHeldBack'
  | 'senderDomainMissing'
  | 'noReverseName'
  | 'bannedAttachment'
  | 'listRefusedPost'
  | 'fromNotYourMailbox'
  | 'senderDomainListed'
  | 'mailLoop'
  | 'ownMailboxFull'
  | 'abandonedMailbox'
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
  /**
   * True when its words name its reason wherever the reason's own plain words are looked for
   * (plain-words.ts): a mail program's window says what failed, not only how to mend it.
   */
  namesReason?: true
  /**
   * Registered enhanced codes whose registry meaning the server does not mean when these words
   * come with them (Microsoft's 5.7.12, "a password transition is needed" in the registry): the
   * code's own explanation is not shown.
   */
  overCode?: readonly string[]
}

const LOGIN_CHECKS: readonly CheckId[] = ['smtp.auth', 'mailbox.auth']

/** The person's own servers, as a mail program reaches them: sending, and the mailbox. */
const OWN_SERVER_CHECKS: readonly CheckId[] = [
  'smtp.submission',
  'smtp.submissions',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
]

/** A pattern for any of some phrases, each matched letter for letter (its brackets and dots too), as whole words. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const literal = phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![a-z0-9])(?:${literal.join('|')})(?![a-z0-9])`)
}

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
    // cPanel's "Domain x has an outgoing mail suspension / hold": the person's own host stopped the
    // account's outgoing mail, most often after spam sent with a stolen password.
    id: 'providerHold',
    reason: 'rejected',
    patterns: [
      /\bhas an outgoing mail (?:suspension|hold)\b/,
      // Microsoft 365's account restricted for suspected spam (its 5.1.8 "bad outbound sender").
      /\bbad outbound sender\b|\bnot recogni[sz]ed as a valid sender\b|\bno longer allowed to send (?:e-?mail|messages?)\b(?! to\b)/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: [],
    remedies: ['unblock-account', 'contact-provider'],
    steps: ['blockedSpamFollowUnblock', 'contactProviderBounce'],
  },
  {
    // The sender's own domain not found by the receiving server's DNS (Postfix's
    // reject_unknown_sender_domain "Sender address rejected: Domain not found", Exim's "Domain of
    // sender address … does not resolve", Yahoo's "unresolvable RFC.5321 from domain"): an expired
    // domain or missing mail records, which the sender's side mends, not SPF or the sign-in.
    id: 'senderDomainMissing',
    reason: 'rejected',
    patterns: [
      /\bsender address rejected: domain not found\b|\bdomain of sender address\b[^\n]{0,100}?\bdoes not (?:resolve|exist)\b/,
      /\bsender (?:address )?domain (?:not found|does not exist|must (?:exist|resolve)|(?:is )?unknown)\b|\bunresolvable (?:rfc\.?5321 )?(?:from )?domain\b/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: ['domain.registration', 'dns.ns', 'dns.mx'],
    remedies: ['domain-expired', 'fix-mx'],
    steps: ['checkOwnDomainRenewed', 'checkOwnDomainMxRecords'],
  },
  {
    // Yahoo's "[TSS04] Messages from <IP> temporarily deferred due to unexpected volume or user
    // complaints" and "[TSS09] All messages from <IP> will be permanently deferred", which Sisimai's
    // Yahoo table reads `rejected` where Yahoo's server answered: the words name the sending server,
    // so the advice is the sending server's (a paste without the server reads `badreputation`).
    id: 'serverHeldBack',
    reason: 'rejected',
    patterns: [/\bmessages from \S{1,64} (?:temporarily deferred|will be permanently deferred)\b/],
    whoActs: ['provider'],
    relatedChecks: ['dns.dnsbl'],
    remedies: ['delist', 'contact-provider'],
    steps: ['useProvidersServerSend', 'serverFindWhySent'],
  },
  {
    // Spamhaus's "Error: open resolver" (classify-reason.ts): the receiving server asks its lists
    // through a public resolver and reads the refusal as a listing; nobody is listed.
    id: 'openResolver',
    reason: 'systemerror',
    patterns: [OPEN_RESOLVER],
    whoActs: ['recipientAdmin'],
    relatedChecks: [],
    remedies: ['contact-recipient-admin'],
    steps: ['tellRecipientResolver'],
  },
  {
    // A recipient that takes mail only from its own organisation or its allowed senders: only the
    // recipient's side can let the sender in.
    id: 'onlyAllowedSenders',
    reason: 'filtered',
    patterns: [phrasePattern(ONLY_ALLOWED_SENDERS)],
    whoActs: ['recipient', 'recipientAdmin'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
    steps: ['askRecipientAllowOutside'],
    overCode: ['5.7.12'],
  },
  {
    id: 'modernAuth',
    reason: 'securityerror',
    patterns: [
      /\b5\.7\.139\b|\bsmtpclientauthentication is disabled\b|\bbasic authentication is (?:disabled|not supported)\b/,
      /\b5\.7\.30\b|\bplease log ?in via your web browser\b|\[webalert\b|\bweb login required\b/,
      /\b(?:does not support|non supporta) (?:password authentication|l'autenticazione tramite password)\b/,
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
    // 5.7.9 ("mechanism too weak") names a sign-in only in a reply to one; Yahoo's "554 5.7.9 Message
    // not accepted for policy reasons" refuses the message itself.
    patterns: [
      /\b53[0-9][ -]5\.7\.9\b|\b5\.7\.9\b[^\n]{0,80}\b(?:auth|password|sign[- ]?in|log ?in)|\bapplication[- ]specific password\b|\bapp password\b/,
    ],
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
    // Sign-ins refused for a while after too many of them (Gmail's "454 4.7.0 Too many login
    // attempts, please try again later"): a pause, then the password saved everywhere, mend it.
    id: 'tooManyLogins',
    reason: 'securityerror',
    patterns: [
      /\btoo many (?:failed |invalid |bad |unsuccessful |wrong )?(?:login|log-?in|sign-?in|authentication|auth) (?:attempts|failures|errors|tries)\b|\btoo many (?:failed |invalid |bad )(?:logins|sign-?ins)\b|\btroppi tentativi (?:di |falliti di )?(?:accesso|login|autenticazione)\b/,
    ],
    whoActs: ['you'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['retry-later', 'reset-password'],
    steps: ['waitHourBeforeSending', 'checkSavedPasswordEveryDevice', 'signInOncePerBatch'],
    namesReason: true,
  },
  {
    // Exchange's group or mailbox that takes mail only from senders signed in to its own organisation
    // ("550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "delivery to this address is
    // restricted"): Sisimai reads `securityerror`; as for `onlyAllowedSenders`, only the recipient's
    // side can let the sender in, and no sign-in of the sender's would.
    id: 'insideSendersOnly',
    reason: 'securityerror',
    patterns: [/\bresolver\.rst\.authrequired\b|\bdelivery to this address is restricted\b/],
    whoActs: ['recipient', 'recipientAdmin'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
    steps: ['askRecipientAllowOutside'],
  },
  {
    // A server that wants a sign-in the program did not give ("530 5.7.0 Authentication Required",
    // cPanel's "Please turn on SMTP Authentication in your mail client", "If MAIL FROM is local then
    // you must authenticate"): the program's outgoing server is set without one, not a wrong password.
    id: 'smtpAuthOff',
    reason: 'securityerror',
    patterns: [
      /\bturn on (?:smtp )?authentication\b|\bsmtp auth(?:entication)? (?:is )?requi?r?i?ed\b|\b(?:server|host) requires (?:smtp )?authentication\b/,
      // Not Exchange's "RESOLVER.RST.AuthRequired; authentication required" (insideSendersOnly).
      /(?<!authrequired; )\bauthentication (?:is )?required\b|\bunauthenticated senders? (?:are |is )?not allowed\b/,
      /\buse (?:the )?submission (?:port|service|for)\b|\bmust (?:first )?authenticate\b|\bauthenticate first\b|\bsend auth(?: command)? first\b|\bwithout (?:smtp )?authentication\b/,
      /\bautenticazione (?:smtp )?(?:richiesta|obbligatoria|necessaria)\b|\bnecess[aá]ria (?:a |l')?autentica(?:[cç][aã]o|zione)\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [...LOGIN_CHECKS, 'client.settings'],
    remedies: ['enable-smtp-auth', 'check-client-settings'],
    steps: ['turnOnSmtpAuthInProgram', 'sameLoginAsIncoming'],
    namesReason: true,
  },
  {
    id: 'authentication',
    reason: 'securityerror',
    patterns: [
      /\bauthentication (?:failed|failure|unsuccessful|credentials invalid)\b|\blogin denied\b|\bauthorization failure on\b|\(authfail\)/,
      /\binvalid (?:login|credentials)\b|\bauthentication (?:to|with|on|at) [^\s]{1,260} failed\b/,
      /\bautenticazione (?:fallita|non riuscita)\b/,
      // A mail program's window on a refused login: "Login to server … failed", "[AUTHENTICATIONFAILED]",
      // "Errore di autenticazione", "nome di accesso o password non corretti".
      /\blog ?in to (?:account|server)\b(?:[^.;\n]|\.(?=\w)){0,120}\bfailed\b|\blogin failed\b|\bauthenticationfailed\b/,
      /\bdenied authentication\b|\bimpossibile autenticare\b|\bimpossibile effettuare (?:il )?(?:login|l'accesso)\b|\b(?:password|auth login|auth plain|username) not accepted\b|\bpassword (?:is )?(?:incorrect|wrong|errata|sbagliata)\b|\b(?:could not|couldn'?t|unable to) authenticate\b|\bimpossibile autenticarsi\b|\bautenticazione negata\b|\berrore (?:di|nell'|dell')(?: )?(?:autenticazione|accesso)\b|\baccesso non riuscito\b|\b(?:password|nome (?:di accesso|utente))\b[^.;\n]{0,40}\b(?:non corrett[aei]|errat[aei])\b|\b(?:incorrect|wrong) (?:user ?name|login|password)\b/,
    ],
    whoActs: ['you'],
    relatedChecks: LOGIN_CHECKS,
    remedies: ['reset-password'],
    steps: ['reTypeUsernameFull', 'checkSamePasswordWorks'],
    namesReason: true,
  },
  {
    // The login method chosen in the program is one the server does not offer (Thunderbird's
    // "does not support the selected authentication method").
    id: 'authMethod',
    reason: 'securityerror',
    patterns: [
      /\bno (?:suitable|supported|matching|compatible) authentication (?:mechanism|method)s?\b|\bnone of the authentication methods\b|\bno authenticators available\b|\b(?:unsupported|unknown) (?:or unknown )?authentication (?:scheme|mechanism|method)\b|\bnon supporta sasl\b|\bauthentication not (?:possible|offered|supported)\b|\b(?:does not|doesn'?t) support authentication\b|\bdoes not support basic (?:username ?\/ ?password )?authentication\b|\bnon (?:è stato trovato|esiste) (?:il|un|alcun) metodo di autenticazione\b|\b(?:does not|doesn'?t) support the (?:selected )?authentication method\b|\bauthentication method\b[^.;\n]{0,40}\bnot supported\b|\bmetodo di autenticazione\b[^.;\n]{0,40}\bnon (?:è )?support|\b(?:does not|doesn'?t) advertise any supported authentication\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [...LOGIN_CHECKS, 'client.settings'],
    remedies: ['check-client-settings'],
    steps: ['checkLoginMethodMail', 'checkServerSettingsMail'],
    namesReason: true,
  },
  {
    // A refusal of the sending server that names its missing reverse name ("5.7.25 Access denied, the
    // sending IPv6 address … must have a reverse DNS record", Sisimai's `blocked` for Microsoft): the
    // cure is a PTR record for the sending address, not a blocklist.
    id: 'noReverseName',
    reason: 'blocked',
    patterns: [
      /\bmust have a reverse dns\b|\bno (?:reverse dns|rdns)\b|\breverse dns\b[^.;\n]{0,30}\b(?:missing|required|not (?:present|configured|found|set))\b/,
    ],
    whoActs: ['provider'],
    relatedChecks: ['dns.ptr'],
    remedies: ['ask-ptr', 'contact-provider'],
    steps: ['askWhoeverRunsSending'],
  },
  {
    // A file the receiving server does not take (amavisd-new's "Reject, id=… - BANNED: .exe", Gmail's
    // "its content presents a potential security issue", a filter's "attachment type not allowed"):
    // the cure is to send the file another way, not the sender's records or reputation.
    id: 'bannedAttachment',
    reason: 'policyviolation',
    patterns: [
      /(?:^|\s)- banned: |\bbanned (?:file ?name|file|attachment)s?\b|\bcontent presents a potential security issue\b/,
      /\b(?:attachment(?: (?:type|name|extension)s?)?|file ?(?:type|name|extension)s?)\b(?:[^.;\n]|\.(?=\w)){0,40}\b(?:(?:is|are) )?(?:not (?:allowed|permitted|accepted)|blocked|banned|forbidden|prohibited)\b/,
      /\b(?:blocked|banned|forbidden|prohibited|disallowed|dangerous|unsafe) (?:attachment|file type|file extension|file ?name)s?\b/,
      /\b(?:allegat[oi]|tipo di file|estensione)\b[^.;\n]{0,40}\bnon (?:consentit|ammess|permess|accettat)[oaie]\b|\ballegat[oi] (?:bloccat|vietat|pericolos)[oi]\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: ['contact-recipient-admin'],
    steps: ['shareFileAsLinkInstead', 'askRecipientFileTypes'],
    namesReason: true,
  },
  {
    // A message that went round in circles (a forwarding rule, an MX pointing back): Sisimai's
    // networkerror, but waiting never ends a loop; a forwarding rule must change.
    id: 'mailLoop',
    reason: 'networkerror',
    patterns: [
      /\b(?:mail|email|routing|forwarding) loop\b|\bhop count exceeded\b|\btoo many hops\b|\bexceeded [0-9]{1,3} hops\b|\btoo many "?received"? header|\bloops back to myself\b|\bmessage is looping\b|\bloop detected\b/,
      /\bciclo di (?:inoltro|posta)\b|\bloop di (?:posta|inoltro)\b/,
    ],
    whoActs: ['you', 'recipientAdmin'],
    relatedChecks: [],
    remedies: [],
    steps: ['checkOwnForwarding', 'tellRecipientLoop'],
  },
  {
    // A mailing list refused a post under its own rules (members only, moderators only, an access
    // rule): mlmmj's "was unable to be delivered to the list because you are not a list subscriber",
    // Mailman's "Post by non-member to a members-only list". The cure is the list's, not the servers'.
    id: 'listRefusedPost',
    reason: 'policyviolation',
    patterns: [
      /\bnot a (?:list )?(?:subscriber|member|moderator) of (?:the|this) list\b|\bnot a list (?:subscriber|member|moderator)\b|\bnot subscribed to (?:the|this) list\b|\bmembers[- ]only (?:mailing )?list\b|\bpost(?:ing)? by (?:a )?non-?member\b|\bnon-?member post(?:ing)?s?\b|\bdelivered to the list because of an access rule\b/,
      // GNU Mailman 3's own templates: a post rejected by the list's rules or by its moderator.
      /\bmailing[- ]list was rejected\b|\b(?:rejected|refused) by the\s+(?:list\s+)?moderator\b|\bnot from a list member\b|\bcomes from a moderated member\b|\bnot allowed to post to this mailing list\b|\brequest to mailing list\b[^.;\n]{0,80}\brejected\b/,
      /\bnon (?:sei|risulti) iscritt[oa](?:\/a)? (?:a|alla) (?:questa )?(?:mailing ?)?list[ae]?\b|\bsolo (?:agli|per gli) iscritti\b/,
      // The same refusals in mlmmj's and Mailman 3's Italian texts: not a member, a moderated member,
      // the list's access rule, its moderator.
      /\bnon proviene da un membro della lista\b|\bproviene da un membro soggetto a moderazione\b|\ba causa di una regola di accesso\b|\b(?:rifiutat|respint)[oa]\s+dal\s+moderatore\b/,
      // Sympa's refusals of a post: the list's sending rule (members only, no one may post).
      /\brestricted to (?:list )?(?:subscribers|members)\b|\bmessage distribution in (?:this|the) list is not allowed\b|\blimitata agli iscritti\b|\bdistribuzione di messaggi in questa lista non (?:è|e') permessa\b/,
      // A list's rules about the post itself: a header rule, the list's address missing from To/Cc.
      /\bmatched a header rule\b|\bcorrisposta in una regola per intestazioni\b|\blist address was not found in either the to: or cc: header\b|\bindirizzo della lista non è stato trovato nella\s+intestazione a: o\s+cc:/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: [],
    steps: ['postFromSubscribedAddress', 'askListOwner'],
    namesReason: true,
  },
  {
    // The person's own sending server takes only the address of the mailbox signed in with (or one
    // allowed for it): Postfix's "not owned by user", Microsoft's SendAsDenied, Aruba's "Mittente non
    // consentito / Sender not allowed ( header-from )" (guide.hosting.aruba.it: a sender other than
    // the mailbox in use, not authorised first in its webmail).
    id: 'fromNotYourMailbox',
    reason: 'rejected',
    patterns: [
      /\bnot owned by (?:auth(?:enticated)? )?user\b|\bsendasdenied|\b(?:permissions?|not (?:allowed|authori[sz]ed|permitted)) to send as\b|\bpermissions? to send [^.]{0,40}\bon behalf of\b|\band sender (?:doesn'?t|does not) match\b/,
      /\b(?:mail from|sender|from) (?:address )?(?:(?:must be|is not|isn't) (?:the )?same as|(?:doesn'?t|does not) match) (?:the )?(?:smtp )?(?:authori[sz]ation|authenticated?|auth|login|logged[- ]in) (?:user(?:name)?|account|name)\b/,
      /\bmittente non consentito\b|\bsender not allowed\s{0,3}\(\s{0,3}(?:header|mail)-from\b/,
      // NetEase (163.com) at MAIL FROM: the sender must be the signed-in 163 account.
      /\b553 local user only\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: [],
    steps: ['sendFromSignedInAddress', 'allowOtherSenderAddress'],
    namesReason: true,
  },
  {
    // The sender's domain on a list of domains seen in spam ("MailFrom domain is listed in Spamhaus",
    // "sender domain listed at dbl…", Postfix's reject_rhsbl_sender "Sender address [a@x] blocked
    // using …"): the address is refused for its domain's reputation, not for the sending server's IP
    // (Sisimai reads `rejected`), and no blocklist check of that IP would find it.
    id: 'senderDomainListed',
    reason: 'rejected',
    patterns: [
      /\b(?:mail ?from|sender|envelope) domain (?:is )?(?:listed|blacklisted|blocklisted)\b|\bsender address \[[^\]\n]{0,300}\] blocked using\b/,
      // Exim's words for a domain found on a list at RCPT, as Debian's exim4 sets them up for the
      // sender's domain ("$sender_address_domain is listed at $dnslist_domain"); an address is an IP's.
      /(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24} is listed at (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: [],
    remedies: [],
    steps: ['lookUpListedDomain', 'cleanUpListedDomain'],
    namesReason: true,
  },
  {
    // The person's own mailbox is full: IMAP's [OVERQUOTA] (RFC 5530) answers a mail program saving
    // into its own account (the copy in Sent), never a recipient's server.
    id: 'ownMailboxFull',
    reason: 'mailboxfull',
    patterns: [
      /\[overquota\]/,
      // A webmail that could not save the sent copy into the person's own mailbox (Roundcube's "An
      // error occurred while saving sent message. … No free disk space.").
      /\berror occurred while saving sent message\b|\berrore nel salvare il messaggio inviato\b|\bunable to perform operation\. no free disk space\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['mailbox.quota'],
    remedies: ['mailbox-full'],
    steps: ['ownMailboxMakeRoom', 'ownMailboxMoreSpace'],
    namesReason: true,
  },
  {
    // A full mailbox its server calls abandoned (Gmail's "552-5.2.2 The recipient's inbox is out of
    // storage space and inactive … ?p=OverQuotaPerm"): nobody will make room, so another address is the cure.
    id: 'abandonedMailbox',
    reason: 'mailboxfull',
    patterns: [
      /\b(?:storage space|full|over quota|quota exceeded)\b[^.;\n]{0,20}\band (?:has been |is )?(?:inactive|abandoned|no longer used)\b|\boverquotaperm\b/,
      /\b(?:piena|esaurit[oa]|oltre (?:la )?quota)\b[^.;\n]{0,20}\be (?:è )?(?:inattiva|non (?:più )?utilizzata|abbandonata)\b/,
    ],
    whoActs: ['recipient'],
    relatedChecks: [],
    remedies: ['recipient-address'],
    steps: ['contactRecipient', 'askRecipientAddressReceives'],
    namesReason: true,
  },
  {
    // A mail program that could not reach its own server: a connection refused, timed out or lost,
    // a server name not found ("connection to Outgoing server (SMTP) … failed", "la connessione al
    // server in uscita (SMTP) … non è riuscita", "Unable to resolve host", Outlook's 0x800CCC0E).
    id: 'ownServerUnreachable',
    reason: 'networkerror',
    patterns: [
      /\b(?:connection to|connecting to) (?:the )?(?:outgoing|incoming) (?:\((?:smtp|imap|pop3?)\) )?(?:e-?mail |mail )?server\b(?:[^.;\n]|\.(?=\w)){0,120}\b(?:failed|lost|timed out|not responding|interrupted)\b|\b(?:outgoing|incoming) server (?:\((?:smtp|imap|pop3?)\) )?[a-z0-9.-]{1,253} is unknown\b|\bconnect to your (?:outgoing|incoming)\b/,
      /\bconnessione al server (?:di posta )?in (?:uscita|arrivo)\b(?:[^.;\n]|\.(?=\w)){0,120}\b(?:non (?:è )?riuscita|(?:è )?scaduta|persa|interrotta)(?=[^\w]|$)|\bserver (?:di posta )?in (?:uscita|arrivo) (?:\((?:smtp|imap|pop3?)\) )?[a-z0-9.-]{1,253} (?:è )?sconosciuto\b/,
      /\b(?:unable to|could not|couldn'?t|cannot|can'?t) (?:resolve|find) (?:the )?host\b|\bimpossibile (?:trovare|risolvere) l'host\b|(?<!(?:recipient|sender) )\baddress lookup failed\b|\bcouldn'?t connect to host\b/,
      phrasePattern(OWN_SERVER_UNREACHABLE),
      /\bsocket error on [^\s:]{1,253} \([0-9a-f.:]{2,45}\):? ?(?:timeout|connection refused)\b/,
      // A connection to a host and port that timed out or could not be opened (SwiftMailer, sSMTP).
      /\bconnection to (?:tcp|ssl|tls):\/\/[^\s]{1,260} timed out\b|\bcannot open [a-z0-9.-]{1,253}:[0-9]{1,5}\b/,
      // Python's errno in a program's own error: "[Errno -2] Name or service not known", "[Errno 111] …".
      /\[errno -?[0-9]{1,3}\] (?:name or service not known|connection refused|connection timed out|temporary failure in name resolution|no route to host|network is unreachable)\b/,
      // Go's "dial tcp: lookup smtp.x on 127.0.0.1:53: no such host"; a Perl die after the resolver's words.
      /\bdial tcp\b[^\n]{0,160}\b(?:no such host|connection refused|i\/o timeout)\b|\bname or service not known at \S{1,200} line \d{1,6}\b/,
      /\bserver (?:smtp|imap|pop3?|di posta)\b[^.;\n]{0,20}\bnon (?:è )?raggiungibile\b|\berrore durante la connessione al server\b|\berror (?:when|while) connecting to (?:the )?(?:smtp|imap|pop3?|mail) server\b|\bconnessione al server non riuscita\b|\bconnection to (?:the )?(?:storage |smtp |imap )?server failed\b|\brequest timed out\b|\brichiesta scaduta\b|\bno response (?:received )?from (?:the )?(?:e-?mail |mail )?server\b|\bnessuna risposta dal server\b|\b(?:il server (?:smtp|imap|pop3?) )?ha rifiutato la connessione\b|\bimpossibile connettersi (?:a|al|all|allo)\b|\bconnessione non riuscita\b|\btempo scaduto dal server\b|\bphp_network_getaddresses\b|\b0x800ccc0[ef]\b|\bunexpectedly terminated the connection\b/,
    ],
    whoActs: ['you'],
    relatedChecks: OWN_SERVER_CHECKS,
    remedies: ['check-network', 'check-server-name', 'provider-status'],
    steps: ['checkServerNamePort', 'tryNetworkPhoneHotspot'],
    namesReason: true,
  },
  {
    // A mail program that could not set up encryption with its own server: STARTTLS not offered, a
    // handshake or certificate error, an untrusted server.
    id: 'ownServerTls',
    reason: 'failedstarttls',
    patterns: [
      /\bstarttls\b[^.;\n]{0,40}\bnot (?:supported|advertised|offered|available)\b|\bcapabilit(?:y|ies)\b[^.;]{0,40}\bstarttls\b|\b(?:unable to|could not|couldn'?t|failed to|impossibile) (?:establish|stabilire) (?:a |un )?(?:secure connection|collegamento sicuro|connessione sicura)\b/,
      /\b(?:negotiate|negoziare)\b[^.;\n]{0,30}\b(?:tls|ssl)\b|\btls error (?:occurred|occurs)\b|\bhandshake error\b/,
      // A certificate of another name or not trusted, as clients say it (curl, mutt, Node, mbsync,
      // Python): "SSL certificate problem", "hostname does not match certificate", "… altnames".
      /\bssl certificate (?:problem|check)\b|\bverifica del certificato ssl\b|\bself[- ]signed certificate\b|\bcertificate\b(?:[^.;\n]|\.(?=\w)){0,60}\b(?:does not|doesn'?t|did not) match\b|\b(?:does not|doesn'?t) match (?:the )?certificate\b|\bcertificate'?s altnames\b|\bnome host del server non corrisponde al certificato\b|\bhostname '[^'\n]{1,253}' (?:does not|doesn'?t) match\b/,
      // Go's x509 errors and its refusal to sign in unencrypted; Perl's IO::Socket::SSL and Email::Sender.
      /\bx509: certificate\b|\bunencrypted connection\b|\bhostname verification failed\b|\bcan'?t starttls\b/,
      // Java's, UW c-client's (PHP imap_open) and libESMTP's words; aiosmtplib's advice to turn encryption on.
      /\b(?:cannot|can'?t|unable to) verify (?:the )?identity of (?:the )?server\b|\bcertificate failure for\b|(?<!helo\/)\bhostname mismatch\b|\binvalid peer certificate\b|\btry connecting via (?:tls|ssl)\b|\bcertificate_verify_failed\b/,
      // No login offered at all: servers offer AUTH only once the connection is encrypted (Postfix's
      // smtpd_tls_auth_only, Gmail, Microsoft 365), so a client that never turned encryption on sees none.
      /\bsmtp auth extension (?:is )?not supported\b|\bno form of authori[sz]ation supported\b/,
      /\b(?:tls|ssl|starttls) could not be established\b|\b(?:verifica|verification)\b[^.;\n]{0,40}\bcertificat\w{0,2}\b[^.;\n]{0,10}\b(?:fallita|failed)\b|\bconnection encryption type\b|\b(?:cannot|can'?t|unable to) verify (?:the )?server identity\b|\bimpossibile verificare l'identità del server\b|\bconvert socket to tls\b|\bunable to connect with starttls\b|\bpkix path building failed\b|\bvalid certification path\b|\bstream_socket_enable_crypto\b|\bmisconfigured server certificate\b|\bname given in the server'?s (?:ssl )?certificate\b|\b(?:certificate|certificato) (?:error|errore|not trusted|non attendibile|non valido|is not valid|invalid|expired|scaduto)\b|\berrore (?:del|di|nel) certificato\b|\buntrusted (?:server|certificate)\b|\b(?:server|certificato) non attendibile\b/,
      // Android's and Java's own words for a certificate chain the device does not trust.
      /\btrust anchor for certification path not found\b|\bcertpathvalidatorexception\b/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: ['smtp.submission', 'smtp.submissions', 'imaps', 'pop3s'],
    remedies: ['use-ssl-port', 'certificate-provider', 'check-clock'],
    steps: ['checkServerNamePort', 'checkServerSettingsMail'],
    namesReason: true,
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
    // The word, not a mailbox or a sender named after it ("dmarc@…", "noreply-dmarc-support@…").
    patterns: [/\bdmarc\b(?![\w.+-]*@)/],
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
      // A user or "you" not allowed to send as someone is a permission of the account, not SPF.
      /(?<!\b(?:user|you are|you're)\b[^\n]{0,60})\bnot (?:permitted|authori[sz]ed) to send\b|\bnot designated (?:as )?permitted\b/,
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

/** The finer readings that say the words are a mail program's own, about its own server: nothing came back. */
export const OWN_PROGRAM_DETAILS: readonly ReasonDetailId[] = [
  // A certificate refused is why the connection "could not be established": the finer reading first.
  'ownServerTls',
  'ownServerUnreachable',
  'authMethod',
]

/** True when the words read are a mail program's own window about its own server. */
export function fromOwnProgram(serverTextIds: readonly string[]): boolean {
  return serverTextIds.some((id) => (OWN_PROGRAM_DETAILS as readonly string[]).includes(id))
}

/** True when the id is a finer reading of that reason. */
export function isReasonDetail(id: string, reason: BounceReason): boolean {
  return REASON_DETAILS.some((detail) => detail.id === id && detail.reason === reason)
}

/** True when the lower-cased text carries the words of a finer reading. */
export function detailIn(id: ReasonDetailId, lowerText: string): boolean {
  return reasonDetail(id).patterns.some((pattern) => pattern.test(lowerText))
}

/** The detail of an id. */
export function reasonDetail(id: ReasonDetailId): ReasonDetail {
  const detail = REASON_DETAILS.find((entry) => entry.id === id)
  if (!detail) throw new Error(`no reason detail ${id}`)
  return detail
}
