import type { TranscriptLine } from '../report'
import type { SessionRecord } from '../session'

/** What every secret is replaced with. */
export const SECRET_MASK = '***'

/** Evidence keys that could hold a credential: their values never leave memory. */
const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token|credential|api[-_]?key|authorization/i

/** A transcript line as found in evidence that may have come from anywhere (its time may be missing). */
type EvidenceLine = Omit<TranscriptLine, 'atMs'> & Partial<Pick<TranscriptLine, 'atMs'>>

/**
 * Masks credentials in one client line: the argument of SMTP `AUTH <mech> <data>`, IMAP
 * `LOGIN user pass` / `AUTHENTICATE <mech> <data>`, POP3 `PASS`, and a continuation line answering a
 * server challenge (`334` in SMTP, `+` in IMAP) which carries base64 credentials.
 */
export function redactClientLine(line: string, answersChallenge: boolean): string {
  if (answersChallenge) return SECRET_MASK
  const smtpAuth = /^(AUTH\s+\S+)\s+\S.*$/i.exec(line)
  if (smtpAuth) return `${smtpAuth[1] ?? ''} ${SECRET_MASK}`
  const imapLogin = /^(\S+\s+LOGIN\s+\S+)\s+\S.*$/i.exec(line)
  if (imapLogin) return `${imapLogin[1] ?? ''} ${SECRET_MASK}`
  const imapAuth = /^(\S+\s+AUTHENTICATE\s+\S+)\s+\S.*$/i.exec(line)
  if (imapAuth) return `${imapAuth[1] ?? ''} ${SECRET_MASK}`
  const pop3 = /^(PASS|APOP\s+\S+)\s+\S.*$/i.exec(line)
  if (pop3) return `${pop3[1] ?? ''} ${SECRET_MASK}`
  return line
}

function isTranscriptLine(value: unknown): value is EvidenceLine {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as EvidenceLine).dir === 'C' || (value as EvidenceLine).dir === 'S') &&
    typeof (value as EvidenceLine).line === 'string'
  )
}

function redactTranscript(lines: EvidenceLine[]): EvidenceLine[] {
  let challenged = false
  return lines.map((entry) => {
    if (entry.dir === 'S') {
      challenged = /^(334 |\+ |\+$)/.test(entry.line)
      return entry
    }
    const line = redactClientLine(entry.line, challenged)
    challenged = false
    return { ...entry, line }
  })
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isTranscriptLine)) return redactTranscript(value)
    return value.map(redactValue)
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        SECRET_KEY.test(key) && child !== null && child !== '' ? SECRET_MASK : redactValue(child),
      ]),
    )
  }
  return value
}

/**
 * A copy of a session with every possible credential masked: evidence fields named like a password,
 * secret or token, and the credentials a client sends in a transcript. The probes already mask them;
 * this is the second lock before anything is written or exported.
 */
export function redactSecrets(session: SessionRecord): SessionRecord {
  return {
    ...session,
    report: {
      ...session.report,
      findings: session.report.findings.map((finding) => ({
        ...finding,
        evidence: redactValue(finding.evidence) as Record<string, unknown>,
      })),
    },
  }
}
