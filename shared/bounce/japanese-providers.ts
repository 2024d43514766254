import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, findEmails, joinWrapped } from './text-scan'

/** BIGLOBE's own notice texts and the reason each names. */
const BIGLOBE_REASONS: readonly [string, BounceReason][] = [
  ["the number of messages in recipient's mailbox exceeded the local limit", 'mailboxfull'],
  ['mail delivery failed... user unknown', 'filtered'],
]

/**
 * BIGLOBE (and the Japanese cable providers on its platform): "----- The following addresses had
 * delivery problems -----", the addresses, then "----- Non-delivered information -----" and its text.
 */
export const biglobeParser: LayoutParser = {
  format: 'biglobe',
  detects: (lower) =>
    lower.includes('----- the following addresses had delivery problems -----') &&
    lower.includes('----- non-delivered information -----'),
  parse(lines) {
    const fields: LayoutFields = {}
    const listed = lines.findIndex((line) => /-{5} The following addresses had delivery problems/i.test(line))
    const info = lines.findIndex((line) => /-{5} Non-delivered information -{5}/i.test(line))
    const address = lines.slice(listed + 1, info === -1 ? listed + 10 : info).find((line) => /@/.test(line))
    if (address) fields.recipient = cleanToken(address)
    if (info === -1) return fields
    const block: string[] = []
    for (const line of lines.slice(info + 1, info + 12)) {
      if (line.trim() === '' && block.length > 0) break
      if (line.trim() !== '') block.push(line)
    }
    fields.diagnostic = joinWrapped(block)
    const lower = fields.diagnostic.toLowerCase()
    const known = BIGLOBE_REASONS.find(([text]) => lower.includes(text))
    if (known) fields.reason = known[1]
    return fields
  },
}

/** au (KDDI, ezweb.ne.jp) notice texts and the reason each names. */
const EZWEB_REASONS: readonly [string, BounceReason][] = [
  ['the user(s) account is disabled', 'suspend'],
  ['the user(s) account is temporarily limited', 'suspend'],
  ['the user(s) account is temporarily over quota', 'mailboxfull'],
  ['your message was not delivered within ', 'expired'],
]

/**
 * au by KDDI (ezweb.ne.jp): its own notice ("The user(s) account is disabled.", "Each of the
 * following recipients was rejected by a remote mail server.") and `<rcpt>: 550 …` lines. Its
 * spam filter marks what it refused with the header `X-SPASIGN: NG`.
 */
export const ezwebParser: LayoutParser = {
  format: 'ezweb',
  detects: (lower, headers) =>
    headers.get('x-spasign') !== undefined ||
    (/\bezweb\.ne\.jp\b/.test(lower) &&
      (lower.includes('the user(s) account is') ||
        lower.includes('each of the following recipients was rejected by a remote mail server') ||
        lower.includes('your message was not delivered within '))),
  parse(lines, headers) {
    const fields: LayoutFields = {}
    for (const line of lines.slice(0, 200)) {
      const reply = /^<([^<>\s]{1,320}@[^<>\s]{1,253})>:\s*([45][0-9][0-9]\b.{0,1000})$/.exec(line.trim())
      if (reply?.[1] && !fields.diagnostic) {
        fields.recipient = cleanToken(reply[1])
        fields.diagnostic = (reply[2] ?? '').trim()
      }
      const lower = line.toLowerCase()
      const known = EZWEB_REASONS.find(([text]) => lower.includes(text))
      if (known) fields.reason ??= known[1]
      if (/^Your message was not delivered within /i.test(line.trim())) fields.diagnostic ??= line.trim()
    }
    if (!fields.recipient) {
      const first = findEmails(lines.slice(0, 40).join('\n'), 1)[0]
      if (first) fields.recipient = cleanToken(first)
    }
    if ((headers.get('x-spasign') ?? '').trim().toUpperCase() === 'NG') fields.reason = 'filtered'
    return fields
  },
}
