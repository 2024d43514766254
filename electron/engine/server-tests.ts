/**
 * The tests a person runs on one server, beside the whole check: a login, the envelope test on the
 * recipient's mail server, and the round trip. Each has its own deadline on top of the cancel.
 */
import type {
  EnvelopeProbeResponse,
  LoginProbeResponse,
  MailboxProbeRequest,
  MailboxProbeResponse,
  ProbeKind,
  RoundTripRequest,
  RoundTripResponse,
} from '../../shared/ipc'
import { ENGINE_DEFAULTS, type EngineOptions } from './context/check-context'
import { createRunDnsClient } from './dns'
import { receivingHosts } from './dns/receiving-hosts'
import type { ProbeCredentials, ProbeOptions, ProbeResult, ProbeTarget } from './probes/probe-types'
import { testMailboxLook } from './probes/mailbox-look'
import { roundTrip } from './probes/round-trip'
import { probeOptionsFrom, probeTarget, runProbe } from './probes/run-probe'
import { withinDeadline } from './util/deadline'

/** How long the round trip watches the mailbox before it says the message did not arrive. */
export const ROUND_TRIP_WAIT_MS = 120_000

/** A server a person named: a probe kind and host, on its standard (or configured) port unless given. */
export interface NamedServer {
  kind: ProbeKind
  host: string
  port?: number | undefined
}

/** The target of a named server: its own port, else the one EngineOptions.ports sets, else the standard. */
function targetOf(server: NamedServer, options: EngineOptions): ProbeTarget {
  return {
    ...probeTarget(server.kind, server.host, options.ports),
    ...(server.port !== undefined ? { port: server.port } : {}),
  }
}

/** A login test on one server: the connection finding, then the login finding. */
export function testLogin(
  server: NamedServer,
  credentials: ProbeCredentials,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<LoginProbeResponse> {
  const settings = { ...ENGINE_DEFAULTS, ...options }
  return withinDeadline(signal, settings.timeoutMs, async (deadline) => {
    const result = await runProbe(
      targetOf(server, options),
      probeOptionsFrom(settings, { credentials }),
      deadline,
    )
    return { findings: result.findings }
  })
}

/** The addresses of an envelope test; no `from` announces the null sender `<>`. */
export interface EnvelopeRequest {
  recipient: string
  from?: string | undefined
}

/** The envelope test and the whole probe behind it (the CLI prints the probe's data with --json). */
export interface EnvelopeTest extends EnvelopeProbeResponse {
  probe: ProbeResult | null
}

/**
 * The envelope test: asks the recipient domain's most preferred receiving host (as `dns.mx` and the
 * port 25 probes decide them) whether it takes the address, with MAIL FROM and RCPT TO and no DATA.
 * `mxHost` is null, with no findings, when the domain has no host that receives mail.
 */
export function testEnvelope(
  request: EnvelopeRequest,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<EnvelopeTest> {
  const settings = { ...ENGINE_DEFAULTS, ...options }
  return withinDeadline(signal, settings.timeoutMs, async (deadline) => {
    const domain = request.recipient.slice(request.recipient.lastIndexOf('@') + 1).toLowerCase()
    const found = await receivingHosts(createRunDnsClient(settings, deadline), domain)
    const mxHost = found.hosts[0] ?? null
    if (!mxHost) return { mxHost, findings: [], probe: null }
    const envelope = { from: request.from ?? '', to: request.recipient }
    const probe = await runProbe(
      probeTarget('smtp', mxHost, settings.ports),
      probeOptionsFrom(settings, { envelope }),
      deadline,
    )
    return { mxHost, findings: probe.findings, probe }
  })
}

/** The round trip: a test message from the address to itself, then looked for in the mailbox. */
export async function testRoundTrip(
  request: Omit<RoundTripRequest, 'runId'>,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<RoundTripResponse> {
  const settings = { ...ENGINE_DEFAULTS, ...options }
  const result = await withinDeadline(signal, ROUND_TRIP_WAIT_MS + 4 * settings.stepTimeoutMs, (deadline) =>
    roundTrip(
      {
        submission: targetOf(request.submission, options),
        mailbox: targetOf(request.mailbox, options),
        credentials: { user: request.user, password: request.password },
        address: request.address,
        waitMs: ROUND_TRIP_WAIT_MS,
      },
      probeOptionsFrom(settings),
      deadline,
    ),
  )
  return {
    outcome: result.outcome,
    deliveryMs: result.deliveryMs,
    headers: result.headers,
    finding: result.finding,
  }
}

/** One probe of one server under one deadline for the whole probe (the CLI's `probe`). */
export function testServer(
  target: ProbeTarget,
  options: ProbeOptions,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ProbeResult> {
  return withinDeadline(signal, timeoutMs, (deadline) => runProbe(target, options, deadline))
}

/** The mailbox look a person agreed to: the login, then quota, folders and the message they expect. */
export async function testMailbox(
  request: Omit<MailboxProbeRequest, 'runId'>,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<MailboxProbeResponse> {
  const settings = { ...ENGINE_DEFAULTS, ...options }
  const result = await testMailboxLook(
    {
      mailbox: targetOf(request.mailbox, options),
      credentials: { user: request.user, password: request.password },
      find: request.find,
    },
    probeOptionsFrom(settings),
    settings.timeoutMs,
    signal,
  )
  return { findings: result.findings }
}
