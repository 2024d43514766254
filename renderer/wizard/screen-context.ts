import type { MailProvider } from '../../shared/knowledge/provider-catalogue'
import { isProviderId, providerProfile } from '../../shared/knowledge/providers'
import { effectiveOffer } from '../../shared/tree/walker'
import type { AppState } from '../store/store'
import { walkStateOf } from '../store/wizard-slice'

/** The profile of the person's provider, named or recognised from the MX records; null when unknown. */
export function providerOf(state: AppState): MailProvider | null {
  const offer = effectiveOffer(walkStateOf(state))
  return (isProviderId(offer) ? providerProfile(offer) : undefined) ?? null
}

/** The facts the "why we came here" sentences name: the domain (in Unicode) and the provider. */
export function becauseParams(state: AppState, fallbackProvider: string): Record<string, string> {
  const run = state.runs.own
  const typed = state.trail.find((step) => step.nodeId === 'target')?.answer ?? run.input
  const profile = providerOf(state)
  return {
    domain: run.report?.target.domainUnicode ?? typed,
    provider: profile ? `${profile.company} ${profile.name}` : fallbackProvider,
  }
}
