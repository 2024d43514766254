import type { Finding } from '../../shared/report'
import type { MailProvider } from '../../shared/knowledge/provider-catalogue'
import { identifyProvider, providerName } from '../../shared/knowledge/provider-identity'
import type { AppState } from './store'
import { walkStateOf } from './wizard-slice'
import { asksForTarget } from '../../shared/tree/decision-tree'

/** The person's provider: named, confirmed or found for the address; null when unknown. */
export function providerOf(state: AppState): MailProvider | null {
  return identifyProvider(walkStateOf(state)).provider
}

/** The numbers and names the mailbox look found (quota, the folder of the message), for its sentences. */
function mailboxParams(findings: readonly Finding[]): Record<string, string> {
  const params: Record<string, string> = {}
  for (const id of ['mailbox.quota', 'mailbox.find'] as const) {
    const found = findings.findLast((finding) => finding.id === id)
    for (const [name, value] of Object.entries(found?.title.params ?? {})) params[name] = String(value)
  }
  return params
}

/**
 * The facts the "why we came here" sentences name: the domain (in Unicode), the provider, and what
 * the mailbox look found.
 */
export function becauseParams(state: AppState, fallbackProvider: string): Record<string, string> {
  const run = state.runs.own
  const typed = state.trail.find((step) => asksForTarget(step.nodeId))?.answer ?? run.input
  const provider = providerOf(state)
  return {
    ...mailboxParams(run.findings),
    domain: run.report?.target.domainUnicode ?? typed,
    provider: providerName({ provider }) ?? fallbackProvider,
  }
}
