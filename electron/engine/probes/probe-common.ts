import { ProbeConnection } from './connection'
import { ProbeError } from './probe-error'
import type { ProbeFailure, ProbeOptions, ProbeTarget } from './probe-types'
import type { Transcript } from './transcript'

/** The kinds whose port speaks TLS from the first byte. */
const IMPLICIT_TLS_KINDS: ReadonlySet<ProbeTarget['kind']> = new Set(['submissions', 'imaps', 'pop3s'])

/**
 * A connection for a probe of this target: implicit TLS for `submissions`, `imaps` and `pop3s`,
 * lines up to the protocol's `maxLineBytes`, the options' deadlines, trust and resolver.
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
      ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
      ...(options.dnsServers ? { dnsServers: options.dnsServers } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
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
