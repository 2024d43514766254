import type { ProbeKind } from '../../../shared/ipc'
import type { Finding } from '../../../shared/report'
import type { FailureCode } from './probe-error'
import type { Phase, PhaseTimings, TranscriptLine } from './transcript'
import type { TlsInfo } from './tls-inspect'
import type { SmtpCapabilities } from './smtp-reply'

/**
 * Finds the addresses of a host; rejects with a ProbeError (`name-not-found`, `dns-timeout`,
 * `aborted`) when it cannot.
 */
export type HostLookup = (host: string) => Promise<string[]>

/** What to probe: the kind of service and where it is (from MX, SRV, a provider profile or typed). */
export interface ProbeTarget {
  kind: ProbeKind
  host: string
  port: number
}

/** A login to test; kept in memory only, sent only over TLS with a verified certificate. */
export interface ProbeCredentials {
  user: string
  password: string
}

/** Addresses for the SMTP envelope test (MAIL FROM / RCPT TO without DATA). */
export interface EnvelopeAddresses {
  from: string
  to: string
}

/** How a probe runs. The engine passes its EngineOptions fields through. */
export interface ProbeOptions {
  /** Deadline of each phase, in ms. */
  stepTimeoutMs: number
  /** Extra trusted CAs in PEM (tests, corporate CAs); the system store is always trusted. */
  extraCaPem?: string
  /** DNS servers to resolve the host with; the system resolver when absent. */
  dnsServers?: string[]
  /** Resolves the host instead (the check's shared DNS client). */
  lookup?: HostLookup
  /** Login to test (SMTP AUTH, IMAP LOGIN, POP3 USER/PASS). */
  credentials?: ProbeCredentials
  /** SMTP only: run the envelope test with these addresses. */
  envelope?: EnvelopeAddresses
  /** SMTP only: the name we give in EHLO. */
  ehloName?: string
  /** Connect to loopback, private and link-local addresses too (see EngineOptions). */
  allowPrivateAddresses?: boolean
}

/** Where a probe stopped, when it did not finish. */
export interface ProbeFailure {
  code: FailureCode
  phase: Phase
  /** The server's last words or the system's error code, for support staff. */
  serverText: string | null
}

/** How a login test went. `refused-*`: we did not send the password, and why. */
export type AuthOutcome =
  | 'ok'
  | 'wrong-credentials'
  | 'blocked-spam'
  | 'suspended'
  | 'locked'
  | 'app-password'
  | 'modern-auth-required'
  | 'wrong-or-app-password'
  | 'wrong-or-modern-auth'
  | 'temporary'
  | 'no-mechanism'
  | 'refused-plaintext'
  | 'refused-unverified'
  | 'bad-input'
  | 'not-reached'

/** The result of a login test. */
export interface AuthResult {
  outcome: AuthOutcome
  mechanism: string | null
  /** The server's reply to the login, without the credentials. */
  reply: string | null
}

/** How the recipient's server answered the envelope test. */
export type EnvelopeOutcome =
  | 'accepted'
  | 'unknown-recipient'
  | 'invalid-address'
  | 'mailbox-full'
  | 'policy'
  | 'sender-rejected'
  | 'temporary'
  | 'rejected'
  | 'bad-input'
  | 'not-reached'

/** The result of the envelope test. */
export interface EnvelopeResult {
  outcome: EnvelopeOutcome
  mailFrom: { code: number; enhanced: string | null; text: string } | null
  rcptTo: { code: number; enhanced: string | null; text: string } | null
}

/** How the connection was encrypted. */
export type TlsMode = 'implicit' | 'starttls' | 'starttls-missing' | 'starttls-refused' | 'none'

/** Everything one probe learnt, as structured data, plus its Findings. */
export interface ProbeResult {
  target: ProbeTarget
  /** True when the connection and greeting worked (login and envelope are judged separately). */
  reachable: boolean
  failure: ProbeFailure | null
  addresses: string[]
  greeting: string | null
  /** Capabilities the server listed (EHLO extensions, IMAP CAPABILITY, POP3 CAPA). */
  capabilities: string[]
  /** SMTP only: the parsed EHLO capabilities. */
  smtp: SmtpCapabilities | null
  tlsMode: TlsMode
  tls: TlsInfo | null
  auth: AuthResult | null
  envelope: EnvelopeResult | null
  timings: PhaseTimings
  transcript: TranscriptLine[]
  /** The probe's Findings: the connection, then the login and envelope tests when asked for. */
  findings: Finding[]
}
