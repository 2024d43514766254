import { dkimVerify } from 'mailauth/lib/dkim/verify.js'
import { MAX_HEADER_INPUT_CHARS } from '../../../shared/headers/limits'
import { toAuthResult } from '../../../shared/headers/authentication'
import type { LocalDkimCheck } from '../../../shared/headers/types'
import { ENGINE_DEFAULTS, type EngineOptions } from '../context/check-context'
import { createRunDnsClient } from '../dns'
import type { DnsClient } from '../context/dns-client'
import { withinDeadline } from '../util/deadline'

/** The DNS error codes mailauth understands, for each way a TXT question can end without records. */
const DNS_ERRORS: Readonly<Record<string, string>> = { nxdomain: 'ENOTFOUND', nodata: 'ENODATA' }

/**
 * A mailauth resolver over the engine's DNS client: TXT answers as mailauth expects them; a missing
 * name or record as ENOTFOUND/ENODATA (the key is absent: permerror); anything else as a timeout
 * (temperror), so a DNS failure is never read as a bad signature.
 */
export function mailauthResolver(dns: DnsClient) {
  return async (name: string, type: string): Promise<string[][]> => {
    if (type !== 'TXT') throw Object.assign(new Error(`${type} not asked`), { code: 'ENOTFOUND' })
    const answer = await dns.txt(name)
    if (answer.outcome === 'ok') return answer.records.map((record) => [record.value])
    throw Object.assign(new Error(answer.outcome), { code: DNS_ERRORS[answer.outcome] ?? 'ETIMEOUT' })
  }
}

/** True when the text has a body after its header block (DKIM signs the body too). */
function hasBody(text: string): boolean {
  return /\r?\n[ \t]*\r?\n[\s\S]*\S/.test(text)
}

/**
 * Verifies the message's DKIM signatures again with mailauth, asking the engine's DNS for the keys.
 * Pasted headers without the text cannot be verified (the body hash would fail), and say so.
 */
export async function verifyDkimLocally(message: string, dns: DnsClient): Promise<LocalDkimCheck> {
  const text = message.slice(0, MAX_HEADER_INPUT_CHARS)
  if (!/^DKIM-Signature:/im.test(text)) return { outcome: 'no-signature', signatures: [] }
  if (!hasBody(text)) return { outcome: 'headers-only', signatures: [] }
  const verified = await dkimVerify(text.replace(/\r?\n/g, '\r\n'), { resolver: mailauthResolver(dns) })
  const signatures = verified.results.slice(0, 20).map((entry) => ({
    domain: entry.signingDomain,
    selector: entry.selector ?? null,
    result: toAuthResult(entry.status.result),
    comment: (entry.status.comment ?? '').slice(0, 200),
  }))
  return signatures.length === 0
    ? { outcome: 'no-signature', signatures }
    : { outcome: 'verified', signatures }
}

/** DKIM verified again for a front: the engine's DNS settings, under the engine's deadline. */
export function verifyDkim(
  message: string,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<LocalDkimCheck> {
  const settings = { ...ENGINE_DEFAULTS, ...options }
  return withinDeadline(signal, settings.timeoutMs, (deadline) =>
    verifyDkimLocally(message, createRunDnsClient(settings, deadline)),
  )
}
