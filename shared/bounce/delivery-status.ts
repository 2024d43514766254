import { parseEnhancedCode } from '../knowledge/enhanced-codes'
import { codesOf } from './codes'
import type { BounceReason } from './reasons'
import type { BounceRecipient } from './types'
import { carriesReplyMarker, MAX_LINE, stripTypePrefix } from './text-scan'

/** One recipient of a report, with the reason the reporting MTA names in a field of its own. */
export interface DsnRecipient extends BounceRecipient {
  statedReason: BounceReason | null
  /** The words after the Status code (`5.2.1 (mailbox disabled, not accepting messages)`), for the classifier. */
  statusNote: string | null
}

/** The fields of an RFC 3464 (or RFC 6533 global) delivery-status report. */
export interface DeliveryStatus {
  reportingMta: string | null
  recipients: DsnRecipient[]
}

/** PowerMTA's `X-PowerMTA-BounceCategory` values and the reasons they name (as Sisimai reads them). */
const POWERMTA_CATEGORIES: Record<string, BounceReason> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]{0,4}:[ \t]*(.*)$/
const MAX_GROUPS = 500
/** The longest value a field keeps from its continuation lines (a server's reply is far shorter). */
const MAX_FIELD = 16_384

/**
 * A second Final-Recipient (or Original-Recipient) in one group begins the next recipient's fields:
 * some servers leave out the blank line between recipients (Sisimai reads each as a new recipient).
 */
function startsAnotherRecipient(group: Map<string, string>, name: string): boolean {
  return (name === 'final-recipient' || name === 'original-recipient') && group.has(name)
}

/**
 * A multi-line SMTP reply copied into a field without folding ("550-Please turn on SMTP
 * Authentication …" then "550-… is not permitted to" and "550 relay through this server …" at the
 * start of their lines): each next line of the same reply continues the field, as Sisimai reads it.
 */
function continuesReply(value: string | undefined, line: string): boolean {
  const code = /(?:^|;\s*)([2-5][0-9][0-9])-/.exec(value ?? '')?.[1]
  if (code === undefined || new RegExp(`(?:^|\\s)${code} `).test(value ?? '')) return false
  // Also a line of the same reply pasted at another width, its "550-" marker inside it.
  return new RegExp(`^${code}[- ]`).test(line) || (carriesReplyMarker(code, line) && !FIELD.test(line))
}

/**
 * The words a Status field gives after its code: "5.2.1 (mailbox disabled)", or unbracketed, as some
 * servers write the refused command and reply there ("5.1.0 MAIL FROM: <a@x> 552 REPLY: …").
 */
function statusWords(field: string | undefined): string | null {
  const words = (field ?? '')
    .replace(/^\s*[245]\.[0-9]{1,3}\.[0-9]{1,3}/, '')
    .replace(/[()]/g, ' ')
    .trim()
  return words === '' ? null : words.slice(0, 200)
}

/**
 * A Diagnostic-Code line some servers cut at a fixed width with no fold ("…judged to b" / "e spam
 * … IB212"): the line before is long and ends mid-word, and this one is neither a field, a reply of
 * its own nor a MIME boundary.
 */
function isCutLine(previous: string, line: string): boolean {
  if (previous.length < 100 || !/[A-Za-z0-9]$/.test(previous) || !/^[A-Za-z0-9]/.test(line)) return false
  return !FIELD.test(line) && !/^[2-5][0-9][0-9][ -]/.test(line)
}

/** Splits a delivery-status body into groups of unfolded `name → value` fields (names lower-cased). */
function fieldGroups(text: string): Map<string, string>[] {
  const groups: Map<string, string>[] = []
  let current = new Map<string, string>()
  let lastName: string | null = null
  let previous = ''
  for (const rawLine of text.split(/\r?\n/)) {
    if (groups.length >= MAX_GROUPS) break
    const line = rawLine.length > MAX_LINE ? rawLine.slice(0, MAX_LINE) : rawLine
    if (line.trim() === '') {
      if (current.size > 0) groups.push(current)
      current = new Map()
      lastName = null
      continue
    }
    const cutReply = lastName === 'diagnostic-code' && isCutLine(previous, line)
    previous = line
    if (
      lastName !== null &&
      (/^[ \t]/.test(line) || cutReply || continuesReply(current.get(lastName), line))
    ) {
      const value = current.get(lastName) ?? ''
      // A field's continued value is kept to a bound: a reply is never longer, a hostile report is.
      if (value.length < MAX_FIELD) current.set(lastName, `${value} ${line.trim()}`)
      continue
    }
    const match = FIELD.exec(line)
    if (!match) {
      lastName = null
      continue
    }
    lastName = (match[1] ?? '').toLowerCase()
    if (startsAnotherRecipient(current, lastName)) {
      groups.push(current)
      current = new Map()
    }
    if (!current.has(lastName)) current.set(lastName, (match[2] ?? '').trim())
  }
  if (current.size > 0) groups.push(current)
  return groups
}

/**
 * Which enhanced code to keep when the Status field and the server's text disagree: the more
 * specific one, as Sisimai does (go-sisimai `smtp/status/prefer.go`, BSD 2-Clause licence). One
 * departure: a Status X.2.2 ("mailbox full") over a 552 reply whose own code says the message was
 * too large (X.3.4, X.2.3) is the reporter's reading of RFC 821's 552, not the server's; the
 * server's code is kept.
 */
export function preferStatus(status: string, inText: string | null, replyCode: number | null): string {
  if (!inText || inText === status) return status
  if (replyCode === 552 && /^.\.2\.2$/.test(status) && /^.\.(?:3\.4|2\.3)$/.test(inText)) return inText
  const reply = replyCode === null ? '' : String(replyCode)
  if (reply !== '' && status[0] !== inText[0]) {
    if (reply[0] === status[0]) return status
    if (reply[0] === inText[0]) return inText
  }
  if (status.includes('.0.0')) return inText.includes('.0.0') ? status : inText
  if (status.includes('.0') && !inText.includes('.0')) return inText
  if (inText.includes('.0.0')) return status
  if (['4.4.7', '4.7.0'].includes(status) || status.startsWith('5.3.') || /^.\.5\.[1245]$/.test(status))
    return inText
  if (status === '5.1.1') return inText.includes('.0') || inText.startsWith('5.5.') ? status : inText
  if (status === '5.1.3' && inText.startsWith('5.7.')) return inText
  return status
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value
}

const EMAIL_ONLY = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,253}\.[^\s@<>"]{1,63}$/
/** An address at a host with no dot ("fail@testserver"): still an address, unlike a program or a file. */
const LOCAL_ADDRESS = /^[^\s@<>"]{1,64}@[^\s@<>".]{1,63}$/

function bareAddress(field: string | undefined): string | undefined {
  return field === undefined ? undefined : stripTypePrefix(field).trim().replace(/^<|>$/g, '')
}

/**
 * The recipient the sender wrote: Original-Recipient when it is an email address (the
 * Final-Recipient may be a rewritten alias, a forward or an X.400 address), else Final-Recipient.
 */
function writtenRecipient(original: string | undefined, final: string | undefined): string | undefined {
  const written = bareAddress(original)
  const delivered = bareAddress(final)
  for (const shape of [EMAIL_ONLY, LOCAL_ADDRESS]) {
    if (written !== undefined && shape.test(written)) return written
    if (delivered !== undefined && shape.test(delivered)) return delivered
  }
  return delivered ?? written
}

/**
 * Reads a message/delivery-status or message/global-delivery-status body (also when pasted inside
 * other text): the reporting MTA and, per recipient, action, status, remote MTA and diagnostic.
 */
export function parseDeliveryStatus(text: string): DeliveryStatus {
  let reportingMta: string | null = null
  const recipients: DsnRecipient[] = []
  for (const group of fieldGroups(text)) {
    const reporting = group.get('reporting-mta')
    if (reporting !== undefined && reportingMta === null) reportingMta = orNull(stripTypePrefix(reporting))
    const final = writtenRecipient(group.get('original-recipient'), group.get('final-recipient'))
    // A recipient's fields pasted without their Final-Recipient still say how delivery ended.
    if (final === undefined && !group.has('status')) continue
    const diagnosticField = group.get('diagnostic-code') ?? ''
    const diagnostic = orNull(stripTypePrefix(diagnosticField))
    // An X-Unix diagnostic is the exit status of a delivery program (`X-Unix; 255`), never a reply code.
    const diagnosticType = /^([A-Za-z0-9-]{1,20});/.exec(diagnosticField.trim())?.[1]?.toLowerCase() ?? null
    const status = (group.get('status') ?? '').trim().split(/[ \t(]/)[0] ?? ''
    const programStatus = diagnosticType?.startsWith('x-unix') === true
    const codes = diagnostic && !programStatus ? codesOf(diagnostic) : { replyCode: null, enhancedCode: null }
    const enhancedCode = parseEnhancedCode(status)
      ? preferStatus(status, codes.enhancedCode, codes.replyCode)
      : codes.enhancedCode
    const remote = orNull(stripTypePrefix(group.get('remote-mta') ?? ''))
    recipients.push({
      recipient: orNull(final),
      action: orNull(
        (group.get('action') ?? '')
          .trim()
          .toLowerCase()
          .split(/[ \t(]/)[0],
      ),
      enhancedCode,
      replyCode: codes.replyCode,
      remoteMta: remote ? (remote.split(/[ \t]/)[0] ?? remote).replace(/\.$/, '') : null,
      diagnostic,
      diagnosticType,
      reason: null,
      statusNote: statusWords(group.get('status')),
      statedReason: POWERMTA_CATEGORIES[(group.get('x-powermta-bouncecategory') ?? '').trim()] ?? null,
    })
  }
  return { reportingMta: reportingMta ? reportingMta.replace(/\.$/, '') : null, recipients }
}
