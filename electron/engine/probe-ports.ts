import { PROBE_PORTS, type ProbeKind } from '../../shared/ipc'

/**
 * Reads `kind=port,...` (e.g. `submission=2587,imaps=2993`) into EngineOptions.ports; throws an
 * Error whose message names the wrong part.
 */
export function parseProbePorts(value: string): Partial<Record<ProbeKind, number>> {
  const ports: Partial<Record<ProbeKind, number>> = {}
  for (const pair of value.split(',')) {
    const [kind = '', port = ''] = pair.split('=').map((part) => part.trim())
    if (!Object.hasOwn(PROBE_PORTS, kind))
      throw new Error(`ports take ${Object.keys(PROBE_PORTS).join(', ')}; "${kind}" is not one of them`)
    const number = Number(port)
    if (!/^\d+$/.test(port) || number < 1 || number > 65535)
      throw new Error(`the port of ${kind} must be between 1 and 65535, not "${port}"`)
    ports[kind as ProbeKind] = number
  }
  return ports
}
