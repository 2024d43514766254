import type { SmtpCommand } from './classify-reason'

/** How bounces name the command a server answered, most specific first. */
const COMMAND_CUES: readonly [RegExp, SmtpCommand][] = [
  [
    /in reply to (?:end of )?data command|after end of data|after data\b|in reply to end of data|rejected command '?data\b/,
    'DATA',
  ],
  [
    /in reply to rcpt to command|after rcpt to|in reply to rcpt\b|most progress was rcpt to|recipient address rejected|\bsmtp:rcpt\b|rejected command '?rcpt to\b/,
    'RCPT',
  ],
  [/in reply to mail from command|after mail from|in reply to mail\b|rejected command '?mail from\b/, 'MAIL'],
  [/in reply to (?:ehlo|helo) command|after (?:ehlo|helo)\b|rejected command '?(?:ehlo|helo)\b/, 'EHLO'],
  [/in reply to starttls command|after starttls/, 'STARTTLS'],
  [/in reply to auth command|after auth\b/, 'AUTH'],
  [
    /after initial connection|while connected to|connection refused|refused to talk to me|connect to .{1,300} timed out/,
    'CONN',
  ],
]

/**
 * The SMTP command qmail-remote names in its own sentences (qmail-remote.c); relays built on it keep
 * the words when they rename the notice, so they are read in any layout.
 */
export const QMAIL_COMMANDS: readonly [string, SmtpCommand][] = [
  [' but greeting failed', 'CONN'],
  [' but my name was rejected', 'EHLO'],
  [' but sender was rejected', 'MAIL'],
  [' does not like recipient', 'RCPT'],
  [' failed on data command', 'DATA'],
  [' failed after i sent the message', 'DATA'],
]

/** The commands a transcript's `>>> VERB` lines name, by the verb in lower case. */
export const TRANSCRIPT_COMMANDS: Record<string, SmtpCommand> = {
  data: 'DATA',
  rcpt: 'RCPT',
  mail: 'MAIL',
  ehlo: 'EHLO',
  helo: 'HELO',
  starttls: 'STARTTLS',
  auth: 'AUTH',
}

/**
 * The server's answer to DATA when no recipient was taken (Sendmail's "503 Need RCPT", Postfix's
 * "554 no valid recipients"): with pipelining (RFC 2920) the refusals before it answered RCPT,
 * even where the transcript shows them under `>>> DATA`.
 */
const NO_RECIPIENT_TAKEN = /^<<< 5[0-9][0-9][ -].{0,40}(?:need rcpt|no valid recipients)/

/**
 * In a Sendmail-like transcript (`>>> RCPT To:…` then `<<< 550 …`), the command the first error
 * answered; an error before any command of its session answered the connection (the greeting).
 */
function transcriptCommand(lowerText: string): SmtpCommand | null {
  const lines = lowerText.split('\n', 5000).map((line) => line.trim())
  let last: SmtpCommand | null = null
  for (const [index, line] of lines.entries()) {
    const sent = /^>>> ([a-z]{4,8})\b/.exec(line)
    if (sent?.[1]) last = TRANSCRIPT_COMMANDS[sent[1]] ?? last
    else if (line.includes('while talking to ')) last = 'CONN'
    else if (/^<<< [45][0-9][0-9]/.test(line) && last) return pipelined(last, lines.slice(index + 1))
  }
  return null
}

/** RCPT for refusals shown under a pipelined DATA that the server then answered "no recipient". */
function pipelined(command: SmtpCommand, after: readonly string[]): SmtpCommand {
  if (command !== 'DATA') return command
  const nextReply = after.slice(0, 20).find((line) => line.startsWith('<<< ') || line.startsWith('>>> '))
  return nextReply !== undefined && NO_RECIPIENT_TAKEN.test(nextReply) ? 'RCPT' : command
}

/** The SMTP command a bounce says the server refused, or null when it does not say. */
export function findCommand(lowerText: string): SmtpCommand | null {
  const head = lowerText.slice(0, 65_536)
  const flat = head.replace(/\s+/g, ' ')
  return (
    transcriptCommand(head) ??
    COMMAND_CUES.find(([cue]) => cue.test(flat))?.[1] ??
    QMAIL_COMMANDS.find(([cue]) => flat.includes(cue))?.[1] ??
    null
  )
}
