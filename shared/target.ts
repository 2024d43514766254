import { toASCII, toUnicode } from 'tr46'

/** Why a typed domain or address was refused; each has a sentence under `input:error.<code>`. */
export type TargetError =
  | 'empty'
  | 'control-characters'
  | 'too-long'
  | 'bad-address'
  | 'local-part-too-long'
  | 'ip-literal'
  | 'single-label'
  | 'label-too-long'
  | 'domain-too-long'
  | 'empty-label'
  | 'invalid-characters'

/** A domain or address the engine can work with, or the reason it cannot. */
export type ParsedTarget =
  | {
      ok: true
      input: string
      domain: string
      domainUnicode: string
      localPart: string | null
      /** What the checks use, when it differs from what was typed: `www.`, a web address or `mailto:` removed. */
      normalised: string | null
    }
  | { ok: false; input: string; error: TargetError; params?: Record<string, string | number> }

const CONTROL_CHARACTERS = /[\r\n\0]/
const ADDRESS_MAX = 254
/** The longest text read as a target; longer is refused as too long. */
export const TARGET_INPUT_MAX = 1024
const LOCAL_PART_MAX = 64
const LABEL_MAX = 63
const DOMAIN_MAX = 253

/** True when a value contains CR, LF or NUL, which must never reach a protocol command line. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value)
}

/**
 * Turns what a person typed (a domain or an email address) into the ASCII domain (UTS-46,
 * non-transitional) and its Unicode form. CR, LF and NUL are refused before anything else.
 */
export function parseTarget(raw: string): ParsedTarget {
  const input = raw
  const fail = (error: TargetError, params?: Record<string, string | number>): ParsedTarget =>
    params ? { ok: false, input, error, params } : { ok: false, input, error }

  if (hasControlCharacters(raw)) return fail('control-characters')
  if (raw.trim().length > TARGET_INPUT_MAX) return fail('too-long', { max: ADDRESS_MAX })
  const trimmed = mailPart(raw.trim())
  if (trimmed === '') return fail('empty')
  if (trimmed.length > TARGET_INPUT_MAX) return fail('too-long', { max: ADDRESS_MAX })

  let localPart: string | null = null
  let domainPart = trimmed
  const at = trimmed.lastIndexOf('@')
  if (at !== -1) {
    localPart = trimmed.slice(0, at)
    domainPart = trimmed.slice(at + 1)
    if (trimmed.length > ADDRESS_MAX) return fail('too-long', { max: ADDRESS_MAX })
    if (localPart === '' || domainPart === '' || /\s/.test(localPart)) return fail('bad-address')
    if (localPart.length > LOCAL_PART_MAX) return fail('local-part-too-long', { max: LOCAL_PART_MAX })
  }

  domainPart = domainPart.replace(/\.$/, '')
  if (looksLikeIp(domainPart)) return fail('ip-literal')
  if (localPart === null) domainPart = withoutWww(domainPart)

  const ascii = toASCII(domainPart, {
    checkHyphens: true,
    checkBidi: true,
    checkJoiners: true,
    useSTD3ASCIIRules: true,
    transitionalProcessing: false,
  })
  if (ascii === null) return fail(describeLabelProblem(domainPart))
  const domain = ascii.toLowerCase()
  if (looksLikeIp(domain)) return fail('ip-literal') // full-width digits and dots read as ASCII now
  const labels = domain.split('.')
  if (labels.some((label) => label === '')) return fail('empty-label')
  const longLabel = labels.find((label) => label.length > LABEL_MAX)
  if (longLabel !== undefined) return fail('label-too-long', { max: LABEL_MAX, length: longLabel.length })
  if (domain.length > DOMAIN_MAX) return fail('domain-too-long', { max: DOMAIN_MAX, length: domain.length })
  if (labels.length < 2) return fail('single-label')

  const domainUnicode = toUnicode(domain, { transitionalProcessing: false }).domain
  const used = localPart === null ? domainUnicode : `${localPart}@${domainUnicode}`
  const typed = raw.trim().replace(/\.$/, '').toLowerCase()
  const normalised = used.toLowerCase() === typed || domain === typed ? null : used
  return { ok: true, input, domain, domainUnicode, localPart, normalised }
}

const WWW = /^www\d*\./i

/**
 * The part of what was typed that names the mail: `mailto:` and its `?subject=…` dropped, a web
 * address reduced to its host (no scheme, user, port, path, query or fragment).
 */
function mailPart(value: string): string {
  const mailto = /^mailto:([^?]*)/i.exec(value)
  if (mailto) return decodeURIComponentSafely(mailto[1] ?? '').trim()
  const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)(?::\d*)?(?:[/?#].*)?$/i.exec(value)
  if (url) return url[1] ?? ''
  const bare = /^([^@/?#:\s]+\.[^@/?#:\s]+)(?::\d+)?(?:[/?#].*)?$/.exec(value)
  return bare ? (bare[1] ?? '') : value
}

function decodeURIComponentSafely(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** `www.example.it` names a web site; its mail is `example.it` (kept when only two labels are left). */
function withoutWww(domain: string): string {
  return WWW.test(domain) && domain.split('.').length > 2 ? domain.replace(WWW, '') : domain
}

/**
 * True for anything a resolver or a browser could read as an IP address: `[…]`, IPv6 with colons,
 * and any name whose last label is a number (`127.1`, `0x7f.1`, `0177.0.0.1`, `1.2.3.4.5`): no
 * top-level domain is numeric.
 */
function looksLikeIp(domain: string): boolean {
  if (/^\[.*\]$/.test(domain) || domain.includes(':')) return true
  const last = domain.split('.').at(-1) ?? ''
  return /^(\d+|0x[0-9a-f]*)$/i.test(last)
}

function describeLabelProblem(domain: string): TargetError {
  if (domain.split('.').some((label) => label === '')) return 'empty-label'
  return 'invalid-characters'
}
