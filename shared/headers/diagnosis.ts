import type { RemedyId } from '../knowledge/remedies'
import { formatDuration } from './duration'
import type { AuthVerdicts, HeaderRemedy, HeaderRole, Hop, SpamVerdict } from './types'

/** A delay from this many seconds up counts as the message being late at that point. */
export const LATE_SECONDS = 120

/** What the diagnosis needs besides the headers: the reader's role, and the provider's facts. */
export interface DiagnosisOptions {
  role?: HeaderRole
  /** The SPF mechanism of the sender's provider (`include:mx.ovh.com`), from its profile. */
  spfInclude?: string
  /** The domain the person gave: a From domain that contradicts the role overrules it (see role.ts). */
  ownDomain?: string
}

/** What the diagnosis reads. */
export interface DiagnosisInput {
  hops: Hop[]
  slowestHop: number | null
  beforeFirstHopSeconds: number | null
  auth: AuthVerdicts
  spam: SpamVerdict[]
  greylistSeconds: number | null
}

/** Rules that say the sending IP is on a blocklist (allowlists such as DNSWL are not). */
const IP_BLOCKLIST_RULE =
  /^(?:RCVD_IN_(?!DNSWL|MSPIKE_H|VALIDITY|IADB)|RBL_|RECEIVED_SPAMHAUS|RECEIVED_SPAMCOP|RECEIVED_BARRACUDA)/i
/** Rules about the sending server's reverse DNS (PTR), which its operator sets. */
const RDNS_RULE = /^(?:RDNS_NONE|RDNS_DYNAMIC|HFILTER_HOSTNAME_UNKNOWN|RDNS_NONE_DELAYED)$/i
const NOT_CONTENT_RULE =
  /^(?:SFV|CAT|BCL):|^BAYES_[0-4]|^(?:R_|DMARC_|MIME_GOOD|MID_|HAS_|ARC_|ASN|RCVD_(?:COUNT|TLS|VIA))|DNSWL|^ALL_TRUSTED$/i
const AUTH_RULE = /(?:SPF|DKIM|DMARC|ARC)/i
const BULK_RULE = /BULK|FREEMAIL_FORGED|MAILING_LIST/i

/** A remedy; a `seconds` parameter also gets its readable `duration`. */
function remedy(
  id: RemedyId,
  topic: HeaderRemedy['topic'],
  params: HeaderRemedy['params'] = {},
): HeaderRemedy {
  const seconds = params.seconds
  const withDuration = typeof seconds === 'number' ? { ...params, duration: formatDuration(seconds) } : params
  return { id, topic, params: withDuration }
}

function spfMechanism(auth: AuthVerdicts, options: DiagnosisOptions): string | null {
  if (options.spfInclude) return options.spfInclude
  if (auth.clientIp === null) return null
  return `${auth.clientIp.includes(':') ? 'ip6' : 'ip4'}:${auth.clientIp}`
}

/** The DKIM remedy: publish or correct the key the signature names, or start signing at all. */
function dkimRemedy(auth: AuthVerdicts): HeaderRemedy | null {
  const domain = auth.fromDomain ?? auth.dkimDomain
  if (auth.dkim === 'fail' || auth.dkim === 'permerror') {
    const signer = auth.dkimDomain ?? domain
    if (signer === null) return null
    return remedy('dkim-fix-key', 'auth', {
      record: `${auth.dkimSelector ?? '<selector>'}._domainkey.${signer}`,
      domain: signer,
    })
  }
  if (auth.dkim === 'none' || (auth.dkim === null && auth.dmarc === 'fail')) {
    return domain === null
      ? null
      : remedy('dkim-enable', 'auth', { domain, record: `<selector>._domainkey.${domain}` })
  }
  if (auth.dkim === 'pass' && auth.dmarc === 'fail' && domain !== null)
    return remedy('dkim-align', 'auth', { domain, signer: auth.dkimDomain ?? '' })
  return null
}

function spfRemedy(auth: AuthVerdicts, options: DiagnosisOptions): HeaderRemedy | null {
  const domain = auth.spfDomain ?? auth.fromDomain
  if (domain === null) return null
  const mechanism = spfMechanism(auth, options)
  if (auth.spf === 'permerror') return remedy('spf-repair', 'auth', { domain, record: domain })
  if (auth.spf !== 'fail' && auth.spf !== 'softfail' && auth.spf !== 'none') return null
  if (mechanism === null) return remedy('spf-ask-value', 'auth', { domain, record: domain })
  const id = auth.spf === 'none' ? 'spf-create' : 'spf-authorise-server'
  return remedy(id, 'auth', { domain, record: domain, mechanism, value: `v=spf1 ${mechanism} ~all` })
}

/** The sender's authentication remedies (for a recipient: ask the sender to make them). */
function authRemedies(auth: AuthVerdicts, options: DiagnosisOptions): HeaderRemedy[] {
  const fixes = [spfRemedy(auth, options), dkimRemedy(auth)].filter((fix) => fix !== null)
  if (auth.dmarc === 'none' && auth.fromDomain !== null)
    fixes.push(
      remedy('dmarc-publish', 'auth', { domain: auth.fromDomain, record: `_dmarc.${auth.fromDomain}` }),
    )
  if (options.role !== 'recipient' || fixes.length === 0) return fixes
  const failing = (['spf', 'dkim', 'dmarc'] as const).filter(
    (method) => auth[method] !== 'pass' && auth[method] !== null,
  )
  return [
    remedy('ask-sender-fix-auth', 'auth', {
      domain: auth.fromDomain ?? auth.spfDomain ?? '',
      checks: failing.map((method) => method.toUpperCase()).join(', '),
    }),
  ]
}

/** The sending IP a blocklist would list: SPF's client IP, else the first public IP entering the recipient. */
function sendingIp(auth: AuthVerdicts, hops: readonly Hop[]): string | null {
  if (auth.clientIp) return auth.clientIp
  const entry = hops.find((hop) => hop.area === 'receivingSide' && hop.fromIp !== null)
  return entry?.fromIp ?? null
}

function spamRemedies(input: DiagnosisInput, options: DiagnosisOptions): HeaderRemedy[] {
  const fixes: HeaderRemedy[] = []
  const verdict = input.spam[0]
  const rules = input.spam.flatMap((entry) => entry.rules)
  if (input.spam.some((entry) => entry.verdict === 'blocked'))
    fixes.push(remedy('recipient-blocked-sender', 'spam', { source: verdict?.source ?? '' }))
  if (input.spam.some((entry) => entry.rules.some((rule) => rule === 'SFV:SKS' || rule === 'SFV:SKQ')))
    fixes.push(remedy('recipient-admin-rule', 'spam', {}))
  const ip = sendingIp(input.auth, input.hops)
  const listed = rules.filter((rule) => IP_BLOCKLIST_RULE.test(rule))
  if (listed.length > 0 && ip !== null)
    fixes.push(remedy('sending-ip-delist', 'spam', { ip, rules: listed.slice(0, 5).join(', ') }))
  if (ip !== null && rules.some((rule) => RDNS_RULE.test(rule)))
    fixes.push(remedy('sending-ip-ptr', 'spam', { ip }))
  if (input.spam.some((entry) => entry.verdict === 'bulk') || rules.some((rule) => BULK_RULE.test(rule)))
    fixes.push(remedy('bulk-content', 'spam', {}))
  const contentRules = rules.filter(
    (rule) =>
      !IP_BLOCKLIST_RULE.test(rule) &&
      !RDNS_RULE.test(rule) &&
      !AUTH_RULE.test(rule) &&
      !NOT_CONTENT_RULE.test(rule),
  )
  const judgedSpam = input.spam.find((entry) => entry.verdict === 'spam' && entry.score !== null)
  if (judgedSpam && contentRules.length > 0)
    fixes.push(
      remedy('spam-content', 'spam', {
        rules: contentRules.slice(0, 6).join(', '),
        source: judgedSpam.source,
      }),
    )
  const judged = input.spam.find((entry) => entry.verdict === 'spam' || entry.verdict === 'phishing')
  if (judged && fixes.length === 0)
    fixes.push(remedy('filter-judged-spam', 'spam', { source: judged.source, score: judged.score ?? '' }))
  if (options.role === 'recipient') fixes.push(remedy('mark-not-spam', 'spam', {}))
  return fixes
}

/** True when a clock error right before the hop could explain its delay. */
function skewExplains(hops: readonly Hop[], index: number): boolean {
  const delay = hops[index]?.delaySeconds ?? 0
  return hops.slice(0, index).some((hop) => hop.clockSkew && Math.abs(hop.delaySeconds ?? 0) * 2 >= delay)
}

function delayRemedies(input: DiagnosisInput): HeaderRemedy[] {
  const fixes: HeaderRemedy[] = []
  const { hops, slowestHop } = input
  const before = input.beforeFirstHopSeconds
  if (before !== null && before >= LATE_SECONDS)
    fixes.push(remedy('outbox-delay', 'delay', { seconds: before, host: hops[0]?.by ?? '' }))
  if (before !== null && before <= -LATE_SECONDS)
    fixes.push(remedy('sender-clock', 'delay', { seconds: -before }))
  const skewed = hops.findIndex((hop) => hop.clockSkew)
  if (skewed > 0) {
    const hop = hops[skewed]
    const params = {
      host: hops[skewed - 1]?.by ?? '',
      next: hop?.by ?? '',
      seconds: -(hop?.delaySeconds ?? 0),
    }
    fixes.push(remedy('server-clock-skew', 'delay', params))
  }
  const slow = slowestHop === null ? undefined : hops[slowestHop]
  const delay = slow?.delaySeconds ?? 0
  if (slow && slowestHop !== null && delay >= LATE_SECONDS && !skewExplains(hops, slowestHop)) {
    const holder = hops[slowestHop - 1]?.by ?? slow.from ?? ''
    const params = { host: holder, next: slow.by ?? '', seconds: delay }
    const greylist = input.greylistSeconds
    if (greylist !== null && slow.area !== 'sendingSide' && greylist * 10 >= delay * 8)
      fixes.push(remedy('greylisting', 'delay', { ...params, greylistSeconds: greylist }))
    else if (slow.area === 'receivingSide') fixes.push(remedy('recipient-server-delay', 'delay', params))
    else if (slow.area === 'sendingSide') fixes.push(remedy('sender-server-delay', 'delay', params))
    else fixes.push(remedy('hand-over-delay', 'delay', params))
  }
  if (fixes.length === 0 && hops.length > 0)
    fixes.push(remedy('no-delay-in-headers', 'delay', { at: hops.at(-1)?.at ?? '' }))
  return fixes
}

/**
 * The remedies the headers support, delay first, then the sender's authentication, then the spam
 * verdict. Only what a header says leads to a remedy; no header, no claim.
 */
export function diagnose(input: DiagnosisInput, options: DiagnosisOptions = {}): HeaderRemedy[] {
  const auth = authRemedies(input.auth, options)
  const spam = spamRemedies(input, options)
  if (auth.length === 0 && spam.length === 0) spam.push(remedy('mark-not-spam', 'spam', {}))
  return [...delayRemedies(input), ...auth, ...spam]
}
