import type { ProbeKind } from '../../../shared/ipc'
import type { CheckId, Finding, Msg, RemedyId, Status } from '../../../shared/report'
import type { FailureCode } from './probe-error'
import type { AuthOutcome, EnvelopeOutcome, ProbeResult } from './probe-types'
import type { CertProblem } from './tls-inspect'
import { classifyReason, refusesAddressAsWritten } from '../../../shared/bounce/classify-reason'
import { readServerWords, type WordsMatch } from '../../../shared/bounce/server-words'

/** The check id of each probe kind (DESIGN.md catalogue). */
export const PROBE_CHECK_IDS: Record<ProbeKind, CheckId> = {
  smtp: 'smtp.mx',
  submission: 'smtp.submission',
  submissions: 'smtp.submissions',
  imap: 'imap',
  imaps: 'imaps',
  pop3: 'pop3',
  pop3s: 'pop3s',
}

/** The protocol name shown to people, with how the connection is encrypted. */
export const SERVICE_LABEL: Record<ProbeKind, string> = {
  smtp: 'SMTP',
  submission: 'SMTP (STARTTLS)',
  submissions: 'SMTP (SSL/TLS)',
  imap: 'IMAP (STARTTLS)',
  imaps: 'IMAP (SSL/TLS)',
  pop3: 'POP3 (STARTTLS)',
  pop3s: 'POP3 (SSL/TLS)',
}

/** Remedies of each failure; its keys are every FailureCode. */
export const FAILURE_REMEDIES: Record<FailureCode, RemedyId[]> = {
  'bad-input': [],
  'name-not-found': ['check-server-name'],
  'dns-timeout': ['check-network'],
  'connect-timeout': ['check-network', 'provider-status'],
  'connect-refused': ['check-server-name', 'provider-status'],
  'connect-unreachable': ['check-network'],
  'private-address': ['check-server-name'],
  'no-greeting': ['provider-status', 'check-network'],
  'greeting-rejected': ['provider-status'],
  timeout: ['provider-status'],
  closed: ['provider-status', 'check-network'],
  'line-too-long': ['provider-status'],
  'reply-too-long': ['provider-status'],
  'malformed-reply': ['provider-status', 'check-network'],
  'command-rejected': ['provider-status'],
  'starttls-missing': ['use-ssl-port'],
  'starttls-refused': ['use-ssl-port', 'provider-status'],
  'tls-handshake': ['check-network', 'provider-status'],
  aborted: [],
}

/** Remedies of each certificate problem; its keys are every CertProblem. */
export const CERT_REMEDIES: Record<CertProblem, RemedyId[]> = {
  expired: ['certificate-provider', 'check-clock'],
  'not-yet-valid': ['check-clock', 'certificate-provider'],
  'self-signed': ['certificate-provider', 'check-server-name'],
  'untrusted-root': ['certificate-provider', 'check-network'],
  'incomplete-chain': ['certificate-provider'],
  'wrong-name': ['check-server-name', 'certificate-provider'],
  other: ['certificate-provider'],
}

/** Remedies of each login outcome; its keys are every AuthOutcome. */
export const AUTH_REMEDIES: Record<AuthOutcome, RemedyId[]> = {
  ok: [],
  'wrong-credentials': ['reset-password', 'unblock-account', 'check-offer-status'],
  'blocked-spam': ['unblock-account'],
  suspended: ['check-offer-status'],
  locked: ['security-policy'],
  'app-password': ['app-password', 'use-modern-sign-in'],
  'modern-auth-required': ['use-modern-sign-in', 'app-password', 'tenant-smtp-auth'],
  'wrong-or-app-password': ['reset-password', 'app-password', 'use-modern-sign-in'],
  'wrong-or-modern-auth': ['reset-password', 'use-modern-sign-in', 'tenant-smtp-auth'],
  temporary: ['provider-status'],
  'no-mechanism': ['use-ssl-port'],
  'refused-plaintext': ['use-ssl-port'],
  'refused-unverified': ['certificate-provider'],
  'bad-input': [],
  'not-reached': [],
}

/** Remedies of each envelope outcome; its keys are every EnvelopeOutcome. */
export const ENVELOPE_REMEDIES: Record<EnvelopeOutcome, RemedyId[]> = {
  accepted: [],
  'unknown-recipient': ['recipient-address'],
  'invalid-address': ['recipient-address'],
  'mailbox-full': ['recipient-full'],
  policy: ['contact-recipient-admin'],
  'sender-rejected': ['contact-recipient-admin'],
  temporary: ['retry-later'],
  rejected: ['contact-recipient-admin'],
  'bad-input': [],
  'not-reached': [],
}

/** The finer readings of a login reply (shared/bounce/reason-details.ts) and the outcome each means. */
const SIGN_IN_OUTCOMES: Partial<Record<WordsMatch['id'], AuthOutcome>> = {
  modernAuth: 'modern-auth-required',
  appPassword: 'app-password',
  passwordOrAppPassword: 'wrong-or-app-password',
  passwordOrModernSignIn: 'wrong-or-modern-auth',
}

/**
 * What a login reply says about modern sign-in or app passwords, if it says anything: the one reader
 * of server words decides, as it does for a pasted error.
 */
export function signInOutcomeOf(enhanced: string | null, text: string): AuthOutcome | null {
  const words = readServerWords(`${enhanced ?? ''} ${text}`, { replyCode: null, enhancedCode: enhanced })
  for (const match of words) {
    const outcome = SIGN_IN_OUTCOMES[match.id]
    if (outcome) return outcome
  }
  return null
}

/** The SASL mechanisms that sign in through the provider's page (OAuth 2.0), never with the password. */
const OAUTH_MECHANISMS = new Set(['XOAUTH2', 'OAUTHBEARER'])

/** True when a server offers logins, all of them OAuth 2.0: the mailbox password cannot be used. */
export function onlyOAuthOffered(mechanisms: readonly string[]): boolean {
  return (
    mechanisms.length > 0 && mechanisms.every((mechanism) => OAUTH_MECHANISMS.has(mechanism.toUpperCase()))
  )
}

/**
 * Reads an SMTP AUTH failure (535 and its relatives) the way the guides do: a plain 535 means the
 * password is wrong, or the account is blocked for spam or suspended; the server's text or
 * enhanced code sometimes says which, including that password sign-in is switched off.
 */
export function classifySmtpAuthFailure(code: number, enhanced: string | null, text: string): AuthOutcome {
  const lower = text.toLowerCase()
  const signIn = signInOutcomeOf(enhanced, text)
  if (signIn) return signIn
  if (/spam|abuse/.test(lower)) return 'blocked-spam'
  if (/suspend|disabled|deactivat|expired|inactive|not active/.test(lower)) return 'suspended'
  if (/locked|too many|policy/.test(lower)) return 'locked'
  if (code >= 400 && code < 500) return 'temporary'
  return 'wrong-credentials'
}

/** Reads an IMAP NO or a POP3 -ERR to a login, by its response code (RFC 5530, RFC 3206) and text. */
export function classifyMailboxAuthFailure(text: string): AuthOutcome {
  const upper = text.toUpperCase()
  if (/\[(UNAVAILABLE|SYS\/TEMP|IN-USE)\]/.test(upper)) return 'temporary'
  if (/\[EXPIRED\]/.test(upper)) return 'suspended'
  if (/\[(AUTHORIZATIONFAILED|CONTACTADMIN)\]/.test(upper)) return 'locked'
  return classifySmtpAuthFailure(535, null, text)
}

/** Reads the reply to RCPT TO (or MAIL FROM) in the 550/553 family. */
export function classifyEnvelopeReply(
  code: number,
  enhanced: string | null,
  text: string,
  stage: 'mail' | 'rcpt',
): EnvelopeOutcome {
  if (code >= 200 && code < 300) return 'accepted'
  if (code >= 400 && code < 500) return 'temporary'
  if (stage === 'mail') return 'sender-rejected'
  // The one classifier of server words, told the reply answered RCPT TO.
  const input = {
    enhancedCode: enhanced,
    replyCode: code,
    diagnostic: text,
    diagnosticType: null,
    action: null,
    command: 'RCPT',
  } as const
  if (refusesAddressAsWritten(input)) return 'invalid-address'
  const reason = classifyReason(input)
  if (reason === 'userunknown' || reason === 'hostunknown') return 'unknown-recipient'
  if (reason === 'mailboxfull') return 'mailbox-full'
  if (code === 553) return 'invalid-address'
  if (enhanced?.startsWith('5.7.') || code === 554) return 'policy'
  return 'rejected'
}

/** A probe's result without its findings: what the findings are built from. */
type ProbeData = Omit<ProbeResult, 'findings'>
/** The values every text of a probe's findings can name: the server and the service. */
type ServerParams = { host: string; port: number; service: string }
/** What a finding says, before its id, subject, evidence and timing are added. */
type Verdict = Pick<Finding, 'status' | 'title' | 'detail' | 'remedies'>

/** Builds the Findings of a probe from its structured result. */
export function probeFindings(result: ProbeData, withAuth: boolean, withEnvelope: boolean): Finding[] {
  const { target } = result
  const subject = `${target.host}:${target.port}`
  const base: ServerParams = { host: target.host, port: target.port, service: SERVICE_LABEL[target.kind] }
  const evidence = {
    host: target.host,
    port: target.port,
    addresses: result.addresses,
    greeting: result.greeting,
    capabilities: result.capabilities,
    ...(result.smtp ? { smtp: result.smtp } : {}),
    tlsMode: result.tlsMode,
    tls: result.tls,
    failure: result.failure,
    timings: result.timings,
    transcript: result.transcript,
  }
  const findings: Finding[] = [
    {
      id: PROBE_CHECK_IDS[target.kind],
      subject,
      ...connectionVerdict(result, base),
      evidence,
      durationMs: result.timings.total ?? 0,
    },
  ]
  if (withAuth) findings.push(authFinding(result, subject, base))
  if (withEnvelope) findings.push(envelopeFinding(result, subject, base))
  return findings
}

/** The connection: why it failed, a certificate or STARTTLS problem, or how fast it answered. */
function connectionVerdict(result: ProbeData, base: ServerParams): Verdict {
  const { target, failure } = result
  if (failure) {
    const portBlocked = failure.code === 'connect-timeout' && target.kind === 'smtp'
    const params = { ...base, server: failure.serverText ?? '' }
    return {
      status: failure.code === 'aborted' || failure.code === 'bad-input' ? 'error' : 'fail',
      title: msg(`probe:failure.${failure.code}.title`, params),
      detail: msg(`probe:failure.${failure.code}.${portBlocked ? 'detailPort25' : 'detail'}`, params),
      remedies: portBlocked ? ['use-port-587', 'check-network'] : FAILURE_REMEDIES[failure.code],
    }
  }
  // Port 25 between servers may fall back to plain text; a mail program's port may not.
  const lenient: Status = target.kind === 'smtp' ? 'warn' : 'fail'
  if (result.tls?.problem) {
    const cert = result.tls.certificate
    const params = {
      ...base,
      subject: cert?.subject ?? '',
      names: cert?.subjectAltNames.map((name) => name.replace(/^DNS:/i, '')).join(', ') ?? '',
      issuer: cert?.issuer ?? '',
      validTo: cert?.validTo.slice(0, 10) ?? '',
      code: result.tls.problemCode ?? '',
    }
    return {
      status: lenient,
      title: msg(`probe:cert.${result.tls.problem}.title`, params),
      detail: msg(`probe:cert.${result.tls.problem}.detail`, params),
      remedies: CERT_REMEDIES[result.tls.problem],
    }
  }
  if (result.tlsMode === 'starttls-missing' || result.tlsMode === 'starttls-refused') {
    const code = result.tlsMode
    return {
      status: lenient,
      title: msg(`probe:failure.${code}.title`, base),
      detail: msg(`probe:failure.${code}.detail`, base),
      remedies: FAILURE_REMEDIES[code],
    }
  }
  return { status: 'pass', ...connectedTexts(result, base), remedies: [] }
}

/** The texts of a connection that worked, with its timings (and its TLS version when encrypted). */
function connectedTexts(result: ProbeData, base: ServerParams): Pick<Finding, 'title' | 'detail'> {
  const timing = {
    ...base,
    connectMs: result.timings.connect ?? 0,
    bannerMs: result.timings.banner ?? 0,
    totalMs: result.timings.total ?? 0,
  }
  return {
    title: msg('probe:ok.title', base),
    detail: result.tls
      ? msg('probe:ok.detailTls', {
          ...timing,
          protocol: result.tls.protocol ?? '',
          validTo: result.tls.certificate?.validTo.slice(0, 10) ?? '',
        })
      : msg('probe:ok.detailPlain', timing),
  }
}

/** The login test's finding (`smtp.auth` or `mailbox.auth`); skipped when the login was not reached. */
function authFinding(result: ProbeData, subject: string, base: ServerParams): Finding {
  const auth = result.auth ?? { outcome: 'not-reached' as const, mechanism: null, reply: null }
  const status: Status =
    auth.outcome === 'ok'
      ? 'pass'
      : auth.outcome === 'not-reached'
        ? 'skipped'
        : auth.outcome === 'bad-input'
          ? 'error'
          : 'fail'
  const params = { ...base, server: auth.reply ?? '', mechanism: auth.mechanism ?? '' }
  return {
    id: isSmtpKind(result.target.kind) ? 'smtp.auth' : 'mailbox.auth',
    subject,
    status,
    title: msg(`probe:auth.${auth.outcome}.title`, params),
    detail: msg(`probe:auth.${auth.outcome}.detail`, params),
    evidence: { ...auth, timings: result.timings },
    durationMs: result.timings.auth ?? 0,
    remedies: AUTH_REMEDIES[auth.outcome],
  }
}

/** The envelope test's finding (`smtp.envelope`): the server's answer to MAIL FROM and RCPT TO. */
function envelopeFinding(result: ProbeData, subject: string, base: ServerParams): Finding {
  const envelope = result.envelope ?? { outcome: 'not-reached' as const, mailFrom: null, rcptTo: null }
  const reply = envelope.rcptTo ?? envelope.mailFrom
  const status: Status =
    envelope.outcome === 'accepted'
      ? 'pass'
      : envelope.outcome === 'not-reached'
        ? 'skipped'
        : envelope.outcome === 'temporary'
          ? 'warn'
          : envelope.outcome === 'bad-input'
            ? 'error'
            : 'fail'
  const params = {
    ...base,
    code: reply?.code ?? '',
    enhanced: reply?.enhanced ?? '',
    server: reply?.text ?? '',
  }
  return {
    id: 'smtp.envelope',
    subject,
    status,
    title: msg(`probe:envelope.${envelope.outcome}.title`, params),
    detail: msg(`probe:envelope.${envelope.outcome}.detail`, params),
    evidence: { ...envelope },
    durationMs: result.timings.total ?? 0,
    remedies: ENVELOPE_REMEDIES[envelope.outcome],
  }
}

function msg(key: string, params: Record<string, string | number>): Msg {
  return { key, params }
}

/** True for the SMTP probe kinds. */
export function isSmtpKind(kind: ProbeKind): kind is 'smtp' | 'submission' | 'submissions' {
  return kind === 'smtp' || kind === 'submission' || kind === 'submissions'
}

/** The remedies of a login outcome (also used by the round trip). */
export function authRemedies(outcome: AuthOutcome): RemedyId[] {
  return AUTH_REMEDIES[outcome]
}
