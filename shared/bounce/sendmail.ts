import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, firstEmail, linesAfter } from './text-scan'

const REASON = /^[ \t]*\(reason: (.{1,2000})\)[ \t]*$/
const TALKING_TO = /while talking to ([A-Za-z0-9.-]{1,253})[.]?:/i
const SERVER_LINE = /^<<< ([2-5][0-9][0-9](?:[ -].{0,2000})?)$/

/** Sendmail: "----- The following addresses had permanent fatal errors -----" and the session transcript. */
export const sendmailParser: LayoutParser = {
  format: 'sendmail',
  detects: (lower) =>
    lower.includes('----- the following addresses had permanent fatal errors -----') ||
    lower.includes('----- transcript of session follows -----'),
  parse(lines) {
    const fields: LayoutFields = {}
    const afterFatal = linesAfter(lines, 'addresses had permanent fatal errors')
    const afterDelayed = afterFatal.length > 0 ? afterFatal : linesAfter(lines, 'could not be delivered for')
    const first = afterDelayed.find((line) => line.trim() !== '')
    if (first) {
      const email = firstEmail(first)
      if (email) fields.recipient = cleanToken(email)
    }
    for (const line of lines) {
      const reason = REASON.exec(line)
      if (reason?.[1] && !fields.diagnostic) fields.diagnostic = reason[1].trim()
      const talking = TALKING_TO.exec(line)
      if (talking?.[1] && !fields.remoteMta) fields.remoteMta = talking[1].replace(/\.$/, '')
      const server = SERVER_LINE.exec(line)
      if (server?.[1] && /^[45]/.test(server[1]) && !fields.diagnostic) fields.diagnostic = server[1].trim()
    }
    return fields
  },
}
