import type { HeaderField } from './authentication'
import type { SpamVerdict } from './types'

const MAX_VALUE_CHARS = 8192
const MAX_RULES = 100
const MAX_VERDICTS = 20
/** Microsoft moves a message to Junk from this spam confidence level up. */
export const MICROSOFT_JUNK_SCL = 5
/** Microsoft's default bulk threshold (BCL at or above it is treated as bulk). */
export const MICROSOFT_BULK_BCL = 7

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

/** `KEY:value;KEY:value;` pairs, as Microsoft writes them. */
function colonPairs(value: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const part of value.slice(0, MAX_VALUE_CHARS).split(';')) {
    const colon = part.indexOf(':')
    if (colon <= 0) continue
    const key = part.slice(0, colon).trim().toUpperCase()
    if (/^[A-Z]{1,12}$/.test(key) && !(key in fields))
      fields[key] = part
        .slice(colon + 1)
        .trim()
        .slice(0, 200)
  }
  return fields
}

const SFV_VERDICTS: Readonly<Record<string, SpamVerdict['verdict']>> = {
  SPM: 'spam',
  SKS: 'spam',
  SKQ: 'spam',
  NSPM: 'notSpam',
  SKN: 'notSpam',
  SKI: 'notSpam',
  SKA: 'allowed',
  SFE: 'allowed',
  SKB: 'blocked',
  BLK: 'blocked',
}
const CAT_VERDICTS: Readonly<Record<string, SpamVerdict['verdict']>> = {
  PHSH: 'phishing',
  HPHSH: 'phishing',
  HPHISH: 'phishing',
  SPOOF: 'phishing',
  BULK: 'bulk',
  SPM: 'spam',
  HSPM: 'spam',
  MALW: 'phishing',
}

function microsoftReport(value: string, bulkHeader: string | undefined): SpamVerdict {
  const fields = colonPairs(value)
  if (bulkHeader) {
    const bcl = colonPairs(bulkHeader).BCL
    if (bcl !== undefined) fields.BCL = bcl
  }
  const scl = numberOrNull(fields.SCL)
  const sfv = fields.SFV?.toUpperCase() ?? ''
  const cat = fields.CAT?.toUpperCase() ?? ''
  let verdict =
    CAT_VERDICTS[cat] ??
    SFV_VERDICTS[sfv] ??
    (scl === null ? 'unknown' : scl >= MICROSOFT_JUNK_SCL ? 'spam' : 'notSpam')
  if (verdict === 'notSpam' && (numberOrNull(fields.BCL) ?? 0) >= MICROSOFT_BULK_BCL) verdict = 'bulk'
  if (SFV_VERDICTS[sfv] === 'blocked' || SFV_VERDICTS[sfv] === 'allowed') verdict = SFV_VERDICTS[sfv]
  const rules = [
    sfv && `SFV:${sfv}`,
    cat && cat !== 'NONE' ? `CAT:${cat}` : '',
    fields.BCL ? `BCL:${fields.BCL}` : '',
  ]
  return {
    source: 'X-Forefront-Antispam-Report',
    filter: 'microsoft',
    verdict,
    score: scl,
    threshold: MICROSOFT_JUNK_SCL,
    rules: rules.filter(Boolean),
    fields,
  }
}

function microsoftScl(value: string): SpamVerdict {
  const scl = numberOrNull(value.trim())
  const verdict =
    scl === null ? 'unknown' : scl === -1 ? 'allowed' : scl >= MICROSOFT_JUNK_SCL ? 'spam' : 'notSpam'
  return {
    source: 'X-MS-Exchange-Organization-SCL',
    filter: 'microsoft',
    verdict,
    score: scl,
    threshold: MICROSOFT_JUNK_SCL,
    rules: [],
    fields: { SCL: value.trim().slice(0, 10) },
  }
}

/** SpamAssassin's test list: `A,B,C` or `[A=1.2, B=-0.1]`, possibly folded over lines. */
function spamAssassinTests(value: string): string[] {
  const start = /\btests=/i.exec(value)
  if (!start) return []
  const rest = value.slice(start.index + start[0].length)
  const close = rest.indexOf(']')
  const list = rest.startsWith('[') ? rest.slice(1, close === -1 ? undefined : close) : rest
  return listRules(list, !rest.startsWith('['))
    .map((rule) => rule.replace(/=.*$/, ''))
    .filter((rule) => /^[A-Z0-9_]{2,60}$/.test(rule) && rule !== 'NONE')
    .slice(0, MAX_RULES)
}

/**
 * The items of a test list split at commas and spaces in one pass; an unbracketed list ends at the
 * next `name=` field after a space (`autolearn=no`). A regular expression that looks for that field
 * rescans long runs of spaces from every position: quadratic on crafted headers.
 */
function listRules(list: string, endsAtField: boolean): string[] {
  const parts = list.split(/([,\s]+)/)
  const rules: string[] = []
  for (let index = 0; index < parts.length; index += 2) {
    const item = parts[index] ?? ''
    const before = parts[index - 1] ?? ''
    if (endsAtField && index > 0 && /\s/.test(before) && /^[a-z_]+=/.test(item)) break
    if (item !== '') rules.push(item)
  }
  return rules
}

function scoredStatus(value: string, filter: 'spamassassin' | 'barracuda', source: string): SpamVerdict {
  const text = value.slice(0, MAX_VALUE_CHARS)
  const flag = /^\s*(yes|no)\b/i.exec(text)?.[1]?.toLowerCase()
  const score = numberOrNull(/\b(?:score|hits)=(-?[\d.]+)/i.exec(text)?.[1])
  const threshold = numberOrNull(/\b(?:required|tag2|TAG_LEVEL)=(-?[\d.]+)/i.exec(text)?.[1])
  const verdict = flag === 'yes' ? 'spam' : flag === 'no' ? 'notSpam' : 'unknown'
  const fields: Record<string, string> = {}
  if (flag) fields.flag = flag
  return { source, filter, verdict, score, threshold, rules: spamAssassinTests(text), fields }
}

function rspamdResult(value: string, action: string | undefined): SpamVerdict {
  const text = value.slice(0, MAX_VALUE_CHARS)
  const head = /^\s*[\w-]+:\s*(true|false)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(text)
  const rules = [...text.matchAll(/;\s*([A-Z0-9_]{2,60})\(/g)]
    .map((match) => match[1] ?? '')
    .slice(0, MAX_RULES)
  const spam =
    head?.[1]?.toLowerCase() === 'true' || (action !== undefined && /reject|add header|rewrite/i.test(action))
  const fields: Record<string, string> = {}
  if (action) fields.action = action.trim().slice(0, 40)
  return {
    source: 'X-Spamd-Result',
    filter: 'rspamd',
    verdict: head || action ? (spam ? 'spam' : 'notSpam') : 'unknown',
    score: numberOrNull(head?.[2]),
    threshold: numberOrNull(head?.[3]),
    rules,
    fields,
  }
}

function proofpoint(value: string): SpamVerdict {
  const rule = /\brule=([a-z_]+)/i.exec(value)?.[1]?.toLowerCase() ?? ''
  const verdict = rule.startsWith('notspam')
    ? 'notSpam'
    : rule.includes('bulk')
      ? 'bulk'
      : rule.includes('spam')
        ? 'spam'
        : rule.includes('phish')
          ? 'phishing'
          : 'unknown'
  return {
    source: 'X-Proofpoint-Spam-Details',
    filter: 'proofpoint',
    verdict,
    score: numberOrNull(/\bscore=(-?[\d.]+)/i.exec(value)?.[1]),
    threshold: null,
    rules: rule ? [rule] : [],
    fields: rule ? { rule } : {},
  }
}

function simpleFlag(source: string, value: string, filter: SpamVerdict['filter']): SpamVerdict {
  const yes = /^\s*(yes|true|spam)\b/i.test(value)
  const no = /^\s*(no|false)\b/i.test(value)
  const score = numberOrNull(/-?\d+(?:\.\d+)?/.exec(value)?.[0])
  return {
    source,
    filter,
    verdict: yes ? 'spam' : no ? 'notSpam' : 'unknown',
    score: yes || no ? null : score,
    threshold: null,
    rules: [],
    fields: { value: value.trim().slice(0, 80) },
  }
}

/**
 * Every spam filter verdict in the headers, topmost (the recipient's own filter) first: Microsoft
 * (X-Forefront-Antispam-Report with X-Microsoft-Antispam's BCL, X-MS-Exchange-Organization-SCL),
 * SpamAssassin (X-Spam-Status, or X-Spam-Flag alone), rspamd, Barracuda, Proofpoint, Mimecast.
 */
export function readSpamVerdicts(headers: readonly HeaderField[]): SpamVerdict[] {
  const first = (key: string) => headers.find((header) => header.key === key)?.value
  const hasStatus = headers.some((header) => header.key === 'x-spam-status')
  const verdicts: SpamVerdict[] = []
  for (const { key, value } of headers) {
    if (verdicts.length >= MAX_VERDICTS) break
    if (key === 'x-forefront-antispam-report')
      verdicts.push(microsoftReport(value, first('x-microsoft-antispam')))
    else if (key === 'x-ms-exchange-organization-scl') verdicts.push(microsoftScl(value))
    else if (key === 'x-spam-status') verdicts.push(scoredStatus(value, 'spamassassin', 'X-Spam-Status'))
    else if (key === 'x-spam-flag' && !hasStatus)
      verdicts.push(simpleFlag('X-Spam-Flag', value, 'spamassassin'))
    else if (key === 'x-spamd-result') verdicts.push(rspamdResult(value, first('x-rspamd-action')))
    else if (key === 'x-barracuda-spam-status')
      verdicts.push(scoredStatus(value, 'barracuda', 'X-Barracuda-Spam-Status'))
    else if (key === 'x-proofpoint-spam-details') verdicts.push(proofpoint(value))
    else if (key === 'x-mimecast-spam-score')
      verdicts.push(simpleFlag('X-Mimecast-Spam-Score', value, 'mimecast'))
  }
  return verdicts
}
