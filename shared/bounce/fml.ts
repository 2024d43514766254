import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail, joinWrapped } from './text-scan'

/** What fml writes, in its notice or its subject, and the reason each names. */
const FML_REASONS: readonly [RegExp, BounceReason][] = [
  [
    /you are not a member of this mailing list|not member article from|reject mail from|reject spammers:/i,
    'rejected',
  ],
  [/ are not member|spam mail from a spammer is rejected/i, 'rejected'],
  [
    /loop alert:|loop back warning|has detected a loop condition|unix from loop|fml system error message/i,
    'systemerror',
  ],
  [/security alert/i, 'securityerror'],
]

/**
 * fml, the Japanese mailing-list manager: a notice from `<list>-admin@` ("You are not a member of
 * this mailing list <list>.", "Duplicated Message-ID in <…>.") followed by "Original mail as follows:".
 */
export const fmlParser: LayoutParser = {
  format: 'fml',
  detects: (lower, headers) =>
    lower.includes('original mail as follows:') &&
    (headers.has('x-mlserver') ||
      /-admin@/i.test(headers.get('from') ?? '') ||
      /\.fml\b/i.test(headers.get('message-id') ?? '')),
  parse(lines, headers) {
    const fields: LayoutFields = {}
    const end = lines.findIndex((line) => /^Original mail as follows:/i.test(line.trim()))
    const notice = lines.slice(0, end === -1 ? 30 : Math.min(end, 30)).filter((line) => line.trim() !== '')
    const text = joinWrapped(notice)
    const email = firstEmail(text)
    if (email) fields.recipient = cleanToken(email)
    if (text !== '') fields.diagnostic = text
    const subject = headers.get('subject') ?? ''
    const known =
      FML_REASONS.find(([pattern]) => pattern.test(text)) ??
      FML_REASONS.find(([pattern]) => pattern.test(subject))
    if (known) fields.reason = known[1]
    return fields
  },
}
