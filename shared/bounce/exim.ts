import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail, joinWrapped } from './text-scan'

const ADDRESS_LINE = /^[ \t]{1,12}<?([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253})>?[ \t]*$/
const HOST_LINE = /^[ \t]+host ([A-Za-z0-9.-]{1,253}) \[([0-9A-Fa-f.:]{2,45})\](?::[ \t]*(.{1,2000}))?$/
const SMTP_ERROR = /SMTP error from remote mail server after/i
const MAX_ENTRIES = 50
const MALFORMED = /^[ \t]+(\S.{0,300}?): (malformed address: .{1,1000})$/

/**
 * Exim's notice for recipient addresses of the headers it could not parse ("one or more recipient
 * addresses that were incorrectly constructed"): a syntax error of the message, not a bounce by a server.
 */
function malformedFields(lines: string[]): LayoutFields | null {
  for (const line of lines) {
    const match = MALFORMED.exec(line)
    if (!match?.[2]) continue
    const recipient = firstEmail(match[1] ?? '')
    return {
      ...(recipient ? { recipient } : {}),
      diagnostic: match[2].trim(),
      reason: 'syntaxerror',
    }
  }
  return null
}

/** Exim: "This message was created automatically by mail delivery software." and its indented address blocks. */
export const eximParser: LayoutParser = {
  format: 'exim',
  detects: (lower) =>
    lower.includes('this message was created automatically by mail delivery software') ||
    lower.includes('the following address(es) failed') ||
    lower.includes('message has not yet been delivered to one or more of its recipients') ||
    /recipient addresses that were\s+incorrectly constructed/.test(lower),
  parse(lines) {
    if (lines.some((line) => /incorrectly constructed/i.test(line))) {
      const malformed = malformedFields(lines)
      if (malformed) return malformed
    }
    const entries: LayoutFields[] = []
    let current: LayoutFields = {}
    const start = lines.findIndex((line) =>
      /address\(es\) failed|following address(?:es)? (?:failed|deferred)|has not yet been delivered/i.test(
        line,
      ),
    )
    for (let index = start === -1 ? 0 : start + 1; index < lines.length; index++) {
      const line = lines[index] ?? ''
      if (/^-{3,}/.test(line.trim()) || /^-+ ?This is a copy of the message/i.test(line.trim())) break
      const address = ADDRESS_LINE.exec(line)
      if (address?.[1]) {
        if (entries.length >= MAX_ENTRIES) break
        current = { recipient: address[1] }
        entries.push(current)
        continue
      }
      readEximLine(lines, index, current)
    }
    if (entries.length === 0) {
      const anywhere = firstEmail(lines.slice(start === -1 ? 0 : start + 1, start + 6).join('\n'))
      entries.push({ ...current, ...(anywhere ? { recipient: cleanToken(anywhere) } : {}) })
    }
    const [first = {}, ...others] = entries
    return others.length > 0 ? { ...first, others } : first
  },
}

/** Reads one line of an Exim address block into the fields of its recipient. */
function readEximLine(lines: string[], index: number, fields: LayoutFields): void {
  const line = lines[index] ?? ''
  const host = HOST_LINE.exec(line)
  if (host?.[1]) {
    fields.remoteMta ??= host[1]
    if (host[3] && !fields.diagnostic) fields.diagnostic = host[3].trim()
    return
  }
  if (SMTP_ERROR.test(line) && !fields.diagnostic) {
    const paragraph: string[] = []
    for (let next = index + 1; next < lines.length && /^[ \t]+\S/.test(lines[next] ?? ''); next++)
      paragraph.push(lines[next] ?? '')
    const text = joinWrapped(paragraph)
    const hostInline = /^host ([A-Za-z0-9.-]{1,253}) \[[0-9A-Fa-f.:]{2,45}\]: (.{1,2000})$/.exec(text)
    if (hostInline?.[1]) {
      fields.remoteMta ??= hostInline[1]
      fields.diagnostic = hostInline[2] ?? text
    } else if (text !== '') fields.diagnostic = text
    return
  }
  if (!fields.diagnostic && fields.recipient && /^[ \t]+\S/.test(line) && !/^[ \t]+host /.test(line)) {
    const text = line.trim()
    if (/retry timeout exceeded|unrouteable|all relevant mx records|mailbox is full|no such user/i.test(text))
      fields.diagnostic = text
  }
}
