/** Longest line the layout parsers look at: server replies are short, and it keeps every regex cheap. */
export const MAX_LINE = 2000

/** The text's lines, each cut to MAX_LINE characters so that per-line patterns stay linear overall. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => (line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line))
}

/** The lines after the first one that contains `marker` (case-insensitive), or [] when none does. */
export function linesAfter(lines: string[], marker: string): string[] {
  const lower = marker.toLowerCase()
  const index = lines.findIndex((line) => line.toLowerCase().includes(lower))
  return index === -1 ? [] : lines.slice(index + 1)
}

const LOCAL_CHAR = /[A-Za-z0-9._%+=!#$&'*^`{|}~-]/
/** A path or a URL's query right before an address: the address is part of a link or a file name, not a mailbox named on its own. */
const INSIDE_LINK = /[/?]/
const DOMAIN_CHAR = /[A-Za-z0-9.-]/

/**
 * Where a quoted local part (RFC 5321's `"first last"@example.org`) right before the `@` at `at`
 * starts, on the same line and within 64 characters; `at` itself when there is none.
 */
function quotedLocalStart(text: string, at: number): number {
  if (text.charAt(at - 1) !== '"') return at
  const open = text.lastIndexOf('"', at - 2)
  if (open === -1 || at - open > 66 || /[\n\r<>@]/.test(text.slice(open + 1, at - 1))) return at
  return open
}

/**
 * Email addresses in a text, in order, scanning around each `@` by hand: a regex for addresses
 * over a 5 MB paste retries at every position, this stays linear.
 */
export function findEmails(text: string, limit = 20): string[] {
  const found: string[] = []
  let at = text.indexOf('@')
  while (at !== -1 && found.length < limit) {
    let start = quotedLocalStart(text, at)
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text.charAt(start - 1))) start--
    let end = at + 1
    // A domain never holds two dots in a row: Sendmail's "anna@example.it...User unknown" ends at them.
    while (
      end < text.length &&
      end - at < 254 &&
      DOMAIN_CHAR.test(text.charAt(end)) &&
      !(text.charAt(end) === '.' && text.charAt(end - 1) === '.')
    )
      end++
    const local = text.slice(start, at)
    const inLink = INSIDE_LINK.test(text.charAt(start - 1))
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, '')
    if (local !== '' && !inLink && /^[^.].*\.[A-Za-z]{2,63}$/.test(domain) && !local.startsWith('.'))
      found.push(`${local}@${domain}`)
    at = text.indexOf('@', at + 1)
  }
  return found
}

/** The first email address of a text, or undefined. */
export function firstEmail(text: string): string | undefined {
  return findEmails(text, 1)[0]
}

const IPV4 =
  /(?:^|[^0-9.])((?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})(?![0-9]|\.[0-9])/g
const IPV6_BRACKETED = /\[(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\]/g

/** IPv4 and bracketed IPv6 addresses of a (short) text, in order. */
export function findIps(text: string): string[] {
  const short = text.slice(0, MAX_LINE * 4)
  const found: { ip: string; at: number }[] = []
  for (const match of short.matchAll(IPV4)) if (match[1]) found.push({ ip: match[1], at: match.index })
  for (const match of short.matchAll(IPV6_BRACKETED))
    if (match[1]) found.push({ ip: match[1], at: match.index })
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.ip)
}

const HOST_NAME = String.raw`[A-Za-z0-9][A-Za-z0-9.-]*`
const IP_TOKEN = String.raw`[0-9A-Fa-f.:]{3,45}`

/**
 * Where a notice names the receiving server's address rather than the sender's: Postfix's "connect
 * to / conversation with / lost connection with NAME[IP]" and "host NAME[IP] said / refused", a size
 * limit "of server NAME[IP]", "remote host IP", "remote server [IP:25]", qmail's "IP said", Sendmail's
 * "relay=[IP]" and Gmail's "[NAME IP: timed out]". Postfix's "Client host [IP]" is the sender and matches none.
 */
const RECEIVING_SERVER_IP = [
  new RegExp(
    String.raw`\b(?:connect to|conversation with|lost connection with|of server) ${HOST_NAME}\[${IP_TOKEN}\]`,
    'gi',
  ),
  new RegExp(String.raw`(?<!client )\bhost ${HOST_NAME}\[${IP_TOKEN}\] (?:said|refused)`, 'gi'),
  new RegExp(String.raw`\bremote (?:host|server) \[?${IP_TOKEN}`, 'gi'),
  new RegExp(String.raw`\brelay=\[?${IP_TOKEN}`, 'gi'),
  new RegExp(String.raw`${IP_TOKEN} said\b`, 'gi'),
  new RegExp(
    String.raw`\[(?:\(\d+\) )?${HOST_NAME} \[?${IP_TOKEN}\]?(?::\d+)?: (?:timed out|socket error|[a-z ]*connection)`,
    'gi',
  ),
]

/** The addresses a (short) text gives as the receiving server's, never the sending server's. */
export function receivingServerIps(text: string): string[] {
  const short = text.slice(0, MAX_LINE * 4)
  return RECEIVING_SERVER_IP.flatMap((pattern) =>
    [...short.matchAll(pattern)].flatMap((match) => findIps(match[0])),
  )
}

/** True for an address that can be looked up on a blocklist (not private, loopback or reserved). */
export function isPublicIp(ip: string): boolean {
  if (ip.includes(':')) return !/^(?:::1?$|fe80:|fc|fd)/i.test(ip)
  const [a = 0, b = 0] = ip.split('.').map(Number)
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  if (a === 169 && b === 254) return false
  if (a === 100 && b >= 64 && b <= 127) return false
  return true
}

/**
 * True when the line carries a multi-line reply's marker for `code` ("550-"), at its start or inside
 * it: a line of that reply, also when it was pasted at another width.
 */
export function carriesReplyMarker(code: string, line: string): boolean {
  return new RegExp(`(?:^|\\s)${code}-`).test(line)
}

/** Removes the `type;` prefix of a DSN field (`rfc822; a@b.it` → `a@b.it`, `dns; mx.b.it` → `mx.b.it`). */
export function stripTypePrefix(value: string): string {
  return value.replace(/^[A-Za-z0-9/-]{1,20};[ \t]*/, '').trim()
}

/** Removes angle brackets and a trailing dot or colon around an address or host name. */
export function cleanToken(value: string): string {
  return value
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/[.:,;]+$/, '')
}

/** Joins a wrapped paragraph into one line of single spaces. */
export function joinWrapped(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/[ \t]{2,}/g, ' ')
}

/** True for the addresses bounces come from (mailer-daemon, postmaster), which are never the recipient. */
export function isDaemonAddress(address: string): boolean {
  return /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|microsoftexchange[0-9a-f]{0,40})@/i.test(
    address,
  )
}

/** The first address of a text that is not a mailer-daemon's. */
export function firstRecipientLike(text: string): string | undefined {
  return findEmails(text, 20).find((address) => !isDaemonAddress(address))
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
}

/**
 * Plain text of an HTML body: tags dropped, block ends turned into line breaks, common entities
 * decoded. A hand-written scan, linear in the input, where a tag regex could backtrack on stray `<`.
 */
export function htmlToText(html: string): string {
  const parts: string[] = []
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      parts.push(html.slice(index))
      break
    }
    parts.push(html.slice(index, open))
    const close = html.indexOf('>', open + 1)
    if (close === -1) {
      parts.push(html.slice(open))
      break
    }
    const tag = html.slice(open + 1, Math.min(close, open + 12)).toLowerCase()
    if (/^\/?(?:br|p|div|tr|li|h[1-6]|table)\b/.test(tag)) parts.push('\n')
    index = close + 1
  }
  return parts
    .join('')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
}

/**
 * Words of a subject or an opening that say a message came back, in the usual languages (lower case).
 * "Rapporti di mancata consegna" (non-delivery reports, plural) is a list manager speaking of other
 * bounces, as Sympa's notice to a member whose address bounced.
 */
export const RETURNED_SUBJECT =
  /undeliver|returned mail|undelivered|delivery (?:status|failure|notification)|delayed delivery|delivery (?:has been |is )?delayed|failure notice|mail delivery|(?:was ?n[o']t|not been|could ?n[o']t be|cannot be|can't be|(?:blocked|rejected|refused|stopped|quarantined) and (?:was )?not) delivered|non recapitat|non consegnat|(?<!rapporti di )mancata consegna|unzustellbar|nicht zugestellt|non remis|non distribu|no entregado|no se pudo entregar|n[ãa]o entregue/
