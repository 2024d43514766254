import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const ENTRY =
  /^[ \t]*([^\s;<>@]{1,64}@[A-Za-z0-9.-]{1,253});[ \t]*(Failed|Delayed|Delivered|Relayed|Expanded);[ \t]*([245]\.[0-9]{1,3}\.[0-9]{1,3})(?:[ \t]*\(([^)]{1,200})\))?/i
const REMOTE = /^[ \t]*Remote MTA ([A-Za-z0-9.-]{1,253}):[ \t]*(?:SMTP diagnostic:[ \t]*)?(.{1,1000})$/i
/** Openwave's later form puts the server's reply on a line of its own, under "Remote MTA host: network error". */
const PROTOCOL = /^[ \t]*-?[ \t]*SMTP protocol diagnostic:[ \t]*(.{1,1000})$/i
const MAX_ENTRIES = 50

/**
 * Critical Path / Openwave InterMail, long the mail system of TIM (tin.it, Alice) and of other
 * Italian providers: "These recipients of your message have been processed by the mail server:",
 * then `rcpt; Failed; 5.2.2 (mailbox full)` and `Remote MTA host: SMTP diagnostic: …`, or
 * `Remote MTA host: network error` and ` - SMTP protocol diagnostic: …` on a line of its own.
 */
export const interMailParser: LayoutParser = {
  format: 'intermail',
  detects: (lower) =>
    lower.includes('these recipients of your message have been processed by the mail server'),
  parse(lines) {
    const entries: LayoutFields[] = []
    let current: LayoutFields | undefined
    for (const line of lines) {
      const entry = ENTRY.exec(line)
      if (entry?.[1] && entry[2] && entry[3]) {
        if (entries.length >= MAX_ENTRIES) break
        const label = entry[4] ? ` (${entry[4].trim()})` : ''
        current = {
          recipient: cleanToken(entry[1]),
          action: entry[2].toLowerCase(),
          diagnostic: `${entry[3]}${label}`,
        }
        entries.push(current)
        continue
      }
      const remote = REMOTE.exec(line)
      const said = remote?.[2] ?? PROTOCOL.exec(line)?.[1]
      if (!current || !said) continue
      if (remote?.[1]) current.remoteMta = remote[1]
      current.diagnostic = `${current.diagnostic ?? ''}: ${said.trim()}`
    }
    const [first = {}, ...others] = entries
    return others.length > 0 ? { ...first, others } : first
  },
}
