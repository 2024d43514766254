import { hasControlCharacters } from '../../../shared/target'
import { probeFindings } from './classify'
import { ProbeConnection } from './connection'
import { ProbeError } from './probe-error'
import type {
  AuthResult,
  EnvelopeResult,
  ProbeCredentials,
  ProbeFailure,
  ProbeOptions,
  ProbeResult,
  ProbeTarget,
  TlsMode,
} from './probe-types'
import type { SmtpCapabilities } from './smtp-reply'
import { secretForms } from './redact-secrets'
import type { Transcript } from './transcript'

/** The kinds whose port speaks TLS from the first byte. */
const IMPLICIT_TLS_KINDS: ReadonlySet<ProbeTarget['kind']> = new Set(['submissions', 'imaps', 'pop3s'])

/**
 * A connection for a probe of this target: implicit TLS for `submissions`, `imaps` and `pop3s`,
 * lines up to the protocol's `maxLineBytes`, the options' deadlines, trust and resolver, and the
 * login's password forms to remove from whatever the server sends.
 */
export function probeConnection(
  target: ProbeTarget,
  options: ProbeOptions,
  transcript: Transcript,
  signal: AbortSignal | undefined,
  maxLineBytes: number,
): ProbeConnection {
  return new ProbeConnection(
    {
      host: target.host,
      port: target.port,
      implicitTls: IMPLICIT_TLS_KINDS.has(target.kind),
      stepTimeoutMs: options.stepTimeoutMs,
      maxLineBytes,
      ...(options.credentials ? { secretForms: secretForms(options.credentials) } : {}),
      ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
      ...(options.dnsServers ? { dnsServers: options.dnsServers } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
      ...(options.allowPrivateAddresses !== undefined
        ? { allowPrivateAddresses: options.allowPrivateAddresses }
        : {}),
      ...(signal ? { signal } : {}),
    },
    transcript,
  )
}

/** Turns whatever stopped a probe into a ProbeFailure; a silent greeting reads as `no-greeting`. */
export function toFailure(error: unknown): ProbeFailure {
  if (error instanceof ProbeError) {
    const code = error.code === 'timeout' && error.phase === 'banner' ? 'no-greeting' : error.code
    return { code, phase: error.phase, serverText: error.serverText ?? null }
  }
  return {
    code: 'closed',
    phase: 'total',
    serverText: error instanceof Error ? error.message.slice(0, 200) : null,
  }
}

/** Whether a login may be tried here, or the reason it is refused before sending anything. */
export function loginRefusal(conn: ProbeConnection, credentials: ProbeCredentials): AuthResult | null {
  if (hasControlCharacters(credentials.user) || hasControlCharacters(credentials.password))
    return { outcome: 'bad-input', mechanism: null, reply: null }
  if (!conn.tls) return { outcome: 'refused-plaintext', mechanism: null, reply: null }
  if (!conn.verified) return { outcome: 'refused-unverified', mechanism: null, reply: null }
  return null
}

/** The SASL PLAIN token of a login (RFC 4616): base64 of UTF-8, so any password travels intact. */
export function saslPlainToken(credentials: ProbeCredentials): string {
  return Buffer.from(`\0${credentials.user}\0${credentials.password}`, 'utf8').toString('base64')
}

/** What a probe gathered, whichever its protocol. */
export interface ProbeFacts {
  target: ProbeTarget
  state: { addresses: string[]; greeting: string | null; tlsMode: TlsMode }
  failure: ProbeFailure | null
  conn: ProbeConnection
  capabilities: string[]
  smtp: SmtpCapabilities | null
  auth: AuthResult | null
  envelope: EnvelopeResult | null
}

/** A probe's result: its facts, timings and transcript, and the Findings they call for. */
export function probeOutcome(options: ProbeOptions, facts: ProbeFacts): ProbeResult {
  const { target, state, failure, conn, capabilities, smtp, auth, envelope } = facts
  const result = {
    target,
    reachable: state.greeting !== null,
    failure,
    ...state,
    capabilities,
    smtp,
    tls: conn.tls,
    auth,
    envelope,
    ...conn.transcript.finish(),
  } satisfies Omit<ProbeResult, 'findings'>
  return {
    ...result,
    findings: probeFindings(result, options.credentials !== undefined, options.envelope !== undefined),
  }
}
