import type { SmtpCommand } from './classify-reason'

/** How bounces name the command a server answered, most specific first. */
const COMMAND_CUES: readonly [RegExp, SmtpCommand][] = [
  [/in reply to (?:end of )?data command|after end of data|after data\b|in reply to end of data/, 'DATA'],
  [/in reply to rcpt to command|after rcpt to|>>> rcpt to|in reply to rcpt\b|rcpt to:<[^>]{0,320}>:?\s*$/m, 'RCPT'],
  [/in reply to mail from command|after mail from|>>> mail from|in reply to mail\b/, 'MAIL'],
  [/in reply to (?:ehlo|helo) command|after (?:ehlo|helo)\b|>>> (?:ehlo|helo)/, 'EHLO'],
  [/in reply to starttls command|after starttls/, 'STARTTLS'],
  [/in reply to auth command|after auth\b/, 'AUTH'],
  [/after initial connection|while connected to|connection refused|connect to .{1,300} timed out/, 'CONN'],
]

/** The SMTP command a bounce says the server refused, or null when it does not say. */
export function findCommand(lowerText: string): SmtpCommand | null {
  const text = lowerText.slice(0, 65_536)
  return COMMAND_CUES.find(([cue]) => cue.test(text))?.[1] ?? null
}
