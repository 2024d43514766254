import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const MAX_ENTRIES = 50
const LONE_ADDRESS = /^<?[^\s@<>"]{1,64}@[^\s@<>"]{1,253}>?$/

/**
 * Mimecast's own notice ("[Postmaster] Email Delivery Failure"): each fact on a line of its own
 * after `-- `. A lone address is a failed recipient; after "Additional information follows" comes
 * the receiving server's reply, and after "The problem appears to be" Mimecast's own guess, used
 * only when there is no reply (as Sisimai's lhost/mimecast reads it).
 */
export const mimecastParser: LayoutParser = {
  format: 'mimecast',
  detects: (lower) =>
    lower.includes('\n-- ') &&
    (lower.includes('additional information follows :') || lower.includes('the problem appears to be :')),
  parse(lines) {
    const entries: LayoutFields[] = []
    let heading = ''
    for (const line of lines) {
      const trimmed = line.trim()
      if (!trimmed.startsWith('-- ')) {
        if (trimmed !== '') heading = trimmed.toLowerCase()
        continue
      }
      const value = trimmed.slice(3).trim()
      if (LONE_ADDRESS.test(value) && entries.length < MAX_ENTRIES)
        entries.push({ recipient: cleanToken(value) })
      const current = entries.at(-1)
      if (!current || LONE_ADDRESS.test(value)) continue
      if (heading.startsWith('additional information follows')) current.diagnostic = value
      else if (heading.startsWith('the problem appears to be')) current.diagnostic ??= value
    }
    const [first = {}, ...others] = entries
    return others.length > 0 ? { ...first, others } : first
  },
}
