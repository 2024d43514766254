import type { BounceReason } from './reasons'
import type { LayoutFields, LayoutParser } from './types'
import { QMAIL_COMMANDS } from './smtp-command'
import { cleanToken, joinWrapped } from './text-scan'

const REPORTER = /^Hi\. This is the qmail-send program at ([A-Za-z0-9.-]{1,253})/i
/** A recipient's line: `<address>:` (an address has an @; qmail also lists a bare host name, `<host.example>:`). */
const RECIPIENT = /^<([^<>\s@]{1,64}@[^<>\s]{1,255})>:[ \t]*$/
const DOES_NOT_LIKE = /^([A-Za-z0-9.:-]{2,253}) does not like (?:recipient|sender)\./
const MAX_ENTRIES = 50
const REMOTE_SAID = /^Remote host said: (.{1,2000})$/

/**
 * What qmail's own sentences (qmail-send, qmail-remote, qmail-local and the qmail-ldap patch) say
 * went wrong, in the order they are tried; the remote server's text is left to the classifier.
 */
const QMAIL_REASONS: readonly [BounceReason, readonly string[]][] = [
  ['notaccept', ["couldn't find a mail exchanger or ip address"]],
  ['hostunknown', ["sorry, i couldn't find any host "]],
  ['mailboxfull', ['disk quota exceeded']],
  ['mesgtoobig', ['message size exceeds fixed maximum message size:']],
  ['exceedlimit', ['the message exeeded the maximum size the user accepts']],
  [
    'networkerror',
    [
      "wasn't able to establish an smtp connection",
      "although i'm listed as a best-preference mx or a for that host",
    ],
  ],
  ['suspend', ['mailaddress is administrativ']],
  ['systemfull', ['mailbox unavailable (not enough free space)']],
  ['userunknown', ['no mailbox here by that name']],
  [
    'systemerror',
    [
      'bad interpreter: no such file or directory',
      'system error',
      // qmail-local's own "Unable to …" (Sisimai's "Unable to"): a mailbox directory it cannot enter.
      'unable to switch to ',
      'unable to chdir to ',
      'ldap server',
      'ldap lookup',
      'ldap attribute',
      'automatic homedir creat',
      'while executing qmail-forward',
    ],
  ],
  ['expired', ['this message has been in the queue too long']],
]

/** The command and the reason qmail's own lines of one recipient paragraph name. */
function qmailVerdict(ownLines: string[]): Pick<LayoutFields, 'command' | 'reason'> {
  const own = ownLines.join(' ').toLowerCase()
  const command = QMAIL_COMMANDS.find(([cue]) => own.includes(cue))?.[1]
  if (command === 'EHLO' || command === 'HELO') return { command, reason: 'blocked' }
  const gaveUp = own.includes('this message has been in the queue too long')
  if (command === 'RCPT' && gaveUp) return { command }
  const reason = QMAIL_REASONS.find(([, cues]) => cues.some((cue) => own.includes(cue)))?.[0]
  return { ...(command ? { command } : {}), ...(reason ? { reason } : {}) }
}

/** qmail-remote's and qmail-send's own lines in a paragraph, never the remote server's words. */
const QMAIL_OWN_WORDS =
  /^(?:giving up on |i'm not going to try again|i'll keep trying|sorry,|this is a permanent error|[^ ]{1,253} failed after i sent the message\.|remote host said:)/i

/** Reads the paragraph of one `<rcpt>:` line: the remote host, what it said, and qmail's verdict. */
function readParagraph(lines: string[], start: number, recipient: string): LayoutFields {
  const entry: LayoutFields = { recipient }
  const paragraph: string[] = []
  const own: string[] = []
  for (let next = start; next < lines.length && (lines[next] ?? '').trim() !== ''; next++) {
    const text = (lines[next] ?? '').trim()
    const host =
      DOES_NOT_LIKE.exec(text) ?? / ([A-Za-z0-9.:-]{2,253}) does not like (?:recipient|sender)\./.exec(text)
    if (host?.[1]) entry.remoteMta = host[1]
    const said = REMOTE_SAID.exec(text)
    if (said?.[1]) entry.diagnostic = said[1].trim()
    // The remote's reply wrapped onto the next lines, until qmail's own words again ("Giving up on …").
    else if (entry.diagnostic !== undefined && !host && !QMAIL_OWN_WORDS.test(text))
      entry.diagnostic = `${entry.diagnostic} ${text}`.slice(0, 2000)
    else own.push(text)
    paragraph.push(text)
  }
  entry.diagnostic ??= joinWrapped(paragraph)
  return { ...entry, ...qmailVerdict(own) }
}

/**
 * qmail: "Hi. This is the qmail-send program at …" and its `<rcpt>:` paragraphs; also the qmail
 * derivatives that open with "Unable to deliver message to the following address(es)." (Yahoo's
 * older servers among them) and write the same paragraphs.
 */
export const qmailParser: LayoutParser = {
  format: 'qmail',
  detects: (lower) =>
    lower.includes('this is the qmail-send program at') ||
    lower.includes('unable to deliver message to the following address(es).'),
  parse(lines) {
    const entries: LayoutFields[] = []
    let reportingMta: string | undefined
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? ''
      const reporter = REPORTER.exec(line)
      if (reporter?.[1] && !reportingMta) reportingMta = cleanToken(reporter[1])
      const recipient = RECIPIENT.exec(line)
      if (!recipient?.[1] || entries.length >= MAX_ENTRIES) continue
      entries.push(readParagraph(lines, index + 1, recipient[1]))
    }
    const [first, ...others] = entries
    return {
      ...first,
      ...(reportingMta ? { reportingMta } : {}),
      ...(others.length > 0 ? { others } : {}),
    }
  },
}
