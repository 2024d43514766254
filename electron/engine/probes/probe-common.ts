import type { ConnectionOptions } from './connection'
import { ProbeError } from './probe-error'
import type { ProbeFailure, ProbeOptions, ProbeTarget } from './probe-types'

/** The connection settings of a probe, from its target and options. */
export function connectionOptions(
  target: ProbeTarget,
  options: ProbeOptions,
  implicitTls: boolean,
  maxLineBytes: number,
  signal: AbortSignal | undefined,
): ConnectionOptions {
  return {
    host: target.host,
    port: target.port,
    implicitTls,
    stepTimeoutMs: options.stepTimeoutMs,
    maxLineBytes,
    ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
    ...(options.dnsServers ? { dnsServers: options.dnsServers } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(signal ? { signal } : {}),
  }
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
