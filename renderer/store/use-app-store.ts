import { initialLanguage } from './language'
import { createAppStore } from './store'

/** The renderer's store; components read it through selectors. */
export const useAppStore = createAppStore(initialLanguage())
