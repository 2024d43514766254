import { eximParser } from './exim'
import type { LayoutParser } from './types'

const RECIPIENT_REPLY = /^[ \t]{1,12}<([^<>\s]{1,320}@[^<>\s]{1,253})>:[ \t]*([45][0-9][0-9]\b.{0,1000})$/

/**
 * MX Logic (McAfee's hosted filtering, Exim underneath): Exim's notice, but each failed address on
 * one line with the reply after it (`  <rcpt>: 550 unknown user`).
 */
export const mxLogicParser: LayoutParser = {
  format: 'mxlogic',
  detects: (lower, headers) =>
    /\.mxlogic\.net\b/i.test(headers.get('from') ?? '') &&
    lower.includes('this message was created automatically by mail delivery software'),
  parse(lines, headers) {
    const fields = eximParser.parse(lines, headers)
    if (fields.diagnostic) return fields
    for (const line of lines) {
      const reply = RECIPIENT_REPLY.exec(line)
      if (!reply?.[1] || !reply[2]) continue
      return { ...fields, recipient: reply[1], diagnostic: reply[2].trim() }
    }
    return fields
  },
}
