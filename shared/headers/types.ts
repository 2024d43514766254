import type { RemedyId } from '../knowledge/remedies'

/** Who reads the diagnosis: the one who sent the message, or the one who received it. */
export type HeaderRole = 'sender' | 'recipient'

/** The reader's answer, overruled by the message's From domain, and the two domains that decided. */
export interface RoleCorrection {
  /** The side the headers show the reader on. */
  role: HeaderRole
  /** What the reader answered. */
  answered: HeaderRole
  fromDomain: string
  ownDomain: string
}

/** An authentication result as RFC 8601 names it; null when no server recorded one. */
export type AuthResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy' | null

/** Where a delay happened along the way. */
export type DelayArea = 'beforeSending' | 'sendingSide' | 'inTransit' | 'receivingSide'

/** One hop of the Received chain, oldest first. */
export interface Hop {
  /** The host that handed the message over (its name, else its HELO or IP). */
  from: string | null
  /** The host's IP address, as the receiving server recorded it. */
  fromIp: string | null
  /** The server that took the message. */
  by: string | null
  /** The protocol the server wrote (`ESMTPS`, `LMTP`, `Microsoft SMTP Server`...). */
  with: string | null
  /** When the server took the message, ISO 8601 UTC; null when its date is missing or unreadable. */
  at: string | null
  /** Seconds since the previous hop; null for the first hop or when a date is missing. */
  delaySeconds: number | null
  /** True when this hop is dated before the previous one: a server's clock is wrong. */
  clockSkew: boolean
  /** Who held the message during this hop's delay (null for the first hop). */
  area: DelayArea | null
  /** The company or domain that runs the server that took it, when recognisable. */
  operator: string | null
}

/** The authentication verdicts the last receiving server recorded, and where they came from. */
export interface AuthVerdicts {
  spf: AuthResult
  dkim: AuthResult
  dmarc: AuthResult
  arc: AuthResult
  /** The server that recorded them (the authserv-id of Authentication-Results). */
  recordedBy: string | null
  /** The domains the results are about, when the header names them. */
  spfDomain: string | null
  dkimDomain: string | null
  dkimSelector: string | null
  fromDomain: string | null
  /** The sending server's IP as the SPF check saw it. */
  clientIp: string | null
  /** Every DKIM signature's result, in the order the header lists them. */
  dkimResults: { result: AuthResult; domain: string | null; selector: string | null }[]
  /** Microsoft's composite authentication (`compauth=`), when present. */
  compauth: AuthResult
  /** The header each verdict was read from. */
  sources: Partial<Record<'spf' | 'dkim' | 'dmarc' | 'arc', string>>
}

/** A spam filter's verdict on the message. */
export interface SpamVerdict {
  /** The header it was read from (`X-Forefront-Antispam-Report`, `X-Spam-Status`...). */
  source: string
  filter: 'microsoft' | 'spamassassin' | 'rspamd' | 'barracuda' | 'proofpoint' | 'mimecast' | 'other'
  /** What the filter decided. */
  verdict: 'spam' | 'notSpam' | 'bulk' | 'phishing' | 'allowed' | 'blocked' | 'unknown'
  /** The filter's score and the threshold it uses, when it writes them. */
  score: number | null
  threshold: number | null
  /** The rules or categories it names (SpamAssassin tests, rspamd symbols, Microsoft CAT/SFV). */
  rules: string[]
  /** The raw fields the filter wrote (SCL, SFV, BCL, CAT, IPV...), for the staff view. */
  fields: Record<string, string>
}

/** A remedy the diagnosis ends on, with the facts its text needs (record names, values). */
export interface HeaderRemedy {
  id: RemedyId
  /** What it fixes: the delay, the sender's authentication, or the spam verdict. */
  topic: 'delay' | 'auth' | 'spam'
  params: Record<string, string | number>
}

/** What reading a message's headers found. */
export interface HeaderReport {
  /** The Received chain, oldest first. */
  hops: Hop[]
  /** Seconds from the first hop to the last; null with fewer than one dated hop. */
  totalDelaySeconds: number | null
  /** The index into `hops` of the longest delay; null when no delay is known. */
  slowestHop: number | null
  /** The message's own Date header, ISO 8601 UTC. */
  sentAt: string | null
  /** Seconds from the Date header to the first hop (time spent before leaving the sender). */
  beforeFirstHopSeconds: number | null
  auth: AuthVerdicts
  spam: SpamVerdict[]
  /** Greylisting recorded by the recipient's server (`X-Greylist: delayed N seconds`). */
  greylistSeconds: number | null
  remedies: HeaderRemedy[]
  /** How many header fields were read, and whether the input was cut at the size limit. */
  headerCount: number
  truncated: boolean
  /** The From address's domain, when there is one. */
  fromDomain: string | null
  /** Set when the From domain contradicted the reader's role: the role the diagnosis used instead. */
  roleCorrection?: RoleCorrection
}

/** One DKIM signature verified again on this computer. */
export interface LocalDkimSignature {
  domain: string
  selector: string | null
  result: AuthResult
  /** Why it did not pass, as mailauth says it (`body hash did not verify`, `no key`...). */
  comment: string
}

/**
 * DKIM checked again locally: `verified` (each signature's own result), `no-signature`, or
 * `headers-only` (the signature covers the text too, so only headers cannot be checked).
 */
export interface LocalDkimCheck {
  outcome: 'verified' | 'no-signature' | 'headers-only'
  signatures: LocalDkimSignature[]
}
