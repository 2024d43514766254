/**
 * The probes of a whole check: which servers to test, found from the MX records, the typed
 * servers, the SRV records or the provider's settings, each probe starting the moment its server
 * is known and reporting the moment it ends.
 */
import type { CLIENT_PROBE_KINDS, ProbeKind } from '../../shared/ipc'
import type { ClientSettings, ServerSetting } from '../../shared/knowledge/provider-catalogue'
import type { Finding, Msg, RemedyId } from '../../shared/report'
import { ranOutOfTime, type CheckContext, type CheckModule } from './context/check-context'
import { discoveryOf } from './discovery/discover'
import type { DnsClient, DnsOutcome, SrvData } from './context/dns-client'
import { receivingHosts } from './dns/receiving-hosts'
import { PROBE_CHECK_IDS, SERVICE_LABEL } from './probes/classify'
import type { HostLookup } from './probes/probe-types'
import { ProbeError } from './probes/probe-error'
import type { ProbeTarget } from './probes/probe-types'
import { probeOptionsFrom, probeTarget, runProbe } from './probes/run-probe'

/** Where the server of a probe came from, kept in the evidence for support staff. */
export type ServerSource = 'mx' | 'typed' | 'srv' | 'provider'

/** A server to probe and where we learnt of it. */
export interface PlannedProbe {
  target: ProbeTarget
  source: ServerSource
}

/** The SRV service name (RFC 6186 / RFC 8314) of each client kind. */
const SRV_SERVICES: Record<(typeof CLIENT_PROBE_KINDS)[number], string> = {
  submission: '_submission._tcp',
  submissions: '_submissions._tcp',
  imap: '_imap._tcp',
  imaps: '_imaps._tcp',
  pop3: '_pop3._tcp',
  pop3s: '_pop3s._tcp',
}

/** A client kind: every probe kind but the MX one. */
export type ClientKind = keyof typeof SRV_SERVICES

/** A host lookup on the run's shared DNS client, so a probe reuses the answers the DNS checks got. */
export function sharedLookup(dns: DnsClient): HostLookup {
  return async (host) => {
    const found = await dns.addresses(host)
    if (found.addresses.length > 0) return found.addresses.map((entry) => entry.address)
    throw lookupError(found.outcome)
  }
}

function lookupError(outcome: DnsOutcome): ProbeError {
  if (outcome === 'aborted') return new ProbeError('aborted', 'dns')
  if (outcome === 'nxdomain' || outcome === 'nodata' || outcome === 'cname-loop')
    return new ProbeError('name-not-found', 'dns', outcome)
  return new ProbeError('dns-timeout', 'dns', outcome)
}

/** What the MX records say about the servers that receive the domain's mail. */
type MailHosts = { kind: 'hosts'; hosts: string[] } | { kind: 'null' | 'none' | 'unknown' | 'stopped' }

/** The hosts that receive mail for the domain, as `receivingHosts` decides them for every check. */
async function mailHosts(ctx: CheckContext): Promise<MailHosts> {
  const found = await receivingHosts(ctx.dns, ctx.domain)
  if (found.hosts.length > 0) return { kind: 'hosts', hosts: found.hosts }
  if (found.kind === 'nxdomain' || found.kind === 'mx' || found.kind === 'fallback') return { kind: 'none' }
  return { kind: found.kind }
}

/**
 * Runs one probe on the shared DNS client and reports its findings as soon as it ends. When the
 * whole check's deadline stopped it, its connection finding says so instead of "stopped".
 */
export async function runPlannedProbe(ctx: CheckContext, planned: PlannedProbe): Promise<void> {
  const options = probeOptionsFrom(ctx.options)
  const result = await runProbe(planned.target, { ...options, lookup: sharedLookup(ctx.dns) }, ctx.signal)
  const timeUp = result.failure?.code === 'aborted' && ranOutOfTime(ctx.signal)
  for (const [index, finding] of result.findings.entries()) {
    const evidence = { ...finding.evidence, source: planned.source }
    if (index === 0 && timeUp) {
      const params = serviceParams(ctx, planned.target.kind, planned.target.host, planned.target.port)
      ctx.emit({
        ...finding,
        status: 'error',
        title: msg('timeUp.title', params),
        detail: msg('timeUp.detail', params),
        evidence,
        remedies: [],
      })
    } else ctx.emit({ ...finding, evidence })
  }
}

function serviceParams(ctx: CheckContext, kind: ProbeKind, host = '', port: number | string = '') {
  return { service: SERVICE_LABEL[kind], domain: ctx.domain, host, port }
}

function msg(path: string, params: Record<string, string | number>): Msg {
  return { key: `probe:orchestration.${path}`, params }
}

/** A finding of a probe that could not run; `skipped` says why in plain words. */
function notRun(
  ctx: CheckContext,
  kind: ProbeKind,
  status: Finding['status'],
  textKey: string,
  evidence: Record<string, unknown>,
  remedies: RemedyId[] = [],
): void {
  const params = serviceParams(ctx, kind)
  ctx.emit({
    id: PROBE_CHECK_IDS[kind],
    subject: ctx.domain,
    status,
    title: msg(`${textKey}.title`, params),
    detail: msg(`${textKey}.detail`, params),
    evidence,
    durationMs: 0,
    remedies,
  })
}

/** The finding of a probe whose server was still being looked for when the check was stopped. */
function stoppedBeforeStart(ctx: CheckContext, kind: ProbeKind): void {
  notRun(ctx, kind, 'error', ranOutOfTime(ctx.signal) ? 'timeUpBeforeStart' : 'cancelledBeforeStart', {
    reason: ranOutOfTime(ctx.signal) ? 'deadline' : 'cancelled',
  })
}

/** `smtp.mx`: port 25 on every MX host, each probe starting as soon as the MX answer is in. */
export async function probeMailServers(ctx: CheckContext): Promise<void> {
  const found = await mailHosts(ctx)
  if (found.kind === 'stopped') return stoppedBeforeStart(ctx, 'smtp')
  if (found.kind !== 'hosts') {
    const remedies = (
      { null: ['fix-mx'], none: ['add-mx'], unknown: ['dns-trouble'] } satisfies Record<string, RemedyId[]>
    )[found.kind]
    return notRun(ctx, 'smtp', 'skipped', `mx.${found.kind}`, { mx: found.kind }, remedies)
  }
  await Promise.all(
    found.hosts.map((host) =>
      runPlannedProbe(ctx, { target: probeTarget('smtp', host, ctx.options.ports), source: 'mx' }),
    ),
  )
}

/** The server of a client kind in the settings discovery found (our profiles, ISP database, autoconfig...). */
async function providerSetting(ctx: CheckContext, kind: ClientKind): Promise<ServerSetting | undefined> {
  const winner = await discoveryOf(ctx).winner
  return winner ? settingFor(winner.client, kind) : undefined
}

/** The server client settings give for a probe kind, if that kind is the one they use. */
function settingFor(client: ClientSettings, kind: ClientKind): ServerSetting | undefined {
  const pick = (setting: ServerSetting | undefined, ssl: ClientKind, starttls: ClientKind) =>
    setting && (setting.security === 'ssl' ? ssl : starttls) === kind ? setting : undefined
  return (
    pick(client.smtp, 'submissions', 'submission') ??
    pick(client.imap, 'imaps', 'imap') ??
    pick(client.pop3, 'pop3s', 'pop3')
  )
}

/** The best SRV record of a service (lowest priority, then highest weight); none for target ".". */
async function srvServer(ctx: CheckContext, kind: ClientKind): Promise<SrvData | 'stopped' | undefined> {
  const answer = await ctx.dns.srv(`${SRV_SERVICES[kind]}.${ctx.domain}`)
  if (answer.outcome === 'aborted') return 'stopped'
  const best = answer.records
    .map((record) => record.value)
    .sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0]
  return best && best.target !== '' ? best : undefined
}

/**
 * The servers to test for a client kind: those the person typed, else the SRV record, else the
 * offer's settings. A port the person typed wins, then EngineOptions.ports, then the source's own.
 */
async function clientServers(ctx: CheckContext, kind: ClientKind): Promise<PlannedProbe[] | 'stopped'> {
  const configured = ctx.options.ports?.[kind]
  const at = (host: string, port: number | undefined, source: ServerSource): PlannedProbe => ({
    target: { ...probeTarget(kind, host, ctx.options.ports), ...(port ? { port } : {}) },
    source,
  })
  const typed = (ctx.request.servers ?? []).filter((server) => server.kind === kind)
  if (typed.length > 0) return typed.map((server) => at(server.host, server.port, 'typed'))
  const srv = await srvServer(ctx, kind)
  if (srv === 'stopped') return 'stopped'
  if (srv) return [at(srv.target, configured ?? srv.port, 'srv')]
  const setting = await providerSetting(ctx, kind)
  if (ctx.signal.aborted) return 'stopped'
  return setting ? [at(setting.host, configured ?? setting.port, 'provider')] : []
}

/** Probes one client kind on every server found for it, or says why there is none. */
export async function probeClientKind(ctx: CheckContext, kind: ClientKind): Promise<void> {
  const planned = await clientServers(ctx, kind)
  if (planned === 'stopped') return stoppedBeforeStart(ctx, kind)
  if (planned.length === 0)
    return notRun(ctx, kind, 'skipped', 'unknownServer', { searched: ['typed', 'srv', 'provider'] })
  await Promise.all(planned.map((probe) => runPlannedProbe(ctx, probe)))
}

/** True for a port-25 probe of an MX host whose connection timed out. */
function port25TimedOut(finding: Finding): boolean {
  const failure = finding.evidence.failure as { code?: string } | null | undefined
  return finding.id === 'smtp.mx' && failure?.code === 'connect-timeout'
}

/**
 * The same finding, said as what it most likely is when the submission ports answered: the
 * person's internet line blocks port 25 (common on home lines), which does not stop their mail
 * program. Never "the server is down".
 */
function port25Blocked(finding: Finding): Finding {
  const params = { ...(finding.title.params ?? {}) }
  return {
    ...finding,
    status: 'info',
    title: msg('port25Blocked.title', params),
    detail: msg('port25Blocked.detail', params),
    evidence: { ...finding.evidence, port25BlockedLikely: true },
    remedies: [],
  }
}

/**
 * The `smtp` area: port 25 of every MX host, and the submission ports 587 and 465. A port-25
 * timeout is held back until the submission probes end, so it can be told as a blocked home line
 * when they answered.
 */
export const smtpModule: CheckModule = async (ctx) => {
  const held: Finding[] = []
  let submissionAnswered = false
  const mxCtx: CheckContext = {
    ...ctx,
    emit: (finding) => (port25TimedOut(finding) ? held.push(finding) : ctx.emit(finding)),
  }
  const submissionCtx: CheckContext = {
    ...ctx,
    emit: (finding) => {
      if (finding.status === 'pass' && finding.id !== 'smtp.auth') submissionAnswered = true
      ctx.emit(finding)
    },
  }
  await Promise.all([
    probeMailServers(mxCtx),
    probeClientKind(submissionCtx, 'submission'),
    probeClientKind(submissionCtx, 'submissions'),
  ])
  for (const finding of held) ctx.emit(submissionAnswered ? port25Blocked(finding) : finding)
}

/** The `imap` area: IMAP with STARTTLS (143) and IMAP over TLS (993). */
export const imapModule: CheckModule = async (ctx) => {
  await Promise.all([probeClientKind(ctx, 'imap'), probeClientKind(ctx, 'imaps')])
}

/** The `pop3` area: POP3 with STLS (110) and POP3 over TLS (995). */
export const pop3Module: CheckModule = async (ctx) => {
  await Promise.all([probeClientKind(ctx, 'pop3'), probeClientKind(ctx, 'pop3s')])
}
