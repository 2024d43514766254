import type { BounceInfo } from '../../shared/bounce/types'
import { callWorker } from './worker-call'

/** Reads a pasted bounce in a Web Worker (see worker-call.ts), on this thread where none starts. */
export function readBounce(text: string): Promise<BounceInfo> {
  return callWorker(
    () => new Worker(new URL('./bounce-worker.ts', import.meta.url), { type: 'module' }),
    text,
    () => import('../../shared/bounce/parse-bounce').then((module) => module.parseBounce(text)),
  )
}
