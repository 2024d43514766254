import { setMaxListeners } from 'node:events'
import { CHECK_AREAS, type CheckArea, type CheckRequest } from '../../shared/ipc'
import type { CheckId, Finding, Report } from '../../shared/report'
import { parseTarget, type ParsedTarget } from '../../shared/target'
import { APP_VERSION } from '../../shared/version'
import {
  ENGINE_DEFAULTS,
  type CheckContext,
  type CheckModule,
  type EngineOptions,
} from './context/check-context'
import { createRunDnsClient, dnsModule, registrationModule } from './dns'
import { discoveryModule } from './discovery/discover'
import { imapModule, pop3Module, smtpModule } from './probe-modules'
import { delay, whenAborted } from './util/deadline'

/** The check modules of each area; an area without a module yet runs nothing. */
const MODULES: Partial<Record<CheckArea, CheckModule>> = {
  dns: dnsModule,
  registration: registrationModule,
  discovery: discoveryModule,
  smtp: smtpModule,
  imap: imapModule,
  pop3: pop3Module,
}

/** After a cancel or the deadline, modules get this long to report what they could not finish. */
const ABORT_GRACE_MS = 300

/** Hooks of one run: where findings go as they arrive, and how the run is cancelled. */
export interface RunHooks {
  onFinding?: (finding: Finding) => void
  signal?: AbortSignal
}

/** A target the engine can work with. */
type GoodTarget = Extract<ParsedTarget, { ok: true }>

/**
 * Runs every check the request asks for, all areas at once, and resolves with the Report when all
 * have finished or the whole deadline has passed (whichever comes first). Never rejects.
 * With `request.checks`, the areas of `request.only` still run whole (a check may need the answers
 * of another, e.g. the MX hosts need the MX), but only findings with those ids are reported; a
 * target that cannot be read is always reported, since it is why nothing ran.
 */
export async function runCheck(
  request: CheckRequest,
  options: EngineOptions = {},
  hooks: RunHooks = {},
): Promise<Report> {
  const started = Date.now()
  const findings: Finding[] = []
  const wanted = request.checks ? new Set<CheckId>(request.checks) : null
  const emit = (finding: Finding) => {
    findings.push(finding)
    hooks.onFinding?.(finding)
  }
  const emitWanted = (finding: Finding) => {
    if (!wanted || wanted.has(finding.id)) emit(finding)
  }
  const target = parseTarget(request.input)
  const report = (domain: string, domainUnicode: string): Report => ({
    tool: 'maildoctor',
    version: APP_VERSION,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    target: { input: request.input, domain, domainUnicode },
    findings,
  })
  if (!target.ok) {
    emit(unreadableTarget(target, started))
    return report('', '')
  }
  emitWanted(readTarget(target, started))
  await runAreas(request, target, { ...ENGINE_DEFAULTS, ...options }, hooks.signal, emitWanted)
  return report(target.domain, target.domainUnicode)
}

/** The `input.domain` finding of a target that cannot be read: why, in the person's words. */
function unreadableTarget(target: Extract<ParsedTarget, { ok: false }>, started: number): Finding {
  return {
    id: 'input.domain',
    status: 'fail',
    title: { key: 'input:finding.badTitle' },
    detail: target.params
      ? { key: `input:error.${target.error}`, params: target.params }
      : { key: `input:error.${target.error}` },
    evidence: { error: target.error },
    durationMs: Date.now() - started,
    remedies: [],
  }
}

/** The `input.domain` finding of a target that was read: shown in Unicode, the ASCII form kept in the evidence. */
function readTarget(target: GoodTarget, started: number): Finding {
  return {
    id: 'input.domain',
    subject: target.domain,
    status: 'pass',
    title: { key: 'input:finding.okTitle', params: { domain: target.domainUnicode } },
    detail: {
      key: 'input:finding.okDetail',
      params: { domain: target.domain, domainUnicode: target.domainUnicode },
    },
    evidence: { domain: target.domain, domainUnicode: target.domainUnicode, localPart: target.localPart },
    durationMs: Date.now() - started,
    remedies: [],
  }
}

/**
 * Runs the modules of the asked areas on one context, under the whole deadline and the person's
 * cancel. After either, modules get ABORT_GRACE_MS to report what they could not finish; findings
 * that come later are dropped.
 */
async function runAreas(
  request: CheckRequest,
  target: GoodTarget,
  settings: CheckContext['options'],
  cancel: AbortSignal | undefined,
  emit: (finding: Finding) => void,
): Promise<void> {
  let closed = false
  // A plain timer, not AbortSignal.timeout: in Node 20 that signal can be garbage-collected inside
  // AbortSignal.any and never fire (see withDeadline in util/deadline.ts).
  const stop = new AbortController()
  const signal = stop.signal
  // Every DNS query, probe connection and read of the run listens for the cancel.
  setMaxListeners(0, signal)
  const deadline = setTimeout(
    () => stop.abort(new DOMException('the check ran out of time', 'TimeoutError')),
    settings.timeoutMs,
  )
  const onCancel = () => stop.abort(new DOMException('the check was cancelled', 'AbortError'))
  if (cancel?.aborted) onCancel()
  else cancel?.addEventListener('abort', onCancel, { once: true })
  const ctx: CheckContext = {
    request,
    domain: target.domain,
    domainUnicode: target.domainUnicode,
    localPart: target.localPart,
    options: settings,
    signal,
    dns: createRunDnsClient(settings, signal),
    emit: (finding) => {
      if (!closed) emit(finding)
    },
  }
  const running = (request.only ?? CHECK_AREAS).flatMap((area) => {
    const module = MODULES[area]
    return module ? [module(ctx).catch(() => undefined)] : []
  })
  const allDone = Promise.all(running)
  try {
    await Promise.race([allDone, whenAborted(signal)])
    if (signal.aborted) await Promise.race([allDone, delay(ABORT_GRACE_MS)])
  } finally {
    clearTimeout(deadline)
    cancel?.removeEventListener('abort', onCancel)
    // Whatever is still open after the grace period is closed now.
    if (!signal.aborted) stop.abort(new DOMException('the check has ended', 'AbortError'))
    closed = true
  }
}
