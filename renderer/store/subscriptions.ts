import type { AppStore } from './store'
import { api } from '../bridge/api'

/** Every subscription to events from main, in one place; returns a function that ends them all. */
export function connectMainEvents(store: AppStore): () => void {
  const unsubscribers = [
    api().onCheckProgress(({ runId, finding }) => store.getState().addFinding(runId, finding)),
  ]
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}
