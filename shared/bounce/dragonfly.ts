import type { SmtpCommand } from './classify-reason'
import type { LayoutFields, LayoutParser } from './types'
import { cleanToken } from './text-scan'

const RECIPIENT = /error delivering your mail to <((?:"[^"<>\r\n]{1,64}"|[^<>\s"]{1,64})@[^<>\s]{1,255})>/i
const REMOTE = /^(\S{1,253}) \[[0-9a-f.:]{2,45}\] did not like our (rcpt to|final data|mail from|data)/i
const COMMANDS: Record<string, SmtpCommand> = {
  'rcpt to': 'RCPT',
  'mail from': 'MAIL',
  'final data': 'DATA',
  data: 'DATA',
}

/**
 * DragonFly Mail Agent (dma): "There was an error delivering your mail to <rcpt>." then either the
 * remote host's answer ("mx [ip] did not like our RCPT TO:" and the reply) or dma's own words
 * (a DNS failure, or "Could not deliver for the last N seconds. Giving up."), up to the headers.
 */
export const dragonflyParser: LayoutParser = {
  format: 'dragonfly',
  detects: (lower) => lower.includes('this is the dragonfly mail agent'),
  parse(lines) {
    const fields: LayoutFields = {}
    const said: string[] = []
    for (const line of lines) {
      const trimmed = line.trim()
      if (!fields.recipient) {
        const found = RECIPIENT.exec(trimmed)
        if (found?.[1]) fields.recipient = cleanToken(found[1])
        continue
      }
      if (/^message headers follow/i.test(trimmed) || /^original message follows/i.test(trimmed)) break
      const remote = REMOTE.exec(trimmed)
      if (remote?.[1] && remote[2]) {
        fields.remoteMta = remote[1]
        const command = COMMANDS[remote[2].toLowerCase()]
        if (command) fields.command = command
      } else if (trimmed !== '') said.push(trimmed)
    }
    const diagnostic = said.join(' ')
    if (diagnostic !== '') fields.diagnostic = diagnostic
    if (/could not deliver for the last [0-9]{1,9} seconds/i.test(diagnostic)) fields.reason = 'expired'
    if (/^dns lookup failure: host /i.test(diagnostic)) fields.reason = 'hostunknown'
    return fields
  },
}
