/**
 * A signal that aborts with `signal` or after `ms`. Built from a plain timer on purpose: in Node 20
 * `AbortSignal.any([signal, AbortSignal.timeout(ms)])` can lose the timeout signal to garbage
 * collection and then never fire, leaving a silent server waiting for the whole run's deadline.
 */
export function withDeadline(signal: AbortSignal, ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const abort = () => controller.abort()
  const timer = setTimeout(() => controller.abort(new DOMException('deadline passed', 'TimeoutError')), ms)
  if (signal.aborted) controller.abort()
  else signal.addEventListener('abort', abort, { once: true })
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', abort)
    },
  }
}

/** Runs `work` with a signal that aborts with `signal` or after `ms`, and clears the timer after. */
export async function withinDeadline<T>(
  signal: AbortSignal,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = withDeadline(signal, ms)
  try {
    return await work(deadline.signal)
  } finally {
    deadline.clear()
  }
}

/** Resolves after `ms` without keeping the process alive. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

/** Resolves when `signal` aborts (at once if it already has). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
}
