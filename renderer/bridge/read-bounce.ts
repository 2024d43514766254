import type { BounceInfo } from '../../shared/bounce/types'

const PARSE_DEADLINE_MS = 15_000

/**
 * Reads a pasted bounce in a Web Worker, so a 5 MB paste never freezes the window; gives up (and
 * ends the worker) after a deadline. Where a worker cannot start at all, it parses on this thread.
 */
export function readBounce(text: string): Promise<BounceInfo> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./bounce-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return readOnThisThread(text)
  }
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
    worker.onerror = () => {
      clearTimeout(timer)
      worker.terminate()
      readOnThisThread(text).then(resolve, reject)
    }
    worker.postMessage(text)
  })
}

function readOnThisThread(text: string): Promise<BounceInfo> {
  return import('../../shared/bounce/parse-bounce').then((module) => module.parseBounce(text))
}
