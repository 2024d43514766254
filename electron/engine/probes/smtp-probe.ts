import { hasControlCharacters } from '../../../shared/target'
import { classifyEnvelopeReply, classifySmtpAuthFailure, onlyOAuthOffered } from './classify'
import type { ProbeConnection } from './connection'
import { ProbeError } from './probe-error'
import type {
  AuthResult,
  EnvelopeResult,
  ProbeCredentials,
  ProbeOptions,
  ProbeResult,
  ProbeTarget,
} from './probe-types'
import {
  assembleReply,
  parseEhlo,
  parseReplyLine,
  type SmtpCapabilities,
  type SmtpReply,
  type SmtpReplyLine,
} from './smtp-reply'
import { Transcript, type Phase } from './transcript'
import { loginRefusal, probeConnection, probeOutcome, saslPlainToken } from './probe-common'
import { inSession, negotiateSession, type SessionState } from './session-skeleton'

/** Most lines one SMTP reply may have; a server sending endless `250-` lines is cut off here. */
const SMTP_REPLY_LINES_MAX = 100
/**
 * Longest line accepted from an SMTP server. RFC 5321 §4.5.3.1.5 allows 512 octets; real servers
 * sometimes send longer lines, so we accept a margin and stop only on lines no mail server sends.
 */
export const SMTP_LINE_BYTES_MAX = 4096

/** The SMTP probe kinds. */
export type SmtpKind = 'smtp' | 'submission' | 'submissions'

/**
 * An SMTP client of our own over node:net/tls, used instead of nodemailer's SMTPConnection
 * because a diagnostic needs what a sending library hides: the time of every phase, the whole
 * transcript with secrets masked, the raw reply of a failed step, and strict limits against broken
 * servers (line length, lines per reply, mixed codes, a deadline per phase).
 */
export class SmtpSession {
  capabilities: SmtpCapabilities | null = null

  constructor(readonly conn: ProbeConnection) {}

  /** Reads one whole reply within the step deadline; the deadline covers all of its lines. */
  async reply(phase: Phase): Promise<SmtpReply> {
    const deadline = this.conn.deadline()
    const parsed: SmtpReplyLine[] = []
    for (;;) {
      const line = await this.conn.readLine(phase, deadline)
      const reply = parseReplyLine(line)
      if (!reply) throw new ProbeError('malformed-reply', phase, line.slice(0, 200))
      parsed.push(reply)
      if (!reply.more) break
      if (parsed.length >= SMTP_REPLY_LINES_MAX)
        throw new ProbeError('reply-too-long', phase, `${parsed.length} lines`)
    }
    const assembled = assembleReply(parsed, this.capabilities?.enhancedStatusCodes ?? false)
    if (!assembled) throw new ProbeError('malformed-reply', phase, parsed.map((line) => line.code).join(','))
    return assembled
  }

  /** Sends a command and reads its reply; `shown` masks secrets in the transcript. */
  async command(line: string, phase: Phase, shown?: string): Promise<SmtpReply> {
    this.conn.send(line, shown)
    return this.reply(phase)
  }

  /** EHLO, falling back to HELO when EHLO is refused; records the capabilities. */
  async hello(name: string): Promise<void> {
    const reply = await this.command(`EHLO ${name}`, 'ehlo')
    if (reply.code === 250) {
      this.capabilities = parseEhlo(reply)
      return
    }
    const helo = await this.command(`HELO ${name}`, 'ehlo')
    if (helo.code !== 250) throw new ProbeError('command-rejected', 'ehlo', `${helo.code} ${helo.text}`)
    this.capabilities = parseEhlo({ ...helo, lines: [helo.text] })
  }
}

/** What an SMTP session learnt while it was being set up; kept when a later step fails. */
export type SmtpState = SessionState

/** Connect, greeting, EHLO, and STARTTLS unless the port is implicit TLS; fills `state` as it goes. */
export function negotiateSmtp(
  session: SmtpSession,
  kind: ProbeTarget['kind'],
  ehloName: string,
  state: SmtpState,
): Promise<void> {
  return negotiateSession(session.conn, state, {
    implicitTls: kind === 'submissions',
    greet: async () => {
      const banner = await session.reply('banner')
      if (banner.code !== 220)
        throw new ProbeError('greeting-rejected', 'banner', `${banner.code} ${banner.text}`)
      return banner.lines.join(' ')
    },
    readCapabilities: () => session.hello(ehloName),
    offersStartTls: () => session.capabilities?.startTls === true,
    startTls: async () => (await session.command('STARTTLS', 'starttls')).code === 220,
    forgetCapabilities: () => {
      session.capabilities = null
    },
  })
}

/** The name we give in EHLO unless the options say otherwise. */
export const DEFAULT_EHLO_NAME = 'maildoctor.invalid'

/**
 * Probes one SMTP server: connect, greeting, EHLO, STARTTLS (or implicit TLS), and optionally a
 * login test and an envelope test, each timed and transcribed. Never throws: every outcome,
 * including a cancel through `signal`, ends in the result's Findings.
 */
export async function probeSmtp(
  target: ProbeTarget & { kind: SmtpKind },
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const transcript = new Transcript()
  const session = new SmtpSession(probeConnection(target, options, transcript, signal, SMTP_LINE_BYTES_MAX))
  const state: SmtpState = { addresses: [], greeting: null, tlsMode: 'none' }
  let auth: AuthResult | null = null
  let envelope: EnvelopeResult | null = null
  const failure = await inSession(
    session.conn,
    async () => {
      await negotiateSmtp(session, target.kind, options.ehloName ?? DEFAULT_EHLO_NAME, state)
      const credentials = options.credentials
      if (credentials) auth = await transcript.time('auth', () => smtpLogin(session, credentials))
      if (options.envelope) envelope = await envelopeTest(session, options.envelope)
    },
    () => session.command('QUIT', 'total'),
  )
  return probeOutcome(options, {
    target,
    state,
    failure,
    conn: session.conn,
    capabilities: session.capabilities?.extensions ?? [],
    smtp: session.capabilities,
    auth,
    envelope,
  })
}

/** The login test: refuses to send the password unless the channel is TLS with a trusted certificate. */
export async function smtpLogin(session: SmtpSession, credentials: ProbeCredentials): Promise<AuthResult> {
  const refusal = loginRefusal(session.conn, credentials)
  if (refusal) return refusal
  const mechanisms = session.capabilities?.authMechanisms ?? []
  let reply: SmtpReply
  let mechanism: string
  if (mechanisms.includes('PLAIN')) {
    mechanism = 'PLAIN'
    reply = await session.command(`AUTH PLAIN ${saslPlainToken(credentials)}`, 'auth', 'AUTH PLAIN ***')
  } else if (mechanisms.includes('LOGIN')) {
    mechanism = 'LOGIN'
    reply = await session.command('AUTH LOGIN', 'auth')
    if (reply.code === 334) {
      const user = Buffer.from(credentials.user, 'utf8').toString('base64')
      reply = await session.command(user, 'auth')
      if (reply.code === 334)
        reply = await session.command(
          Buffer.from(credentials.password, 'utf8').toString('base64'),
          'auth',
          '***',
        )
    }
  } else
    return {
      outcome: onlyOAuthOffered(mechanisms) ? 'modern-auth-required' : 'no-mechanism',
      mechanism: null,
      reply: null,
    }
  const text = `${reply.code}${reply.enhanced ? ` ${reply.enhanced}` : ''} ${reply.text}`.trim()
  if (reply.code === 235) return { outcome: 'ok', mechanism, reply: text }
  if (reply.code === 334) session.conn.send('*')
  return { outcome: classifySmtpAuthFailure(reply.code, reply.enhanced, reply.text), mechanism, reply: text }
}

/** MAIL FROM / RCPT TO without DATA, then RSET: how a server answers an address, with nothing sent. */
async function envelopeTest(
  session: SmtpSession,
  addresses: { from: string; to: string },
): Promise<EnvelopeResult> {
  if (
    hasControlCharacters(addresses.from) ||
    hasControlCharacters(addresses.to) ||
    /[<>\s]/.test(addresses.from + addresses.to)
  )
    return { outcome: 'bad-input', mailFrom: null, rcptTo: null }
  const brief = (reply: SmtpReply) => ({ code: reply.code, enhanced: reply.enhanced, text: reply.text })
  const mail = await session.command(`MAIL FROM:<${addresses.from}>`, 'total')
  if (mail.code !== 250) {
    await session.command('RSET', 'total').catch(() => undefined)
    return {
      outcome: classifyEnvelopeReply(mail.code, mail.enhanced, mail.text, 'mail'),
      mailFrom: brief(mail),
      rcptTo: null,
    }
  }
  const rcpt = await session.command(`RCPT TO:<${addresses.to}>`, 'total')
  await session.command('RSET', 'total').catch(() => undefined)
  return {
    outcome: classifyEnvelopeReply(rcpt.code, rcpt.enhanced, rcpt.text, 'rcpt'),
    mailFrom: brief(mail),
    rcptTo: brief(rcpt),
  }
}
