import type { ProbeConnection } from './connection'
import { loginRefusal, toFailure } from './probe-common'
import type { AuthResult, ProbeCredentials, ProbeFailure, TlsMode } from './probe-types'

/** What the opening of a session found: the addresses tried, the greeting, how TLS came about. */
export interface SessionState {
  addresses: string[]
  greeting: string | null
  tlsMode: TlsMode
}

/** One protocol's part in the opening every mail session shares (SMTP, IMAP, POP3). */
export interface Opening {
  /** The port speaks TLS from the first byte (465, 993, 995): no STARTTLS to ask for. */
  implicitTls: boolean
  /** Reads the greeting and returns it as the transcript shows it; throws when the server refuses. */
  greet: () => Promise<string>
  /** Asks for the server's capabilities (EHLO, CAPABILITY, CAPA). */
  readCapabilities: () => Promise<unknown>
  /** Whether the capabilities offer STARTTLS (STLS for POP3). */
  offersStartTls: () => boolean
  /** Sends the STARTTLS command; true when the server agrees. */
  startTls: () => Promise<boolean>
  /** Forgets the capabilities read in clear, which must be asked again over TLS. */
  forgetCapabilities?: () => void
}

/**
 * The opening every mail session shares: connect, greeting, capabilities, then STARTTLS on a plain
 * port (missing and refused are noted, not thrown) and the capabilities again. Fills `state`.
 */
export async function negotiateSession(
  conn: ProbeConnection,
  state: SessionState,
  opening: Opening,
): Promise<void> {
  const { transcript } = conn
  state.tlsMode = opening.implicitTls ? 'implicit' : 'none'
  state.addresses = await conn.open()
  state.greeting = await transcript.time('banner', opening.greet)
  await transcript.time('ehlo', opening.readCapabilities)
  if (opening.implicitTls) return
  if (!opening.offersStartTls()) {
    state.tlsMode = 'starttls-missing'
    return
  }
  if (!(await transcript.time('starttls', opening.startTls))) {
    state.tlsMode = 'starttls-refused'
    return
  }
  await conn.upgrade('starttls')
  state.tlsMode = 'starttls'
  opening.forgetCapabilities?.()
  await transcript.time('ehlo', opening.readCapabilities)
}

/**
 * The frame of every session: the conversation, then a goodbye whose failure does not count, and
 * the connection closed whatever happened. Returns why the conversation failed, or null.
 */
export async function inSession(
  conn: ProbeConnection,
  converse: () => Promise<void>,
  farewell: () => Promise<unknown>,
): Promise<ProbeFailure | null> {
  try {
    await converse()
    await farewell().catch(() => undefined)
    return null
  } catch (error) {
    return toFailure(error)
  } finally {
    conn.close()
  }
}

/**
 * The login step every mailbox session shares (the IMAP and POP3 probes, the round trip's look,
 * the mailbox look): refused before anything is sent where `loginRefusal` says so (no TLS, TLS not
 * verified, CR/LF/NUL in the login), else the protocol's own login. Timed as `auth`; never the
 * password in the outcome.
 */
export function logIn(
  conn: ProbeConnection,
  credentials: ProbeCredentials,
  login: (credentials: ProbeCredentials) => Promise<AuthResult>,
): Promise<AuthResult> {
  return conn.transcript.time('auth', () =>
    Promise.resolve(loginRefusal(conn, credentials) ?? login(credentials)),
  )
}
