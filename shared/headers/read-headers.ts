import PostalMime from 'postal-mime'
import { readAuthentication, type HeaderField } from './authentication'
import { diagnose, type DiagnosisOptions } from './diagnosis'
import { buildHopChain } from './hops'
import { parseMailDate } from './mail-date'
import { parseReceived } from './received'
import { correctRole } from './role'
import { readSpamVerdicts } from './spam-verdicts'
import { MAX_HEADER_INPUT_CHARS } from './limits'
import type { HeaderReport } from './types'

export type { DiagnosisOptions } from './diagnosis'
export type { HeaderRole } from './types'
export { MAX_HEADER_INPUT_CHARS } from './limits'

/** The most Received headers read (the newest ones, nearest the recipient). */
export const MAX_HOPS = 100
const MAX_PREAMBLE_BLOCKS = 5
/** Fields a header block usually starts with; a preamble (Gmail's "SPF: PASS" summary) has none of them. */
const HEADER_START =
  /^(?:received|delivered-to|return-path|x-[a-z0-9-]{1,60}|arc-[a-z-]{1,30}|dkim-signature|authentication-results|received-spf|from|to|date|subject|message-id|mime-version|envelope-to):/i

/**
 * The header block of a paste, with CRLF line ends: the first block (from a line that starts a usual
 * header field to the next empty line) that holds a Received field, so a preamble such as Gmail's
 * "Show original" summary is skipped; else the first such block.
 */
export function headerBlock(text: string): string {
  const input = text.slice(0, MAX_HEADER_INPUT_CHARS)
  let first: string | null = null
  let start = 0
  for (let blocks = 0; blocks < MAX_PREAMBLE_BLOCKS && start < input.length;) {
    if (!HEADER_START.test(input.slice(start, start + 80))) {
      const next = input.indexOf('\n', start)
      if (next === -1) break
      start = next + 1
      continue
    }
    const end = /\n[ \t]*\r?\n/.exec(input.slice(start))
    const block = input.slice(start, end === null ? undefined : start + end.index)
    if (/^received:/im.test(block)) return block.replace(/\r?\n/g, '\r\n')
    first ??= block
    blocks++
    if (end === null) break
    start += end.index + end[0].length
  }
  return (first ?? '').replace(/\r?\n/g, '\r\n')
}

/** The fields the reader uses, and how many of each it keeps (Received: one more than it reads, to see a cut). */
const WANTED_FIELDS: Readonly<Record<string, number>> = {
  received: MAX_HOPS + 1,
  'authentication-results': 50,
  'arc-authentication-results': 20,
  'received-spf': 5,
  date: 1,
  from: 1,
  'x-greylist': 5,
  'x-forefront-antispam-report': 5,
  'x-microsoft-antispam': 5,
  'x-ms-exchange-organization-scl': 5,
  'x-spam-status': 10,
  'x-spam-flag': 10,
  'x-spamd-result': 5,
  'x-rspamd-action': 5,
  'x-barracuda-spam-status': 5,
  'x-proofpoint-spam-details': 5,
  'x-mimecast-spam-score': 5,
}

/**
 * Keeps only the fields the reader uses, with their folded lines, up to WANTED_FIELDS each: a
 * linear pass that bounds what the MIME parser is given, however many fields the paste has.
 */
function wantedLines(block: string): { text: string; fieldCount: number; receivedCount: number } {
  const kept: string[] = []
  const counts = new Map<string, number>()
  let keeping = false
  let fieldCount = 0
  for (const line of block.split('\r\n')) {
    const first = line.charCodeAt(0)
    if (first === 32 || first === 9) {
      if (keeping) kept.push(line)
      continue
    }
    fieldCount++
    const name = line
      .slice(0, Math.max(0, line.indexOf(':')))
      .trim()
      .toLowerCase()
    const limit = WANTED_FIELDS[name] ?? 0
    const seen = counts.get(name) ?? 0
    keeping = seen < limit
    if (limit > 0) counts.set(name, seen + 1)
    if (keeping) kept.push(line)
  }
  return { text: kept.join('\r\n'), fieldCount, receivedCount: counts.get('received') ?? 0 }
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
 * delays, the authentication verdicts, the spam filters' verdicts, and the remedies they support;
 * the From domain overrules a role it contradicts (`roleCorrection`). Never throws; bounded in time and memory by MAX_HEADER_INPUT_CHARS and MAX_HOPS.
 */
export async function readHeaders(text: string, options: DiagnosisOptions = {}): Promise<HeaderReport> {
  const wanted = wantedLines(headerBlock(typeof text === 'string' ? text : ''))
  const { fields, fromAddress } = await parseFields(wanted.text)
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
  const correction = options.role ? correctRole(options.role, fromDomain, options.ownDomain ?? null) : null
  return {
    ...chain,
    sentAt: sent === null ? null : new Date(sent).toISOString(),
    beforeFirstHopSeconds,
    auth,
    spam,
    greylistSeconds,
    remedies: diagnose(input, correction ? { ...options, role: correction.role } : options),
    headerCount: wanted.fieldCount,
    truncated: text.length > MAX_HEADER_INPUT_CHARS || wanted.receivedCount > MAX_HOPS,
    fromDomain,
    ...(correction ? { roleCorrection: correction } : {}),
  }
}
