/**
 * Settings discovery, as Thunderbird's account setup does it: every source at once, each under its
 * own deadline (the guess, which connects to hosts nobody named, only when all others came back
 * empty); the best source by priority that found settings wins; every outcome is kept as evidence
 * in the `client.discovery` finding. The winner is known as soon as no better source is
 * still running, so the probes that use it need not wait for the slow ones.
 */
import {
  DISCOVERY_SOURCES,
  type DiscoveredSettings,
  type DiscoverySource,
  type SourceOutcome,
} from '../../../shared/knowledge/discovered-settings'
import type { Finding } from '../../../shared/report'
import type { CheckContext, CheckModule } from '../context/check-context'
import { guessServers } from './guess'
import {
  autoconfigSource,
  autodiscoverSource,
  ispDbMxSource,
  ispDbSource,
  profileMxSource,
  profileSource,
  srvSource,
  type DiscoveryEnv,
  type SourceResult,
} from './sources'

/** The outcome of a whole discovery. */
export interface Discovery {
  /** The winning settings, known as soon as no better source is still running. */
  winner: Promise<DiscoveredSettings | null>
  /** Every source's outcome, in priority order, once all have ended. */
  outcomes: Promise<SourceOutcome[]>
  startedAt: number
}

/** Discoveries by the run's signal: modules may pass a copy of the context, never of the signal. */
const runs = new WeakMap<AbortSignal, Discovery>()

/** The discovery of a run, started on first use and shared by the finding and the probes. */
export function discoveryOf(ctx: CheckContext): Discovery {
  let run = runs.get(ctx.signal)
  if (!run) {
    run = startDiscovery(ctx)
    runs.set(ctx.signal, run)
  }
  return run
}

function envOf(ctx: CheckContext): DiscoveryEnv {
  return {
    domain: ctx.domain,
    address: ctx.localPart ? `${ctx.localPart}@${ctx.domain}` : null,
    declared: ctx.request.provider,
    dns: ctx.dns,
    httpsPort: ctx.options.httpsPort ?? 443,
    allowPrivate: ctx.options.allowPrivateAddresses,
    extraCaPem: ctx.options.extraCaPem,
    deadlineMs: ctx.options.stepTimeoutMs,
    signal: ctx.signal,
  }
}

/** Runs `work` under its own deadline; a source that overruns ends as `timeout`. */
async function timed(
  source: DiscoverySource,
  deadlineMs: number,
  work: () => Promise<SourceResult> | SourceResult,
): Promise<SourceOutcome> {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<SourceResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'timeout' }), deadlineMs)
  })
  try {
    const result = await Promise.race([Promise.resolve().then(work), late])
    return { source, durationMs: Date.now() - started, ...result }
  } catch (error) {
    return { source, durationMs: Date.now() - started, status: 'error', reason: (error as Error).message }
  } finally {
    clearTimeout(timer)
  }
}

function guessSource(ctx: CheckContext): () => Promise<SourceResult> {
  return async () => {
    const guess = await guessServers(ctx.domain, ctx.dns, ctx.options, ctx.signal)
    const from = Object.entries(guess.tried)
      .map(([where, what]) => `${where} ${what}`)
      .join('; ')
    if (!guess.smtp || (!guess.imap && !guess.pop3)) return { status: 'none', from }
    const client = {
      ...(guess.imap ? { imap: guess.imap } : {}),
      ...(guess.pop3 ? { pop3: guess.pop3 } : {}),
      smtp: guess.smtp,
      userIsFullAddress: true,
    }
    return {
      status: 'found',
      from,
      settings: { source: 'guess', providerId: null, providerName: null, client, signIn: 'password' },
    }
  }
}

function startDiscovery(ctx: CheckContext): Discovery {
  const env = envOf(ctx)
  const step = ctx.options.stepTimeoutMs
  // The guess waits for connections and TLS handshakes: a few steps' worth, still bounded.
  const work: Record<DiscoverySource, [number, () => Promise<SourceResult> | SourceResult]> = {
    profile: [step, () => profileSource(env)],
    ispdb: [step, () => ispDbSource(env)],
    autoconfig: [step * 2, () => autoconfigSource(env)],
    'profile-mx': [step * 2, () => profileMxSource(env)],
    'ispdb-mx': [step * 2, () => ispDbMxSource(env)],
    autodiscover: [step * 3, () => autodiscoverSource(env)],
    srv: [step * 2, () => srvSource(env)],
    guess: [step * 4, guessSource(ctx)],
  }
  const startedAt = Date.now()
  const early = DISCOVERY_SOURCES.filter((source) => source !== 'guess').map((source) =>
    timed(source, work[source][0], work[source][1]),
  )
  // The guess connects to hosts nobody named: it starts only when every other source came back empty.
  const guess = Promise.all(early).then((outcomes) =>
    outcomes.some((outcome) => outcome.settings)
      ? {
          source: 'guess' as const,
          durationMs: 0,
          status: 'skipped' as const,
          reason: 'settings already found',
        }
      : timed('guess', work.guess[0], work.guess[1]),
  )
  const running = [...early, guess]
  return { winner: firstByPriority(running), outcomes: Promise.all(running), startedAt }
}

/** Resolves with the settings of the best source that found some, as soon as no better one runs. */
function firstByPriority(running: Promise<SourceOutcome>[]): Promise<DiscoveredSettings | null> {
  return new Promise((resolve) => {
    const done: (SourceOutcome | undefined)[] = running.map(() => undefined)
    const settle = () => {
      for (const outcome of done) {
        if (outcome === undefined) return
        if (outcome.settings) return resolve(outcome.settings)
      }
      resolve(null)
    }
    for (const [index, promise] of running.entries())
      void promise.then((outcome) => {
        done[index] = outcome
        settle()
      })
  })
}

function msg(key: string, params: Record<string, string | number> = {}) {
  return { key: `discovery:${key}`, params }
}

/** The `client.discovery` finding: the winner, and what every source did. */
export async function reportDiscovery(ctx: CheckContext): Promise<void> {
  const run = discoveryOf(ctx)
  const [winner, outcomes] = await Promise.all([run.winner, run.outcomes])
  const wallMs = Date.now() - run.startedAt
  const slowestMs = Math.max(...outcomes.map((outcome) => outcome.durationMs))
  const failed = outcomes.filter((o) => o.status === 'error' || o.status === 'timeout').length
  const redirects = outcomes.filter((o) => o.status === 'redirect')
  const evidence = { settings: winner, sources: outcomes, wallMs, slowestSourceMs: slowestMs }
  const base: Pick<Finding, 'id' | 'subject' | 'evidence' | 'durationMs' | 'remedies'> = {
    id: 'client.discovery',
    subject: ctx.domain,
    evidence,
    durationMs: wallMs,
    remedies: [],
  }
  if (winner) {
    const smtp = winner.client.smtp
    const incoming = winner.client.imap ?? winner.client.pop3
    ctx.emit({
      ...base,
      status: 'pass',
      title: msg('foundTitle', { domain: ctx.domain }),
      detail: msg(`foundDetail.${winner.source}`, {
        provider: winner.providerName ?? ctx.domain,
        incoming: incoming ? `${incoming.host}:${incoming.port}` : '—',
        outgoing: `${smtp.host}:${smtp.port}`,
      }),
    })
    return
  }
  const allFailed = failed === outcomes.length
  ctx.emit({
    ...base,
    status: allFailed ? 'error' : 'info',
    title: msg(allFailed ? 'failedTitle' : 'noneTitle', { domain: ctx.domain }),
    detail: msg(redirects.length > 0 ? 'redirectDetail' : allFailed ? 'failedDetail' : 'noneDetail', {
      domain: ctx.domain,
      redirect: redirects.map((o) => o.redirectTo ?? '').join(', '),
    }),
  })
}

/** The `discovery` area: the `client.discovery` finding. */
export const discoveryModule: CheckModule = (ctx) => reportDiscovery(ctx)
