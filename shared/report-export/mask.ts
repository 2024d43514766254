import type { SessionRecord } from '../session'

const EMAIL = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@((?:[\p{L}\p{N}-]+\.)*[\p{L}\p{N}-]+)/gu
const IPV4 =
  /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.])/g
/** Full (eight groups) or compressed (with `::`) IPv6; plain `12:30:45` times are not touched. */
const IPV6 =
  /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,7}(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){0,6}(?:[0-9a-f]{1,4}|\*{3}\.\*{3}\.\*{3}\.\*{3})?)(?![\w:])/gi

/** What a masked IPv4 address reads as. */
export const MASKED_IPV4 = '***.***.***.***'
/** What a masked IPv6 address reads as. */
export const MASKED_IPV6 = '****:****::****'

/** Evidence keys that hold the part before the @ on its own. */
const LOCAL_PART_KEY = /^(localPart|local_part|user(name)?|login|mailbox)$/i

/** Masks the local part of every address (`***@domain`) and every IPv4 and IPv6 address in a text. */
export function maskText(text: string): string {
  return text
    .replace(EMAIL, '***@$1')
    .replace(IPV4, MASKED_IPV4)
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
