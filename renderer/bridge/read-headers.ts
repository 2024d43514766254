import type { DiagnosisOptions } from '../../shared/headers/read-headers'
import type { HeaderReport } from '../../shared/headers/types'

const READ_DEADLINE_MS = 15_000

/**
 * Reads pasted headers in a Web Worker, as the bounce reader does, so a crafted paste never
 * freezes the window; gives up (and ends the worker) after a deadline. Where a worker cannot start
 * at all, it reads on this thread.
 */
export function readHeadersOffThread(text: string, options: DiagnosisOptions): Promise<HeaderReport> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./headers-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return readOnThisThread(text, options)
  }
  return new Promise<HeaderReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate()
      reject(new Error('timeout'))
    }, READ_DEADLINE_MS)
    worker.onmessage = (event: MessageEvent<HeaderReport>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = () => {
      clearTimeout(timer)
      worker.terminate()
      readOnThisThread(text, options).then(resolve, reject)
    }
    worker.postMessage({ text, options })
  })
}

function readOnThisThread(text: string, options: DiagnosisOptions): Promise<HeaderReport> {
  return import('../../shared/headers/read-headers').then((module) => module.readHeaders(text, options))
}
