/**
 * The mailbox look: after a successful login, what the mailbox itself says, with nothing changed in
 * it (IMAP: EXAMINE, STATUS, SEARCH and BODY.PEEK only; POP3: STAT). How full it is, its folders and
 * their message counts, and where a named message went. Hand-written over the probes' ImapSession
 * and Pop3Session rather than an IMAP library (imapflow), for the same reasons as the probes: every
 * line goes through the bounded LineReader with a deadline per step, the transcript masks the
 * password, and the login runs only over verified TLS (`loginRefusal`).
 */
import type { AuthResult, ProbeCredentials, ProbeOptions, ProbeTarget } from './probe-types'
import type { ImapSession } from './imap-probe'
import {
  imapQuote,
  parseHeaderFetch,
  parseList,
  parseQuota,
  parseSearch,
  parseStatusMessages,
  type ListedFolder,
} from './imap-parse'
import { isSpamFolder, mailboxLookFindings } from './mailbox-look-findings'
import { inMailbox, mailboxSession } from './mailbox-session'
import type { Pop3Session } from './pop3-probe'
import { ProbeError } from './probe-error'
import { Transcript } from './transcript'
import { withinDeadline } from '../util/deadline'
import { hasControlCharacters } from '../../../shared/target'

export type { MailboxQuota } from './imap-parse'

/** Most folders listed, counted and searched. */
export const MAILBOX_FOLDERS_MAX = 100
/** Most messages reported as found (the newest of each folder first). */
export const MAILBOX_FOUND_MAX = 20
/** Longest text to look for. */
export const MAILBOX_FIND_CHARS_MAX = 200

/** What to look at: the mailbox server, the login, and optionally a message to find. */
export interface MailboxLookRequest {
  /** The mailbox server (kind `imap`, `imaps`, `pop3` or `pop3s`). */
  mailbox: ProbeTarget
  credentials: ProbeCredentials
  /** A subject, sender or Message-ID to find in every folder. */
  find?: string | undefined
}

import type { MailboxLookResult } from './mailbox-look-types'

export type { FoundMessage, MailboxFolder, MailboxLookResult } from './mailbox-look-types'

type Facts = Omit<MailboxLookResult, 'timings' | 'transcript' | 'findings'>

/** Looks inside the mailbox after logging in. Never throws; a failed step is `failure`. */
export async function lookInMailbox(
  request: MailboxLookRequest,
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<MailboxLookResult> {
  const started = Date.now()
  const transcript = new Transcript()
  const find = request.find?.trim() ? request.find.trim() : null
  const facts: Facts = {
    target: request.mailbox,
    auth: null,
    failure: null,
    quota: null,
    quotaOffered: false,
    folders: [],
    found: find === null ? null : [],
    unsearched: [],
    pop3: null,
    find,
  }
  if (find !== null && (hasControlCharacters(find) || find.length > MAILBOX_FIND_CHARS_MAX)) {
    facts.failure = { code: 'bad-input', phase: 'total', serverText: null }
    return finish(facts, transcript, started)
  }
  const session = mailboxSession(request.mailbox, options, request.credentials, transcript, signal)
  const { auth, failure } = await inMailbox(session, request.mailbox.kind, request.credentials, {
    imap: (imap, login) => lookOverImap(imap, login, facts),
    pop3: (pop3) => lookOverPop3(pop3, facts),
  })
  Object.assign(facts, { auth, failure })
  return finish(facts, transcript, started)
}

function finish(facts: Facts, transcript: Transcript, started: number): MailboxLookResult {
  const recorded = transcript.finish()
  const durationMs = Date.now() - started
  return { ...facts, ...recorded, findings: mailboxLookFindings(facts, durationMs) }
}

/** IMAP, once logged in: quota, folders with counts, then the search in every folder. */
async function lookOverImap(session: ImapSession, login: AuthResult, facts: Facts): Promise<void> {
  if (!login.reply?.includes('[CAPABILITY ')) {
    session.capabilities = []
    await session.ensureCapabilities('total')
  }
  const offers = (name: string) => session.capabilities.some((cap) => cap.toUpperCase() === name)
  facts.quotaOffered = offers('QUOTA')
  if (facts.quotaOffered) {
    const quota = await session.command(`GETQUOTAROOT INBOX`, 'total')
    if (quota.status === 'OK') facts.quota = parseQuota(quota.untagged)
  }
  const listed = await listFolders(session, offers('SPECIAL-USE') && offers('LIST-EXTENDED'))
  for (const folder of listed) {
    const status = folder.selectable
      ? await session.command(`STATUS ${imapQuote(folder.raw)} (MESSAGES)`, 'total')
      : null
    facts.folders.push({
      name: folder.name,
      specialUse: folder.specialUse,
      messages: status?.status === 'OK' ? parseStatusMessages(status.untagged) : null,
    })
  }
  if (facts.find !== null) await findEverywhere(session, listed, facts.find, facts)
}

/** Every folder (INBOX first), with special uses where the server offers SPECIAL-USE. */
export async function listFolders(session: ImapSession, specialUse: boolean): Promise<ListedFolder[]> {
  const command = specialUse ? 'LIST "" "*" RETURN (SPECIAL-USE)' : 'LIST "" "*"'
  const list = await session.command(command, 'total')
  if (list.status !== 'OK') throw new ProbeError('command-rejected', 'total', list.text.slice(0, 200))
  const folders = parseList(list.untagged, MAILBOX_FOLDERS_MAX)
  const rank = (folder: ListedFolder) =>
    folder.raw.toUpperCase() === 'INBOX' ? 0 : isSpamFolder(folder) ? 1 : 2
  return [...folders].sort((a, b) => rank(a) - rank(b))
}

/** Searches each selectable folder (read-only, EXAMINE) by subject, sender or Message-ID. */
async function findEverywhere(
  session: ImapSession,
  folders: readonly ListedFolder[],
  text: string,
  facts: Facts,
): Promise<void> {
  const found = facts.found ?? []
  const ascii = /^[\x20-\x7e]*$/.test(text)
  const quoted = imapQuote(text)
  const criteria = `OR OR SUBJECT ${quoted} FROM ${quoted} HEADER Message-ID ${quoted}`
  for (const folder of folders) {
    if (!folder.selectable || found.length >= MAILBOX_FOUND_MAX) continue
    const examine = await session.command(`EXAMINE ${imapQuote(folder.raw)}`, 'total')
    if (examine.status !== 'OK') {
      facts.unsearched.push(folder.name)
      continue
    }
    const search = await session.command(`UID SEARCH ${ascii ? '' : 'CHARSET UTF-8 '}${criteria}`, 'total')
    if (search.status !== 'OK') {
      facts.unsearched.push(folder.name)
      continue
    }
    const uids = parseSearch(search.untagged)
      .slice(-5)
      .slice(0, MAILBOX_FOUND_MAX - found.length)
    if (uids.length === 0) continue
    const fetch = await session.command(
      `UID FETCH ${uids.join(',')} BODY.PEEK[HEADER.FIELDS (SUBJECT FROM DATE)]`,
      'total',
    )
    const headers = fetch.status === 'OK' ? parseHeaderFetch(fetch.untagged) : []
    for (const uid of uids) {
      const fields = headers.find((header) => header.uid === uid)
      found.push({
        folder: folder.name,
        specialUse: folder.specialUse,
        subject: fields?.subject ?? '',
        from: fields?.from ?? '',
        date: fields?.date ?? '',
      })
    }
  }
}

/** POP3, once logged in: STAT (messages and size left on the server). POP3 has no folders but the inbox. */
async function lookOverPop3(session: Pop3Session, facts: Facts): Promise<void> {
  const stat = await session.command('STAT', 'total')
  const match = /^(\d{1,9}) (\d{1,15})\b/.exec(stat.text)
  if (stat.ok && match) {
    facts.pop3 = { messages: Number(match[1]), sizeBytes: Number(match[2]) }
    facts.folders.push({ name: 'INBOX', specialUse: null, messages: facts.pop3.messages })
  }
  if (facts.find !== null) await findOverPop3(session, facts.find, facts)
}

/** POP3: the headers (TOP n 0) of the newest 50 messages, matched on subject, sender or Message-ID. */
async function findOverPop3(session: Pop3Session, text: string, facts: Facts): Promise<void> {
  const found = facts.found ?? []
  const list = await session.multiline('LIST', 'total')
  const numbers = list.lines.map((line) => line.split(' ')[0] ?? '').filter((n) => /^\d{1,9}$/.test(n))
  const wanted = text.toLowerCase()
  for (const number of numbers.slice(-50).reverse()) {
    if (found.length >= MAILBOX_FOUND_MAX) break
    const top = await session.multiline(`TOP ${number} 0`, 'total')
    const headerLines = top.lines.slice(0, top.lines.indexOf('') === -1 ? undefined : top.lines.indexOf(''))
    const matches = headerLines.some(
      (line) => /^(subject|from|message-id):/i.test(line) && line.toLowerCase().includes(wanted),
    )
    if (!matches) continue
    const [fields] = parseHeaderFetch([`{${Buffer.byteLength(headerLines.join('\r\n'))}}`, ...headerLines])
    found.push({
      folder: 'INBOX',
      specialUse: null,
      subject: fields?.subject ?? '',
      from: fields?.from ?? '',
      date: fields?.date ?? '',
    })
  }
}

/** The mailbox look under one deadline for the whole look (the CLI's `probe mailbox`). */
export function testMailboxLook(
  request: MailboxLookRequest,
  options: ProbeOptions,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<MailboxLookResult> {
  return withinDeadline(signal, timeoutMs, (deadline) => lookInMailbox(request, options, deadline))
}
