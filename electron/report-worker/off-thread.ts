import { Worker } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportAnswer, ExportJob, ExportRequest } from './export-job'

/** How long a report may take to write before the worker is stopped and the export refused. */
export const EXPORT_DEADLINE_MS = 20_000
/** The most heap the report worker may use (a session is at most a few MiB of JSON). */
const WORKER_HEAP_MB = 512

/** Writes reports on a worker thread, one after another, each within its deadline. */
export interface ExportRunner {
  /** The report's text; rejects when the job fails, outlives the deadline or the worker dies. */
  run: (job: ExportJob) => Promise<string>
  /** Stops the worker (the next job starts a new one). */
  close: () => Promise<void>
}

interface Pending {
  resolve: (text: string) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

/**
 * Starts the worker: the built `export-worker.js` beside the main bundle, or, when running from the
 * TypeScript sources (the harness, the CLI, the tests under tsx or vitest), the `.ts` entry through
 * tsx's loader.
 */
function startWorker(): Worker {
  const here = import.meta.url
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }
  if (!here.endsWith('.ts')) {
    const builtEntry = 'export-worker.js'
    return new Worker(new URL(builtEntry, here), options)
  }
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'))
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href
  const entry = new URL('./export-worker.ts', here).href
  const boot = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`
  return new Worker(boot, { ...options, eval: true })
}

/** Creates a runner whose jobs each get `deadlineMs`; a late job stops the worker and fails. */
export function createExportRunner(deadlineMs = EXPORT_DEADLINE_MS): ExportRunner {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  const failAll = (error: Error) => {
    for (const job of pending.values()) {
      clearTimeout(job.timer)
      job.reject(error)
    }
    pending.clear()
  }
  const stop = async (error: Error) => {
    const stopping = worker
    worker = null
    failAll(error)
    if (stopping) await stopping.terminate()
  }
  const settle = (answer: ExportAnswer) => {
    const job = pending.get(answer.id)
    if (!job) return
    pending.delete(answer.id)
    clearTimeout(job.timer)
    if (answer.ok) job.resolve(answer.text)
    else job.reject(new Error(answer.message))
    if (pending.size === 0) worker?.unref()
  }
  const ensureWorker = (): Worker => {
    if (worker) return worker
    const started = startWorker()
    started.on('message', settle)
    started.on('error', (error) => void stop(error))
    started.on('exit', () => {
      if (worker === started) void stop(new Error('the report worker stopped'))
    })
    worker = started
    return started
  }

  return {
    run: (job) =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++
        const timer = setTimeout(() => {
          void stop(new Error(`writing the report took longer than ${deadlineMs} ms`))
        }, deadlineMs)
        pending.set(id, { resolve, reject, timer })
        const target = ensureWorker()
        target.ref()
        target.postMessage({ id, job } satisfies ExportRequest)
      }),
    close: () => stop(new Error('the report worker was closed')),
  }
}
