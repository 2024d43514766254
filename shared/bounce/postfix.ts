import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, joinWrapped } from './text-scan'

const REPORTER = /^This is the (?:mail system|Postfix program) at host ([A-Za-z0-9.-]{1,253})/i
const RECIPIENT_LINE = /^<([^<>\s]{1,320})>(?: \(expanded from <[^<>\s]{1,320}>\))?: (.{1,2000})$/
const HOST_SAID = /\bhost ([A-Za-z0-9.-]{1,253})\[([0-9A-Fa-f.:]{2,45})\] said: (.{1,2000})$/
const CONNECT_TO = /\bconnect to ([A-Za-z0-9.-]{1,253})\[([0-9A-Fa-f.:]{2,45})\]/
const IN_REPLY_TO = / ?\(in reply to [A-Za-z /]{1,40} command\)$/

/** Postfix: "This is the mail system at host …" and `<rcpt>: host mx[ip] said: 550 …`. */
export const postfixParser: LayoutParser = {
  format: 'postfix',
  detects: (lower) =>
    lower.includes('this is the mail system at host') ||
    lower.includes('this is the postfix program at host'),
  parse(lines) {
    const fields: LayoutFields = {}
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? ''
      const reporter = REPORTER.exec(line)
      if (reporter?.[1] && !fields.reportingMta) fields.reportingMta = cleanToken(reporter[1])
      const recipient = RECIPIENT_LINE.exec(line)
      if (!recipient?.[1] || fields.recipient) continue
      const paragraph = [recipient[2] ?? '']
      for (let next = index + 1; next < lines.length && /^[ \t]+\S/.test(lines[next] ?? ''); next++)
        paragraph.push(lines[next] ?? '')
      const text = joinWrapped(paragraph)
      fields.recipient = recipient[1]
      const said = HOST_SAID.exec(text)
      if (said?.[1]) {
        fields.remoteMta = said[1]
        fields.diagnostic = (said[3] ?? '').replace(IN_REPLY_TO, '')
      } else {
        const connect = CONNECT_TO.exec(text)
        if (connect?.[1]) fields.remoteMta = connect[1]
        fields.diagnostic = text
      }
    }
    return fields
  },
}
