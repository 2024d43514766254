import type { CheckId } from '../protocol'
import type { RemedyId } from './remedies'
import type { WhoActs } from './remedies'

/** What a server's words can say beyond the codes. */
export type ServerTextId =
  | 'blocklisted'
  | 'greylisting'
  | 'quota'
  | 'userUnknown'
  | 'mailboxDisabled'
  | 'spf'
  | 'dkim'
  | 'dmarc'
  | 'reverseDns'
  | 'rateLimit'
  | 'tooBig'
  | 'relayDenied'
  | 'modernAuth'
  | 'appPassword'
  | 'passwordOrAppPassword'
  | 'authentication'
  | 'spamContent'
  | 'ordinaryToPec'

/**
 * A recogniser of server text. Texts live at `knowledge:recognisers.<id>` (`title`, `meaning`,
 * `steps`); `title` may interpolate `{{list}}` (the blocklist's name, or a generic word).
 */
export interface ServerTextRule {
  id: ServerTextId
  /** Linear-time patterns (literal alternations, bounded repeats), tried on lower-cased text. */
  patterns: RegExp[]
  whoActs: WhoActs[]
  relatedChecks: CheckId[]
  remedies: RemedyId[]
}

/** One thing the text was found to say. */
export interface ServerTextMatch {
  id: ServerTextId
  /** The words that matched, as written in the text. */
  evidence: string
  /** For blocklisted: the list's name when the text gives it. */
  list?: string
}

/** The recognisers, most specific first. */
export const SERVER_TEXT_RULES: readonly ServerTextRule[] = [
  {
    // A certified (PEC) box that takes no ordinary mail, as Aruba PEC words it (guide.pec.it).
    id: 'ordinaryToPec',
    patterns: [/\bnon abilitat[ao] alla ricezione di posta non certificata\b/],
    whoActs: ['you', 'recipient'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
  },
  {
    id: 'blocklisted',
    patterns: [
      /\b(?:black|block|deny|ban)[ -]?list(?:ed)?\b/,
      /\blisted (?:in|on|at|by)\b/,
      /\bblocked using\b/,
      /\b(?:dnsbl|rbl|spamhaus|spamcop|barracuda(?:central)?|sorbs|uceprotect|abuseat|spamrats|mailspike|psbl)\b/,
      /\bs3150\b|\bbanned sending ip\b|\bpoor (?:ip )?reputation\b|\blista nera\b/,
    ],
    whoActs: ['provider'],
    relatedChecks: ['dns.dnsbl'],
    remedies: ['delist'],
  },
  {
    id: 'greylisting',
    patterns: [/\bgr[ae]y[ -]?list(?:ed|ing)?\b/, /\bnot yet authori[sz]ed to deliver\b/],
    whoActs: [],
    relatedChecks: [],
    remedies: ['retry-later'],
  },
  {
    id: 'quota',
    patterns: [
      /\bover ?quota\b|\bquota (?:exceeded|full)\b|\bexceeded (?:its |the )?quota\b/,
      /\bmailbox (?:is )?full\b|\binbox (?:is )?full\b|\bmailbox has exceeded\b/,
      /\binsufficient (?:system )?storage\b|\bexceeded storage allocation\b|\bout of storage\b/,
      /\bcasella (?:di posta )?(?:piena|satura)\b|\bspazio (?:esaurito|insufficiente)\b/,
    ],
    whoActs: ['recipient'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
  },
  {
    id: 'userUnknown',
    patterns: [
      /\buser unknown\b|\bunknown (?:user|recipient)\b|\bno such (?:user|recipient|mailbox)\b/,
      /\b(?:does not|doesn't|did not|not) exist\b|\brecipient ?not ?found\b|\baddress not found\b/,
      /\bmailbox not found\b|\binvalid (?:recipient|mailbox)\b|\bunrouteable address\b/,
      /\bcouldn't be found\b|\bnot found by smtp address lookup\b|\bno mailbox here\b/,
      /\bnon esiste\b|\butente sconosciuto\b|\bindirizzo non trovato\b|\bnon è stato trovato\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['dns.mx'],
    remedies: ['recipient-address'],
  },
  {
    id: 'mailboxDisabled',
    patterns: [
      /\b(?:account|mailbox|user|recipient) (?:is |has been )?(?:disabled|inactive|suspended|deactivated)\b/,
      /\b(?:disabled|inactive|suspended) (?:account|mailbox|user)\b|\bcasella (?:disattivata|sospesa)\b/,
    ],
    whoActs: ['recipient'],
    relatedChecks: [],
    remedies: ['contact-recipient'],
  },
  {
    id: 'dmarc',
    patterns: [/\bdmarc\b/],
    whoActs: ['you'],
    relatedChecks: ['dns.dmarc', 'dns.spf', 'dns.dkim'],
    remedies: ['fix-auth-records'],
  },
  {
    id: 'spf',
    patterns: [
      /\bspf\b|\bsender policy framework\b/,
      /\bnot (?:permitted|authori[sz]ed) to send\b|\bnot designated (?:as )?permitted\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['dns.spf'],
    remedies: ['fix-auth-records'],
  },
  {
    id: 'dkim',
    patterns: [/\bdkim\b|\bdomainkeys\b/],
    whoActs: ['you'],
    relatedChecks: ['dns.dkim'],
    remedies: ['fix-auth-records'],
  },
  {
    id: 'reverseDns',
    patterns: [
      /\breverse dns\b|\brdns\b|\bptr\b|\breverse (?:lookup|mapping)\b/,
      /\bcannot find your hostname\b|\bclient host rejected: cannot find\b/,
    ],
    whoActs: ['provider'],
    relatedChecks: ['dns.ptr'],
    remedies: ['contact-provider'],
  },
  {
    id: 'rateLimit',
    patterns: [
      /\brate[ -]?limit(?:ed|ing)?\b|\bthrottl(?:ed|ing)\b|\bslow down\b|\bmail flood\b/,
      /\btoo many (?:messages|mails|emails|connections|recipients|concurrent)\b/,
      /\bsending (?:limit|quota)\b|\b(?:hourly|daily) (?:sending )?limit\b|\blimit exceeded\b/,
      /\btroppi (?:messaggi|invii|destinatari)\b|\blimite di invio\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: ['sending-limits'],
  },
  {
    id: 'tooBig',
    patterns: [
      /\bmessage (?:is )?too (?:big|large)\b|\btoo (?:big|large) for\b|\bsize limit\b/,
      /\bexceeds (?:the )?(?:maximum |max )?(?:message )?size\b|\bmessage (?:size|length) exceeds\b/,
      /\bmaximum (?:message )?size\b|\bmessaggio troppo grande\b|\bdimensione massima\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: ['reduce-size'],
  },
  {
    id: 'relayDenied',
    patterns: [
      /\brelay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)\b/,
      /\b(?:unable|not permitted|not allowed) to relay\b|\bdo(?:es)? not relay\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['smtp.auth'],
    remedies: ['enable-smtp-auth'],
  },
  {
    id: 'modernAuth',
    patterns: [
      /\b5\.7\.139\b|\bsmtpclientauthentication is disabled\b|\bbasic authentication is (?:disabled|not supported)\b/,
      /\b5\.7\.30\b|\bplease log ?in via your web browser\b|\[webalert\b/,
      /\b5\.7\.57\b|\bclient not authenticated to send mail\b/,
    ],
    whoActs: ['you', 'provider'],
    relatedChecks: ['smtp.auth', 'mailbox.auth', 'client.discovery'],
    remedies: ['use-modern-sign-in', 'app-password', 'tenant-smtp-auth'],
  },
  {
    id: 'appPassword',
    patterns: [/\b5\.7\.9\b|\bapplication-specific password required\b/],
    whoActs: ['you'],
    relatedChecks: ['smtp.auth', 'mailbox.auth'],
    remedies: ['app-password', 'use-modern-sign-in'],
  },
  {
    id: 'passwordOrAppPassword',
    patterns: [/\busername and password not accepted\b|\[authenticationfailed\] invalid credentials\b/],
    whoActs: ['you'],
    relatedChecks: ['smtp.auth', 'mailbox.auth'],
    remedies: ['reset-password', 'app-password', 'use-modern-sign-in'],
  },
  {
    id: 'authentication',
    patterns: [
      /\bauthentication (?:is )?(?:required|failed|unsuccessful|credentials invalid)\b/,
      /\bmust (?:first )?authenticate\b|\bauthenticate first\b|\binvalid (?:login|credentials)\b/,
      /\bautenticazione (?:richiesta|fallita|non riuscita)\b/,
    ],
    whoActs: ['you'],
    relatedChecks: ['smtp.auth', 'mailbox.auth'],
    remedies: ['reset-password'],
  },
  {
    id: 'spamContent',
    patterns: [
      /\bspam\b|\bjunk mail\b|\bcontent (?:rejected|filter)\b|\bmessage content rejected\b/,
      /\bvirus\b|\bmalware\b|\bphishing\b|\bsuspicious\b|\bunsolicited\b/,
    ],
    whoActs: ['you'],
    relatedChecks: [],
    remedies: ['contact-recipient-admin'],
  },
]

const KNOWN_LISTS: [RegExp, string][] = [
  [/\bspamhaus\b/, 'Spamhaus'],
  [/\bspamcop\b/, 'SpamCop'],
  [/\bbarracuda/, 'Barracuda'],
  [/\bsorbs\b/, 'SORBS'],
  [/\buceprotect\b/, 'UCEPROTECT'],
  [/\babuseat\b|\bcbl\b/, 'CBL'],
  [/\bspamrats\b/, 'SpamRATS'],
  [/\bmailspike\b/, 'Mailspike'],
  [/\bpsbl\b/, 'PSBL'],
  [/\bs3150\b|\boutlook\.com\b|\bhotmail\b/, 'Microsoft'],
]

/** How much of a text the recognisers read: a server's reply is short; the rest is noise. */
export const SERVER_TEXT_LIMIT = 8000

/** Finds what a server's text says: blocklists (with the list's name), greylisting, quota, and so on. */
export function recogniseServerText(text: string): ServerTextMatch[] {
  const original = text.slice(0, SERVER_TEXT_LIMIT)
  const lower = original.toLowerCase()
  const matches: ServerTextMatch[] = []
  for (const rule of SERVER_TEXT_RULES) {
    for (const pattern of rule.patterns) {
      const found = pattern.exec(lower)
      if (!found) continue
      const evidence = original.slice(found.index, found.index + found[0].length)
      const match: ServerTextMatch = { id: rule.id, evidence }
      if (rule.id === 'blocklisted') {
        const list = KNOWN_LISTS.find(([listPattern]) => listPattern.test(lower))
        if (list) match.list = list[1]
      }
      matches.push(match)
      break
    }
  }
  return matches
}

/** The rule behind a recognised id. */
export function serverTextRule(id: ServerTextId): ServerTextRule {
  const rule = SERVER_TEXT_RULES.find((entry) => entry.id === id)
  if (!rule) throw new Error(`no server text rule ${id}`)
  return rule
}
