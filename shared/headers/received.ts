import { parseMailDate } from './mail-date'

/** One Received header, read: who handed the message over, who took it, how, and when. */
export interface ReceivedLine {
  /** The sending host as the receiving server names it (its HELO when the name is `unknown`). */
  from: string | null
  /** The sending host's IP address, from the comment the receiving server wrote. */
  fromIp: string | null
  /** The name the sending host gave in HELO/EHLO, when the receiving server recorded it. */
  helo: string | null
  /** The server that took the message and wrote the header. */
  by: string | null
  /** The protocol (`ESMTPS`, `SMTP`, `LMTP`, `HTTPS`, `mapi`, `Microsoft SMTP Server`...). */
  with: string | null
  /** The receiving server's queue id. */
  id: string | null
  /** When the receiving server took it, ms since the epoch; null without a readable date. */
  at: number | null
}

/** The most of one Received header the reader looks at. */
export const MAX_RECEIVED_CHARS = 4096
const MAX_TOKENS = 200
const MAX_COMMENT_DEPTH = 8
const CLAUSES = new Set(['from', 'by', 'via', 'with', 'id', 'for'])
const PROTOCOL_WORD =
  /^(?:u?t?f?8?e?smtp[a-z]*|lmtp[a-z]*|local|https?|mapi|imap|pop3?|qmqp|uucp|asmtp|bizsmtp)$/i
const IP_IN_BRACKETS = /\[(?:IPv6:)?([0-9A-Fa-f:.]{3,45})(?:%\w+)?\]/
const BARE_IPV4 = /(?:^|[\s(@])((?:\d{1,3}\.){3}\d{1,3})(?=$|[\s):\]])/
const BARE_IPV6 = /^([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$/
const HELO_IN_COMMENT = /\b(?:helo|ehlo)[= ]+"?([^\s)"]+)/i

interface Token {
  text: string
  comments: string[]
}

/** Splits the part before the date into words, each with the comments that follow it. */
function tokenize(text: string): { tokens: Token[]; leading: string[] } {
  const tokens: Token[] = []
  const leading: string[] = []
  let word = ''
  let comment = ''
  let depth = 0
  const endWord = () => {
    if (word !== '' && tokens.length < MAX_TOKENS) tokens.push({ text: word, comments: [] })
    word = ''
  }
  for (const char of text) {
    if (depth > 0) {
      if (char === '(' && depth < MAX_COMMENT_DEPTH) depth++
      else if (char === ')') depth--
      if (depth === 0) {
        const owner = tokens.at(-1)
        if (owner) owner.comments.push(comment.trim())
        else leading.push(comment.trim())
        comment = ''
      } else comment += char
    } else if (char === '(') {
      endWord()
      depth = 1
    } else if (/\s/.test(char)) endWord()
    else word += char
  }
  endWord()
  if (depth > 0 && comment.trim() !== '') (tokens.at(-1)?.comments ?? leading).push(comment.trim())
  return { tokens, leading }
}

function clauseValue(tokens: Token[], start: number, key: string): string {
  const first = tokens[start]?.text ?? ''
  if (key !== 'with' || PROTOCOL_WORD.test(first)) return first
  const words: string[] = []
  for (let index = start; index < tokens.length && words.length < 6; index++) {
    const text = tokens[index]?.text ?? ''
    if (CLAUSES.has(text.toLowerCase())) break
    words.push(text)
  }
  return words.join(' ')
}

function cleanHost(value: string | undefined): string | null {
  if (value === undefined) return null
  const host = value.replace(/^<|>$/g, '').replace(/\.$/, '')
  return host === '' ? null : host.slice(0, 255)
}

function findIp(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = IP_IN_BRACKETS.exec(text) ?? BARE_IPV4.exec(text) ?? BARE_IPV6.exec(text.trim())
    if (match?.[1] && /[.:]/.test(match[1])) return match[1]
  }
  return null
}

/** Splits off the date: after the last `;`, or at the end when a server left the `;` out. */
function splitDate(value: string): { body: string; at: number | null } {
  const semicolon = value.lastIndexOf(';')
  if (semicolon !== -1) {
    const at = parseMailDate(value.slice(semicolon + 1))
    if (at !== null) return { body: value.slice(0, semicolon), at }
  }
  return { body: value, at: parseMailDate(value) }
}

/**
 * Reads one Received header's value (RFC 5321 section 4.4, and the forms Postfix, Exim, qmail,
 * Exchange, Gmail and others really write). Comments are kept apart, so `(using TLSv1.3 with
 * cipher ...)` never reads as the protocol. Never throws; reads at most MAX_RECEIVED_CHARS.
 */
export function parseReceived(raw: string): ReceivedLine {
  const { body, at } = splitDate(raw.slice(0, MAX_RECEIVED_CHARS))
  const { tokens, leading } = tokenize(body)
  const clauses = new Map<string, { value: string; comments: string[] }>()
  for (let index = 0; index < tokens.length - 1; index++) {
    const key = tokens[index]?.text.toLowerCase() ?? ''
    if (!CLAUSES.has(key) || clauses.has(key)) continue
    const valueToken = tokens[index + 1]
    if (!valueToken || CLAUSES.has(valueToken.text.toLowerCase())) continue
    clauses.set(key, { value: clauseValue(tokens, index + 1, key), comments: valueToken.comments })
  }
  const from = clauses.get('from')
  const fromComments = from ? [...from.comments, from.value] : leading
  const helo = from ? (HELO_IN_COMMENT.exec(from.comments.join(' '))?.[1] ?? null) : null
  const fromIp = findIp(fromComments)
  const named = cleanHost(from?.value)
  const literal = named !== null && /^\[.*\]$/.test(named)
  const useHelo = named === null || literal || named.toLowerCase() === 'unknown'
  const fromName = useHelo
    ? (cleanHost(helo ?? undefined) ?? named?.replace(/^\[(?:IPv6:)?|\]$/gi, '') ?? fromIp)
    : named
  return {
    from: fromName,
    fromIp,
    helo: cleanHost(helo ?? undefined),
    by: cleanHost(clauses.get('by')?.value),
    with: clauses.get('with')?.value.slice(0, 80) ?? null,
    id: clauses.get('id')?.value.replace(/;$/, '').slice(0, 120) ?? null,
    at,
  }
}
