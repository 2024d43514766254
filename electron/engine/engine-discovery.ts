import { randomUUID } from 'node:crypto'
import { runCheck } from './check'
import type { EngineOptions } from './context/check-context'
import type { DiscoverSettings } from './mail-programs/right-settings'

/** The engine's own settings discovery, with the run's options (DNS servers, deadlines, private addresses). */
export function engineDiscovery(options: EngineOptions = {}): DiscoverSettings {
  return async (address) => {
    const request = { runId: randomUUID(), input: address, only: ['discovery' as const] }
    const report = await runCheck({ ...request, checks: ['client.discovery'] }, options)
    return report.findings
  }
}
