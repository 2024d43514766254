import { useMemo } from 'react'
import { identifyProvider, type ProviderIdentity } from '../../shared/knowledge/provider-identity'
import { useAppStore } from './use-app-store'

/** Who runs the person's mail, as shared/knowledge/provider-identity.ts answers it for the walk so far. */
export function useProviderIdentity(): ProviderIdentity {
  const answers = useAppStore((state) => state.answers)
  const own = useAppStore((state) => state.runs.own.findings)
  return useMemo(() => identifyProvider({ answers, findings: { own } }), [answers, own])
}
