import PostalMime from 'postal-mime'
import { readAuthentication, type HeaderField } from './authentication'
import { diagnose, type DiagnosisOptions } from './diagnosis'
import { buildHopChain } from './hops'
import { parseMailDate } from './mail-date'
import { parseReceived } from './received'
import { readSpamVerdicts } from './spam-verdicts'
import type { HeaderReport } from './types'

export type { DiagnosisOptions, HeaderRole } from './diagnosis'

/** The most of a paste the reader looks at (4 MiB of text); the rest is ignored and `truncated` is set. */
export const MAX_HEADER_INPUT_CHARS = 4 * 1024 * 1024
/** The most Received headers read (the newest ones, nearest the recipient). */
export const MAX_HOPS = 100
const HEADER_NAME_LINE = /^[!-9;-~]{1,76}:/

/**
 * The header block of a paste: from its first line that looks like a header (so a preamble such as
 * Gmail's "Show original" summary is skipped) to the first empty line.
 */
export function headerBlock(text: string): string {
  const lines = text.slice(0, MAX_HEADER_INPUT_CHARS).split(/\r?\n/)
  const start = lines.findIndex((line) => HEADER_NAME_LINE.test(line))
  if (start === -1) return ''
  const end = lines.findIndex((line, index) => index > start && line.trim() === '')
  return lines.slice(start, end === -1 ? undefined : end).join('\r\n')
}

async function parseFields(block: string): Promise<{ fields: HeaderField[]; fromAddress: string | null }> {
  if (block === '') return { fields: [], fromAddress: null }
  try {
    const email = await PostalMime.parse(`${block}\r\n\r\n`, { maxHeadersSize: MAX_HEADER_INPUT_CHARS * 2 })
    return {
      fields: email.headers.map((header) => ({ key: header.key, value: header.value })),
      fromAddress: email.from?.address ?? null,
    }
  } catch {
    return { fields: [], fromAddress: null }
  }
}

function domainOf(address: string | null): string | null {
  if (!address?.includes('@')) return null
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  return /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(domain) ? domain : null
}

/**
 * Reads a message's headers (pasted alone, or the whole message): the Received chain with its
 * delays, the authentication verdicts, the spam filters' verdicts, and the remedies they support.
 * Never throws; bounded in time and memory by MAX_HEADER_INPUT_CHARS and MAX_HOPS.
 */
export async function readHeaders(text: string, options: DiagnosisOptions = {}): Promise<HeaderReport> {
  const block = headerBlock(typeof text === 'string' ? text : '')
  const { fields, fromAddress } = await parseFields(block)
  const received = fields.filter((field) => field.key === 'received')
  const chain = buildHopChain(received.slice(0, MAX_HOPS).map((field) => parseReceived(field.value)))
  const dateValue = fields.find((field) => field.key === 'date')?.value
  const sent = dateValue === undefined ? null : parseMailDate(dateValue)
  const firstAt = chain.hops.find((hop) => hop.at !== null)?.at
  const beforeFirstHopSeconds =
    sent !== null && firstAt ? Math.round((Date.parse(firstAt) - sent) / 1000) : null
  const fromDomain = domainOf(fromAddress)
  const auth = readAuthentication(fields, fromDomain)
  const spam = readSpamVerdicts(fields)
  const greylist = fields.find((field) => field.key === 'x-greylist')?.value ?? ''
  const greylistMatch = /delayed\s+(\d{1,7})\s+seconds/i.exec(greylist)
  const greylistSeconds = greylistMatch ? Number(greylistMatch[1]) : null
  const input = { ...chain, beforeFirstHopSeconds, auth, spam, greylistSeconds }
  return {
    ...chain,
    sentAt: sent === null ? null : new Date(sent).toISOString(),
    beforeFirstHopSeconds,
    auth,
    spam,
    greylistSeconds,
    remedies: diagnose(input, options),
    headerCount: fields.length,
    truncated: text.length > MAX_HEADER_INPUT_CHARS || received.length > MAX_HOPS,
    fromDomain,
  }
}
