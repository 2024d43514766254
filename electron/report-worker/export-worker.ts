/**
 * The worker thread that writes reports (Markdown, HTML, JSON, the HTML of a PDF), so masking and
 * escaping a large session never hold up the main process's event loop.
 */
import { parentPort } from 'node:worker_threads'
import { answerExport, type ExportRequest } from './export-job'

parentPort?.on('message', (request: ExportRequest) => {
  parentPort?.postMessage(answerExport(request))
})
