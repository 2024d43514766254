import { PROBE_PORTS, type ProbeKind } from '../../../shared/ipc'
import { hasControlCharacters } from '../../../shared/target'
import type { EngineOptions } from '../context/check-context'
import { probeFindings } from './classify'
import { probeImap } from './imap-probe'
import { probePop3 } from './pop3-probe'
import type { ProbeOptions, ProbeResult, ProbeTarget } from './probe-types'
import { probeSmtp } from './smtp-probe'

/** The target of a probe kind on a host, on the port EngineOptions.ports sets or the standard one. */
export function probeTarget(kind: ProbeKind, host: string, ports: EngineOptions['ports'] = {}): ProbeTarget {
  return { kind, host, port: ports[kind] ?? PROBE_PORTS[kind] }
}

/** The probe settings that follow from the engine's options (deadline per step, trust, resolver). */
export function probeOptionsFrom(
  options: EngineOptions & { stepTimeoutMs: number },
  extra: Pick<ProbeOptions, 'credentials' | 'envelope' | 'ehloName'> = {},
): ProbeOptions {
  return {
    stepTimeoutMs: options.stepTimeoutMs,
    ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
    ...(options.dnsServers && options.dnsServers.length > 0 ? { dnsServers: options.dnsServers } : {}),
    ...(options.allowPrivateAddresses !== undefined
      ? { allowPrivateAddresses: options.allowPrivateAddresses }
      : {}),
    ...extra,
  }
}

/**
 * Runs the probe that fits the target's kind. A host with control characters or a port out of
 * range ends as `bad-input` without any connection. Never throws.
 */
export function runProbe(
  target: ProbeTarget,
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  if (
    target.host.trim() === '' ||
    hasControlCharacters(target.host) ||
    /\s/.test(target.host) ||
    !Number.isInteger(target.port) ||
    target.port < 1 ||
    target.port > 65535
  )
    return Promise.resolve(badInput(target, options))
  const kind: ProbeKind = target.kind
  switch (kind) {
    case 'smtp':
    case 'submission':
    case 'submissions':
      return probeSmtp({ ...target, kind }, options, signal)
    case 'imap':
    case 'imaps':
      return probeImap({ ...target, kind }, options, signal)
    case 'pop3':
    case 'pop3s':
      return probePop3({ ...target, kind }, options, signal)
  }
}

function badInput(target: ProbeTarget, options: ProbeOptions): ProbeResult {
  const result: Omit<ProbeResult, 'findings'> = {
    target,
    reachable: false,
    failure: { code: 'bad-input', phase: 'dns', serverText: null },
    addresses: [],
    greeting: null,
    capabilities: [],
    smtp: null,
    tlsMode: 'none',
    tls: null,
    auth: null,
    envelope: null,
    timings: { total: 0 },
    transcript: [],
  }
  return {
    ...result,
    findings: probeFindings(result, options.credentials !== undefined, options.envelope !== undefined),
  }
}
