import { createPublicKey } from 'node:crypto'
import type { CheckContext } from '../context/check-context'
import type { DnsAnswer, DnsClient } from '../context/dns-client'
import {
  answerEvidence,
  isDefinite,
  listOf,
  msg,
  queryProblem,
  report,
  type Outcome,
} from '../context/findings'

/**
 * Selectors tried when the person gives none: the generic ones and those of the large providers
 * (Microsoft 365 selector1/2, Google `google`, OVHcloud `ovhmo…` cannot be guessed).
 */
export const COMMON_DKIM_SELECTORS = [
  'default',
  'dkim',
  'mail',
  'selector1',
  'selector2',
  'google',
  'k1',
  's1',
  's2',
]

/** Below this many bits receivers may ignore or reject a DKIM signature (RFC 8301 §3.2). */
const MIN_KEY_BITS = 1024
const GOOD_KEY_BITS = 2048

/** The size of a DKIM public key in bits, or undefined if it cannot be read. */
export function dkimKeyBits(keyType: string, base64: string): number | undefined {
  if (keyType === 'ed25519') return 256
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' })
    return key.asymmetricKeyDetails?.modulusLength
  } catch {
    return undefined
  }
}

function dkimTags(record: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const part of record.split(';')) {
    const at = part.indexOf('=')
    if (at > 0) tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).replace(/\s+/g, ''))
  }
  return tags
}

/** `dns.dkim`: the selectors the person gave plus common ones; key present, revoked, and its length. */
export async function checkDkim(ctx: CheckContext, client: DnsClient): Promise<void> {
  const started = Date.now()
  const given = (ctx.request.dkimSelectors ?? [])
    .map((selector) => selector.trim().toLowerCase())
    .filter((selector) => /^[a-z0-9._-]{1,63}$/.test(selector))
  const selectors = [...new Set([...given, ...COMMON_DKIM_SELECTORS])]
  const answers = await Promise.all(
    selectors.map(async (selector) => ({
      selector,
      answer: await client.txt(`${selector}._domainkey.${ctx.domain}`),
    })),
  )
  let found = 0
  for (const { selector, answer } of answers) {
    const name = answer.name
    const mine = given.includes(selector)
    const key = answer.records.map((record) => record.value).find((text) => /(^|;)\s*p\s*=/i.test(text))
    if (!isDefinite(answer.outcome)) {
      if (mine) report(ctx, 'dns.dkim', started, queryProblem('dkim.errorTitle', { selector }, answer, name))
      continue
    }
    if (key === undefined) {
      if (mine)
        report(ctx, 'dns.dkim', started, {
          status: 'warn',
          subject: name,
          title: msg('dkim.missingTitle', { selector }),
          detail: msg('dkim.missingDetail', { selector, name }),
          evidence: { dkim: answerEvidence(answer) },
          remedies: ['fix-dkim'],
        })
      continue
    }
    found += 1
    report(ctx, 'dns.dkim', started, keyFinding(selector, answer, key))
  }
  if (found === 0 && given.length === 0)
    report(ctx, 'dns.dkim', started, {
      status: 'info',
      subject: ctx.domain,
      title: msg('dkim.noneFoundTitle'),
      detail: msg('dkim.noneFoundDetail', { selectors: listOf(selectors) }),
      evidence: { tried: selectors },
    })
}

/** How strong a published key is, as the word its texts are named by. */
function keyKind(publicKey: string, bits: number | undefined) {
  if (publicKey === '') return 'revoked'
  if (bits === undefined) return 'unreadable'
  if (bits < MIN_KEY_BITS) return 'short'
  return bits < GOOD_KEY_BITS ? 'weak' : 'ok'
}

const KIND_STATUS = { revoked: 'fail', unreadable: 'fail', short: 'fail', weak: 'warn', ok: 'pass' } as const

/** The finding of one published key: present, revoked, unreadable, and how long. */
function keyFinding(selector: string, answer: DnsAnswer<'TXT'>, key: string): Outcome {
  const name = answer.name
  const tags = dkimTags(key)
  const publicKey = tags.get('p') ?? ''
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase()
  const bits = publicKey === '' ? undefined : dkimKeyBits(keyType, publicKey)
  const kind = keyKind(publicKey, bits)
  const status = KIND_STATUS[kind]
  return {
    status,
    subject: name,
    title: msg(`dkim.${kind}Title`, { selector, bits: bits ?? 0 }),
    detail: msg(`dkim.${kind}Detail`, { selector, name, bits: bits ?? 0, keyType }),
    evidence: { dkim: answerEvidence(answer), keyType, ...(bits ? { bits } : {}) },
    remedies: status === 'pass' ? [] : ['fix-dkim'],
  }
}
