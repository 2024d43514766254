import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail } from './text-scan'

const MAX_ENTRIES = 50

/** GMX and mail.com: "SMTP error from remote server after RCPT command:", `host:`, then the reply; or `Reason:`. */
export const gmxParser: LayoutParser = {
  format: 'gmx',
  detects: (lower) =>
    lower.includes('smtp error from remote server after') ||
    (lower.includes('this message was created automatically by mail delivery software') &&
      /^reason:\s*$/m.test(lower)),
  parse(lines) {
    const entries: LayoutFields[] = []
    let fields: LayoutFields = {}
    for (let index = 0; index < lines.length && entries.length < MAX_ENTRIES; index++) {
      const line = (lines[index] ?? '').trim()
      const quoted =
        /^"([^"\s]{1,320}@[^"\s]{1,253})":$/.exec(line) ?? /^<([^<>\s]{1,320}@[^<>\s]{1,253})>$/.exec(line)
      if (quoted?.[1]) {
        if (fields.recipient && fields.diagnostic) {
          entries.push(fields)
          fields = {}
        }
        fields.recipient ??= cleanToken(quoted[1])
      }
      const after = /^SMTP error from remote server after ([A-Z]{4})/i.exec(line)
      if (after?.[1])
        fields.command =
          after[1].toUpperCase() === 'RCPT' ? 'RCPT' : after[1].toUpperCase() === 'MAIL' ? 'MAIL' : 'DATA'
      if (/^host:/i.test(line) && !fields.remoteMta) fields.remoteMta = line.slice(5).trim()
      const isReplyLine = fields.command !== undefined && /^[245]\.[0-9]{1,3}\.[0-9]{1,3}\s/.test(line)
      if ((isReplyLine || /^reason:$/i.test(lines[index - 1]?.trim() ?? '')) && !fields.diagnostic)
        fields.diagnostic = line
    }
    entries.push(fields)
    const [first = {}, ...others] = entries
    if (!first.recipient) {
      const email = firstEmail(lines.slice(0, 30).join('\n'))
      if (email) first.recipient = cleanToken(email)
    }
    return others.length > 0 ? { ...first, others } : first
  },
}
