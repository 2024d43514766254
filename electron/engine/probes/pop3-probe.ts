import { classifyMailboxAuthFailure } from './classify'
import type { ProbeConnection } from './connection'
import { runMailboxProbe } from './mailbox-probe'
import { negotiateSession, type SessionState } from './session-skeleton'
import { probeConnection } from './probe-common'
import { ProbeError } from './probe-error'
import type { AuthResult, ProbeCredentials, ProbeOptions, ProbeResult, ProbeTarget } from './probe-types'
import { Transcript, type Phase } from './transcript'

/** Longest line accepted from a POP3 server. */
export const POP3_LINE_BYTES_MAX = 8192
const POP3_LIST_LINES_MAX = 10_000

/** The POP3 probe kinds. */
export type Pop3Kind = 'pop3' | 'pop3s'

/** A POP3 status line: `+OK` or `-ERR`, and its text. */
export interface Pop3Reply {
  ok: boolean
  text: string
}

/**
 * A small strict POP3 client (RFC 1939, 2449 CAPA, 2595 STLS), our own for the same reasons as the
 * SMTP one: timings, transcript, and limits against broken servers.
 */
export class Pop3Session {
  capabilities: string[] = []

  constructor(readonly conn: ProbeConnection) {}

  /** Reads one status line. */
  async status(phase: Phase, deadline = this.conn.deadline()): Promise<Pop3Reply> {
    const line = await this.conn.readLine(phase, deadline)
    const match = /^([+-]OK|-ERR)\b ?(.*)$/i.exec(line)
    if (!match) throw new ProbeError('malformed-reply', phase, line.slice(0, 200))
    return { ok: match[1]!.toUpperCase() === '+OK', text: match[2] ?? '' }
  }

  /** Sends a command and reads its status line; `shown` masks secrets in the transcript. */
  async command(line: string, phase: Phase, shown?: string): Promise<Pop3Reply> {
    this.conn.send(line, shown)
    return this.status(phase)
  }

  /** Sends a command whose +OK is followed by lines up to a lone `.`; returns them unstuffed. */
  async multiline(line: string, phase: Phase): Promise<{ reply: Pop3Reply; lines: string[] }> {
    this.conn.send(line)
    const deadline = this.conn.deadline()
    const reply = await this.status(phase, deadline)
    const lines: string[] = []
    if (!reply.ok) return { reply, lines }
    for (;;) {
      const next = await this.conn.readLine(phase, deadline)
      if (next === '.') return { reply, lines }
      lines.push(next.startsWith('..') ? next.slice(1) : next)
      if (lines.length >= POP3_LIST_LINES_MAX)
        throw new ProbeError('reply-too-long', phase, `${lines.length} lines`)
    }
  }

  /** CAPA; an -ERR leaves the capabilities empty (CAPA is optional in POP3). */
  async readCapabilities(phase: Phase): Promise<void> {
    const { reply, lines } = await this.multiline('CAPA', phase)
    this.capabilities = reply.ok ? lines : []
  }

  /** USER and PASS; the password is masked in the transcript. */
  async login(credentials: ProbeCredentials): Promise<Pop3Reply> {
    const user = await this.command(`USER ${credentials.user}`, 'auth')
    if (!user.ok) return user
    return this.command(`PASS ${credentials.password}`, 'auth', 'PASS ***')
  }
}

/** Connect, greeting, CAPA, and STLS for `pop3`; fills `state` as it goes. */
export function negotiatePop3(
  session: Pop3Session,
  kind: ProbeTarget['kind'],
  state: SessionState,
): Promise<void> {
  return negotiateSession(session.conn, state, {
    implicitTls: kind !== 'pop3',
    greet: async () => {
      const greeting = await session.status('banner')
      if (!greeting.ok)
        throw new ProbeError('greeting-rejected', 'banner', `-ERR ${greeting.text}`.slice(0, 200))
      return `+OK ${greeting.text}`.trim()
    },
    readCapabilities: () => session.readCapabilities('ehlo'),
    offersStartTls: () => session.capabilities.some((cap) => cap.toUpperCase() === 'STLS'),
    startTls: async () => (await session.command('STLS', 'starttls')).ok,
  })
}

/** The POP3 login (USER/PASS) and how it went. Only after `loginRefusal`. */
export async function pop3Login(session: Pop3Session, credentials: ProbeCredentials): Promise<AuthResult> {
  const reply = await session.login(credentials)
  const text = `${reply.ok ? '+OK' : '-ERR'} ${reply.text}`.trim()
  return reply.ok
    ? { outcome: 'ok', mechanism: 'USER', reply: text }
    : { outcome: classifyMailboxAuthFailure(reply.text), mechanism: 'USER', reply: text }
}

/**
 * Probes one POP3 server (`pop3` with STLS on 110, `pop3s` on 995): greeting, CAPA, TLS and
 * optionally a login test with USER/PASS. Never throws.
 */
export function probePop3(
  target: ProbeTarget & { kind: Pop3Kind },
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const transcript = new Transcript()
  const session = new Pop3Session(probeConnection(target, options, transcript, signal, POP3_LINE_BYTES_MAX))
  return runMailboxProbe(target, options, {
    session,
    negotiate: (state) => negotiatePop3(session, target.kind, state),
    login: (credentials) => pop3Login(session, credentials),
    farewell: () => session.command('QUIT', 'total'),
  })
}
