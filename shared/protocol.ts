/**
 * The ground floor of shared/: protocol facts every layer may read (the probes and their ports,
 * the kinds a mail program uses, the export formats). It imports nothing of the project.
 */

/** Protocol probes and the ports they use by default. */
export const PROBE_PORTS = {
  smtp: 25,
  submission: 587,
  submissions: 465,
  imap: 143,
  imaps: 993,
  pop3: 110,
  pop3s: 995,
} as const
/** A probe kind. */
export type ProbeKind = keyof typeof PROBE_PORTS
/** Every probe kind, in the order of PROBE_PORTS. */
export const PROBE_KINDS = Object.keys(PROBE_PORTS) as [ProbeKind, ...ProbeKind[]]

/** The probe kinds of a mail program's servers (all but port 25 of the MX hosts). */
export const CLIENT_PROBE_KINDS = ['submission', 'submissions', 'imap', 'imaps', 'pop3', 'pop3s'] as const

/** The formats a session report can be written in (PDF is printed from the HTML by Electron). */
export const EXPORT_FORMATS = ['md', 'html', 'json'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
