/**
 * Plain words that name a reason where Sisimai's phrase lists (reason-phrases.ts) leave it vague: a
 * reply with no code, X.0.0, or a generic X.7.x ("550 5.7.1 This email has been rate limited"). Each
 * family is the ordinary way servers word the reason, not one server's sentence; they are tried only
 * after the phrase lists, in this order (the most specific first).
 */
import type { BounceReason } from './reasons'

const FAMILIES: readonly [BounceReason, RegExp][] = [
  ['virusdetected', /\bvirus\b.{0,40}\b(?:detected|found)\b|\binfected\b/],
  [
    'authfailure',
    /\b(?:spf|dkim|dmarc|sender id)\b.{0,80}(?:fail|not pass|n't pass|unauthenticated|not authenticated)|\bauthenticated with (?:spf|dkim)|\b(?:due to|because of) (?:the )?(?:spf|dkim|dmarc)\b/,
  ],
  [
    'requireptr',
    /\b(?:reverse dns|rdns|ptr record)\b.{0,40}\b(?:fail|missing|not found|required|invalid)|\b(?:no|missing|invalid) (?:reverse dns|rdns|ptr)\b/,
  ],
  [
    'mailboxfull',
    /\bmailbox\b.{0,30}\b(?:full|(?:size|storage) (?:limit )?exceeded|over quota|quota exceeded)|\b(?:quota exceeded|over quota|disk quota)\b/,
  ],
  ['systemfull', /\b(?:out of disk space|no space left on device|disk (?:is )?full)\b/],
  ['hasmoved', /\buser not local\b|\bhas moved\b/],
  // A mailbox switched off, left unused or expired, in the languages of the mail people receive.
  [
    'suspend',
    /\b(?:account|mailbox|user)\b.{0,30}\b(?:disabled|deactivated|inactive|suspended|expired)\b|\binactive (?:account|mailbox|user)\b|\b(?:casella|utenza)\b.{0,30}\b(?:disattivat|sospes|scadut|inattiv|disabilitat)[ao]\b|\b(?:casilla|cuenta|buz[oó]n)\b.{0,30}\b(?:expirad|desactivad|suspendid|inactiv|deshabilitad)[oa]\b|\b(?:compte|bo[iî]te)\b.{0,30}\b(?:d[ée]sactiv[ée]e?|suspendue?|expir[ée]e?|inacti(?:f|ve))(?![a-z])|\b(?:postfach|konto)\b.{0,30}\b(?:deaktiviert|gesperrt|abgelaufen|inaktiv)\b|\b(?:caixa|conta)\b.{0,30}\b(?:desativad|suspens|expirad|inativ)[ao]\b/,
  ],
  [
    'userunknown',
    /\bunknown or illegal (?:user|alias)\b|\b(?:illegal|unknown) (?:user|alias|recipient)\b|\bnosuchuser\b/,
  ],
  // A domain named between the words ("DNS domain example.moc does not exist", Exchange's 5.4.310).
  [
    'hostunknown',
    /\bdomain [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8} does not exist\b|\bdomainnonexistent\b/,
  ],
  [
    'mesgtoobig',
    /\b(?:message|attachment|email|mail) (?:size|is too (?:large|big))\b.{0,30}\b(?:exceed|limit)|\bmessage too (?:large|big)\b/,
  ],
  [
    'rejected',
    /\b(?:sender|from) (?:address|domain)\b.{0,30}\b(?:invalid|not verified|unverified|not allowed)|\binvalid '?from'? address/,
  ],
  ['norelaying', /\brelay(?:ing)? (?:not allowed|disabled|not permitted|prohibited)/],
  [
    'toomanyconn',
    /\bconnection (?:rate )?limit|\btoo many (?:connections|sessions)\b|\bconcurrent (?:sessions|connections)\b/,
  ],
  ['speeding', /\brate[- ]limit|\btoo (?:quickly|fast)\b|\bthrottl/],
  [
    'blocked',
    /\b(?:block ?list|black ?list|blocked by|open (?:proxy|relay)|block has been placed)|\bip\b.{0,40}\bblocked\b|\bblocked\b.{0,40}\bip\b/,
  ],
  ['spamdetected', /\bunsolicited\b|\bspam\b/],
  ['policyviolation', /\bpolicy (?:that )?prohibits\b|\bprohibited by (?:the |our )?policy\b/],
  ['networkerror', /\b(?:mail|email|routing) loop\b|\bexceeded [0-9]{1,3} hops\b/],
  ['systemerror', /\b(?:temporary )?system (?:problem|failure)\b/],
]

/** Words of a sign-in: an account "disabled" there is the sender's own, not a recipient's mailbox. */
const SIGN_IN_WORDS = /\bauth|\blog ?in\b|\bpassword\b|\bsign[- ]?in\b|\bcredential/

/** The reason a family of plain words names in lower-case server text, or null. */
export function plainWordsReason(lowerText: string): BounceReason | null {
  const text = lowerText.slice(0, 4000)
  const signIn = SIGN_IN_WORDS.test(text)
  return (
    FAMILIES.find(([reason, words]) => !(reason === 'suspend' && signIn) && words.test(text))?.[0] ?? null
  )
}
