import { exportSession, type ExportFormat } from '../../shared/report-export'
import type { Language } from '../../shared/protocol/languages'
import type { SessionRecord } from '../../shared/session'

/** One report to write: a validated session, its format, language and whether to mask it for sharing. */
export interface ExportJob {
  session: SessionRecord
  format: ExportFormat
  language: Language
  shareSafely: boolean
}

/** A job as it crosses to the worker, with the id its answer carries back. */
export interface ExportRequest {
  id: number
  job: ExportJob
}

/** The worker's answer to one request: the report's text, or why it could not be written. */
export type ExportAnswer = { id: number; ok: true; text: string } | { id: number; ok: false; message: string }

/** Writes one report; an exception becomes an answer, so the worker keeps serving. */
export function answerExport({ id, job }: ExportRequest): ExportAnswer {
  try {
    return { id, ok: true, text: exportSession(job.session, job.format, job.language, job) }
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
