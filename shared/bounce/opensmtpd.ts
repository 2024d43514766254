import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const RECIPIENT_LINE = /^([^\s:]{1,320}@[A-Za-z0-9.-]{1,253}):\s*(.{1,2000})$/

/** OpenSMTPD's own failure texts (smtpd/mta.c, smtpd/queue.c) and the reasons they name. */
const OPENSMTPD_REASONS: readonly [BounceReason, readonly string[]][] = [
  ['expired', ['envelope expired']],
  ['securityerror', ['could not retrieve credentials']],
  ['hostunknown', ['invalid domain name', 'domain does not exist']],
  [
    'networkerror',
    [
      'address family mismatch on destination mxs',
      'all routes to destination blocked',
      'bad dns lookup error code',
      'could not retrieve source address',
      'loop detected',
      'network error on destination mxs',
      'no valid route to remote mx',
      'no valid route to destination',
      'temporary failure in mx lookup',
    ],
  ],
  [
    'notaccept',
    ['destination seem to reject all mails', 'no mx found for domain', 'no mx found for destination'],
  ],
]

/** The reason OpenSMTPD's own text names, when the text is OpenSMTPD's rather than a server's reply. */
function statedReason(diagnostic: string): BounceReason | undefined {
  const lower = diagnostic.toLowerCase()
  if (/^[245][0-9][0-9]\b/.test(lower)) return undefined
  return OPENSMTPD_REASONS.find(([, texts]) => texts.some((text) => lower.includes(text)))?.[0]
}

/** OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." (later "email") then one
 * `rcpt: reason` line per recipient. */
export const opensmtpdParser: LayoutParser = {
  format: 'opensmtpd',
  detects: (lower) => /this is the mailer-daemon, please do not reply to this e-?mail/.test(lower),
  parse(lines) {
    const entries: LayoutFields[] = []
    let action: string | undefined
    for (const line of lines) {
      if (/below is a copy of the original message/i.test(line)) break
      if (/only a temporary failure report/i.test(line)) action = 'delayed'
      const entry = RECIPIENT_LINE.exec(line.trim())
      if (entry?.[1] && entries.length < 100) {
        const diagnostic = (entry[2] ?? '').trim()
        const reason = statedReason(diagnostic)
        entries.push({ recipient: cleanToken(entry[1]), diagnostic, ...(reason ? { reason } : {}) })
      }
    }
    const [first = {}, ...others] = entries
    if (action) for (const entry of entries.length > 0 ? entries : [first]) entry.action = action
    return others.length > 0 ? { ...first, others } : first
  },
}
