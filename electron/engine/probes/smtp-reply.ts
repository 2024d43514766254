/** One SMTP reply (RFC 5321 §4.2): its code, the enhanced status code if any, and its text lines. */
export interface SmtpReply {
  code: number
  /** RFC 3463 code such as `5.7.8`, read only when the server advertised ENHANCEDSTATUSCODES. */
  enhanced: string | null
  lines: string[]
  /** The text of every line joined by a space, without codes. */
  text: string
}

/** One parsed reply line: its code, whether more lines follow, and its text. */
export interface SmtpReplyLine {
  code: number
  more: boolean
  text: string
}

/** Parses one reply line (`250-text`, `250 text` or `250`); null when it is not a reply line. */
export function parseReplyLine(line: string): SmtpReplyLine | null {
  const match = /^([2-5][0-5]\d)(?:([ -])(.*))?$/.exec(line)
  if (!match) return null
  return { code: Number(match[1]), more: match[2] === '-', text: match[3] ?? '' }
}

/**
 * Joins the lines of a multi-line reply. Returns null when the lines disagree on the code, which
 * RFC 5321 forbids. The enhanced code is taken from the first line when `enhancedCodes` is true
 * and its class matches the reply's (a 5xx reply carries a 5.x.x code).
 */
export function assembleReply(parsed: SmtpReplyLine[], enhancedCodes: boolean): SmtpReply | null {
  const first = parsed[0]
  if (!first || parsed.some((line) => line.code !== first.code)) return null
  let enhanced: string | null = null
  const lines = parsed.map((line) => line.text)
  if (enhancedCodes) {
    const match = /^([245])\.(\d{1,3})\.(\d{1,3})(?:\s|$)/.exec(first.text)
    if (match && match[1] === String(first.code)[0]) enhanced = `${match[1]}.${match[2]}.${match[3]}`
  }
  const text = lines
    .map((line) => (enhancedCodes ? line.replace(/^[245]\.\d{1,3}\.\d{1,3}\s?/, '') : line))
    .join(' ')
    .trim()
  return { code: first.code, enhanced, lines, text }
}

/** What an EHLO reply advertises, as a client needs it. */
export interface SmtpCapabilities {
  /** Every extension keyword in upper case, with its parameters (`SIZE 35882577`, `AUTH PLAIN LOGIN`). */
  extensions: string[]
  authMechanisms: string[]
  /** Largest message the server accepts in bytes, 0 for no limit, null when SIZE is absent. */
  sizeLimit: number | null
  startTls: boolean
  pipelining: boolean
  smtpUtf8: boolean
  eightBitMime: boolean
  enhancedStatusCodes: boolean
  chunking: boolean
  dsn: boolean
}

/** Reads the extensions from an EHLO reply (every line but the first, which greets). */
export function parseEhlo(reply: SmtpReply): SmtpCapabilities {
  const extensions = reply.lines
    .slice(1)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
  const keyword = (line: string) => line.split(' ')[0]?.toUpperCase() ?? ''
  const has = (name: string) => extensions.some((line) => keyword(line) === name)
  const params = (name: string) =>
    extensions
      .filter((line) => keyword(line) === name || keyword(line) === `${name}=`)
      .flatMap((line) => line.split(/[ =]/).slice(1))
  const sizeParam = params('SIZE')[0]
  const auth = new Set(params('AUTH').map((mechanism) => mechanism.toUpperCase()))
  for (const line of extensions)
    if (line.toUpperCase().startsWith('AUTH='))
      for (const mechanism of line.slice(5).split(' ')) auth.add(mechanism.toUpperCase())
  return {
    extensions: extensions.map((line) => {
      const [first, ...rest] = line.split(' ')
      return [first?.toUpperCase(), ...rest].join(' ')
    }),
    authMechanisms: [...auth].filter(Boolean),
    sizeLimit: has('SIZE')
      ? sizeParam !== undefined && /^\d+$/.test(sizeParam)
        ? Number(sizeParam)
        : 0
      : null,
    startTls: has('STARTTLS'),
    pipelining: has('PIPELINING'),
    smtpUtf8: has('SMTPUTF8'),
    eightBitMime: has('8BITMIME'),
    enhancedStatusCodes: has('ENHANCEDSTATUSCODES'),
    chunking: has('CHUNKING'),
    dsn: has('DSN'),
  }
}
