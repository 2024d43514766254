/**
 * The receiving services whose replies Sisimai reads by their codes as well as their words:
 * Microsoft (Exchange Server and Exchange Online), Google (Gmail and Workspace) and Mimecast. Ported
 * whole from Sisimai's `rhost` modules (p5-sisimai `lib/Sisimai/Rhost/{Microsoft,Google,Mimecast}.pm`
 * at v5.1.0p3, with go-sisimai `rhost/for-*.go` of February 2025 where it is newer: the STARTTLS, DANE
 * and MTA-STS failures moved to `failedstarttls`, and a few entries added; BSD 2-Clause licence, ©
 * azumakuniyuki and the sisimai development team, see fixtures/sisimai/LICENSE), which cite each
 * provider's published error pages. Phrases are lower case, as the reply is compared lower case.
 */
import { oneMailWord, type ReplyFacts } from './remote-service-tables'
import type { BounceReason } from './reasons'

/** Phrases by the reason each names, each with the code it must come with. */
type CodedPhrases = readonly (readonly [BounceReason, readonly (readonly [string, string])[]])[]

/**
 * Exchange Server and Exchange Online (learn.microsoft.com, "Email non-delivery reports in Exchange
 * Online"), by status code. 5.7.1 "client was not authenticated", which Sisimai lists under both
 * `norelaying` and `securityerror` (its pick is its hash order), is kept under `securityerror` only.
 */
const MICROSOFT_REPLIES: CodedPhrases = [
  [
    'authfailure',
    [
      ['4.7.26', 'must pass either spf or dkim validation, this message is not signed'],
      ['5.7.23', 'the message was rejected because of sender policy framework violation'],
      ['5.7.509', 'does not pass dmarc verification'],
    ],
  ],
  ['badreputation', [['4.7.650', 'has been temporarily rate limited due to ip reputation']]],
  [
    'blocked',
    [
      ['4.4.2', 'connection dropped'],
      ['4.7.850-899', 'access denied, please try again later'],
      ['5.7.25', 'must have a reverse dns record'],
      ['5.7.506', 'access denied, bad helo'],
      ['5.7.507', 'access denied, rejected by recipient'],
      ['5.7.510', 'does not accept email over ipv6'],
      ['5.7.511', 'access denied, banned sender'],
      ['5.7.513', 'using customer block list'],
      ['5.7.606-649', 'access denied, banned sending ip '],
      ['4.7.500-699', 'access denied, please try again later'],
      ['5.5.4', 'invalid domain name'],
      ['5.7.1', 'part of their network is on our block list (s3150)'],
    ],
  ],
  [
    'contenterror',
    [
      ['5.3.0', 'too many related errors'],
      ['5.6.11', 'invalid characters'],
      ['5.4.11', 'agent generated message depth exceeded'],
      ['5.5.6', 'invalid message content'],
    ],
  ],
  ['exceedlimit', [['5.2.3', 'resolver.rst.recipsizelimit; message too large for this recipient']]],
  [
    'expired',
    [
      ['4.4.1', 'connection timed out'],
      ['4.4.7', 'message delayed'],
      ['4.4.7', 'queue expired; message expired'],
      ['4.4.7', 'message expired'],
      ['5.4.300', 'message expired'],
      ['5.4.316', 'message expired'],
    ],
  ],
  [
    'failedstarttls',
    [
      ['4.4.8', ' failed\u202fmta-sts\u202fvalidation'],
      ['5.4.8', ' failed\u202fmta-sts\u202fvalidation'],
      ['4.4.317', 'starttls is required to send mail'],
      ['5.4.317', 'starttls is required to send mail'],
      ['4.7.5', 'remote\u202fcertificate\u202ffailed\u202fmta-sts\u202fvalidation'],
      ['5.7.5', 'remote\u202fcertificate\u202ffailed\u202fmta-sts\u202fvalidation'],
      ['5.7.51', 'restrictdomainstoipaddresses or restrictdomainstocertificate'],
      ['4.7.321', 'starttls-not-supported: destination mail server must support tls to receive mail'],
      ['5.7.321', 'starttls-not-supported: destination mail server must support tls to receive mail'],
      ['5.7.322', "certificate-expired: destination mail server's certificate is expired"],
      ['4.7.323', 'tlsa-invalid: the domain failed dane validation'],
      ['5.7.323', 'tlsa-invalid: the domain failed dane validation'],
      ['4.7.324', 'dnssec-invalid: destination domain returned invalid dnssec records'],
      ['5.7.324', 'dnssec-invalid: destination domain returned invalid dnssec records'],
      [
        '4.7.325',
        'certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)',
      ],
      [
        '5.7.325',
        'certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)',
      ],
    ],
  ],
  // "550 5.4.310 DNS domain <the recipient's domain> does not exist": Sisimai files it under
  // `norelaying`; ours, as for Gmail's notice of a domain that does not exist, says so.
  ['hostunknown', [['5.4.310', 'does not exist']]],
  ['mailboxfull', [['5.2.2', 'mailbox full']]],
  [
    'mesgtoobig',
    [
      ['5.3.4', 'message size exceeds fixed maximum message size'],
      ['5.3.4', 'message too big for system'],
    ],
  ],
  [
    'networkerror',
    [
      ['5.4.4', 'smtpsend.dns.nonexistentdomain; nonexistent domain'],
      ['5.4.6', 'hop count exceeded - possible mail loop'],
      ['4.4.312', 'dns query failed'],
      ['5.4.312', 'dns query failed'],
      ['4.4.316', 'connection refused'],
      ['5.4.316', 'connection refused'],
      ['5.4.4', 'invalid arguments'],
      ['5.4.6', 'routing loop detected'],
      ['5.4.14', 'routing loop detected'],
    ],
  ],
  [
    'norelaying',
    [
      ['5.7.1', 'unable to relay'],
      ['5.4.1', 'relay access denied'],
      ['5.7.64', 'tenantattribution; relay access denied'],
    ],
  ],
  [
    'notaccept',
    [
      ['4.3.2', 'system not accepting network messages'],
      ['4.4.4', 'hosted tenant which has no mail-enabled subscriptions'],
      ['5.3.2', 'storedrv.deliver: missing or bad storedriver mdb properties'],
    ],
  ],
  [
    'policyviolation',
    [
      ['5.0.350', 'x-dg-ref header is too long'],
      ['5.0.350', 'requested action not taken: policy violation detected (as345)'],
      ['5.7.900-999', 'delivery not authorized, message refused'],
    ],
  ],
  [
    'rejected',
    [
      ['5.1.7', 'invalid address'],
      ['5.1.7', 'unknown sender address'],
      ['5.1.0', 'sender denied'],
      ['5.1.8', 'access denied, bad outbound sender'],
      ['5.7.1', 'delivery not authorized'],
      ['5.7.12', 'sender was not authenticated by organization'],
      ['5.7.124', 'sender not in allowed-senders list'],
      ['5.7.133', 'sender not authenticated for group'],
      ['5.7.134', 'sender was not authenticated for mailbox'],
      ['5.7.13', 'sender was not authenticated for public folder'],
      ['5.7.135', 'sender was not authenticated for public folder'],
      ['5.7.136', 'sender was not authenticated'],
      ['5.7.501-503', 'access denied, spam abuse detected'],
      ['5.7.512', 'access denied, message must be rfc 5322 section 3.6.2 compliant'],
      ['5.7.750', 'service unavailable. client blocked from sending from unregistered domains'],
      ['5.7.501-503', 'access denied, banned sender'],
    ],
  ],
  [
    'securityerror',
    [
      ['5.7.3', 'cannot achieve exchange server authentication'],
      ['5.7.3', 'not authorized'],
      ['5.7.1', 'client was not authenticated'],
      ['5.7.57', 'client was not authenticated to send anonymous mail during mail from'],
    ],
  ],
  ['spamdetected', [['5.2.1', 'content filter agent quarantined this message']]],
  [
    'speeding',
    [
      ['4.3.2', 'storedrv.deliver; recipient thread limit exceeded'],
      ['5.1.90', "your message can't be sent because you've reached your daily limit for message recipients"],
      ['5.2.2', 'submission quota exceeded'],
      ['5.2.121', "recipient's per hour message receive limit from specific sender exceeded"],
      ['5.2.122', "recipient's per hour message receive limit exceeded"],
      ['5.7.508', 'has exceeded permitted limits within'],
      ['5.7.700-749', 'access denied, tenant has exceeded threshold'],
      ['5.7.700-749', 'access denied, traffic not accepted from this ip'],
    ],
  ],
  [
    'suspend',
    [
      ['5.7.504', 'recipient address rejected: access denied'],
      ['5.7.505', 'access denied, banned recipient'],
      ['5.2.1', 'mailbox cannot be accessed'],
    ],
  ],
  [
    'syntaxerror',
    [
      ['5.3.3', 'unrecognized command'],
      ['5.5.2', 'send hello first'],
    ],
  ],
  [
    'systemerror',
    [
      ['4.3.2', 'service not available'],
      ['4.3.2', 'service not active'],
      ['5.3.5', 'system incorrectly configured'],
      [
        '5.3.190',
        'journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled',
      ],
      ['5.0.0', 'helo / ehlo requires domain address'],
      ['5.1.4', 'destination mailbox address ambiguous'],
      ['5.2.4', 'mailing list expansion problem'],
      ['5.2.14', 'misconfigured forwarding address'],
      ['4.4.3', 'temporary server error. please try again later attr18'],
      ['4.7.0', 'temporary server error. please try again later. prx4 nexthop:'],
      ['4.4.24', 'message failed to be replicated: insufficient system resource:'],
      [
        '4.4.25',
        'message failed to be replicated: no healthy secondary server available to accept replica at this time.',
      ],
      ['4.4.28', 'message failed to be replicated: the operation was canceled'],
      ['4.4.318', '(suspiciousremoteservererror)'],
      ['5.4.318', '(suspiciousremoteservererror)'],
      ['4.7.500', 'server busy. please try again later from '],
      ['4.7.700', 'pfa agent busy, please try again.'],
    ],
  ],
  ['systemfull', [['4.3.1', 'insufficient system resources']]],
  [
    'toomanyconn',
    [
      ['5.5.3', 'too many recipients'],
      ['4.5.3', 'too many recipients'],
      ['4.7.652', 'has exceeded the maximum number of connections'],
      ['5.2.122', 'the recipient has exceeded their limit for'],
    ],
  ],
  [
    'userunknown',
    [
      ['5.1.1', 'resolver.adr.exrecipnotfound; not found'],
      ['5.1.1', 'user unknown'],
      ['5.1.3', 'storedrv.submit; invalid recipient address'],
      ['5.1.4-5', 'recipient address reserved by rfc 2606'],
      ['5.1.6', 'recipient addresses in single label domains not accepted'],
      ['5.1.1', 'bad destination mailbox address'],
      ['5.1.10', 'recipient not found'],
      ['5.4.1', 'recipient address rejected: access denied'],
      ['5.5.0', 'requested action not taken: mailbox unavailable'],
      ['5.1.2', 'invalid x.400 address'],
      ['5.1.351', 'remote server returned unknown recipient or mailbox unavailable'],
    ],
  ],
]
/** Gmail and Google Workspace (support.google.com/a/answer/3726730), by reply code and status code. */
const GOOGLE_REPLIES: CodedPhrases = [
  [
    'authfailure',
    [
      ['451 4.7.24', 'the spf record of the sending domain'],
      ['550 5.7.24', 'the spf record of the sending domain'],
      ['421 4.7.26', 'senders to authenticate with either spf or dkim'],
      ['550 5.7.26', 'senders to authenticate with either spf or dkim'],
      ['550 5.7.26', 'fails to pass spf checks for an spf record with a hard fail'],
      ['550 5.7.26', 'has an spf record with a hard fail policy'],
      ['451 4.7.26', "is not accepted due to domain's dmarc policy"],
      ['550 5.7.26', "is not accepted due to domain's dmarc policy"],
      ['550 5.7.1', 'fails to pass authentication checks'],
      ['550 5.7.26', 'fails to pass authentication checks'],
      ['421 4.7.27', 'senders to authenticate with spf'],
      ['421 4.7.27', 'senders to authenticate their email with spf'],
      ['550 5.7.27', 'senders to authenticate with spf'],
      ['421 4.7.30', 'senders to authenticate their email with dkim'],
      ['550 5.7.30', 'senders to authenticate with dkim'],
      ['421 4.7.32', 'aligned with either the authenticated spf or dkim'],
    ],
  ],
  [
    'badreputation',
    [
      ['421 4.7.0', 'very low reputation of the sending ip address'],
      ['421 4.7.0', 'very low reputation of the sending domain'],
      ['550 5.7.1', 'due to the very low reputation of the sending ip address'],
      ['550 5.7.1', 'due to the very low reputation of the sending domain'],
    ],
  ],
  [
    'blocked',
    [
      ['421 4.7.0', 'ip not in whitelist for rcpt domain'],
      ['421 4.7.0', 'try again later, closing connection.'],
      ['501 5.5.4', 'empty helo/ehlo argument not allowed'],
      ['501 5.5.4', 'helo/ehlo argument is invalid'],
      ['550 5.7.1', 'an unusual rate of unsolicited mail'],
      ['550 5.7.28', 'an unusual rate of unsolicited mail'],
    ],
  ],
  [
    'exceedlimit',
    [
      ['552 5.2.3', "exceeded google's message size limits"],
      ['552 5.3.4', "exceeds google's limit of limit attachments."],
      ['552 5.3.4', "your message exceeded google's message header size limits"],
      ['552 5.3.4', 'bytes per individual header size'],
      ['552 5.3.4', "exceeds google's header name limit of"],
      ['552 5.3.4', "exceeds google's message header size limit"],
    ],
  ],
  [
    'expired',
    [
      ['421 4.7.0', 'connection expired'],
      ['451 4.4.2', 'timeout - closing connection'],
    ],
  ],
  [
    'failedstarttls',
    [
      ['530 5.7.0', 'must issue a starttls command first'],
      ['454 5.5.1', 'starttls may not be repeated'],
      ['421 4.7.0', 'tls required for rcpt domain'],
      ['421 4.7.29', 'senders to use tls/ssl for smtp'],
      ['550 5.7.29', 'senders to use tls/ssl for smtp'],
    ],
  ],
  [
    'mailboxfull',
    [
      ['452 4.2.2', 'inbox is out of storage space'],
      ['552 5.2.2', 'inbox is out of storage space and inactive'],
      ['452 4.2.2', 'is over quota'],
      ['552 5.2.2', 'is over quota'],
      ['550 5.7.1', 'email quota exceeded'],
    ],
  ],
  [
    'mesgtoobig',
    [
      ['552 5.3.4', "exceeded google's message size limits"],
      ['552 5.3.4', "exceeds google's message size limit of"],
    ],
  ],
  [
    'networkerror',
    [
      ['554 5.4.6', 'message exceeded 50 hops'],
      ['554 5.6.0', 'message exceeded 50 hops'],
    ],
  ],
  [
    'norelaying',
    [
      ['550 5.7.0', 'mail relay denied'],
      ['550 5.7.1', 'invalid credentials for relay'],
      ['550 5.7.1', 'is not authorized to send email directly to our servers'],
    ],
  ],
  [
    'notcompliantrfc',
    [
      ['550 5.7.1', 'missing a valid address in the from: header'],
      ['550 5.7.1', 'multiple addresses in from: header are not accepted'],
      ['550 5.7.1', 'is not rfc 5322 compliant'],
      ['550 5.7.1', 'missing a valid message-id: header'],
      ['550 5.7.1', 'contains a unicode character in a disallowed header'],
      ['550 5.7.1', 'encoded-word syntax is not permitted'],
      ['553 5.1.7', 'is not a valid rfc 5321 address'],
      ['554 5.6.0', 'mail message is malformed'],
    ],
  ],
  [
    'policyviolation',
    [
      ['552 5.7.0', 'illegal attachment on your message'],
      ['552 5.7.0', 'blocked because its content presents a potential security issue'],
      ['550 5.7.1', 'you are sending to (or from) has a policy that prohibited'],
      ['421 4.7.28', 'sending messages with the same message-id:'],
    ],
  ],
  [
    'rejected',
    [
      ['550 5.7.0', 'mail sending denied'],
      ['550 5.7.1', 'unauthenticated email is not accepted'],
    ],
  ],
  [
    'requireptr',
    [
      ['421 4.7.0', 'does not have a ptr record'],
      ['421 4.7.23', ' have a ptr record, or the ptr record'],
      ['550 5.7.1', 'does not meet ipv6 sending guidelines regarding ptr records and authentication'],
      ['550 5.7.25', 'does not have a ptr record'],
      ['550 5.7.25', 'does not match the ip address of the hostname'],
    ],
  ],
  [
    'securityerror',
    [
      ['454 4.7.0', 'too many login attempts'],
      ['501 5.5.2', 'cannot decode response'],
      ['503 5.7.0', 'no identity changes permitted'],
      ['530 5.5.1', 'authentication required.'],
      ['530 5.7.0', 'authentication required.'],
      ['535 5.7.1', 'application-specific password required'],
      ['535 5.7.9', 'application-specific password required'],
      ['535 5.7.1', 'please log in with your web browser'],
      ['534 5.7.9', 'please log in with your web browser'],
      ['534 5.7.14', 'please log in through your web browser'],
      ['535 5.7.1', 'username and password not accepted'],
      ['535 5.7.8', 'username and password not accepted'],
    ],
  ],
  [
    'spamdetected',
    [
      ['421 4.7.0', 'due to the nature of the content or the links within'],
      ['550 5.7.1', 'likely unsolicited mail'],
    ],
  ],
  [
    'speeding',
    [
      ['450 4.2.1', 'is receiving mail too quickly'],
      ['450 4.2.1', 'peak smtp relay limit exceeded for customer'],
      ['450 4.2.1', 'rate that prevents additional messages from being delivered'],
      ['550 5.2.1', 'rate that prevents additional messages from being delivered'],
      ['550 5.4.5', 'daily sending quota exceeded'],
      ['550 5.4.5', 'daily user sending limit exceeded'],
      ['550 5.4.5', 'daily smtp relay limit exceeded for'],
      ['550 5.7.1', 'daily smtp relay limit exceeded for'],
      ['550 5.7.1', 'daily smtp relay sending limit exceeded for'],
      ['550 5.7.1', 'this mail has been rate limited'],
      // Sisimai lists the temporary "unusual rate" replies under `blocked` with the permanent ones.
      // Their words say the mail "has been temporarily rate limited", and Google's sender guidelines
      // answer them with a slower pace: they are read as `speeding`, the 5xx ones stay `blocked`.
      ['421 4.7.0', 'an unusual rate of unsolicited mail'],
      ['421 4.7.28', 'an unusual rate of mail'],
    ],
  ],
  [
    'suspend',
    [
      ['550 5.2.1', 'account that you tried to reach is disabled'],
      ['550 5.2.1', 'account that you tried to reach is inactive'],
    ],
  ],
  [
    'syntaxerror',
    [
      ['451 4.5.0', 'smtp protocol violation'],
      ['454 4.5.0', 'smtp protocol violation'],
      ['525 5.7.10', 'smtp protocol violation'],
      ['535 5.5.4', 'optional argument not permitted'],
      ['501 5.7.11', 'syntax error'],
      ['501 5.5.2', 'syntax error'],
      ['555 5.5.2', 'syntax error'],
      ['502 5.5.1', 'too many unrecognized commands, goodbye'],
      ['502 5.5.1', 'unimplemented command'],
      ['502 5.5.1', 'unrecognized command'],
      ['503 5.5.1', 'bad sequence of commands'],
      ['503 5.5.1', 'ehlo/helo first'],
      ['503 5.5.1', 'mail first'],
      ['503 5.5.1', 'rcpt first'],
      ['503 5.5.1', 'no data after bdat'],
      ['504 5.7.4', 'unrecognized authentication type'],
      ['504 5.7.4', 'xoauth is no longer supported'],
      ['554 5.7.0', 'too many unauthenticated commands'],
    ],
  ],
  [
    'systemerror',
    [
      ['421 4.3.0', 'temporary system problem'],
      ['421 4.7.0', 'temporary system problem'],
      ['421 4.4.5', 'server busy'],
      ['451 4.3.0', 'multiple destination domains per transaction is unsupported'],
      ['451 4.3.0', 'mail server has temporarily rejected this message'],
      ['451 4.3.0', 'mail server temporarily rejected message'],
      ['452 4.5.3', 'domain policy size per transaction exceeded'],
      ['454 4.7.0', 'cannot authenticate due to temporary system problem'],
    ],
  ],
  [
    'toomanyconn',
    [
      ['452 4.5.3', 'your message has too many recipients'],
      ['550 5.5.3', 'too many recipients for this sender'],
    ],
  ],
  [
    'userunknown',
    [
      ['550 5.1.1', 'the email account that you tried to reach does not exist'],
      ['553 5.1.2', "we weren't able to find the recipient domain"],
      ['553 5.1.3', 'is not a valid rfc 5321 address'],
    ],
  ],
]
/** Mimecast (community.mimecast.com, "Mimecast SMTP error codes"), by reply code. */
const MIMECAST_REPLIES: CodedPhrases = [
  [
    'authfailure',
    [
      ['550', 'spf sender invalid - envelope rejected'],
      ['550', 'dkim sender invalid - envelope rejected'],
      ['550', 'dmarc sender invalid - envelope rejected'],
    ],
  ],
  [
    'badreputation',
    [
      ['451', 'internal resources are temporarily unavailable'],
      ['550', 'local ct ip reputation - (reject)'],
    ],
  ],
  [
    'blocked',
    [
      ['421', 'sender address blocked'],
      ['451', 'recipient temporarily unavailable'],
      ['451', 'ip temporarily blacklisted'],
    ],
  ],
  ['expired', [['550', 'journal messages past the expiration']]],
  [
    'failedstarttls',
    [
      ['553', 'this route requires encryption (tls)'],
      ['553', 'this route requires tls version 1.2 or greater'],
      ['553', 'this route requires high-strength ciphers'],
      ['554', 'configuration is invalid for this certificate'],
    ],
  ],
  ['mesgtoobig', [['554', 'maximum email size exceeded']]],
  [
    'networkerror',
    [
      ['451', 'the incorrect hostname used for inbounds'],
      ['550', 'the incorrect hostname used for inbounds'],
      ['554', 'mail loop detected'],
    ],
  ],
  [
    'norelaying',
    [
      ['451', 'open relay not allowed'],
      ['451', 'open relay is not allowed'],
    ],
  ],
  ['notaccept', [['451', 'account inbounds disabled']]],
  [
    'onhold',
    [
      ['451', 'account outbounds disabled'],
      ['451', 'hostname is not authorized'],
      ['550', 'journal message past expiration'],
    ],
  ],
  [
    'policyviolation',
    [
      ['550', 'anti-spoofing policy - inbound not allowed'],
      ['550', 'rejected by header-based anti-spoofing policy'],
      ['550', 'message bounced due to content examination policy'],
      ['554', 'host network not allowed'],
      ['554', 'host network, not allowed'],
    ],
  ],
  [
    'rejected',
    [
      ['550', 'administrative prohibition envelope blocked'],
      ['550', 'envelope blocked - user entry'],
      ['550', 'envelope blocked - user domain entry'],
      ['550', 'rejected by header-based manually blocked senders - block for manual block'],
      ['550', 'rejected by header-based blocked senders - block policy for header from'],
      ['550', 'envelope rejected - block policy for envelope from address'],
    ],
  ],
  [
    'securityerror',
    [
      ['535', 'incorrect authentication data'],
      ['550', 'submitter failed to disabled'],
      ['550', 'submitter failed to authenticate'],
    ],
  ],
  [
    'systemerror',
    [
      ['451', 'unable to process connection at this time'],
      ['451', 'message ended early'],
      ['451', 'unable to process command'],
      ['451', 'unable to process an email at this time'],
    ],
  ],
  [
    'toomanyconn',
    [
      ['451', 'account service is temporarily unavailable'],
      ['452', 'too many recipients'],
      ['550', 'exceeding outbound thread limit'],
    ],
  ],
  [
    'userunknown',
    [
      ['501', 'invalid address'],
      ['503', 'user unknown'],
      ['550', 'invalid recipient'],
    ],
  ],
  ['virusdetected', [['554', 'email rejected due to security policies']]],
]

/**
 * Microsoft's condition: the same status code ('5.7.509'), or one whose last number is in the range
 * ('5.7.606-649').
 */
function statusWithin(spec: string, status: string): boolean {
  const [first = '', high] = spec.split('-')
  if (high === undefined) return status === first
  const head = first.slice(0, first.lastIndexOf('.') + 1)
  const last = Number(status.split('.')[2])
  return status.startsWith(head) && last >= Number(first.slice(head.length)) && last <= Number(high)
}

/**
 * Google's condition, as Sisimai compares them: the reply code's last two digits ('550' for 450 and
 * 550) and the status code's subject and detail, the detail as a prefix ('5.7.1' for 5.7.14).
 */
function googleCodes(spec: string, reply: string, status: string): boolean {
  const [code = '', enhanced = ''] = spec.split(' ')
  return code.slice(1) === reply.slice(1) && enhanced.slice(2).startsWith(status.slice(2))
}

/** A table with its phrases in the one word for "mail" the reply is compared in, made once. */
function withOneMailWord(table: CodedPhrases): CodedPhrases {
  return table.map(([reason, entries]) => [
    reason,
    entries.map(([spec, phrase]) => [spec, oneMailWord(phrase)]),
  ])
}

const MICROSOFT = withOneMailWord(MICROSOFT_REPLIES)
const GOOGLE = withOneMailWord(GOOGLE_REPLIES)
const MIMECAST = withOneMailWord(MIMECAST_REPLIES)

/** The reason of the first entry whose phrase the reply holds and whose code condition holds. */
function codedReason(
  table: CodedPhrases,
  text: string,
  holds: (spec: string) => boolean,
): BounceReason | null {
  const plain = oneMailWord(text)
  for (const [reason, entries] of table)
    if (entries.some(([spec, phrase]) => plain.includes(phrase) && holds(spec))) return reason
  return null
}

/** Microsoft's reading of its reply: none without a status code. */
export function microsoftReason({ text, enhancedCode }: ReplyFacts): BounceReason | null {
  if (enhancedCode === null) return null
  return codedReason(MICROSOFT, text, (spec) => statusWithin(spec, enhancedCode))
}

/** Google's reading of its reply: none without both a reply code and a status code. */
export function googleReason({ text, enhancedCode, replyCode }: ReplyFacts): BounceReason | null {
  if (enhancedCode === null || replyCode === null) return null
  return codedReason(GOOGLE, text, (spec) => googleCodes(spec, String(replyCode), enhancedCode))
}

/** Mimecast's reading of its reply: none without a reply code. */
export function mimecastReason({ text, replyCode }: ReplyFacts): BounceReason | null {
  if (replyCode === null) return null
  return codedReason(MIMECAST, text, (spec) => spec === String(replyCode))
}
