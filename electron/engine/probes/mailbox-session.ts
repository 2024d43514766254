/**
 * A mailbox session, IMAP or POP3 by the target's kind, as the round trip's look and the mailbox
 * look open it: the connection (masking the login in the transcript), the negotiation and the
 * session skeleton's login step, and the goodbye.
 */
import { IMAP_LINE_BYTES_MAX, ImapSession, imapLogin, negotiateImap } from './imap-probe'
import { POP3_LINE_BYTES_MAX, Pop3Session, negotiatePop3, pop3Login } from './pop3-probe'
import { probeConnection } from './probe-common'
import type { AuthResult, ProbeCredentials, ProbeFailure, ProbeOptions, ProbeTarget } from './probe-types'
import { inSession, logIn, type SessionState } from './session-skeleton'
import type { Transcript } from './transcript'

/** The session of a mailbox server, not yet connected; its connection knows the login to mask. */
export function mailboxSession(
  mailbox: ProbeTarget,
  options: ProbeOptions,
  credentials: ProbeCredentials,
  transcript: Transcript,
  signal: AbortSignal | undefined,
): ImapSession | Pop3Session {
  const withLogin = { ...options, credentials }
  return mailbox.kind.startsWith('imap')
    ? new ImapSession(probeConnection(mailbox, withLogin, transcript, signal, IMAP_LINE_BYTES_MAX))
    : new Pop3Session(probeConnection(mailbox, withLogin, transcript, signal, POP3_LINE_BYTES_MAX))
}

/** Connects, negotiates TLS, then the session skeleton's login step; how the login went (refused before sending, or the server's answer). */
async function negotiateAndLogIn(
  session: ImapSession | Pop3Session,
  kind: ProbeTarget['kind'],
  credentials: ProbeCredentials,
): Promise<AuthResult> {
  const state: SessionState = { addresses: [], greeting: null, tlsMode: 'none' }
  if (session instanceof ImapSession) {
    await negotiateImap(session, kind, state)
    return logIn(session.conn, credentials, (login) => imapLogin(session, login))
  }
  await negotiatePop3(session, kind, state)
  return logIn(session.conn, credentials, (login) => pop3Login(session, login))
}

/** What a mailbox session does once logged in, by protocol; the login's answer comes along. */
export interface MailboxLook {
  imap: (session: ImapSession, auth: AuthResult) => Promise<void>
  pop3: (session: Pop3Session, auth: AuthResult) => Promise<void>
}

/**
 * A whole mailbox session on the session skeleton: negotiate, the login step, the look once the
 * login is accepted, the goodbye (LOGOUT, QUIT) and the close. How the login went (null when the
 * session failed before it) and why the session failed, if it did. Never throws.
 */
export async function inMailbox(
  session: ImapSession | Pop3Session,
  kind: ProbeTarget['kind'],
  credentials: ProbeCredentials,
  look: MailboxLook,
): Promise<{ auth: AuthResult | null; failure: ProbeFailure | null }> {
  let auth: AuthResult | null = null
  const failure = await inSession(
    session.conn,
    async () => {
      auth = await negotiateAndLogIn(session, kind, credentials)
      if (auth.outcome !== 'ok') return
      if (session instanceof ImapSession) await look.imap(session, auth)
      else await look.pop3(session, auth)
    },
    () =>
      session instanceof ImapSession ? session.command('LOGOUT', 'total') : session.command('QUIT', 'total'),
  )
  return { auth, failure }
}
