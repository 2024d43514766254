import { findCodes, withoutExpectedCode, type FoundCodes } from './explain'

const PAIR = /(?:^|[^0-9.])([245][0-9][0-9])[ \-'"]{1,3}([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/g
const MAX_TEXT = 4000
/**
 * A failure reply code quoted inside a sentence (`…refused to talk to me: 421 Service…`,
 * `problem 550-'Unknown user…'`, Python's `SMTPSenderRefused: (501, b'Syntax error…')`): only the
 * codes of RFC 5321 and its extensions, standing alone.
 */
const QUOTED_REPLY =
  /(?:^|[\s:;('"])(421|45[0-5]|50[0-4]|52[13]|53[0458]|55[0-6])(?=[ \-'"][^0-9.]|, ?b?['"])/

/**
 * The reply code and enhanced code of a server's text. A reply code written next to an enhanced
 * code (`550-'5.7.1`, `550 5.1.1`) is taken as a pair over a lone code elsewhere; when the first pair
 * only says the message expired (x.4.7), the pair it quotes as the cause is taken instead. A reply
 * code quoted inside a sentence is taken when nothing else names one.
 */
export function codesOf(text: string): FoundCodes {
  const short = withoutExpectedCode(text.slice(0, MAX_TEXT))
  const pairs = [...short.matchAll(PAIR)].slice(0, 10)
  const first = pairs[0]
  if (!first?.[1] || !first[2]) {
    const found = findCodes(short)
    if (found.replyCode !== null) return found
    const quoted = QUOTED_REPLY.exec(short)?.[1]
    return quoted ? { ...found, replyCode: Number(quoted) } : found
  }
  const chosen = /^[45]\.4\.7$/.test(first[2]) ? (pairs[pairs.length - 1] ?? first) : first
  return { replyCode: Number(chosen[1]), enhancedCode: chosen[2] ?? null }
}
