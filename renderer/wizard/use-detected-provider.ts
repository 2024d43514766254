import type { MailProvider } from '../../shared/knowledge/provider-catalogue'
import { walkProvider } from '../../shared/tree/provider-question'
import { useAppStore } from '../store/use-app-store'
import { walkStateOf } from '../store/wizard-slice'

/** The provider the walk speaks of: named, confirmed or found for the address (shared/tree/provider-question.ts). */
export function useDetectedProvider(): MailProvider | undefined {
  return useAppStore((state) => walkProvider(walkStateOf(state)))
}
