/** One Electronegativity finding, as its CSV report lists it. */
export interface AuditFinding {
  issue: string
  severity: string
  confidence: string
  file: string
  location: string
  /** The flagged source text, as Electronegativity quotes it. */
  sample: string
  description: string
}

/**
 * A finding the project has looked at and explains: which check, in which file, on which exact call
 * (the source text Electronegativity quotes), and why it is fine. A new call in the same file, even
 * of the same kind, is not explained by it.
 */
export interface AllowlistEntry {
  issue: string
  file: string
  call: string
  reason: string
}

/** Severities that fail the audit unless the allowlist explains them. */
const BLOCKING = new Set(['HIGH', 'MEDIUM'])

/** Splits one CSV line into fields (double quotes, doubled quotes inside). */
function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"'
      index++
    } else if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      fields.push(field.trim())
      field = ''
    } else field += char
  }
  fields.push(field.trim())
  return fields
}

/** The findings of an Electronegativity CSV report (header line first). */
export function parseAuditCsv(csv: string): AuditFinding[] {
  const [, ...lines] = csv.split(/\r?\n/).filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const [
      issue = '',
      severity = '',
      confidence = '',
      file = '',
      location = '',
      sample = '',
      description = '',
    ] = csvFields(line)
    return { issue, severity, confidence, file, location, sample, description }
  })
}

/** True when an entry names this finding: its check, file and exact call (not its line: lines move). */
function matches(entry: AllowlistEntry, finding: AuditFinding): boolean {
  return (
    entry.issue === finding.issue &&
    entry.file === finding.file &&
    entry.call.trim() === finding.sample.trim()
  )
}

/** The allowlist entry that explains a finding, if any. */
function explanation(
  finding: AuditFinding,
  allowlist: readonly AllowlistEntry[],
): AllowlistEntry | undefined {
  return allowlist.find((entry) => matches(entry, finding))
}

/**
 * The audit's verdict: high and medium findings the allowlist does not explain, allowlist entries
 * without a reason, and entries that match no finding any more (stale explanations hide nothing
 * today but would hide tomorrow's finding).
 */
export function judgeAudit(
  findings: readonly AuditFinding[],
  allowlist: readonly AllowlistEntry[],
): { unexplained: AuditFinding[]; withoutReason: AllowlistEntry[]; stale: AllowlistEntry[] } {
  return {
    unexplained: findings.filter(
      (finding) => BLOCKING.has(finding.severity) && !explanation(finding, allowlist),
    ),
    withoutReason: allowlist.filter((entry) => entry.reason.trim().length < 20),
    stale: allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  }
}
