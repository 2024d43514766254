import type { ProbeConnection } from './connection'
import { loginRefusal, probeOutcome, toFailure } from './probe-common'
import type {
  AuthResult,
  ProbeCredentials,
  ProbeOptions,
  ProbeResult,
  ProbeTarget,
  TlsMode,
} from './probe-types'

/** What a session learnt while it was being set up; kept when a later step fails. */
export interface SessionState {
  addresses: string[]
  greeting: string | null
  tlsMode: TlsMode
}

/** What a mailbox protocol (IMAP, POP3) brings to the probe sequence they share. */
export interface MailboxProtocol {
  session: { conn: ProbeConnection; capabilities: string[] }
  /** Connect, greeting, capabilities and STARTTLS/STLS, filling `state` as it goes. */
  negotiate: (state: SessionState) => Promise<void>
  /** The login itself, once `loginRefusal` has allowed it. */
  login: (credentials: ProbeCredentials) => Promise<AuthResult>
  /** The polite goodbye (LOGOUT, QUIT); its failure does not matter. */
  farewell: () => Promise<unknown>
}

/**
 * The sequence of a mailbox probe: negotiate, log in when asked (only where `loginRefusal` allows),
 * say goodbye, close; then the result and its findings. Never throws.
 */
export async function runMailboxProbe(
  target: ProbeTarget,
  options: ProbeOptions,
  protocol: MailboxProtocol,
): Promise<ProbeResult> {
  const { session } = protocol
  const { transcript } = session.conn
  const state: SessionState = { addresses: [], greeting: null, tlsMode: 'none' }
  let failure: ProbeResult['failure'] = null
  let auth: AuthResult | null = null
  try {
    await protocol.negotiate(state)
    const credentials = options.credentials
    if (credentials) {
      auth = await transcript.time('auth', () =>
        Promise.resolve(loginRefusal(session.conn, credentials) ?? protocol.login(credentials)),
      )
    }
    await protocol.farewell().catch(() => undefined)
  } catch (error) {
    failure = toFailure(error)
  } finally {
    session.conn.close()
  }
  return probeOutcome(options, {
    target,
    state,
    failure,
    conn: session.conn,
    capabilities: session.capabilities,
    smtp: null,
    auth,
    envelope: null,
  })
}
