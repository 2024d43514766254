/** How long a reader may take in its worker before it is ended. */
const WORKER_DEADLINE_MS = 15_000

/**
 * Runs one reading in a Web Worker, so a huge or crafted paste never freezes the window: posts
 * `message`, resolves with the worker's one answer, and ends the worker after a deadline. Where a
 * worker cannot start or fails, `onThisThread` reads instead. `startWorker` stays in the caller,
 * so the bundler sees each worker's literal URL.
 */
export function callWorker<T>(
  startWorker: () => Worker,
  message: unknown,
  onThisThread: () => Promise<T>,
): Promise<T> {
  let worker: Worker
  try {
    worker = startWorker()
  } catch {
    return onThisThread()
  }
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate()
      reject(new Error('timeout'))
    }, WORKER_DEADLINE_MS)
    worker.onmessage = (event: MessageEvent<T>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = () => {
      clearTimeout(timer)
      worker.terminate()
      onThisThread().then(resolve, reject)
    }
    worker.postMessage(message)
  })
}
