import type { ProbeConnection } from './connection'
import { probeOutcome } from './probe-common'
import { inSession, logIn, type SessionState } from './session-skeleton'
import type { AuthResult, ProbeCredentials, ProbeOptions, ProbeResult, ProbeTarget } from './probe-types'

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
  const state: SessionState = { addresses: [], greeting: null, tlsMode: 'none' }
  let auth: AuthResult | null = null
  const failure = await inSession(
    session.conn,
    async () => {
      await protocol.negotiate(state)
      const credentials = options.credentials
      if (credentials) auth = await logIn(session.conn, credentials, protocol.login)
    },
    protocol.farewell,
  )
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
