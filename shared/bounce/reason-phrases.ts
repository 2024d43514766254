/**
 * What servers write for each bounce reason: lower-case phrases, and `pairs` whose parts must
 * appear in that order. Partly ported from Sisimai's reason modules (go-sisimai `reason/why-*.go`,
 * copyright (c) azumakuniyuki and the sisimai development team, BSD 2-Clause licence, see
 * shared/bounce/fixtures/sisimai/LICENSE), with additions of ours (Italian texts among them).
 */
import type { BounceReason } from './reasons'

/**
 * Spamhaus's answer to a query sent through a public DNS resolver ("Error: open resolver",
 * 127.255.255.254), which a receiving server misreads as a listing: nobody is listed, the
 * receiving server's own DNS set-up refused the mail (classify-reason.ts, and the finer reading
 * `openResolver` of reason-details.ts).
 */
export const OPEN_RESOLVER = /\berror: open resolver\b|\bquery via (?:a )?(?:public|open) resolver\b/

/**
 * Sendmail's words when a blocklist could not be asked ("Temporary lookup failure of <ip> at
 * <list>"): the receiving server's own look-up failed (`systemerror`), no list named the sender.
 */
export const LIST_LOOKUP_FAILED = 'temporary lookup failure of '

/**
 * Exchange's and Microsoft 365's words for a recipient (a mailbox, a group, a public folder) that
 * takes mail only from its own organisation or its allowed senders (5.7.12, 5.7.124, 5.7.129, 5.7.133
 * to 5.7.135, 5.7.193): Microsoft's `filtered` phrases (remote-hosts.ts), and the words of the finer
 * reading `onlyAllowedSenders` (reason-details.ts).
 */
export const ONLY_ALLOWED_SENDERS: readonly string[] = [
  'sender was not authenticated by organization',
  'sender not in allowed-senders list',
  'sender not authenticated for group',
  'sender was not authenticated for mailbox',
  'sender was not authenticated for public folder',
  'resolver.rst.sendernotauthenticatedforgroup',
  'sender was not authenticated when sending to this group',
  'resolver.rst.restrictedtorecipientspermission',
  'resolver.rst.notauthorized',
  'permission to send to this recipient',
  'permission to send to this group',
  'add you to the accept list',
  "isn't set up to receive messages from",
  "external senders aren't permitted to send to this group",
]

/**
 * A sending library or program that could not reach its own server, in its own words (PHPMailer,
 * Symfony Mailer, Jakarta Mail, .NET, Node's socket errors, Dart's SocketException): `networkerror`
 * phrases, and words of the finer reading `ownServerUnreachable` (reason-details.ts).
 */
export const OWN_SERVER_UNREACHABLE: readonly string[] = [
  'failed to connect to server',
  'could not connect to smtp host',
  "couldn't connect to host",
  'connection could not be established with host',
  'unable to connect to the remote server',
  'no such host is known',
  'could not open socket',
  'stream_socket_client(): unable to connect',
  // Nodemailer's code for its own connection; the bare socket errors below are any Node program's.
  "code: 'econnection'",
  'socketexception: connection timed out',
  'socketexception: connection refused',
  // Command-line clients' own words: msmtp, fetchmail, swaks, curl.
  'cannot locate host',
  "couldn't find canonical dns name",
  'network read error',
  'waiting for server response',
  'operation timed out after',
  // Sending libraries' own words: Jakarta Mail, Ruby, Perl (Email::Sender, Net::SMTP), GNU Mailutils,
  // and glibc's resolver in Italian.
  'sockettimeoutexception',
  'net::readtimeout',
  '[net::smtp] timeout',
  'unable to establish smtp connection',
  'getaddrinfo',
  'cannot open mailer',
  'nome o servizio sconosciuto',
  // UW c-client (PHP imap_open, Pine, Alpine): "No such host as imap.example.org".
  'no such host as',
  // Web applications' libraries: Python's (smtplib, aiosmtplib, socket), emailjs, imapflow, sendEmail, esmtp.
  'socket.gaierror',
  'smtpserverdisconnected',
  'smtpconnecterror',
  'smtpconnecttimeouterror',
  'timed out waiting for server ready message',
  'timedout while connecting to smtp server',
  'failed to establish connection in required time',
  'timeout while reading from',
  'smtp server problem',
]

/**
 * A server's text as the phrase lists are written: lower case, with a mail program's curly
 * apostrophes ("aren’t") straight. One character for one, so that places found in it are the
 * same in the original.
 */
export function lowerWords(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'")
}

/** The phrases of one reason. */
export interface ReasonPhrases {
  index: readonly string[]
  pairs?: readonly (readonly string[])[]
  /** Phrases that rule the reason out even when one of `index` matches. */
  isnot?: readonly string[]
}

/** The phrase lists, by reason; reasons without a list are only found from codes or layouts. */
export const REASON_PHRASES: Partial<Record<BounceReason, ReasonPhrases>> = {
  userunknown: {
    index: [
      'utente non esiste',
      'utente sconosciuto',
      'indirizzo non valido',
      'destinatario non valido',
      'destinatario inesistente',
      'indirizzo del destinatario non esiste',
      'la casella non esiste',
      "wasn't found at ",
      'recipient failed verification',
      // Mail.Ru's Exim: "550 Unknown local user".
      'unknown local user',

      'recipient address rejected.',
      'not listed in public name & address book',
      'not listed in domino directory',
      // Domino in German: "Benutzer … nicht im Domino-Verzeichnis aufgeführt".
      'nicht im domino-verzeichnis',
      // A CCSO (ph) directory found no one of that name: an unknown recipient, as the notices
      // explain; Sisimai lists it under blocked, as if it were a DNS check on the sender.
      'no matches to nameserver query',

      '#5.1.1 bad address',
      '550 address invalid',
      'invalid final delivery userid',
      '5.1.0 address rejected.',
      'address does not exist',
      'address not present in directory',
      'address unknown',
      'addressee unknown',
      "can't accept user",
      'does not exist.',
      'destination addresses were unknown',
      'destination server rejected recipients',
      'email address does not exist',
      'email address could not be found',
      'invalid address',
      'invalid mailbox',
      'invalid recipient',
      'is not a known user',
      'is not a valid mailbox',
      'is not an active address at this host',
      'mailbox does not exist',
      'mailbox invalid',
      'mailbox is inactive',
      'mailbox is unavailable',
      'mailbox not present',
      'mailbox not found',
      'mailbox unavaiable',
      'nessun utente simile in questo indirizzo',
      'no account by that name here',
      'no existe dicha persona',
      'no existe ese usuario ',
      'no mail box available for this user',
      'no mailbox by that name is currently available',
      'no mailbox found',
      'no such address here',
      'no such mailbox',
      'no such person at this address',
      'no such recipient',
      'no such user',
      'no thank you rejected: account unavailable',
      'no valid recipients, bye',
      'not a valid recipient',
      'not a valid user here',
      'not a local address',
      'not email addresses',
      'recipient address rejected. (in reply to rcpt to command)',
      'recipient address rejected: access denied',
      'recipient address rejected: invalid user',
      'recipient address rejected: invalid-recipient',
      'recipient address rejected: unknown user',
      'recipient address rejected: userunknown',
      'recipient does not exist',
      'recipient is not accepted',
      'recipient is not local',
      'recipient not exist',
      'recipient not found',
      'recipient not ok',
      'recipient refuses to accept your mail',
      'recipient unknown',
      'requested action not taken: mailbox unavailable',
      'resolver.adr.recipient notfound',
      'resolver.adr.recipientnotfound',
      'sorry, user unknown',
      'sorry, badrcptto',
      'sorry, no mailbox here by that name',
      'sorry, your envelope recipient has been denied',
      "that domain or user isn't in my list of allowed rcpthosts",
      'the email account that you tried to reach does not exist',
      'the following recipients was undeliverable',
      "the user's email name is not found",
      'there is no one at this address',
      'this address no longer accepts mail',
      'this email address is wrong or no longer valid',
      'this recipient is in my badrecipientto list',
      'this recipient is not in my validrcptto list',
      'this spectator does not exist',
      'unknown mailbox',
      'unknown recipient',
      'unknown user',
      'user does not exist',
      'user missing home directory',
      'user not active',
      'user not exist',
      'user not found',
      'user not known',
      'user unknown',
      'utilisateur inconnu !',
      'vdeliver: invalid or unknown virtual user',
      'weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann',
      'your envelope recipient is in my badrcptto list',
      'indirizzo inesistente',
      'utente sconosciuto',
      'utente inesistente',
      'casella inesistente',
      'destinatario sconosciuto',
      'destinatario inesistente',
    ],
    pairs: [
      ['<', '> not found'],
      ['<', '>... blocked by '],
      ['account ', ' does not exist at the organization'],
      ['bad', 'recipient'],
      ['mailbox ', 'does not exist'],
      ['mailbox ', 'unavailable or access denied'],
      ['no ', ' in name directory'],
      ['no account ', ' here by that name'],
      ['non', 'existent user'],
      ['rcpt <', ' does not exist'],
      ['rcpt (', 't exist '],
      ['recipient ', ' was not found in'],
      ['recipient address rejected: user ', '  does not exist'],
      ['recipient address rejected: user unknown in ', '  table'],
      ['said: 550', '5.1.1 ', ' user unknown '],
      ["this user doesn't have a ", ' account'],
      ['unknown e', 'mail address'],
      ['unknown local', 'part'],
      ['user ', ' was not found'],
      ['user ', ' does not exist'],
      ['user (', ') unknown'],
    ],
    // vpopmail's catch-all: the user is unknown but the message goes to another mailbox; what
    // failed is said after it ("system error").
    isnot: ['but will deliver to '],
  },
  mailboxfull: {
    index: [
      'does not have enough space',
      'their inbox is full',
      'recipient inbox full',
      'ha superato la quota',
      'ha esaurito lo spazio',
      // Tiscali's "recipient overquota"; Domino's "522_mailbox_full"; "mail box space not enough".
      'overquota',
      'mailbox_full',
      'space not enough',

      '452 insufficient disk space',
      'account disabled temporarly for exceeding receiving limits',
      'boite du destinataire pleine',
      'exceeded storage allocation',
      'full mailbox',
      'mailbox exceeds allowed size',
      'mailbox size limit exceeded',
      'mailbox would exceed maximum allowed storage',
      'mailfolder is full',
      'mail file size exceeds the maximum size allowed for mail delivery',
      'no space left on device',
      'not sufficient disk space',
      'quota violation for',
      'too much mail data',
      'user has exceeded quota, bouncing mail',
      'user has too many messages on the server',
      "user's space has been used up",
      'casella piena',
      'casella di posta piena',
      'spazio esaurito',
      'quota superata',
    ],
    pairs: [
      ['account is ', ' quota'],
      ['disk', 'quota'],
      ['enough ', ' space'],
      ['mailbox ', 'exceeded', ' limit'],
      ['mailbox ', 'full'],
      ['mailbox ', 'quota'],
      ['maildir ', 'quota'],
      ['over ', 'quota'],
      ['quota ', 'exceeded'],
    ],
    // A quota on what the sender may send is not the recipient's storage.
    isnot: ['sending quota', 'message quota', 'submission quota', 'daily quota', 'throttling quota'],
  },
  filtered: {
    index: [
      'account is protected by',
      'bounced address',
      'due to extended inactivity new mail is not currently being accepted',
      'has restricted sms e-mail',
      'is not accepting any mail',
      'message filtered',
      'message rejected due to user rules',
      'not found recipient account',
      'recipient id refuse to receive mail',
      'recipient is only accepting mail from specific email addresses',
      'refused due to recipient preferences',
      'user not found',
      'user refuses to receive this mail',
      'user reject',
      'you have been blocked by the recipient',
    ],
  },
  rejected: {
    isnot: ['5.1.0 address rejected', 'recipient address rejected', 'sender ip address rejected'],
    index: [
      'requires valid sender domain',
      // The return path's domain does not resolve (Yahoo's 451), and a From the signed-in account
      // does not own (iCloud's submission server).
      'unresolvable rfc.5321',
      'is not one of your addresses',
      'from header must be equal',
      // cPanel's own stop on a customer's outgoing mail, usually after spam from the account.
      'has an outgoing mail suspension',
      'has an outgoing mail hold',
      'access denied (in reply to mail from command)',
      // A sender address the server holds for forged: not one the signed-in account or the sending
      // host may use (Exim's and Postfix's own wording of such a check).
      'forged sender address',
      'access denied (sender blacklisted)',
      // The sender named as the one refused (Haraka's access plugin: "That sender cannot send mail here").
      'sender cannot send',
      'sender is not allowed',
      'sender not allowed',
      'sender is not permitted',
      'sender not permitted',
      'you are not a member of this mailing list',
      'address rejected',
      'administrative prohibition',
      'batv failed to verify',
      'batv validation failure',
      'backscatter protection detected an invalid or expired email address',
      "because the sender isn't on the recipient's list of senders to accept mail from",
      'bogus mail from',
      "can't determine purported responsible address",
      'connections not accepted from servers without a valid sender domain',
      'denied [bouncedeny]',
      'denied by secumail valid-address-filter',
      'delivery not authorized, message refused',
      'does not exist e2110',
      'domain of sender address ',
      'email address is on senderfilterconfig list',
      'emetteur invalide',
      'empty envelope senders not allowed',
      'envelope blocked - ',
      'error: no third-party dsns',
      'from: domain is invalid. please provide a valid from:',
      'fully qualified email address required',
      'invalid domain, see <url:',
      'invalid sender',
      'is not a registered gateway user',
      'mail from not owned by user',
      'message rejected: email address is not verified',
      'mx records for ',
      'null sender is not allowed',
      'recipient addresses rejected : access denied',
      'recipient not accepted. (batv: no tag',
      'returned mail not accepted here',
      'rfc 1035 violation: recursive cname records for',
      'rule imposed mailbox access for',
      'sending this from a different address or alias using the ',
      'sender address has been blacklisted',
      'sender email address rejected',
      'sender is in my black list',
      'sender is spammer',
      'sender not pre-approved',
      'sender rejected',
      'sender domain is empty',
      'sender verify failed',
      'sender was rejected',
      'spam reporting address',
      'syntax error: empty email address',
      'the message has been rejected by batv defense',
      'this server does not accept mail from',
      'transaction failed unsigned dsn for',
      'unroutable sender address',
      'you are not allowed to post to this mailing list',
      'you are sending to/from an address that has been blacklisted',
      'your access to submit messages to this e-mail system has been rejected',
      'your email address has been blacklisted',
    ],
    // Sisimai's "sender is in my black list", with any list's name (qpsmtpd's "badmailfrom list").
    pairs: [['sender is in my ', ' list']],
  },
  expired: {
    index: [
      'tempo massimo di consegna',
      'ulteriori tentativi non saranno effettuati',

      'your message was not delivered within ',
      'retry timeout exceeded',
      'envelope expired',
      'host not reachable',
      'did not accept our requests to connect',
      'despite repeated attempts to deliver',
      'delivery is delayed to these recipients',
      'delivery will continue to be attempted',
      'has not yet been delivered to one or more of its recipients',
      "server didn't respond",

      'connection timed out',
      'could not find a gateway for',
      'delivery attempts will continue to be',
      'delivery expired',
      'delivery time expired',
      'exceeded max retries',
      'exceeded maximum retries',
      'max retries exceeded',
      'maximum retries exceeded',
      // Sendmail's delay warning: "Warning: could not send message for past 4 hours".
      'could not send message for ',
      'failed to deliver to domain ',
      'giving up on',
      'have been failing for a long time',
      'has been delayed',
      'it has not been collected after',
      'message expired after sitting in queue for',
      'message expired, cannot connect to remote server',
      'message expired, connection refulsed',
      // Exchange's own words for its queue giving up ("550 5.4.300 Message expired", "4.4.7 Message
      // expired"), whatever error the last attempt met.
      'message expired',
      'message timed out',
      'retry time not reached for any host after a long failure period',
      'server did not respond',
      'this message has been in the queue too long',
      'unable to deliver message after multiple retries',
      'was not reachable within the allowed queue period',
      'your message could not be delivered for more than',
    ],
    pairs: [
      ['warning: message ', ' delayed '],
      ['could not be delivered for', ' days'],
      ['delivery failed ', ' attempts'],
    ],
  },
  blocked: {
    // A list of links or URLs names the message's content, not the sending server; so does a list of
    // file types ("Blacklisted file extension detected").
    isnot: [
      'blacklisted url',
      'blacklisted link',
      'uribl',
      'blacklisted file',
      'blacklisted attachment',
      'blacklisted extension',
      // The recipient's own list of refused senders, not a list of sending servers.
      'admin block list',
      "domain's blacklist",
      "domain's block list",
      "recipient's block list",
      "recipient's blacklist",
      'policy level block list',
      'blocked senders list',
    ],
    index: [
      'blacklist',
      'blocklist',
      'an unusual rate of unsolicited mail',
      'ip blocked by ',
      'listed on bl.',
      'lista nera',
      'spamhaus',
      'spamcop.net',
      'barracudacentral',
      'uceprotect',
      'abuseat.org',
      'bloccato temporaneamente per sospetto abuso',

      ' said: 550 blocked',
      '//www.spamcop.net/bl.',
      'bad sender ip address',
      'banned sending ip',
      'blacklisted by',
      'blocked using ',
      'blocked - see http',
      'dnsbl:attrbl',
      'client host rejected: abus detecte gu_eib_02',
      'client host rejected: abus detecte gu_eib_04',
      'client host rejected: may not be mail exchanger',
      'client host rejected: was not authenticated',
      'confirm this mail server',
      'connection dropped',
      'connection refused by',
      'connection reset by peer',
      'connection was dropped by remote host',
      'connections not accepted from ip addresses on spamhaus xbl',
      'currently sending spam see: ',
      'domain does not exist:',
      'dynamic/zombied/spam ips blocked',
      'error: no valid recipients from ',
      'esmtp not accepting connections',
      'extreme bad ip profile',
      'go away',
      'helo command rejected:',
      'host network not allowed',
      'hosts with dynamic ip',
      'invalid ip for sending mail of domain',
      'is in a black list',
      'is not allowed to send mail from',
      'no access from mail server',
      'not currently accepting mail from your ip',
      'part of their network is on our block list',
      'please use the smtp server of your isp',
      'refused - see http',
      'rejected - multi-blacklist',
      'rejected because the sending mta or the sender has not passed validation',
      'rejecting open proxy',
      'sender ip address rejected',
      'server access forbidden by your ip ',
      'service not available, closing transmission channel',
      'smtp error from remote mail server after initial connection:',
      "sorry, that domain isn't in my list of allowed rcpthosts",
      'sorry, your remotehost looks suspiciously like spammer',
      'temporarily deferred due to unexpected volume or user complaints',
      'to submit messages to this e-mail system has been rejected',
      'too many spams from your ip',
      'too many unwanted messages have been sent from the following ip address above',
      'was blocked by ',
      'we do not accept mail from dynamic ips',
      'you are not allowed to connect',
      'you are sending spam',
      'your ip address is listed in the rbl',
      'your network is temporary blacklisted',
      'your server requires confirmation',
    ],
    pairs: [
      ['(', '@', ':blocked)'],
      ['access from ip address ', ' blocked'],
      ['client host ', ' blocked using'],
      ['connections will not be accepted from ', " because the ip is in spamhaus's list"],
      ['dnsbl:rbl ', '>_is_blocked'],
      ['email blocked by ', '.barracudacentral.org'],
      ['email blocked by ', 'spamhaus'],
      ['host ', ' refused to talk to me: ', ' blocked'],
      ['ip ', ' is blocked by earthlink'],
      ['is in an ', 'rbl on '],
      ['mail server at ', ' is blocked'],
      ['mail from ', ' refused:'],
      ['mail from ', ' refused, see ', 'orbs'],
      ['message from ', ' rejected based on blacklist'],
      ['messages from ', ' temporarily deferred due to user complaints'],
      ['server ip ', ' listed as abusive'],
      ['sorry! your ip address', ' is blocked by rbl'],
      ['the domain ', ' is blacklisted'],
      ['the email ', ' is blacklisted'],
      ['the ip', ' is blacklisted'],
      ['veuillez essayer plus tard. service refused, please try later. ', '103'],
      ['veuillez essayer plus tard. service refused, please try later. ', '510'],
      ['your access ip', ' has been rejected'],
      ["your sender's ip address is listed at ", '.abuseat.org'],
    ],
  },
  hostunknown: {
    // A sending library that could not find its own server's name ("Connection could not be
    // established with host …: getaddrinfo … failed") says nothing of a recipient's domain.
    isnot: [
      'connection could not be established with host',
      'php_network_getaddresses',
      // Haraka's "No MX for your FROM address": the sender's domain.
      'for your from address',
    ],
    index: [
      'dominio non esiste',
      'dominio del destinatario non esiste',
      // Sending services' words for a domain with no mail server to try (Brevo, Mailgun).
      'unable to find mx',
      'no mx for ',
      // Amazon SES's words for a recipient domain whose name does not resolve, quoted in its notice
      // when the queue gives up ("Message expired: … <421 4.4.0 Unable to lookup DNS for x>").
      'unable to lookup dns for',

      'domain does not exist',
      'domain is not reachable',
      'domain must exist',
      'host or domain name not found',
      'host unknown',
      'host unreachable',
      'mail domain mentioned in email address is unknown',
      'name or service not known',
      'no such domain',
      'recipient address rejected: unknown domain name',
      'recipient domain must exist',
      'the account or domain may not exist',
      'unknown host',
      'unroutable address',
      'unrouteable address',
      'dominio inesistente',
      'nonexistent domain',
      'non-existent domain',
    ],
    pairs: [['553 ', ' does not exist']],
  },
  networkerror: {
    // A connection made, then encryption failed on it: the certificate, not the network.
    isnot: [
      'certificate verify failed',
      'ssl operation failed',
      'stream_socket_enable_crypto',
      'convert socket to tls',
    ],
    index: [
      'network error on destination',
      'network error when connecting',
      // Node's socket errors, from a library or from a Node mail server (ZoneMTA, Haraka) alike.
      'connect econnrefused',
      'connect etimedout',
      'connect ehostunreach',
      'connect enetunreach',
      'getaddrinfo enotfound',
      ...OWN_SERVER_UNREACHABLE,

      'could not connect and send the mail to',
      'dns records for the destination computer could not be found',
      'hop count exceeded - possible mail loop',
      'host is unreachable',
      'host name lookup failure',
      'host not found, try again',
      'mail forwarding loop for ',
      'malformed name server reply',
      'malformed or unexpected name server reply',
      'maximum forwarding loop count exceeded',
      'message looping',
      'message is looping',
      'message probably in a routing loop',
      'no route to host',
      'too many hops',
      'unable to resolve route ',
      'unrouteable mail domain',
    ],
    pairs: [
      ['dns error: ', 'nxdomain'],
      ['dns error: ', 'had no relevant answer'],
    ],
  },
  authfailure: {
    index: [
      // The sender's SPF record itself broken (RFC 7208's permerror).
      'spf permanent error',
      'spf permerror',
      // libspf2's "is not allowed to send mail from" (Sisimai: blocked) tagged as an SPF result.
      '[spf]',
      'blocked by spf',
      'rejected by spf',
      'refused by spf',
      'unauthenticated email from',
      'does not have authentication information or fails to pass',

      '//spf.pobox.com',
      'bad spf records for',
      'dmarc policy',
      "doesn't meet the required authentication level",
      'please inspect your spf settings',
      'sender policy framework (spf) fail',
      'sender policy framework violation',
      'spf (sender policy framework) domain authentication fail',
      'spf check: fail',
      "the 5322.from address doesn't meet the authentication requirements defined for the sender",
    ],
    pairs: [
      [' is not allowed to send mail.', '_401'],
      ['is not allowed to send from <', " per it's spf record"],
    ],
  },
  requireptr: {
    index: [
      'no ptr record',
      'access denied. ip name lookup failed',
      'all mail servers must have a ptr record with a valid reverse dns entry',
      // Sisimai's 'bad dns ptr resource record', and web.de's 'invalid DNS PTR resource record'.
      'dns ptr resource record',
      'cannot find your hostname',
      // Postfix's reject_unknown_reverse_client_hostname.
      'cannot find your reverse hostname',
      'cannot resolve your address.',
      'client host rejected: cannot find your hostname',
      'fix reverse dns for ',
      'ips with missing ptr records',
      'no ptr record found.',
      'please get a custom reverse dns name from your isp for your host',
      'ptr record setup',
      'reverse dns failed',
      'reverse dns required',
      // Haraka's fcrdns plugin: "client [192.0.2.5] rejected; no rDNS".
      'rejected; no rdns',
      'sender ip reverse lookup rejected',
      'the ip address sending this message does not have a ptr record setup',
      'the corresponding forward dns entry does not point to the sending ip',
      'this system will not accept messages from servers/devices with no reverse dns',
      'unresolvable relay host name',
      'we do not accept mail from hosts with dynamic ip or generic dns ptr-records',
    ],
    pairs: [
      ['domain ', ' mismatches client ip'],
      ['dns lookup failure: ', ' try again later'],
      ['reverse dns lookup for host ', ' failed permanently'],
      ['server access ', ' forbidden by invalid rdns record of your mail server'],
      ['service permits ', ' unverifyable sending ips'],
    ],
  },
  policyviolation: {
    index: [
      'an illegal attachment on your message',
      'because the recipient is not accepting mail with ',
      'by non-member to a members-only list',
      'closed mailing list',
      'denied by policy',
      'email not accepted for policy reasons',
      'email rejected due to security policies',
      'header are not accepted',
      'header error',
      'local policy violation',
      'message bounced due to organizational settings',
      'message given low priority',
      'message not accepted for policy reasons',
      'message rejected due to local policy',
      'messages with multiple addresses',
      'rejected for policy reasons',
      'protocol violation',
      'the email address used to send your message is not subscribed to this group',
      'the message was rejected by organization policy',
      'this message was blocked because its content presents a potential',
      'we do not accept messages containing images or other attachments',
      "you're using a mass mailer",
    ],
    pairs: [['you have exceeded the', 'allowable number of posts without solving a captcha']],
  },
  // A sending service that did not even try: the address is on its list of addresses not to send to
  // (Amazon SES, SendGrid, Mailgun, Postmark word it so), whatever code it attaches (SES: 5.1.1).
  // Sisimai reads this reason only from SES's JSON notices; these phrases are ours.
  suppressed: {
    index: [
      'suppression list',
      'previously bounced address',
      'has been marked as inactive',
      'address is suppressed',
      'recipient is suppressed',
      'address suppressed',
      'suppressed due to',
      // Mailgun's "Not delivering to previously bounced address / to a user who marked your messages
      // as spam / to unsubscribed address"; SendGrid's dropped reasons; Brevo's blocked events.
      'not delivering to ',
      'bounced address',
      'unsubscribed address',
      'unsubscribed user',
      'spam reporting address',
      'blocked : due to ',
    ],
  },
  suspend: {
    index: [
      'account is suspended',
      'account has been disabled',
      'account is disabled',
      'casella disattivata',
      'casella sospesa',
      ' is currently suspended',
      'the user(s) account is disabled',
      ' temporary locked',
      'archived recipient',
      'boite du destinataire archivee',
      'email account that you tried to reach is disabled',
      'has been suspended',
      'inactive account',
      'invalid/inactive user',
      'is a deactivated mailbox',
      'is unavailable: user is terminated',
      'mailbox currently suspended',
      'mailbox disabled',
      'mailbox is frozen',
      'mailbox unavailable or access denied',
      'recipient rejected: temporarily inactive',
      'recipient suspend the service',
      'the email account that you tried to reach is inactive',
      'this account has been disabled or discontinued',
      'this account has been temporarily suspended',
      'this address no longer accepts mail',
      'this mailbox is disabled',
      'user or domain is disabled',
      'user suspended',
      'vdelivermail: account is locked email bounced',
      'casella disattivata',
      'casella sospesa',
    ],
  },
  systemerror: {
    index: [
      LIST_LOOKUP_FAILED,
      // Postfix's own words when one of its delivery programs is down or misconfigured.
      'mail transport unavailable',
      'aliasing/forwarding loop broken',
      "can't create user output file",
      'could not load drd for domain',
      'internal error reading data',
      'internal server error: operation now in progress',
      'interrupted system call',
      'it encountered an error while being processed',
      'it would create a mail loop',
      'local configuration error',
      'local error in processing',
      'loop was found in the mail exchanger',
      'loops back to myself',
      'mail system configuration error',
      'queue file write error',
      'recipient deferred because there is no mdb',
      'remote server is misconfigured',
      'server configuration error',
      'service currently unavailable',
      'system config error',
      'temporary local problem',
      'timeout waiting for input',
      'transaction failed ',
    ],
    pairs: [['unable to connect ', 'daemon']],
  },
  spamdetected: {
    // amavisd-new's "Reject, id=… - INFECTED: …" and "- BANNED: …" are a virus and a banned file, not spam.
    isnot: [' - infected: ', ' - banned: '],
    index: [
      'considerato spam',
      'rilevato come spam',

      // GTUBE, the test string every spam filter (SpamAssassin, rspamd) refuses as spam.
      'gtube',
      ' - spam',
      '//www.spamhaus.org/help/help_spam_16.htm',
      '//dsbl.org/help/help_spam_16.htm',
      '//mail.163.com/help/help_spam_16.htm',
      '554 5.7.0 reject, id=',
      'appears to be unsolicited',
      'our system has detected that this message is',
      'blacklisted url in message',
      'block for spam',
      'blocked by policy: no spam please',
      'blocked by spamassassin',
      'blocked for abuse. see http://att.net/blocks',
      'cannot be forwarded because it was detected as spam',
      'considered unsolicited bulk e-mail (spam) by our mail filters',
      'content filter rejection',
      'cyberoam anti spam engine has identified this email as a bulk email',
      'denied due to spam list',
      'high probability of spam',
      'is classified as spam and is rejected',
      'listed in work.drbl.imedia.ru',
      'the mail server detected your message as spam and has prevented delivery.',
      'mail appears to be unsolicited',
      'mail content denied',
      'may consider spam',
      'message considered as spam or virus',
      'message contains spam or virus',
      'message content rejected',
      'message detected as spam',
      'message filtered',
      'message looks like spam',
      'message is being rejected as it seems to be a spam',
      'message refused by mailmarshal spamprofiler',
      'message refused by trustwave seg spamprofiler',
      'message rejected as spam',
      'message rejected because of unacceptable content',
      'message rejected due to suspected spam content',
      'message rejected for policy reasons',
      'message was rejected for possible spam/virus content',
      'our email server thinks this email is spam',
      'our system has detected that this message is ',
      'probable spam',
      'reject bulk.advertising',
      'rejected: spamassassin score ',
      'rejected - bulk email',
      'rejecting banned content',
      'rejecting mail content',
      'related to content with spam-like characteristics',
      'sender domain listed at ',
      'sending address not accepted due to spam filter',
      'spam blocked',
      'spam check',
      'spam content matched',
      'spam detected',
      'spam email',
      'spam message rejected.',
      'spam not accepted',
      'spam refused',
      'spam rejection',
      'spam score ',
      'spambouncer identified spam',
      'spamming not allowed',
      'too many spam complaints',
      'too much spam.',
      'the email message was detected as spam',
      'the message has been rejected by spam filtering engine',
      'the message was rejected due to classification as bulk mail',
      'the content of this message looked like spam',
      'this message appears to be spam',
      'this message has been identified as spam',
      'this message has been scored as spam with a probability',
      'this message was classified as spam',
      // rspamd's own verdict word, as a receiving server quotes it ("classified as rSPAM").
      'this message was classified as rspam',
      'this message was rejected by recurrent pattern detection system',
      'transaction failed spam message not queued',
      'we dont accept spam',
      'your email appears similar to spam we have received before',
      'your email breaches local uribl policy',
      'your email had spam-like ',
      'your email is considered spam',
      'your email is probably spam',
      'your email was detected as spam',
      'your message as spam and has prevented delivery',
      'your message has been temporarily blocked by our filter',
      'your message has been rejected because it appears to be spam',
      'your message has triggered a spam block',
      'your message may contain the spam contents',
      'your message failed several antispam checks',
      'messaggio considerato spam',
    ],
    pairs: [
      // A link of the message found on a list of spam sites (URIBL, SURBL, spamrl).
      ['url in this ', ' is listed'],
      ['link in this ', ' is listed'],
      ['greylisted', ' please try again in'],
      ['mail score (', ' over '],
      ['mail rejete. mail rejected. ', '506'],
      ['our filters rate at and above ', ' percent probability of being spam'],
      ['rejected by ', ' (spam)'],
      ['rejected due to spam ', 'classification'],
      ['rejected due to spam ', 'content'],
      ['rule imposed as ', ' is blacklisted on'],
      ['spam ', ' exceeded'],
      ['this message scored ', ' spam points'],
    ],
  },
  notaccept: {
    index: [
      "doesn't receive email according to",

      'an mx or srv record indicated no smtp service',
      'does not accept mail (nullmx)',
      'domain does not accept email (null mx)',
      'host/domain does not accept mail',
      'host does not accept mail',
      'mail receiving disabled',
      'name server: .: host not found',
      'no mx record found for domain=',
      'no route for current request',
      'smtp protocol returned a permanent error',
    ],
  },
  securityerror: {
    index: [
      'account not subscribed to ses',
      'authentication credentials invalid',
      'authentication failure',
      'authentication required',
      'authentication turned on in your email client',
      'executable files are not allowed in compressed files',
      'insecure mail relay',
      'recipient address rejected: access denied',
      "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
      'unauthenticated senders not allowed',
      'verification failure',
      'you are not authorized to send mail, authentication is required',
    ],
    pairs: [
      // A relay-only mailer's own words for its smarthost refusing the login (DMA's "SMTP login to
      // <host> failed").
      ['smtp login to ', ' failed'],
      ['authentication failed; server ', ' said: '],
      ['authentification invalide', '305'],
      ['authentification requise', '402'],
      ['domain ', ' is a dead domain'],
      ['user ', ' is not authorized to perform ses:sendrawemail on resource'],
    ],
  },
  mailererror: {
    // PHPMailer opens every error it reports with "Mailer Error: "; Sendmail's is "unknown mailer error 255".
    // A mail program's "DATA command failed:" is an SMTP command refused, not a delivery program's failure.
    // Mutt's "IMAP command failed:" is the server refusing a command of its own mailbox.
    isnot: [
      'mailer error: ',
      'data command failed',
      'rcpt to command failed',
      'mail from command failed',
      'imap command failed',
    ],
    index: [
      ' || exit ',
      'procmail: ',
      // Mutt's words when its sendmail program could not run ("child exited 127 (Exec error.)").
      'child exited',
      'exec error',
      'bin/procmail',
      'bin/maidrop',
      'command failed: ',
      'command died with status ',
      'command output:',
      'mailer error',
      'pipe to |/',
      'x-unix; ',
    ],
  },
  norelaying: {
    index: [
      // Haraka's own refusal of a recipient no plugin takes (a domain it does not handle, from a client
      // that may not relay): "I cannot deliver mail for <x@y>".
      'i cannot deliver mail for',
      'we do not relay',
      'as a relay',
      'insecure mail relay',
      'is not permitted to relay through this server without authentication',
      'mail server requires authentication when attempting to send to a non-local e-mail address',
      'no relaying',
      'not a gateway',
      'not allowed to relay through this machine',
      'not an open relay, so get lost',
      'not local host',
      'relay access denied',
      'relay denied',
      'relay not permitted',
      'relaying denied',
      'relaying mail to ',
      'specified domain is not allowed',
      "that domain isn't in my list of allowed rcpthost",
      'this system is not configured to relay mail',
      'unable to relay ',
      "we don't handle mail for",
    ],
  },
  hasmoved: { index: [' has been replaced by '] },
  mesgtoobig: {
    // RFC 3463's 5.2.3 name with the sizes between (Courier's "Message length (40076 bytes) exceeds
    // administrative limit(40000)").
    pairs: [['message length ', ' exceeds administrative limit']],
    index: [
      // A mailing list's own size limit (mlmmj's deny-post text, in English and Italian).
      'exceeded the maximum allowed message size',
      'superato la dimensione massima consentita',
      // GNU Mailutils reports a 552 as the system's "File too large" (EFBIG), in the system's language.
      'cannot send message: file too large',
      'cannot send message: file troppo grande',
      'message is larger than',
      'exceeded maximum inbound message size',
      'exceeded the maximum incoming message size',
      'line limit exceeded',
      'max message size exceeded',
      'message file too big',
      'message header size exceeds limit',
      'message length exceeds administrative limit',
      'message size exceeds fixed limit',
      'message size exceeds fixed maximum message size',
      'message size exceeds maximum value',
      'message too big',
      'message too large',
      'size limit',
      'taille limite du message atteinte',
      'messaggio troppo grande',
    ],
  },
  exceedlimit: { index: ['message header size exceeds limit', 'message too large'] },
  toomanyconn: {
    index: [
      // A cap on the messages one connection may carry (IONOS's "Mails per session limit").
      'mails per session limit',
      'messages per session limit',
      'all available ips are at maximum connection limit',
      'connection rate limit exceeded',
      'exceeds per-domain connection limit for',
      'has exceeded the max emails per hour ',
      'throttling failure: daily message quota exceeded',
      'throttling failure: maximum sending rate exceeded',
      'too many connections',
      'too many concurrent smtp connections',
      'too many errors from your ip',
      // free.fr's wording of the same refusal (postmaster.free.fr).
      'too many errors detected from your ip',
      'too many recipients',
      'too many smtp sessions for this host',
      'trop de connexions, ',
      'we have already made numerous attempts to deliver this message',
    ],
  },
  contenterror: {
    index: [
      'duplicate header',
      'header size exceeds maximum permitted',
      // A header the server finds implausible (Haraka's "The Date header is too old").
      'header is too old',
      'header is in the future',
      'improper use of 8-bit data in message header',
      'message header size, or recipient list, exceeds policy limit',
      'message mime complexity exceeds the policy maximum',
      'routing loop detected -- too many received: headers',
      'this message contain invalid mime headers',
      'this message contain improperly-formatted binary content',
      'this message contain text that uses unnecessary base64 encoding',
    ],
  },
  badreputation: {
    index: [
      'a poor email reputation score',
      'has been temporarily rate limited due to ip reputation',
      'ip/domain reputation problems',
      'likely suspicious due to the very low reputation',
      'none/bad reputation',
      'ip address has bad reputation',
      'temporarily deferred due to unexpected volume or user complaints',
      "the sending mta's poor reputation",
    ],
  },
  virusdetected: {
    index: [
      'virus found',
      'it has a potentially executable attachment',
      'the message was rejected because it contains prohibited virus or spam content',
      'this form of attachment has been used by recent viruses or other malware',
      'virus detected',
      'virus phishing/malicious_url detected',
      'your message was infected with a virus',
      'virus rilevato',
      // A server's malware scan in its own words (Exim's malware ACL: the specification's "This
      // message contains malware (…)", Debian's "detected as possible malware").
      'contains malware',
      'detected as possible malware',
    ],
  },
  systemfull: {
    index: [
      'insufficient system storage',
      'mail system full',
      'requested mail action aborted: exceeded storage allocation',
      // The disk the delivery writes to is full (ENOSPC), as a local delivery agent reports it.
      'no space left on device',
      'no space left to finish writing',
    ],
  },
  speeding: {
    index: [
      'submission quota',
      'too many recent messages',
      'messages you can send each day',
      'reached your message limit',
      'hourly limit',
      'too many messages',
      'troppi messaggi',
      'mail sent from your ip address has been temporarily rate limited',
      'please try again slower',
      'receiving mail at a rate that prevents additional messages from being delivered',
    ],
  },
  failedstarttls: {
    index: [
      'does not support tls',
      'starttls is required to send mail',
      'tls required but not supported',
      // The receiving server's certificate refused by the sending one: expired, not matching its
      // name, not chaining to a trusted root, or not what DANE or MTA-STS pin (Exchange Online's
      // 4.7.321-4.7.327 and 4.4.317 words).
      'failed dane validation',
      "mail server's certificate is expired",
      'certificate-host-mismatch',
      'untrustedroot',
      'failed mta-sts validation',
      'starttls-not-supported',
      'failed to establish appropriate tls channel',
      // A server that takes only TLS 1.2 or newer (Exchange Online's 4.7.66, Mimecast's 553).
      'tls 1.0 and 1.1 are not supported',
      'requires tls version 1.2 or greater',
      // Between servers: a receiver whose STARTTLS cannot start (Exim's "454 TLS currently
      // unavailable"), one that wants the sender's own certificate (Postfix's "No client
      // certificate presented"), and a sender whose TLS policy refused the session (Sendmail's
      // "encryption too weak 0 less than 128", "CN x does not match y").
      'tls currently unavailable',
      'no client certificate presented',
      'encryption too weak',
    ],
    pairs: [['4.7.0 cn ', ' does not match ']],
  },
  notcompliantrfc: {
    index: [
      'duplicate header',
      'this message is not rfc 5322 compliant',
      // The same words however the server asks ("ensure the message is RFC 5322 compliant"), for
      // RFC 5322's elders too (OpenSMTPD's "Message is not RFC 2822 compliant"), and a header the
      // server requires or could not parse (Haraka's, Cyrus's).
      'rfc 5322 compliant',
      'rfc 5322 section',
      'rfc 5322, section',
      'failed rfc compliance',
      'multiple from addresses',
      // Gmail's "Messages missing a valid Message-ID header are not accepted", however spelt.
      'missing a valid message-id',
      'missing a valid messageid',
      'header is too long',
      'header too long',
      'rfc 2822 compliant',
      'rfc 822 compliant',
      'message contains invalid header',
      // A line end SMTP does not carry alone, however the server words it (Exchange's
      // "SMTPSEND.BareLinefeedsAreIllegal", Courier's "contains bare CR … violating 822.bis", Postfix's
      // "bare <LF> received", Haraka's "Bare line-feed", qmail's smtplf page). The mail program or
      // script wrote the message so; Sisimai's Microsoft table calls 5.6.11 "invalid characters"
      // (contenterror), but the words name the line ends, which updating the program mends.
      'bare lf',
      'bare cr',
      'bare <lf>',
      'bare <cr>',
      'bare line feed',
      'bare linefeed',
      'bare line-feed',
      'bare carriage return',
      '/smtplf.html',
      'https://support.google.com/mail/?p=rfcmessagenoncompliant',
    ],
    pairs: [
      ['should have one or no ', ' headers'],
      [' multiple ', ' header'],
      ['only one ', ' header allowed'],
    ],
  },
  vacation: {
    index: [
      'i am away on vacation',
      'i am away until',
      'i am out of the office',
      'i will be out of the office',
      'this is an automated response to a message you have sent',
      'i will be traveling for work on',
    ],
  },
}

/** Where every part appears in the text, in order: the span from the first to the last, or null. */
function aligned(text: string, parts: readonly string[]): [number, number] | null {
  let from = 0
  let start = -1
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at === -1) return null
    if (start === -1) start = at
    from = at + part.length
  }
  return [start, from]
}

/** Where one of the reason's phrases is in the lower-cased text (start and end), or null. */
export function findPhrase(reason: BounceReason, lowerText: string): [number, number] | null {
  const phrases = REASON_PHRASES[reason]
  if (!phrases || lowerText === '') return null
  if (phrases.isnot?.some((phrase) => lowerText.includes(phrase))) return null
  for (const phrase of phrases.index) {
    const at = lowerText.indexOf(phrase)
    if (at !== -1) return [at, at + phrase.length]
  }
  for (const parts of phrases.pairs ?? []) {
    const span = aligned(lowerText, parts)
    if (span) return span
  }
  return null
}

/** True when the lower-cased text carries one of the phrases of the reason. */
export function includesPhrase(reason: BounceReason, lowerText: string): boolean {
  return findPhrase(reason, lowerText) !== null
}
