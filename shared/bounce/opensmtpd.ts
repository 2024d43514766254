import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const RECIPIENT_LINE = /^([^\s:]{1,320}@[A-Za-z0-9.-]{1,253}):\s*(.{1,2000})$/

/** OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." then one
 * `rcpt: reason` line per recipient. */
export const opensmtpdParser: LayoutParser = {
  format: 'opensmtpd',
  detects: (lower) => lower.includes('this is the mailer-daemon, please do not reply to this e-mail'),
  parse(lines) {
    const entries: LayoutFields[] = []
    let action: string | undefined
    for (const line of lines) {
      if (/below is a copy of the original message/i.test(line)) break
      if (/only a temporary failure report/i.test(line)) action = 'delayed'
      const entry = RECIPIENT_LINE.exec(line.trim())
      if (entry?.[1] && entries.length < 100) {
        entries.push({ recipient: cleanToken(entry[1]), diagnostic: (entry[2] ?? '').trim() })
      }
    }
    const [first = {}, ...others] = entries
    if (action) for (const entry of entries.length > 0 ? entries : [first]) entry.action = action
    return others.length > 0 ? { ...first, others } : first
  },
}
