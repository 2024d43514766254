import type { CodeExplanation } from './explain'
import type { RemedyId } from '../knowledge/remedies'
import type { SmtpCommand } from './classify-reason'
import type { PecReceipt } from './pec'
import type { BounceReason } from './reasons'
import type { RetryVerdict } from './retry-verdict'

/** The layouts the parser recognises; `text` is the last-resort scan, `none` found nothing. */
export const BOUNCE_FORMATS = [
  'dsn',
  'postfix',
  'exim',
  'sendmail',
  'qmail',
  'exchange',
  'gmail',
  'exchange2003',
  'yahoo',
  'zoho',
  'gmx',
  'opensmtpd',
  'dragonfly',
  'googlegroups',
  'imailserver',
  'interscanmss',
  'domino',
  'italian',
  'amazonses',
  'mailfoundry',
  'mimecast',
  'verizon',
  'biglobe',
  'ezweb',
  'fml',
  'mxlogic',
  'mail2000',
  'intermail',
  'arf',
  'unsubscribe',
  'autoreply',
  'virus',
  'pec',
  'receipt',
  'text',
  'none',
] as const

/** One layout of a bounce; its name is at `knowledge:formats.<format>`. */
export type BounceFormat = (typeof BOUNCE_FORMATS)[number]

/** What a bounce says about one recipient. */
export interface BounceRecipient {
  recipient: string | null
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded (null when the layout has none). */
  action: string | null
  enhancedCode: string | null
  replyCode: number | null
  remoteMta: string | null
  diagnostic: string | null
  /** The type of the DSN's Diagnostic-Code (`smtp`, `x-unix`, `x-postfix`…), null when absent. */
  diagnosticType: string | null
  /** Why this recipient's copy came back (always inferred from its code and text). */
  reason: BounceReason | null
}

/** Where a value comes from: written in the message (`read`), or worked out from other facts (`inferred`). */
export type Origin = 'read' | 'inferred'

/** The origin of the values a person acts on; null where the value is absent. */
export interface BounceOrigins {
  replyCode: Origin | null
  enhancedCode: Origin | null
  reason: Origin
}

/** The facts one human-readable layout yields; every field is optional. */
export interface LayoutFields {
  recipient?: string
  remoteMta?: string
  diagnostic?: string
  reportingMta?: string
  action?: string
  /** The reason the layout's own wording names (for example an Exchange 2003 MSEXCH code). */
  reason?: BounceReason
  /** The SMTP command the layout says the server refused. */
  command?: SmtpCommand
  /** The other recipients the layout lists after the first, each with its own fields. */
  others?: LayoutFields[]
}

/** Everything read from a bounce; fields are null where the bounce does not give them. */
export interface BounceInfo {
  format: BounceFormat
  /** True when a message/delivery-status (or global) report was found and read. */
  hasDeliveryStatus: boolean
  replyCode: number | null
  enhancedCode: string | null
  recipient: string | null
  remoteMta: string | null
  diagnostic: string | null
  reportingMta: string | null
  /** The IP the receiving side saw: from the server's text, else from the returned message's Received header. */
  sendingIp: string | null
  action: string | null
  /** `retry` as a flag: false when it is permanent, null when the message is not a failure. */
  transient: boolean | null
  /** Will sending again help: permanent, temporary, only a warning (still being tried), or none (not a failure). */
  retry: RetryVerdict
  recipients: BounceRecipient[]
  /** The explanation of the codes and text found, as for `explainCode`. */
  explanation: CodeExplanation | null
  /** Remedy ids for the wizard, most specific first. */
  remedies: RemedyId[]
  /** True when only the first part of a very large input was read. */
  truncated: boolean
  /** Why the message came back, in Sisimai's reason names (shared/bounce/reasons.ts). */
  reason: BounceReason
  /** Which of the values above were read in the message and which were inferred. */
  origin: BounceOrigins
  /** The SMTP command the server refused (`RCPT`, `DATA`…), when the bounce says it. */
  command: SmtpCommand | null
  /** The Italian certified-mail (PEC) receipt, when the message is one. */
  pec: PecReceipt | null
  /** True when a PEC box refused the message because it accepts only certified mail. */
  ordinaryToPec: boolean
}

/** A parser for one human-readable layout: `detects` looks for its markers, `parse` reads its fields. */
export interface LayoutParser {
  format: Exclude<
    BounceFormat,
    'dsn' | 'text' | 'none' | 'arf' | 'unsubscribe' | 'autoreply' | 'virus' | 'pec'
  >
  /** True when the lower-cased text (or the message's header fields) carries this layout's markers. */
  detects(lowerText: string, headers: ReadonlyMap<string, string>): boolean
  /** Reads the layout's fields from the body's lines; `headers` are the message's own, names lower-cased. */
  parse(lines: string[], headers: ReadonlyMap<string, string>): LayoutFields
  /** True for a generic layout, used only when the message has no delivery-status report. */
  fallbackOnly?: true
}
