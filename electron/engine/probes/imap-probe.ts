import { classifyMailboxAuthFailure, onlyOAuthOffered } from './classify'
import type { ProbeConnection } from './connection'
import { runMailboxProbe } from './mailbox-probe'
import { negotiateSession, type SessionState } from './session-skeleton'
import { probeConnection, saslPlainToken } from './probe-common'
import { ProbeError } from './probe-error'
import type { AuthResult, ProbeCredentials, ProbeOptions, ProbeResult, ProbeTarget } from './probe-types'
import { Transcript, type Phase } from './transcript'

/** Longest line accepted from an IMAP server (responses carry long capability lists). */
export const IMAP_LINE_BYTES_MAX = 16_384
const IMAP_RESPONSE_LINES_MAX = 1000

/** The IMAP probe kinds. */
export type ImapKind = 'imap' | 'imaps'

/** A tagged IMAP response and the untagged lines before it. */
export interface ImapResponse {
  status: 'OK' | 'NO' | 'BAD'
  text: string
  untagged: string[]
}

/**
 * A small strict IMAP client (RFC 9051/3501 subset: CAPABILITY, STARTTLS, LOGIN, SELECT, SEARCH,
 * STORE, EXPUNGE, LOGOUT), our own for the same reasons as the SMTP one: timings, transcript, and
 * limits against broken servers.
 */
export class ImapSession {
  capabilities: string[] = []
  private tagNumber = 0

  constructor(readonly conn: ProbeConnection) {}

  /** Reads the greeting; `* OK` or `* PREAUTH` go on, `* BYE` is a refusal. */
  async greet(): Promise<string> {
    const line = await this.conn.readLine('banner')
    const match = /^\* (OK|PREAUTH|BYE)\b ?(.*)$/i.exec(line)
    if (!match) throw new ProbeError('malformed-reply', 'banner', line.slice(0, 200))
    if (match[1]?.toUpperCase() === 'BYE')
      throw new ProbeError('greeting-rejected', 'banner', line.slice(0, 200))
    this.readCapabilities(line)
    return line
  }

  /** Sends a tagged command and reads up to its tagged completion, within one step deadline. */
  async command(command: string, phase: Phase, shown?: string): Promise<ImapResponse> {
    const tag = this.nextTag()
    this.conn.send(`${tag} ${command}`, shown === undefined ? undefined : `${tag} ${shown}`)
    return this.completion(tag, phase, this.conn.deadline())
  }

  private nextTag(): string {
    return `a${++this.tagNumber}`
  }

  /** Reads up to the tagged completion of `tag`; `firstLine`, when given, was already read. */
  private async completion(
    tag: string,
    phase: Phase,
    deadline: number,
    firstLine?: string,
  ): Promise<ImapResponse> {
    const untagged: string[] = []
    let pending = firstLine
    for (;;) {
      const line = pending ?? (await this.conn.readLine(phase, deadline))
      pending = undefined
      if (line.startsWith(`${tag} `)) {
        const match = /^\S+ (OK|NO|BAD)\b ?(.*)$/i.exec(line)
        if (!match) throw new ProbeError('malformed-reply', phase, line.slice(0, 200))
        this.readCapabilities(line)
        return { status: match[1]!.toUpperCase() as ImapResponse['status'], text: match[2] ?? '', untagged }
      }
      untagged.push(line)
      this.readCapabilities(line)
      if (untagged.length >= IMAP_RESPONSE_LINES_MAX)
        throw new ProbeError('reply-too-long', phase, `${untagged.length} lines`)
    }
  }

  /** Asks for CAPABILITY unless the server already told us. */
  async ensureCapabilities(phase: Phase): Promise<void> {
    if (this.capabilities.length > 0) return
    const response = await this.command('CAPABILITY', phase)
    if (response.status !== 'OK') throw new ProbeError('command-rejected', phase, response.text.slice(0, 200))
  }

  /** The mechanism the last login used. */
  loginMechanism: 'PLAIN' | 'LOGIN' = 'LOGIN'

  /**
   * Logs in with AUTHENTICATE PLAIN where the server offers it (base64 of UTF-8, so a password with
   * accented letters arrives intact; inline with SASL-IR, else after the `+` continuation), else
   * with LOGIN and quoted strings. The password is masked in the transcript.
   */
  async login(credentials: ProbeCredentials): Promise<ImapResponse> {
    const offers = (name: string) => this.capabilities.some((cap) => cap.toUpperCase() === name)
    if (!offers('AUTH=PLAIN')) {
      this.loginMechanism = 'LOGIN'
      const user = quote(credentials.user)
      return this.command(`LOGIN ${user} ${quote(credentials.password)}`, 'auth', `LOGIN ${user} ***`)
    }
    this.loginMechanism = 'PLAIN'
    const payload = saslPlainToken(credentials)
    if (offers('SASL-IR'))
      return this.command(`AUTHENTICATE PLAIN ${payload}`, 'auth', 'AUTHENTICATE PLAIN ***')
    const tag = this.nextTag()
    const deadline = this.conn.deadline()
    this.conn.send(`${tag} AUTHENTICATE PLAIN`)
    const reply = await this.conn.readLine('auth', deadline)
    if (!reply.startsWith('+')) return this.completion(tag, 'auth', deadline, reply)
    this.conn.send(payload, '***')
    return this.completion(tag, 'auth', deadline)
  }

  private readCapabilities(line: string): void {
    const match = /(?:^\* CAPABILITY |\[CAPABILITY )([^\]]*)/i.exec(line)
    if (match?.[1]) this.capabilities = match[1].trim().split(/\s+/)
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** Connect, greeting, capabilities, and STARTTLS for `imap`; fills `state` as it goes. */
export function negotiateImap(
  session: ImapSession,
  kind: ProbeTarget['kind'],
  state: SessionState,
): Promise<void> {
  return negotiateSession(session.conn, state, {
    implicitTls: kind !== 'imap',
    greet: () => session.greet(),
    readCapabilities: () => session.ensureCapabilities('ehlo'),
    offersStartTls: () => session.capabilities.some((cap) => cap.toUpperCase() === 'STARTTLS'),
    startTls: async () => (await session.command('STARTTLS', 'starttls')).status === 'OK',
    forgetCapabilities: () => {
      session.capabilities = []
    },
  })
}

/**
 * The IMAP login (LOGIN, or AUTHENTICATE PLAIN where offered) and how it went; none when the server
 * has LOGINDISABLED (only OAuth2 offered: modern sign-in required). Only after `loginRefusal`.
 */
export async function imapLogin(session: ImapSession, credentials: ProbeCredentials): Promise<AuthResult> {
  const capabilities = session.capabilities.map((cap) => cap.toUpperCase())
  const mechanisms = capabilities.filter((cap) => cap.startsWith('AUTH=')).map((cap) => cap.slice(5))
  if (capabilities.includes('LOGINDISABLED'))
    return {
      outcome: onlyOAuthOffered(mechanisms) ? 'modern-auth-required' : 'no-mechanism',
      mechanism: null,
      reply: null,
    }
  const response = await session.login(credentials)
  const reply = `${response.status} ${response.text}`.trim()
  const mechanism = session.loginMechanism
  return response.status === 'OK'
    ? { outcome: 'ok', mechanism, reply }
    : { outcome: classifyMailboxAuthFailure(response.text), mechanism, reply }
}

/**
 * Probes one IMAP server (`imap` with STARTTLS on 143, `imaps` on 993): greeting, capabilities,
 * TLS and optionally a login test with LOGIN. Never throws.
 */
export function probeImap(
  target: ProbeTarget & { kind: ImapKind },
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const transcript = new Transcript()
  const session = new ImapSession(probeConnection(target, options, transcript, signal, IMAP_LINE_BYTES_MAX))
  return runMailboxProbe(target, options, {
    session,
    negotiate: (state) => negotiateImap(session, target.kind, state),
    login: (credentials) => imapLogin(session, credentials),
    farewell: () => session.command('LOGOUT', 'total'),
  })
}
