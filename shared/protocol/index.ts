import { z } from 'zod'

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

/** The outcomes of a check, as DESIGN.md defines them: `error` means the check itself could not run. */
export const STATUSES = ['pass', 'warn', 'fail', 'info', 'skipped', 'error'] as const
/** The outcome of one check. */
export type Status = (typeof STATUSES)[number]

/** Every check id the engine may report; a new check gets a new id here first. */
export const CHECK_IDS = [
  'input.domain',
  'domain.registration',
  'dns.ns',
  'dns.mx',
  'dns.mx.hosts',
  'dns.mx.provider',
  'dns.spf',
  'dns.dmarc',
  'dns.dkim',
  'dns.srv.autodiscover',
  'dns.srv.mail',
  'dns.ptr',
  'dns.mta-sts',
  'dns.dnsbl',
  'smtp.mx',
  'smtp.submission',
  'smtp.submissions',
  'smtp.auth',
  'smtp.envelope',
  'smtp.roundtrip',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'mailbox.auth',
  'client.settings',
  'client.discovery',
  'client.programs',
  'mailbox.quota',
  'mailbox.folders',
  'mailbox.find',
] as const

/** A stable check id from the catalogue. */
export type CheckId = (typeof CHECK_IDS)[number]

/** A translatable message: an i18n key (`namespace:path`) and the values it interpolates. */
export const MsgSchema = z.strictObject({
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string().max(4096), z.number()])).exactOptional(),
})
/** A translatable message. */
export type Msg = z.infer<typeof MsgSchema>

/** The most characters the bounce and headers readers take of a paste or a file (5 MiB of text). */
export const MAX_BOUNCE_CHARS = 5 * 1024 * 1024
