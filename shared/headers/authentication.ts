import type { AuthResult, AuthVerdicts } from './types'

/** A header as the reader keeps it: lower-case name, unfolded value. */
export interface HeaderField {
  key: string
  value: string
}

const RESULTS = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'])
/** Older names some servers still write (RFC 5451 `hardfail`, RFC 4408 `error`). */
const RESULT_ALIASES: Readonly<Record<string, AuthResult>> = {
  hardfail: 'fail',
  temperr: 'temperror',
  permerr: 'permerror',
  error: 'temperror',
}
const MAX_VALUE_CHARS = 8192

/** Reads an RFC 8601 result word; null for anything else. */
export function toAuthResult(word: string | undefined): AuthResult {
  const lower = (word ?? '').toLowerCase()
  if (RESULTS.has(lower)) return lower as AuthResult
  return RESULT_ALIASES[lower] ?? null
}

/** The value without its comments (`(...)`, nested), quotes kept as they are. */
export function withoutComments(value: string): string {
  let depth = 0
  let out = ''
  for (const char of value.slice(0, MAX_VALUE_CHARS)) {
    if (char === '(') depth++
    else if (char === ')' && depth > 0) depth--
    else if (depth === 0) out += char
  }
  return out
}

interface MethodResult {
  method: string
  result: AuthResult
  props: Record<string, string>
}

/** Splits one Authentication-Results value into its server id and its method results. */
export function parseAuthenticationResults(value: string): {
  authservId: string | null
  results: MethodResult[]
} {
  const segments = withoutComments(value)
    .split(';')
    .map((part) => part.trim())
  const first = segments[0] ?? ''
  const authservId = first.includes('=') ? null : (first.split(/\s+/)[0] ?? null)
  const results: MethodResult[] = []
  for (const segment of authservId === null ? segments : segments.slice(1)) {
    const words = segment.split(/\s+/).filter(Boolean)
    const head = /^([a-z0-9-]+)(?:\/\d+)?\s*=\s*([a-z]+)$/i.exec(words[0] ?? '')
    if (!head || results.length >= 50) continue
    const props: Record<string, string> = {}
    for (const word of words.slice(1)) {
      const prop = /^([a-z0-9-]+(?:\.[a-z0-9-]+)?)=(.+)$/i.exec(word)
      if (prop?.[1] && prop[2] && !(prop[1].toLowerCase() in props))
        props[prop[1].toLowerCase()] = prop[2].replace(/^"|"$/g, '')
    }
    results.push({ method: (head[1] ?? '').toLowerCase(), result: toAuthResult(head[2]), props })
  }
  return { authservId: authservId?.toLowerCase() ?? null, results }
}

function domainOfIdentity(identity: string | undefined): string | null {
  if (!identity) return null
  const domain = identity.slice(identity.lastIndexOf('@') + 1).toLowerCase()
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain) ? domain : null
}

function emptyVerdicts(fromDomain: string | null): AuthVerdicts {
  return {
    spf: null,
    dkim: null,
    dmarc: null,
    arc: null,
    recordedBy: null,
    spfDomain: null,
    dkimDomain: null,
    dkimSelector: null,
    fromDomain,
    clientIp: null,
    dkimResults: [],
    compauth: null,
    sources: {},
  }
}

/** The best DKIM result: a pass (aligned with From first), else the first signature's result. */
function pickDkim(verdicts: AuthVerdicts): void {
  const passes = verdicts.dkimResults
    .filter((entry) => entry.result === 'pass')
    .sort((a, b) => Number(b.selector !== null) - Number(a.selector !== null))
  const aligned = passes.find(
    (entry) =>
      entry.domain !== null &&
      verdicts.fromDomain !== null &&
      (verdicts.fromDomain === entry.domain || verdicts.fromDomain.endsWith(`.${entry.domain}`)),
  )
  const chosen = aligned ?? passes[0] ?? verdicts.dkimResults[0]
  if (!chosen) return
  verdicts.dkim = chosen.result
  verdicts.dkimDomain = chosen.domain
  verdicts.dkimSelector = chosen.selector
}

function applyResult(verdicts: AuthVerdicts, entry: MethodResult, source: string): void {
  const { method, result, props } = entry
  if (method === 'dkim') {
    verdicts.dkimResults.push({
      result,
      domain: props['header.d']?.toLowerCase() ?? domainOfIdentity(props['header.i']),
      selector: props['header.s'] ?? null,
    })
    verdicts.sources.dkim ??= source
    return
  }
  if (method === 'compauth') {
    verdicts.compauth ??= result
    return
  }
  if (method !== 'spf' && method !== 'dmarc' && method !== 'arc') return
  if (verdicts[method] !== null) return
  verdicts[method] = result
  verdicts.sources[method] = source
  if (method === 'spf') {
    verdicts.spfDomain = domainOfIdentity(props['smtp.mailfrom']) ?? domainOfIdentity(props['smtp.helo'])
    verdicts.clientIp ??= props['smtp.client-ip'] ?? null
  }
  if (method === 'dmarc') verdicts.fromDomain ??= domainOfIdentity(props['header.from'])
}

/** Reads Received-SPF (`Pass (...) client-ip=...; envelope-from=...`) into the SPF verdict. */
function applyReceivedSpf(verdicts: AuthVerdicts, value: string): void {
  const result = toAuthResult(/^\s*([a-z]+)/i.exec(value)?.[1])
  if (result === null) return
  verdicts.spf = result
  verdicts.sources.spf = 'Received-SPF'
  const plain = withoutComments(value)
  verdicts.clientIp ??= /client-ip=([0-9a-f:.]+)/i.exec(plain)?.[1] ?? null
  verdicts.spfDomain = domainOfIdentity(/envelope-from=<?"?([^\s;>"]+)/i.exec(plain)?.[1])
}

/** The highest-instance ARC-Authentication-Results' own `arc=` result. */
function arcFromArcResults(headers: readonly HeaderField[]): AuthResult {
  let best: { instance: number; result: AuthResult } | null = null
  for (const header of headers) {
    if (header.key !== 'arc-authentication-results') continue
    const instance = Number(/^\s*i=(\d+)/.exec(header.value)?.[1] ?? 0)
    const rest = header.value.replace(/^\s*i=\d+\s*;?/, '')
    const arc = parseAuthenticationResults(rest).results.find((entry) => entry.method === 'arc')
    if (arc && (best === null || instance > best.instance)) best = { instance, result: arc.result }
  }
  return best?.result ?? null
}

/**
 * The verdicts of the last receiving server: the topmost Authentication-Results and every other one
 * from the same server (lower ones may be forged by the sender, so they are not read); Received-SPF
 * and ARC-Authentication-Results fill what it leaves out.
 */
export function readAuthentication(headers: readonly HeaderField[], fromDomain: string | null): AuthVerdicts {
  const verdicts = emptyVerdicts(fromDomain)
  const results = headers.filter((header) => header.key === 'authentication-results').slice(0, 50)
  const top = results[0] ? parseAuthenticationResults(results[0].value) : null
  verdicts.recordedBy = top?.authservId ?? null
  for (const header of results) {
    const parsed = parseAuthenticationResults(header.value)
    if (parsed.authservId !== verdicts.recordedBy) continue
    for (const entry of parsed.results) applyResult(verdicts, entry, 'Authentication-Results')
  }
  pickDkim(verdicts)
  // A server that evaluated DMARC looked at every DKIM signature: listing none means there was none.
  if (
    verdicts.dkim === null &&
    verdicts.dmarc !== null &&
    verdicts.sources.dmarc === 'Authentication-Results'
  ) {
    verdicts.dkim = 'none'
    verdicts.sources.dkim = 'Authentication-Results'
  }
  const receivedSpf = headers.find((header) => header.key === 'received-spf')
  if (verdicts.spf === null && receivedSpf) applyReceivedSpf(verdicts, receivedSpf.value)
  if (verdicts.arc === null) {
    verdicts.arc = arcFromArcResults(headers)
    if (verdicts.arc !== null) verdicts.sources.arc = 'ARC-Authentication-Results'
  }
  return verdicts
}
