import type { BounceInfo } from '../../shared/bounce/types'

const PARSE_DEADLINE_MS = 15_000

/** Reads a pasted bounce in a Web Worker; gives up (and ends the worker) after a deadline. */
export function readBounce(text: string): Promise<BounceInfo> {
  const worker = new Worker(new URL('./bounce-worker.ts', import.meta.url), { type: 'module' })
  return new Promise<BounceInfo>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate()
      reject(new Error('timeout'))
    }, PARSE_DEADLINE_MS)
    worker.onmessage = (event: MessageEvent<BounceInfo>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      clearTimeout(timer)
      worker.terminate()
      reject(new Error(event.message))
    }
    worker.postMessage(text)
  })
}
