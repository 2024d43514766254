import { ensureBuilt } from './harness/harness'

/** Builds the app once before the end-to-end specs, if its output is stale. */
export default function globalSetup(): void {
  if (!ensureBuilt()) throw new Error('electron-vite build failed')
}
