import type { Finding } from '../../../shared/report'
import type { MailboxQuota } from './imap-parse'
import type { AuthResult, ProbeFailure, ProbeTarget } from './probe-types'
import type { PhaseTimings, TranscriptLine } from './transcript'

/** One folder: its name for people, its special use (`\Junk`...), how many messages it holds. */
export interface MailboxFolder {
  name: string
  specialUse: string | null
  messages: number | null
}

/** A message found: the folder it is in and its header fields. */
export interface FoundMessage {
  folder: string
  specialUse: string | null
  subject: string
  from: string
  date: string
}

/** What the look saw, with its findings (`mailbox.auth`, `mailbox.quota`, `mailbox.folders`, `mailbox.find`). */
export interface MailboxLookResult {
  target: ProbeTarget
  auth: AuthResult | null
  failure: ProbeFailure | null
  /** The STORAGE quota, or null where the server offers none. */
  quota: MailboxQuota | null
  /** Whether the server offers QUOTA (IMAP) at all. */
  quotaOffered: boolean
  folders: MailboxFolder[]
  /** Null when nothing was asked for; else every match, up to MAILBOX_FOUND_MAX. */
  found: FoundMessage[] | null
  /** Folders the search could not open. */
  unsearched: string[]
  /** POP3: messages and bytes left on the server, from STAT. */
  pop3: { messages: number; sizeBytes: number } | null
  find: string | null
  timings: PhaseTimings
  transcript: TranscriptLine[]
  findings: Finding[]
}
