import type { DiagnosisOptions } from '../../shared/headers/read-headers'
import type { HeaderReport } from '../../shared/headers/types'
import { callWorker } from './worker-call'

/** Reads pasted headers in a Web Worker, as the bounce reader does, on this thread where none starts. */
export function readHeadersOffThread(text: string, options: DiagnosisOptions): Promise<HeaderReport> {
  return callWorker(
    () => new Worker(new URL('./headers-worker.ts', import.meta.url), { type: 'module' }),
    { text, options },
    () => import('../../shared/headers/read-headers').then((module) => module.readHeaders(text, options)),
  )
}
