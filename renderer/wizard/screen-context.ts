import type { MailProvider } from '../../shared/knowledge/provider-catalogue'
import { identifyProvider, providerName } from '../../shared/knowledge/provider-identity'
import type { AppState } from '../store/store'
import { walkStateOf } from '../store/wizard-slice'

/** The person's provider: named, confirmed or found for the address; null when unknown. */
export function providerOf(state: AppState): MailProvider | null {
  return identifyProvider(walkStateOf(state)).provider
}

/** The facts the "why we came here" sentences name: the domain (in Unicode) and the provider. */
export function becauseParams(state: AppState, fallbackProvider: string): Record<string, string> {
  const run = state.runs.own
  const typed = state.trail.find((step) => step.nodeId === 'target')?.answer ?? run.input
  const provider = providerOf(state)
  return {
    domain: run.report?.target.domainUnicode ?? typed,
    provider: providerName({ provider }) ?? fallbackProvider,
  }
}
