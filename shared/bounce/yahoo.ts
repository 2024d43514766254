import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, joinWrapped } from './text-scan'

/** Yahoo and AOL: "Sorry, we were unable to deliver your message to the following address." */
export const yahooParser: LayoutParser = {
  format: 'yahoo',
  detects: (lower) =>
    lower.includes('sorry, we were unable to deliver your message to the following address'),
  parse(lines) {
    const fields: LayoutFields = {}
    const start = lines.findIndex((line) =>
      /unable to deliver your message to the following address/i.test(line),
    )
    const block: string[] = []
    for (const line of lines.slice(start + 1, start + 30)) {
      if (/^--- Below this line/i.test(line)) break
      const address = /^<([^<>\s]{1,320}@[^<>\s]{1,253})>:?\s*$/.exec(line.trim())
      if (address?.[1]) {
        fields.recipient ??= cleanToken(address[1])
        continue
      }
      if (/^\[([A-Z_]{4,12})\]$/.test(line.trim())) {
        if (/RCPT/.test(line)) fields.command = 'RCPT'
        else if (/MAIL/.test(line)) fields.command = 'MAIL'
        else if (/DATA/.test(line)) fields.command = 'DATA'
        continue
      }
      if (/^remote host said:?$/i.test(line.trim())) continue
      if (line.trim() === '' && block.length > 0) break
      if (line.trim() !== '') block.push(line)
    }
    if (block.length > 0) fields.diagnostic = joinWrapped(block)
    return fields
  },
}
