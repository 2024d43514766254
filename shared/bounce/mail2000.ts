import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const ENTRY = /^([^\s<>@]{1,64}@[A-Za-z0-9.-]{1,253})\s+\[([^\]]{1,500})\]$/
const MAX_ENTRIES = 50

/**
 * Openfind Mail2000: "---The following addresses had delivery errors---", then one line per
 * address with the reason in brackets (`rcpt@example.org [User unknown]`).
 */
export const mail2000Parser: LayoutParser = {
  format: 'mail2000',
  detects: (lower) => lower.includes('---the following addresses had delivery errors---'),
  parse(lines) {
    const start = lines.findIndex((line) => /---The following addresses had delivery errors---/i.test(line))
    const entries: LayoutFields[] = []
    for (const line of lines.slice(start + 1, start + 1 + MAX_ENTRIES * 2)) {
      const entry = ENTRY.exec(line.trim())
      if (entry?.[1] && entry[2])
        entries.push({ recipient: cleanToken(entry[1]), diagnostic: entry[2].trim() })
      else if (/^-{3,}/.test(line.trim())) break
    }
    const [first = {}, ...others] = entries
    return others.length > 0 ? { ...first, others } : first
  },
}
