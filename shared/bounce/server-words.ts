/**
 * What a server's words say, in the one vocabulary: the reason Sisimai's rules give the line (its
 * codes and its text, classify-reason.ts) when the words themselves carry it, and the finer
 * readings of reason-details.ts. The code explainer, the bounce reader (through the explainer), the
 * login and send tests' replies and the tree's conditions all read what a server said through here.
 */
import { classifyReason } from './classify-reason'
import { REASON_DETAILS, type ReasonDetailId } from './reason-details'
import { findPhrase, includesPhrase, lowerWords } from './reason-phrases'
import { plainWordsSpan } from './plain-words'
import type { BounceReason } from './reasons'

/** One thing the words say: a reason, or a finer reading of one. */
export interface WordsMatch {
  id: BounceReason | ReasonDetailId
  /** The reason the match is, or belongs to. */
  reason: BounceReason
  /** True for a finer reading (reason-details.ts). */
  detail: boolean
  /** The words that matched, as written in the text. */
  evidence: string
  /** For a refused sending server: the blocklist's name when the text gives it. */
  list?: string
}

/** The codes read beside the words, and the reason already decided when the caller knows it. */
export interface WordsContext {
  replyCode: number | null
  enhancedCode: string | null
  /** The bounce's reason as the bounce reader decided it (from its layout and report). */
  reason?: BounceReason | null
}

/** How much of a text is read: a server's reply is short; the rest is noise. */
export const SERVER_WORDS_LIMIT = 8000

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

const SIGN_IN_DETAILS: readonly ReasonDetailId[] = ['modernAuth', 'appPassword']

function detailsIn(original: string, lower: string): WordsMatch[] {
  const found: WordsMatch[] = []
  for (const detail of REASON_DETAILS) {
    const hit = detail.patterns.map((pattern) => pattern.exec(lower)).find((match) => match !== null)
    if (!hit) continue
    const evidence = original.slice(hit.index, hit.index + hit[0].length)
    found.push({ id: detail.id, reason: detail.reason, detail: true, evidence })
  }
  // "Authentication unsuccessful" is part of Microsoft's modern sign-in replies: the generic
  // login failure (wrong password, blocked account) would only contradict it.
  const signIn = found.some((match) => SIGN_IN_DETAILS.includes(match.id as ReasonDetailId))
  return signIn ? found.filter((match) => match.id !== 'authentication') : found
}

/**
 * The reason of a line read alone. A pasted line names no SMTP command: words of an unknown
 * address then mean `userunknown` (Sisimai keeps `filtered` for refusals after DATA, which a line
 * cannot show).
 */
function lineReason(lower: string, context: WordsContext): BounceReason {
  const reason = classifyReason({
    enhancedCode: context.enhancedCode,
    replyCode: context.replyCode,
    diagnostic: lower,
    diagnosticType: null,
    action: null,
    command: null,
  })
  const addressWords = includesPhrase('userunknown', lower) && !includesPhrase('filtered', lower)
  return reason === 'filtered' && addressWords ? 'userunknown' : reason
}

/** Finds what a server's words say: the reason they carry (with a blocklist's name) and finer readings. */
export function readServerWords(text: string, context: WordsContext): WordsMatch[] {
  const original = text.slice(0, SERVER_WORDS_LIMIT)
  const lower = lowerWords(original)
  const found = detailsIn(original, lower)
  const reason = context.reason ?? lineReason(lower, context)
  // Where the reason has a finer reading of its own, the readings of other reasons only contradict
  // it ("authentication required" inside Exchange's "sender was not authenticated" for a group).
  const own = found.filter((match) => match.reason === reason)
  const details = own.length > 0 ? own : found
  const span = findPhrase(reason, lower) ?? plainWordsSpan(reason, lower)
  if (span === null || own.length > 0) return details
  const words: WordsMatch = { id: reason, reason, detail: false, evidence: original.slice(span[0], span[1]) }
  if (reason === 'blocked' || reason === 'badreputation') {
    const list = KNOWN_LISTS.find(([pattern]) => pattern.test(lower))
    if (list) words.list = list[1]
  }
  return [words, ...details]
}
