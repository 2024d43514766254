import type { CheckId, Finding, Msg, RemedyId, Status } from '../../../shared/report'
import type { CheckContext } from './check-context'
import type { DnsAnswer, DnsOutcome } from './dns-client'

/** What a check says about one subject, before the timing and the id are added. */
export interface Outcome {
  status: Status
  title: Msg
  detail: Msg
  evidence?: Record<string, unknown>
  remedies?: RemedyId[]
  subject?: string
}

/** Emits one finding of `id` with the time since `started`. */
export function report(ctx: CheckContext, id: CheckId, started: number, outcome: Outcome): Finding {
  const finding: Finding = {
    id,
    status: outcome.status,
    title: outcome.title,
    detail: outcome.detail,
    evidence: outcome.evidence ?? {},
    durationMs: Date.now() - started,
    remedies: outcome.remedies ?? [],
    ...(outcome.subject !== undefined ? { subject: outcome.subject } : {}),
  }
  ctx.emit(finding)
  return finding
}

/** A message in the dns namespace. */
export function msg(path: string, params?: Record<string, string | number>): Msg {
  return params ? { key: `dns:${path}`, params } : { key: `dns:${path}` }
}

/** True for outcomes that say something about the zone (the name exists or not), not about the asking. */
export function isDefinite(outcome: DnsOutcome): boolean {
  return outcome === 'ok' || outcome === 'nodata' || outcome === 'nxdomain'
}

/**
 * The finding for a query that could not be answered (SERVFAIL, REFUSED, timeout, CNAME loop,
 * malformed, stopped): status `error`, the check's own title, and the plain sentence for the outcome.
 */
export function queryProblem(
  titleKey: string,
  titleParams: Record<string, string | number>,
  answer: Pick<DnsAnswer, 'name' | 'type' | 'outcome' | 'server' | 'cnames'>,
  subject?: string,
): Outcome {
  return {
    status: 'error',
    title: msg(titleKey, titleParams),
    detail: msg(`outcome.${answer.outcome}`, { name: answer.name, type: answer.type, server: answer.server }),
    evidence: {
      query: {
        name: answer.name,
        type: answer.type,
        outcome: answer.outcome,
        server: answer.server,
        cnames: answer.cnames,
      },
    },
    remedies: answer.outcome === 'aborted' ? [] : ['dns-trouble'],
    ...(subject !== undefined ? { subject } : {}),
  }
}

/** What a query returned, for a finding's evidence. */
export function answerEvidence(answer: DnsAnswer): Record<string, unknown> {
  return {
    name: answer.name,
    type: answer.type,
    outcome: answer.outcome,
    records: answer.records,
    ...(answer.cnames.length > 0 ? { cnames: answer.cnames } : {}),
    ...(answer.truncated ? { truncatedOverUdp: true } : {}),
    server: answer.server,
    durationMs: answer.durationMs,
  }
}

/**
 * Runs one check so that nothing escapes: an exception becomes an `error` finding of that id, in
 * the person's language, instead of a stack trace.
 */
export async function guarded<T>(
  ctx: CheckContext,
  id: CheckId,
  check: () => Promise<T>,
): Promise<T | undefined> {
  const started = Date.now()
  try {
    return await check()
  } catch (error) {
    report(ctx, id, started, {
      status: 'error',
      title: msg('common.internalTitle'),
      detail: msg('common.internalDetail', {
        reason: error instanceof Error ? error.message : String(error),
      }),
      evidence: { error: error instanceof Error ? error.message : String(error) },
    })
    return undefined
  }
}

/** A record list for a sentence: `a, b, c`, or a dash when empty (the same in both languages). */
export function listOf(values: readonly (string | number)[]): string {
  return values.length > 0 ? values.join(', ') : '—'
}

/**
 * The names of the non-empty lists, in the order given (`add_remove`): the last part of a key
 * written once per combination, so a message never shows a part with nothing in it.
 */
export function nonEmptyParts(parts: Record<string, readonly unknown[]>): string {
  return Object.entries(parts)
    .filter(([, values]) => values.length > 0)
    .map(([name]) => name)
    .join('_')
}
