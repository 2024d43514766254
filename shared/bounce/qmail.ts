import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, joinWrapped } from './text-scan'

const REPORTER = /^Hi\. This is the qmail-send program at ([A-Za-z0-9.-]{1,253})/i
const RECIPIENT = /^<([^<>\s]{1,320})>:[ \t]*$/
const DOES_NOT_LIKE = /^([A-Za-z0-9.:-]{2,253}) does not like (?:recipient|sender)\./
const MAX_ENTRIES = 50
const REMOTE_SAID = /^Remote host said: (.{1,2000})$/

/** qmail: "Hi. This is the qmail-send program at …" and its `<rcpt>:` paragraphs. */
export const qmailParser: LayoutParser = {
  format: 'qmail',
  detects: (lower) => lower.includes('this is the qmail-send program at'),
  parse(lines) {
    const entries: LayoutFields[] = []
    let reportingMta: string | undefined
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? ''
      const reporter = REPORTER.exec(line)
      if (reporter?.[1] && !reportingMta) reportingMta = cleanToken(reporter[1])
      const recipient = RECIPIENT.exec(line)
      if (!recipient?.[1] || entries.length >= MAX_ENTRIES) continue
      const entry: LayoutFields = { recipient: recipient[1] }
      const paragraph: string[] = []
      for (let next = index + 1; next < lines.length && (lines[next] ?? '').trim() !== ''; next++) {
        const text = (lines[next] ?? '').trim()
        const host =
          DOES_NOT_LIKE.exec(text) ??
          / ([A-Za-z0-9.:-]{2,253}) does not like (?:recipient|sender)\./.exec(text)
        if (host?.[1]) entry.remoteMta = host[1]
        const said = REMOTE_SAID.exec(text)
        if (said?.[1]) entry.diagnostic = said[1].trim()
        paragraph.push(text)
      }
      entry.diagnostic ??= joinWrapped(paragraph)
      entries.push(entry)
    }
    const [first, ...others] = entries
    return {
      ...first,
      ...(reportingMta ? { reportingMta } : {}),
      ...(others.length > 0 ? { others } : {}),
    }
  },
}
