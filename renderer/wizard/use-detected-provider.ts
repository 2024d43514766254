import { detectedProvider } from '../../shared/knowledge/detected-provider'
import type { MailProvider } from '../../shared/knowledge/provider-catalogue'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'

/** The provider found for the person's address (see shared/knowledge/detected-provider.ts). */
export function useDetectedProvider(): MailProvider | undefined {
  return useAppStore((state) =>
    detectedProvider(walkStateOf(state).answers.offer ?? null, state.runs.own.findings),
  )
}
