import type { LayoutParser } from './types'
import { cleanToken } from './text-scan'

/** Google Groups' own words, in English, when a group refuses a post (also pasted without headers). */
const REFUSAL_WORDS = /the group you tried to contact\b[^]{0,120}\bpermission to post\b/

/** Google Groups: a post refused by a group (it does not exist, or the sender may not post to it). */
export const googleGroupsParser: LayoutParser = {
  format: 'googlegroups',
  detects: (lower) =>
    (lower.includes('groups.google.com') && lower.includes('google groups')) || REFUSAL_WORDS.test(lower),
  parse(lines) {
    const text = lines.slice(0, 40).join('\n')
    const group = /[^\s<>()"]{1,64}@googlegroups\.com/i.exec(text)?.[0]
    return { reason: 'rejected', ...(group ? { recipient: cleanToken(group) } : {}) }
  },
}
