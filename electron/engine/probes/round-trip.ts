import { randomBytes } from 'node:crypto'
import { readHeaders } from '../../../shared/headers/read-headers'
import type { HeaderReport } from '../../../shared/headers/types'
import type { RoundTripResponse } from '../../../shared/ipc'
import type { Finding, RemedyId, Status } from '../../../shared/report'
import { isEmailAddress } from '../../../shared/email-address'
import { hasControlCharacters } from '../../../shared/target'
import { authRemedies, isSmtpKind } from './classify'
import type { ImapSession } from './imap-probe'
import { inMailbox, mailboxSession } from './mailbox-session'
import type { Pop3Session } from './pop3-probe'
import { probeConnection, toFailure } from './probe-common'
import { findTestMessage } from './round-trip-folders'
import { ProbeError } from './probe-error'
import type { AuthResult, ProbeCredentials, ProbeFailure, ProbeOptions, ProbeTarget } from './probe-types'
import {
  DEFAULT_EHLO_NAME,
  SmtpSession,
  negotiateSmtp,
  SMTP_LINE_BYTES_MAX,
  smtpLogin,
  type SmtpState,
} from './smtp-probe'
import { Transcript, type PhaseTimings, type TranscriptLine } from './transcript'

/** What the round trip needs: where to send, where to look, whose login and address. */
export interface RoundTripRequest {
  /** The person's submission server (kind `submission` or `submissions`). */
  submission: ProbeTarget
  /** The person's mailbox server (kind `imap`, `imaps`, `pop3` or `pop3s`). */
  mailbox: ProbeTarget
  /** One login for both, as mail programs usually have. */
  credentials: ProbeCredentials
  /** The person's own address: the test message goes from it to it. */
  address: string
  /** How long to watch the mailbox for the message, in ms (default two minutes). */
  waitMs?: number
  /** Time between two looks at the mailbox, in ms (default 3 s). */
  pollMs?: number
}

/** How the round trip ended: which half failed, if one did (the IPC contract names them). */
export type RoundTripOutcome = RoundTripResponse['outcome']

/** The result of a round trip, with its single Finding (`smtp.roundtrip`). */
export interface RoundTripResult {
  outcome: RoundTripOutcome
  /** Time from the end of DATA to the message being found, in ms. */
  deliveryMs: number | null
  /** How many times the mailbox was looked at. */
  polls: number
  /** The folder the test message was found in, when not the inbox (a spam filter or a rule moved it). */
  folder: string | null
  /** Whether the test message was found and deleted again. */
  cleanedUp: boolean
  /** What the test message's headers say, read the moment it arrived (null when they could not be fetched). */
  headers: HeaderReport | null
  send: {
    failure: ProbeFailure | null
    auth: AuthResult | null
    reply: string | null
    timings: PhaseTimings
    transcript: TranscriptLine[]
  }
  receive: {
    failure: ProbeFailure | null
    auth: AuthResult | null
    timings: PhaseTimings
    transcript: TranscriptLine[]
  }
  finding: Finding
}

/** Subject of the test message; the token that follows identifies it in the mailbox. */
export const ROUND_TRIP_SUBJECT = 'MailDoctor test message - messaggio di prova MailDoctor'
/** The header that carries the test message's token. */
export const ROUND_TRIP_HEADER = 'X-MailDoctor-Test'

const MESSAGE_BODY = [
  'This is a test message sent by MailDoctor to check that this mailbox can send and receive email.',
  'MailDoctor deletes it as soon as it arrives; if you still see it, you can delete it.',
  '',
  'Questo è un messaggio di prova inviato da MailDoctor per verificare che questa casella possa inviare e ricevere email.',
  'MailDoctor lo cancella appena arriva; se lo vedi ancora, puoi cancellarlo.',
]

/**
 * Sends a short test message through the person's submission server to their own address (only
 * with a verified TLS channel and their login), then watches their mailbox over IMAP or POP3 until
 * it arrives, and deletes it. Reports how long delivery took, or which half failed. Never throws.
 */
export async function roundTrip(
  request: RoundTripRequest,
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<RoundTripResult> {
  const started = Date.now()
  const sendTranscript = new Transcript()
  const result: Omit<RoundTripResult, 'finding'> = {
    outcome: 'not-sent',
    deliveryMs: null,
    polls: 0,
    folder: null,
    cleanedUp: false,
    headers: null,
    send: { failure: null, auth: null, reply: null, timings: {}, transcript: [] },
    receive: { failure: null, auth: null, timings: {}, transcript: [] },
  }
  const { credentials, address } = request
  if (
    !isSmtpKind(request.submission.kind) ||
    isSmtpKind(request.mailbox.kind) ||
    [credentials.user, credentials.password, address].some(hasControlCharacters) ||
    !isEmailAddress(address)
  ) {
    result.outcome = 'bad-input'
    return { ...result, finding: roundTripFinding(result, request, Date.now() - started) }
  }
  const token = randomBytes(12).toString('hex')
  const sent = await sendTestMessage(request, options, token, sendTranscript, result, signal)
  Object.assign(result.send, sendTranscript.finish())
  if (sent !== null) await watchMailbox(request, options, token, sent, result, signal)
  else if (signal?.aborted) result.outcome = 'aborted'
  return { ...result, finding: roundTripFinding(result, request, Date.now() - started) }
}

/**
 * Looks at the mailbox every `pollMs` until the test message is there, the login is refused, the
 * wait is over or the round trip is cancelled; the outcome, folder, timing and headers go in `result`.
 */
async function watchMailbox(
  request: RoundTripRequest,
  options: ProbeOptions,
  token: string,
  sent: number,
  result: Omit<RoundTripResult, 'finding'>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const waitMs = request.waitMs ?? 120_000
  const pollMs = request.pollMs ?? 3000
  const deadline = sent + waitMs
  result.outcome = 'not-received'
  for (;;) {
    if (signal?.aborted) {
      result.outcome = 'aborted'
      break
    }
    const transcript = new Transcript()
    result.polls++
    const look = await lookForMessage(request, options, token, transcript, signal)
    Object.assign(result.receive, transcript.finish(), {
      failure: look.failure,
      auth: look.auth,
    })
    if (look.found) {
      result.outcome = look.folder
        ? look.folder.inSpam
          ? 'arrived-in-spam'
          : 'arrived-in-folder'
        : 'arrived'
      result.folder = look.folder?.name ?? null
      result.deliveryMs = look.foundAt - sent
      result.cleanedUp = look.deleted
      if (look.headerText !== null) result.headers = await readHeaders(look.headerText, { role: 'sender' })
      break
    }
    if (look.failure?.code === 'aborted') {
      result.outcome = 'aborted'
      break
    }
    if (look.auth && look.auth.outcome !== 'ok') {
      result.outcome = 'mailbox-failed'
      break
    }
    if (Date.now() + pollMs > deadline) {
      if (look.failure) result.outcome = 'mailbox-failed'
      break
    }
    await sleep(pollMs, signal)
  }
}

/** The options with the round trip's login, so its connections remove the password from replies. */
function withLogin(options: ProbeOptions, request: RoundTripRequest): ProbeOptions {
  return { ...options, credentials: request.credentials }
}

/** Sends the test message; returns the time DATA was accepted, or null (with the reason in `result`). */
async function sendTestMessage(
  request: RoundTripRequest,
  options: ProbeOptions,
  token: string,
  transcript: Transcript,
  result: Omit<RoundTripResult, 'finding'>,
  signal: AbortSignal | undefined,
): Promise<number | null> {
  const session = new SmtpSession(
    probeConnection(request.submission, withLogin(options, request), transcript, signal, SMTP_LINE_BYTES_MAX),
  )
  const state: SmtpState = { addresses: [], greeting: null, tlsMode: 'none' }
  try {
    await negotiateSmtp(session, request.submission.kind, options.ehloName ?? DEFAULT_EHLO_NAME, state)
    const auth = await transcript.time('auth', () => smtpLogin(session, request.credentials))
    result.send.auth = auth
    if (auth.outcome !== 'ok') return null
    const expect = async (line: string, code: number) => {
      const reply = await session.command(line, 'total')
      result.send.reply = `${reply.code} ${reply.text}`
      if (reply.code !== code) throw new ProbeError('command-rejected', 'total', result.send.reply)
    }
    await expect(`MAIL FROM:<${request.address}>`, 250)
    await expect(`RCPT TO:<${request.address}>`, 250)
    await expect('DATA', 354)
    for (const line of testMessage(request.address, token))
      session.conn.send(line.startsWith('.') ? `.${line}` : line)
    const reply = await session.command('.', 'total')
    result.send.reply = `${reply.code} ${reply.text}`
    if (reply.code !== 250) throw new ProbeError('command-rejected', 'total', result.send.reply)
    const accepted = Date.now()
    await session.command('QUIT', 'total').catch(() => undefined)
    return accepted
  } catch (error) {
    result.send.failure = toFailure(error)
    return null
  } finally {
    session.conn.close()
  }
}

function testMessage(address: string, token: string): string[] {
  return [
    `From: <${address}>`,
    `To: <${address}>`,
    `Subject: ${ROUND_TRIP_SUBJECT} ${token.slice(0, 8)}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${token}@maildoctor.invalid>`,
    `${ROUND_TRIP_HEADER}: ${token}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...MESSAGE_BODY,
  ]
}

interface Look {
  found: boolean
  /** The found message's header block, as the mailbox server gave it. */
  headerText: string | null
  foundAt: number
  deleted: boolean
  failure: ProbeFailure | null
  auth: AuthResult | null
  /** The folder it was found in, when not the inbox. */
  folder: { name: string; inSpam: boolean } | null
}

/** One look at the mailbox: log in, search for the token, delete the message if it is there. */
async function lookForMessage(
  request: RoundTripRequest,
  options: ProbeOptions,
  token: string,
  transcript: Transcript,
  signal: AbortSignal | undefined,
): Promise<Look> {
  const look: Look = {
    found: false,
    foundAt: 0,
    deleted: false,
    failure: null,
    auth: null,
    headerText: null,
    folder: null,
  }
  const session = mailboxSession(request.mailbox, options, request.credentials, transcript, signal)
  const { auth, failure } = await inMailbox(session, request.mailbox.kind, request.credentials, {
    imap: (imap) => lookOverImap(imap, token, look),
    pop3: (pop3) => lookOverPop3(pop3, token, look),
  })
  Object.assign(look, { auth, failure })
  return look
}

/** The IMAP look, once logged in: find the token in the inbox or another folder, fetch its header, delete it. */
async function lookOverImap(session: ImapSession, token: string, look: Look): Promise<void> {
  const place = await findTestMessage(session, ROUND_TRIP_HEADER, token)
  const uids = place?.uids ?? []
  if (!place || uids.length === 0) return
  look.found = true
  look.folder = place.raw === 'INBOX' ? null : { name: place.folder, inSpam: place.inSpam }
  look.foundAt = Date.now()
  look.headerText = await fetchImapHeader(session, uids[0] ?? '')
  const set = uids.join(',')
  const store = await session.command(`UID STORE ${set} +FLAGS.SILENT (\\Deleted)`, 'total')
  const expunge = await session.command('EXPUNGE', 'total')
  look.deleted = store.status === 'OK' && expunge.status === 'OK'
}

/** The POP3 look, once logged in: read the headers of the last 50 messages for the token, delete it. */
async function lookOverPop3(session: Pop3Session, token: string, look: Look): Promise<void> {
  const list = await session.multiline('LIST', 'total')
  const numbers = list.lines.map((line) => line.split(' ')[0] ?? '').filter((n) => /^\d+$/.test(n))
  for (const number of numbers.slice(-50).reverse()) {
    const top = await session.multiline(`TOP ${number} 0`, 'total')
    if (!top.lines.some((line) => line.toLowerCase() === `${ROUND_TRIP_HEADER.toLowerCase()}: ${token}`))
      continue
    look.found = true
    look.foundAt = Date.now()
    look.headerText = top.lines.join('\r\n')
    look.deleted = (await session.command(`DELE ${number}`, 'total')).ok
    break
  }
}

/**
 * The header block of one message (`UID FETCH n BODY.PEEK[HEADER]`): the lines of the literal that
 * follows `{size}`, counted in bytes. Null when the server refuses or answers something else.
 */
async function fetchImapHeader(session: ImapSession, uid: string): Promise<string | null> {
  if (!/^\d+$/.test(uid)) return null
  const fetch = await session.command(`UID FETCH ${uid} BODY.PEEK[HEADER]`, 'total').catch(() => null)
  if (fetch?.status !== 'OK') return null
  const start = fetch.untagged.findIndex((line) => /\{\d+\}$/.test(line))
  const size = Number(/\{(\d+)\}$/.exec(fetch.untagged[start] ?? '')?.[1] ?? 0)
  if (start === -1 || size === 0) return null
  const lines: string[] = []
  let bytes = 0
  for (const line of fetch.untagged.slice(start + 1)) {
    if (bytes >= size) break
    lines.push(line)
    bytes += new TextEncoder().encode(line).length + 2
  }
  return lines.join('\r\n')
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** The status of each round-trip outcome; its keys are every RoundTripOutcome. */
export const ROUND_TRIP_STATUS: Record<RoundTripOutcome, Status> = {
  arrived: 'pass',
  'arrived-in-spam': 'warn',
  'arrived-in-folder': 'warn',
  'not-sent': 'fail',
  'not-received': 'fail',
  'mailbox-failed': 'fail',
  'bad-input': 'error',
  aborted: 'error',
}

function roundTripFinding(
  result: Omit<RoundTripResult, 'finding'>,
  request: RoundTripRequest,
  durationMs: number,
): Finding {
  const failedHalf =
    result.outcome === 'not-sent' ? result.send : result.outcome === 'mailbox-failed' ? result.receive : null
  const failedAuth = failedHalf?.auth ?? null
  const failure = failedHalf?.failure ?? null
  const remedies: RemedyId[] =
    failedAuth && failedAuth.outcome !== 'ok'
      ? authRemedies(failedAuth.outcome)
      : result.outcome === 'arrived-in-spam'
        ? ['arrived-in-spam']
        : result.outcome === 'arrived-in-folder'
          ? ['moved-by-rule']
          : result.outcome === 'not-received'
            ? ['check-mx', 'provider-status']
            : failure
              ? ['provider-status']
              : []
  const params = {
    submission: `${request.submission.host}:${request.submission.port}`,
    mailbox: `${request.mailbox.host}:${request.mailbox.port}`,
    address: request.address,
    seconds:
      result.deliveryMs === null
        ? Math.round((request.waitMs ?? 120_000) / 1000)
        : Math.max(1, Math.round(result.deliveryMs / 1000)),
    reason: failedAuth && failedAuth.outcome !== 'ok' ? failedAuth.outcome : (failure?.code ?? ''),
    server: failedAuth?.reply ?? failure?.serverText ?? result.send.reply ?? '',
    folder: result.folder ?? '',
  }
  return {
    id: 'smtp.roundtrip',
    subject: request.address,
    status: ROUND_TRIP_STATUS[result.outcome],
    title: { key: `probe:roundTrip.${result.outcome}.title`, params },
    detail: { key: `probe:roundTrip.${result.outcome}.detail`, params },
    evidence: { ...result },
    durationMs,
    remedies,
  }
}
