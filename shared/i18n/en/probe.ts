/** Texts of the connection tests (probes), login, envelope and round-trip tests (English). */
export default {
  ok: {
    title: '{{service}} on {{host}} port {{port}} answers',
    detailTls:
      'We connected in {{connectMs}} ms and the server greeted us after {{bannerMs}} ms. The connection is encrypted ({{protocol}}) with a valid certificate, good until {{validTo}}. Whole test: {{totalMs}} ms.',
    detailPlain:
      'We connected in {{connectMs}} ms and the server greeted us after {{bannerMs}} ms. Whole test: {{totalMs}} ms.',
  },
  failure: {
    'bad-input': {
      title: 'The test couldn’t start',
      detail:
        'Something typed for this test contains a line break or another invisible character. Please type it again.',
    },
    'name-not-found': {
      title: 'The server name {{host}} doesn’t exist',
      detail:
        'We looked up {{host}} and the internet name system has no address for it. The name may be misspelled, or the domain isn’t set up.',
    },
    'dns-timeout': {
      title: 'Looking up {{host}} took too long',
      detail:
        'We couldn’t find out the address of {{host}} in time. Your internet connection or its name servers may be having trouble.',
    },
    'connect-timeout': {
      title: 'No answer from {{host}} on port {{port}}',
      detail:
        'Our connection to {{host}} on port {{port}} timed out: nothing answered. A firewall (yours, your network’s or the server’s) may be blocking this port, or the server may be down.',
      detailPort25:
        'Our connection to {{host}} on port {{ports.smtp}} timed out. Many home and mobile internet providers block this port, so this is common and usually not a fault of the mail server. Your mail program should send through port {{ports.submission}} or {{ports.submissions}} instead.',
    },
    'connect-refused': {
      title: '{{host}} refused the connection on port {{port}}',
      detail:
        'The server at {{host}} answered, but nothing accepts connections on port {{port}}. The port number may be wrong in your settings, or the mail service is stopped.',
    },
    'connect-unreachable': {
      title: '{{host}} can’t be reached',
      detail:
        'Your computer has no route to {{host}} right now. Check that you are online; a VPN or a network restriction may be in the way.',
    },
    'private-address': {
      title: '{{host}} points inside a private network',
      detail:
        'The name {{host}} leads only to {{server}}, an address inside a private network: nobody outside your network can deliver to it. We didn’t connect to it.',
    },
    'no-greeting': {
      title: '{{host}} accepted the connection but said nothing',
      detail:
        'A mail server says hello as soon as you connect. {{host}} on port {{port}} stayed silent until our time limit. The server may be overloaded, or something in between holds the connection.',
    },
    'greeting-rejected': {
      title: '{{host}} is refusing connections for now',
      detail:
        'The server at {{host}} answered with a refusal instead of a greeting: “{{server}}”. This usually means it is busy or in maintenance, or it doesn’t accept connections from your network.',
    },
    timeout: {
      title: '{{host}} stopped answering',
      detail:
        'The server at {{host}} on port {{port}} began the conversation but then didn’t answer one of our requests in time.',
    },
    closed: {
      title: '{{host}} hung up',
      detail:
        'The server at {{host}} on port {{port}} closed the connection before the test was complete. It may be overloaded, or it may not accept connections from your network.',
    },
    'line-too-long': {
      title: '{{host}} sent an answer that is far too long',
      detail:
        'The server at {{host}} sent a line longer than any mail server should. It may not be a mail server at all, or it is misbehaving. We stopped reading to stay safe.',
    },
    'reply-too-long': {
      title: '{{host}} wouldn’t stop answering',
      detail:
        'The server at {{host}} kept sending lines of one answer without ending it. We stopped after a safe limit. ({{server}})',
    },
    'malformed-reply': {
      title: '{{host}} answered in a way mail programs don’t understand',
      detail:
        'The answer from {{host}} on port {{port}} doesn’t follow the mail protocol ({{server}}). It may be a different kind of server, or a device in between changes the traffic.',
    },
    'command-rejected': {
      title: '{{host}} refused a basic request',
      detail: 'The server at {{host}} refused a request every mail program makes: “{{server}}”.',
    },
    'starttls-missing': {
      title: '{{host}} doesn’t offer encryption on port {{port}}',
      detail:
        'The server at {{host}} on port {{port}} doesn’t offer to switch to an encrypted connection (STARTTLS). A password sent here would travel unprotected, so we didn’t send one. Use the encrypted port instead ({{ports.submissions}} for sending, {{ports.imaps}} for IMAP, {{ports.pop3s}} for POP3).',
    },
    'starttls-refused': {
      title: '{{host}} offers encryption but then refuses it',
      detail:
        'The server at {{host}} on port {{port}} lists STARTTLS but refused to start it. Without encryption we won’t send a password here.',
    },
    'tls-handshake': {
      title: 'The encrypted connection to {{host}} failed',
      detail:
        'We couldn’t set up encryption with {{host}} on port {{port}} ({{server}}). The port may not use SSL/TLS, or an antivirus or firewall interferes with encrypted connections.',
    },
    aborted: {
      title: 'The test of {{host}} was stopped',
      detail:
        'The test was cancelled or ran out of time before it finished, so we can’t tell how {{host}} behaves.',
    },
  },
  cert: {
    expired: {
      title: 'The security certificate of {{host}} has expired',
      detail:
        'The certificate that proves the server at {{host}} is genuine expired on {{validTo}}. Mail programs will warn or refuse to connect. The provider must renew it. (Issued to {{subject}} by {{issuer}}.)',
    },
    'not-yet-valid': {
      title: 'The security certificate of {{host}} isn’t valid yet',
      detail:
        'The certificate of {{host}} starts later than the date on this computer. Check that your computer’s date and time are right; if they are, the provider must fix the certificate.',
    },
    'self-signed': {
      title: 'The security certificate of {{host}} is home-made',
      detail:
        'The server at {{host}} presents a certificate it signed itself ({{subject}}), which no mail program can trust. You may be using a server name meant for another purpose; otherwise the provider must install a proper certificate.',
    },
    'untrusted-root': {
      title: 'The security certificate of {{host}} comes from an unknown authority',
      detail:
        'The certificate of {{host}} was issued by {{issuer}}, which this computer doesn’t trust. Some antivirus programs and company networks replace certificates like this; otherwise the provider must fix it.',
    },
    'incomplete-chain': {
      title: 'The security certificate of {{host}} can’t be checked',
      detail:
        'The certificate of {{host}} (issued by {{issuer}}) can’t be traced back to an authority this computer trusts: the server may not send the intermediate certificate, or the issuer is unknown. Some mail programs will refuse it. The provider must fix the server’s certificate chain.',
    },
    'wrong-name': {
      title: 'The security certificate is for a different name than {{host}}',
      detail:
        'We connected to {{host}}, but its certificate is for {{names}}. Mail programs warn about this. Usually the server name in the settings should be one of those names instead.',
    },
    other: {
      title: 'The security certificate of {{host}} isn’t accepted',
      detail:
        'The certificate of {{host}} couldn’t be verified ({{code}}). Mail programs may warn or refuse to connect.',
    },
  },
  auth: {
    ok: {
      title: 'The login works on {{host}}',
      detail:
        'The server at {{host}} accepted the user name and password ({{mechanism}}) over an encrypted, verified connection.',
    },
    'wrong-credentials': {
      title: 'The server at {{host}} refused the login',
      detail:
        'The server answered “{{server}}”. Most often the password or the user name (usually the full email address) is wrong. The same answer is given when the account is blocked for sending spam or suspended.',
    },
    'blocked-spam': {
      title: 'The account seems blocked for sending spam',
      detail:
        'The server at {{host}} refused the login and mentions spam or abuse: “{{server}}”. Providers block sending from an account that sent spam, often because its password was stolen.',
    },
    suspended: {
      title: 'The account seems suspended or disabled',
      detail: 'The server at {{host}} refused the login and says the account isn’t active: “{{server}}”.',
    },
    locked: {
      title: 'The account seems locked by a security rule',
      detail:
        'The server at {{host}} refused the login and mentions a lock or too many attempts: “{{server}}”. Accounts are often locked for a while after several wrong passwords.',
    },
    'app-password': {
      title: 'This account needs an app password',
      detail:
        'The server at {{host}} asks for an app-specific password instead of your usual one: “{{server}}”. This happens when two-step verification is on.',
    },
    'modern-auth-required': {
      title: '{{host}} no longer takes the mailbox password from mail programs',
      detail:
        'The server at {{host}} said “{{server}}”, or offers only the provider’s own sign-in (OAuth). Your password may well be right: the mail program has to sign in through the provider’s page (“Sign in with Microsoft” or “Sign in with Google”), or use an app password where the provider allows one.',
    },
    'wrong-or-app-password': {
      title: 'The password wasn’t accepted by {{host}}',
      detail:
        'The server at {{host}} answered “{{server}}”. Either the password is wrong, or this account has two-step verification and wants an app password (or the provider’s own sign-in) instead of your usual password.',
    },
    'wrong-or-modern-auth': {
      title: 'The login was refused by {{host}}',
      detail:
        'The server at {{host}} answered “{{server}}”. Either the user name or password is wrong, or password sign-in for mail programs is switched off for this account or organisation, and the program must sign in through the provider’s page.',
    },
    temporary: {
      title: 'The login couldn’t be checked right now',
      detail:
        'The server at {{host}} had a temporary problem checking the login: “{{server}}”. Try again in a few minutes.',
    },
    'no-mechanism': {
      title: '{{host}} doesn’t allow a login here',
      detail:
        'The server at {{host}} on port {{port}} offers no login method we may use on this connection. Use the encrypted port of the service instead.',
    },
    'refused-plaintext': {
      title: 'We didn’t send your password: the connection isn’t encrypted',
      detail:
        'The connection to {{host}} on port {{port}} isn’t encrypted, so anyone on the way could read a password. We never send one like this. Use the encrypted port ({{ports.submissions}}, {{ports.imaps}} or {{ports.pop3s}}) or the STARTTLS option in your mail program.',
    },
    'refused-unverified': {
      title: 'We didn’t send your password: the server’s identity isn’t proven',
      detail:
        'The certificate of {{host}} couldn’t be verified (see the test above), so we can’t be sure we are talking to the real server. We never send a password in that case.',
    },
    'bad-input': {
      title: 'The login details contain invisible characters',
      detail:
        'The user name or password contains a line break or a similar character. Please type them again.',
    },
    'not-reached': {
      title: 'The login couldn’t be tested',
      detail: 'The connection to {{host}} failed before the login step, so we couldn’t try the password.',
    },
  },
  envelope: {
    accepted: {
      title: '{{host}} accepts mail for this address',
      detail:
        'We asked the server at {{host}} whether it would take a message for this address, without sending one, and it agreed ({{code}} {{server}}).',
    },
    'unknown-recipient': {
      title: 'The address doesn’t exist on {{host}}',
      detail:
        'The server at {{host}} says there is no such mailbox ({{code}} {{enhanced}} {{server}}). The address may be misspelled, or the mailbox was deleted.',
    },
    'invalid-address': {
      title: '{{host}} doesn’t accept this address as written',
      detail:
        'The server at {{host}} refused the address itself ({{code}} {{enhanced}} {{server}}). Check its spelling.',
    },
    'mailbox-full': {
      title: 'The mailbox at {{host}} is full',
      detail: 'The server at {{host}} says the mailbox has no room left ({{code}} {{enhanced}} {{server}}).',
    },
    policy: {
      title: '{{host}} refuses mail from us by policy',
      detail:
        'The server at {{host}} refused for a policy reason, such as a blocklist or a sender check ({{code}} {{enhanced}} {{server}}).',
    },
    'sender-rejected': {
      title: '{{host}} refused the sender before the recipient',
      detail:
        'The server at {{host}} refused the sender address, so the recipient couldn’t be checked ({{code}} {{enhanced}} {{server}}).',
    },
    temporary: {
      title: '{{host}} asks to try again later',
      detail:
        'The server at {{host}} gave a temporary refusal ({{code}} {{enhanced}} {{server}}). Some servers do this on purpose to a first attempt; real mail is retried automatically.',
    },
    rejected: {
      title: '{{host}} refused this address',
      detail: 'The server at {{host}} refused the address ({{code}} {{enhanced}} {{server}}).',
    },
    'bad-input': {
      title: 'The address can’t be tested',
      detail:
        'An address for this test contains spaces, angle brackets or invisible characters. Please type it again.',
    },
    'not-reached': {
      title: 'The address couldn’t be tested',
      detail: 'The connection to {{host}} failed before the address could be checked.',
    },
  },
  roundTrip: {
    arrived: {
      title: 'Your test message arrived in {{seconds}} s',
      detail:
        'We sent a test message from {{address}} to itself through {{submission}} and found it in the mailbox at {{mailbox}} after about {{seconds}} s. It has been deleted again.',
    },
    'not-sent': {
      title: 'The test message couldn’t be sent',
      detail:
        'Sending through {{submission}} failed ({{reason}}: {{server}}), so nothing was sent. Sending from this account doesn’t work at the moment.',
    },
    'not-received': {
      title: 'The test message was sent but hasn’t arrived',
      detail:
        'The server at {{submission}} accepted the message, but it didn’t reach the mailbox at {{mailbox}} within {{seconds}} seconds. Receiving is where the problem lies: the domain may not point to the right mail servers, or delivery is delayed.',
    },
    'mailbox-failed': {
      title: 'The test message was sent, but we couldn’t look in the mailbox',
      detail:
        'Sending worked, but opening the mailbox at {{mailbox}} failed ({{reason}}: {{server}}), so we can’t tell whether the message arrived.',
    },
    'bad-input': {
      title: 'The round-trip test couldn’t start',
      detail:
        'The address, the login or the chosen servers aren’t usable for this test. Please check what was typed.',
    },
    aborted: {
      title: 'The round-trip test was stopped',
      detail: 'The test was cancelled or ran out of time before it finished.',
    },
    'arrived-in-spam': {
      title: 'Your test message arrived, in Spam',
      detail:
        'We sent a test message from {{address}} to itself through {{submission}}. After about {{seconds}} s it was in the folder “{{folder}}” at {{mailbox}}, not in the inbox. Receiving works; the spam filter moved it. It has been deleted again.',
    },
    'arrived-in-folder': {
      title: 'Your test message arrived, in the folder “{{folder}}”',
      detail:
        'We sent a test message from {{address}} to itself through {{submission}}. After about {{seconds}} s it was in the folder “{{folder}}” at {{mailbox}}, not in the inbox: a rule or filter probably moved it. It has been deleted again.',
    },
  },
  mailboxLook: {
    failed: {
      title: 'We couldn’t look inside your mailbox',
      detail:
        'The look inside the mailbox at {{host}}:{{port}} stopped ({{reason}}: {{server}}). Nothing was changed in it.',
    },
    incomplete: {
      title: 'The look inside your mailbox didn’t finish',
      detail:
        'The connection to {{host}}:{{port}} stopped before this part. The other results say how far it got.',
    },
    full: {
      title: 'Your mailbox is full: {{used}} {{unit}} of {{limit}} {{unit}} used',
      detail:
        'The mailbox at {{host}} uses {{percent}}% of its space ({{used}} {{unit}} of {{limit}} {{unit}}). New messages may be refused and go back to their senders until you make room.',
    },
    nearlyFull: {
      title: 'Your mailbox is nearly full: {{used}} {{unit}} of {{limit}} {{unit}} used',
      detail:
        'The mailbox at {{host}} uses {{percent}}% of its space ({{used}} {{unit}} of {{limit}} {{unit}}). When it is full, new messages go back to their senders.',
    },
    roomy: {
      title: 'Your mailbox has room: {{used}} {{unit}} of {{limit}} {{unit}} used',
      detail: 'The mailbox at {{host}} uses {{percent}}% of its space. Lack of space isn’t the problem.',
    },
    noLimit: {
      title: 'Your mailbox has no size limit',
      detail: 'The server at {{host}} says how full mailboxes are, and sets no limit on this one.',
    },
    notOffered: {
      title: 'The server doesn’t say how full your mailbox is',
      detail:
        'The server at {{host}} doesn’t tell how much space the mailbox uses. Your webmail or the provider’s control panel may show it.',
    },
    pop3: {
      title: '{{messages}} messages ({{size}} {{unit}}) are kept on the server',
      detail:
        'With POP3 the server at {{host}} holds {{messages}} messages, {{size}} {{unit}} in all. If your mail program leaves a copy on the server, this grows until the mailbox is full.',
    },
    list: {
      title: 'Your mailbox has {{count}} folders',
      detail: 'Folders and how many messages each holds: {{list}}.',
    },
    inInbox: {
      title: 'The message arrived, in the inbox',
      detail:
        'We found “{{subject}}” from {{from}} ({{date}}) in the inbox. If your mail program doesn’t show it, check its settings.',
    },
    inSpam: {
      title: 'The message arrived, in Spam',
      detail:
        'We found “{{subject}}” from {{from}} ({{date}}) in the folder “{{folder}}”. It was delivered: the spam filter moved it there.',
    },
    inFolder: {
      title: 'The message arrived, in the folder “{{folder}}”',
      detail:
        'We found “{{subject}}” from {{from}} ({{date}}) in the folder “{{folder}}”, not in the inbox. A rule or filter probably moved it there.',
    },
    notFound: {
      title: 'No message matching “{{text}}” is in your mailbox',
      detail:
        'We looked in all {{count}} folders by subject, sender and Message-ID. The message hasn’t arrived yet, or it was deleted. Ask the sender whether it came back to them.',
    },
    findIncomplete: {
      title: 'We couldn’t look in every folder for “{{text}}”',
      detail: 'These folders couldn’t be opened: {{folders}}. The message may be there.',
    },
  },
  orchestration: {
    port25Blocked: {
      title: 'Port {{ports.smtp}} of {{host}} didn’t answer from here: your internet line probably blocks it',
      detail:
        'Nothing answered on port {{ports.smtp}} of {{host}}, while the sending ports {{ports.submission}} and {{ports.submissions}} of your provider answered. Many home lines block port {{ports.smtp}} (it is common in Italy); this doesn’t stop your mail program, which sends through {{ports.submission}} or {{ports.submissions}}. The mail server isn’t down.',
    },
    timeUp: {
      title: 'The check ran out of time while testing {{host}}',
      detail:
        'The checks have a time limit. It ran out before {{service}} on {{host}} port {{port}} finished answering. So we can’t say how this server behaves. Choose “Check again”. If it happens again, the server or your connection is very slow.',
    },
    timeUpBeforeStart: {
      title: 'The check ran out of time before testing {{service}}',
      detail:
        'The checks have a time limit. It ran out while we were still looking for the {{service}} server of {{domain}}. Choose “Check again”. If it happens again, the name servers of {{domain}} or your connection are very slow.',
    },
    cancelledBeforeStart: {
      title: 'The test of {{service}} wasn’t run',
      detail: 'The check was stopped before we could test the {{service}} server of {{domain}}.',
    },
    unknownServer: {
      title: 'We don’t know your {{service}} server',
      detail:
        'No {{service}} server was typed for {{domain}}, the domain doesn’t name one in its DNS, and we don’t have the settings of your mail offer, so there was nothing to test.',
    },
    mx: {
      null: {
        title: 'No incoming mail server to test',
        detail:
          '{{domain}} says in its DNS that it receives no email at all (an empty MX record), so there is no server to test on port {{ports.smtp}}.',
      },
      none: {
        title: 'No incoming mail server to test',
        detail:
          '{{domain}} has no MX record and no address of its own, so no server receives its email and there is nothing to test on port {{ports.smtp}}.',
      },
      unknown: {
        title: 'The incoming mail servers couldn’t be tested',
        detail:
          'We couldn’t read the MX records of {{domain}}, so we don’t know which servers receive its email and couldn’t test them. The MX check above says what went wrong.',
      },
    },
  },
}
