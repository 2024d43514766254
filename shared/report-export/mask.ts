import type { SessionRecord } from '../session'

/** A character allowed in the part before the @ (RFC 5322 atext, letters and digits of any script, dot). */
const LOCAL_CHAR = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]/u
/** A character of a domain label. */
const LABEL_CHAR = /[\p{L}\p{N}-]/u
const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
/** A dotted IPv4 address, also at the end of a sentence or as the start of a reverse or DNSBL name. */
const IPV4 = new RegExp(`(?<!\\d|\\d\\.)${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}(?!\\d|\\.\\d)`, 'g')
/** Full (eight groups) or compressed (with `::`) IPv6; plain `12:30:45` times are not touched. */
const IPV6 =
  /(?:(?<=IPv6:)|(?<![\w:]))(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,7}(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){0,6}(?:[0-9a-f]{1,4}|\*{3}\.\*{3}\.\*{3}\.\*{3})?)(?![\w:])/gi
/** The nibbles of an IPv6 reverse name (`1.0.0.0….ip6.arpa`), whole or partial. */
const IPV6_REVERSE = /(?<![\w.-])(?:[0-9a-f]\.){2,32}(?=ip6\.arpa\b)/gi

/** What a masked IPv4 address reads as. */
export const MASKED_IPV4 = '***.***.***.***'
/** What a masked IPv6 address reads as. */
export const MASKED_IPV6 = '****:****::****'
/** What the nibbles of a masked IPv6 reverse name read as. */
const MASKED_NIBBLES = '*.*.*.*.'

/** Evidence keys that hold the part before the @ on its own. */
const LOCAL_PART_KEY = /^(localPart|local_part|user(name)?|login|mailbox)$/i

/** Where the domain after the @ at `at` ends (dot-separated labels), or `at + 1` when there is none. */
function domainEnd(text: string, at: number): number {
  let end = at + 1
  let cursor = at + 1
  while (cursor < text.length && LABEL_CHAR.test(text[cursor] ?? '')) {
    cursor++
    end = cursor
    if (text[cursor] === '.' && LABEL_CHAR.test(text[cursor + 1] ?? '')) cursor++
  }
  return end
}

/**
 * Every address's local part as `***`, in one pass: each @ looks back over the local part and ahead
 * over the domain, and no character is looked at more than twice (a regular expression here rescans
 * long runs of letters from every position: quadratic on hostile evidence).
 */
function maskAddresses(text: string): string {
  let result = ''
  let copied = 0
  let at = text.indexOf('@')
  while (at !== -1) {
    let start = at
    while (start > copied && LOCAL_CHAR.test(text[start - 1] ?? '')) start--
    const end = domainEnd(text, at)
    if (start < at && end > at + 1) {
      result += `${text.slice(copied, start)}***${text.slice(at, end)}`
      copied = end
    }
    at = text.indexOf('@', Math.max(at + 1, end))
  }
  return result + text.slice(copied)
}

/** Masks the local part of every address (`***@domain`) and every IPv4 and IPv6 address in a text. */
export function maskText(text: string): string {
  return maskAddresses(text)
    .replace(IPV4, MASKED_IPV4)
    .replace(IPV6_REVERSE, MASKED_NIBBLES)
    .replace(IPV6, (match) => (/[0-9a-f]/i.test(match) ? MASKED_IPV6 : match)) // a bare `::` stays
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value)
  if (Array.isArray(value)) return value.map(maskValue)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        maskText(key),
        LOCAL_PART_KEY.test(key) && typeof child === 'string' && child !== '' ? '***' : maskValue(child),
      ]),
    )
  }
  return value
}

/**
 * A copy of a session fit to share outside support: the local part of every address becomes `***`
 * and every IP address is masked, in the target, findings (messages, subjects, evidence,
 * transcripts), the path of answers and the notes. Dates, ids and numbers are left as they are.
 */
export function maskForSharing(session: SessionRecord): SessionRecord {
  return {
    ...session,
    report: maskValue(session.report) as SessionRecord['report'],
    path: maskValue(session.path) as SessionRecord['path'],
    notes: maskText(session.notes),
  }
}
