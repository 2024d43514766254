import type { ProbeKind } from '../../shared/ipc'
import type { HeaderReport } from '../../shared/headers/types'
import type { ClientSettings, ServerSetting } from '../../shared/knowledge/provider-catalogue'
import type { Finding } from '../../shared/report'
import { api } from '../bridge/api'

/** The three tests of the login screen. */
export type LoginTestKind = 'outgoing' | 'incoming' | 'roundTrip'

/** What a test gave: its findings (and the test message's headers), or the bridge's error. */
export type LoginTestOutcome =
  { ok: true; findings: Finding[]; headers: HeaderReport | null } | { ok: false; message: string }

function sendingKind(setting: ServerSetting): 'submission' | 'submissions' {
  return setting.security === 'ssl' ? 'submissions' : 'submission'
}

/** The offer's mailbox server, IMAP before POP3, with the kind its security asks for. */
export function mailboxKind(
  settings: ClientSettings,
): { kind: 'imaps' | 'imap' | 'pop3s' | 'pop3'; setting: ServerSetting } | null {
  if (settings.imap)
    return { kind: settings.imap.security === 'ssl' ? 'imaps' : 'imap', setting: settings.imap }
  if (settings.pop3)
    return { kind: settings.pop3.security === 'ssl' ? 'pop3s' : 'pop3', setting: settings.pop3 }
  return null
}

/**
 * Runs one test through the bridge: a login to the outgoing or the mailbox server, or the round trip
 * (a message to oneself). Null when the offer has no server for it.
 */
export async function runLoginTest(
  test: LoginTestKind,
  settings: ClientSettings,
  user: string,
  password: string,
): Promise<LoginTestOutcome | null> {
  const runId = crypto.randomUUID()
  const mailbox = mailboxKind(settings)
  if (test === 'roundTrip') {
    if (!mailbox) return null
    const result = await api().probeRoundTrip({
      runId,
      submission: { kind: sendingKind(settings.smtp), host: settings.smtp.host },
      mailbox: { kind: mailbox.kind, host: mailbox.setting.host },
      user,
      password,
      address: user,
    })
    return result.ok
      ? { ok: true, findings: [result.value.finding], headers: result.value.headers }
      : { ok: false, message: result.error.message }
  }
  const server: { kind: ProbeKind; setting: ServerSetting } | null =
    test === 'outgoing' ? { kind: sendingKind(settings.smtp), setting: settings.smtp } : mailbox
  if (!server) return null
  const result = await api().probeLogin({
    runId,
    kind: server.kind,
    host: server.setting.host,
    user,
    password,
  })
  return result.ok
    ? { ok: true, findings: result.value.findings, headers: null }
    : { ok: false, message: result.error.message }
}
