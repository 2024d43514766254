import type { RemedyTexts } from '../../knowledge/remedies'

/** Texts of the remedies of shared/knowledge/remedies.ts, by remedy id (English). */
export default {
  'domain-expired': {
    title: 'Renew your domain',
    summary: 'Your domain has expired or is on hold, so no mail can be delivered to it or sent from it.',
    steps: [
      'Log in to the control panel of the company where you registered the domain{{panel.domains}}.',
      'Open the domain: an expired domain is flagged at the top of the page.',
      'Renew it and pay any open invoice. Mail starts working again within a few hours of the renewal.',
    ],
  },
  'renew-offer': {
    title: 'Renew your email service',
    summary: 'An expired or unpaid email offer, or the hosting it comes with, stops the mailboxes.',
    steps: [
      'Log in to your provider’s control panel and open the billing or renewals section.',
      'Pay any open invoice and renew the expired service (the email offer, or the web hosting it belongs to).',
      'Turn on automatic renewal so it doesn’t happen again.',
      'Wait a few minutes, then try to send and receive again.',
    ],
  },
  'check-offer-status': {
    title: 'Check that your services are active',
    summary: 'Before anything else, make sure the domain, the email offer and the hosting are all active.',
    steps: [
      'Log in to your provider’s control panel.',
      'Check the domain: it must not be expired{{panel.domains}}.',
      'Check the email offer and the state of your address{{panel.emailState}}.',
      'Check for unpaid invoices and renewals, and settle them.',
    ],
  },
  'client-settings': {
    title: 'Fix the settings of your mail program',
    summary: 'Webmail works, so the service is fine: your mail program has a wrong setting.',
    steps: [
      'Open the account settings of your mail program (Outlook, Apple Mail, Thunderbird, your phone’s Mail app).',
      'Compare the incoming and outgoing server, port, security and user name with the card below, and correct any difference.',
      'Your user name is your full email address. Type the password again: it may have changed.',
      'Turn on sign-in for outgoing mail. In Outlook the box reads “My outgoing server (SMTP) requires authentication”.',
      'Save, then send yourself a test message.',
    ],
  },
  'fix-program-field': {
    title: 'Change this setting in your mail program',
    summary: 'You can do this yourself: change the fields listed below in your mail program.',
    steps: [
      'Open your mail program and go to the place named below.',
      'Put the value shown in each field listed below, then save.',
      'Send yourself a test message to check that it works.',
    ],
  },
  'try-webmail': {
    title: 'Try your webmail',
    summary: 'Trying webmail tells us whether the fault is in your mail program or in the service.',
    steps: [
      'Open your provider’s webmail page in the browser.',
      'Log in with your full email address and its password.',
      'Send yourself a message and check that it arrives.',
      'If it works, the problem is in your mail program. Below, choose “No, still not working” to go on.',
    ],
  },
  'reset-password': {
    title: 'Check your password, or set a new one',
    summary: 'The password typed isn’t the one the mailbox expects.',
    steps: [
      'Check that Caps Lock is off and that you typed your full email address as the user name.',
      'In the control panel, open your email offer and the Email accounts tab{{panel.changePassword}}.',
      'Set a new password, wait a few minutes, then log in to webmail with it.',
      'Put the new password in every mail program and phone that uses this address.',
    ],
  },
  'security-policy': {
    title: 'Wait for the lock to end, or ask for it to be lifted',
    summary: 'A security rule locked the account, for example after several wrong passwords.',
    steps: [
      'The lock usually ends by itself after the time set in the security policy: wait, then try again with the right password.',
      'If you manage the service, look at the security policy of your Exchange platform in the control panel to see how long the lock lasts.',
      'If you can’t wait, ask your provider’s support to unlock the account.',
      'Update the password on every phone and program: one with an old password can lock the account again.',
    ],
  },
  'two-factor': {
    title: 'Use or reset two-step verification',
    summary: 'The account asks for a second code (two-step verification), available for Exchange.',
    steps: [
      'Open the authenticator app on your phone that you set up for this account and type the code it shows.',
      'If you lost the phone, ask whoever manages your Exchange service to turn two-step verification off for your account in the control panel.',
      'Set it up again on your new phone as soon as you can log in.',
    ],
  },
  'wait-incident': {
    title: 'Wait for the provider to finish',
    summary: 'Your provider is working on the service: nothing needs changing on your side.',
    steps: [
      'Follow the incident on the status page; it says when the work is expected to end.',
      'Don’t change your settings or passwords in the meantime.',
      'Messages sent to you are usually kept by the senders’ servers and delivered later.',
      'When the incident is closed, try again.',
    ],
  },
  'fix-mx': {
    title: 'Point your domain’s mail to your email service',
    summary:
      'Your domain’s MX records tell the world which server receives your mail, and they aren’t right.',
    steps: [
      'Log in where you manage your domain’s settings{{panel.dnsZone}}.',
      'Change the MX records exactly as our check says. Add the missing ones. Remove the ones that point elsewhere.',
      'Save. The change spreads within a few hours (up to 24 hours).',
      'Then choose “Check again” below.',
    ],
  },
  'fix-srv': {
    title: 'Add the setting that lets Outlook set itself up (Autodiscover)',
    summary: 'Outlook finds its settings for Exchange through an SRV record that is missing or wrong.',
    steps: [
      'Open your domain’s settings{{panel.dnsZone}}.',
      'Add an SRV record for _autodiscover._tcp: $t({{providerFacts.autodiscoverText}}).',
      'Save and wait a few hours. Then choose “Check again” below. If the check passes, set up Outlook again.',
    ],
  },
  'sending-server-unreachable': {
    title: 'Your computer can’t reach the sending server',
    summary: 'Neither sending port of your provider’s server answered from this network.',
    steps: [
      'Check that this computer is online and try again on another network (for example your phone’s hotspot).',
      'A firewall or antivirus may block mail: allow your mail program, or try with it briefly disabled.',
      'If it works on another network, the network you were on blocks mail: ask its administrator.',
      'If it fails everywhere, the provider’s server may be down: contact your provider.',
    ],
  },
  'account-state': {
    title: 'Check your account: password, lock or suspension',
    summary:
      'The sending server answers, so the account itself is the likely cause: wrong password, blocked for spam, or suspended.',
    steps: [
      'In the control panel, open your email offer and the Email accounts tab, and look at the state of the address.',
      'If it is marked as blocked for spam, open the email your provider sent you about the block and answer it to unlock the account; also check your computers for viruses.',
      'If it is suspended, renew or reactivate it.',
      'Otherwise, set a new password and type it again in your mail program; check its outgoing settings against the card below.',
    ],
  },
  'mail-server-unreachable': {
    title: 'The servers that receive your mail don’t answer',
    summary:
      'Your domain names them correctly, but they didn’t answer us: only your provider can get them working again.',
    steps: [
      'Look at your provider’s status page: they may already be working on an outage.',
      'If nothing is reported there, contact your provider and send them the summary of this check: their servers that receive your mail didn’t answer.',
      'Meanwhile, the servers of the people writing to you keep trying for a few days, so most messages will arrive once the servers answer again.',
    ],
  },
  'receive-elsewhere': {
    title: 'Look at your filters, and ask the sender',
    summary:
      'When mail doesn’t show up, it has most often been moved by a filter, or stopped on the sender’s side.',
    steps: [
      'Look in the spam or junk folder, in webmail too.',
      'Check rules, filters and forwarding in webmail: a rule may move or delete messages.',
      'Check that the mailbox isn’t full.',
      'Ask the sender whether their message came back with an error. If so, ask them to send it to you. Then choose “Start over” at the top and paste it.',
    ],
  },
  'bounce-not-error': {
    title: 'This isn’t an error',
    summary: 'Nothing failed: the message was accepted, delivered, or is still on its way.',
    steps: [
      'Nothing to do. If the message still doesn’t arrive, ask the recipient to look in their spam folder.',
    ],
  },
  'virus-notice': {
    title: 'A virus alert, not a returned message',
    summary:
      'A virus scanner stopped a message sent from your address. Nothing was refused for a delivery reason: sending again won’t help.',
    steps: [
      'Check your computer and phone with an up-to-date antivirus.',
      'If the alert names a message you didn’t write, someone may be sending in your name: change your email password.',
      'If the alert names a file you meant to send, share it as a link or in a compressed folder instead.',
    ],
  },
  'account-blocked': {
    title: 'Your login was refused: check the password and the account',
    summary: 'The server refused your user name and password, or your account is blocked for sending.',
    steps: [
      'Type the password again in your mail program: use your full email address as the user name.',
      'In the control panel, look at the state of the address; if it is blocked for spam, answer the email your provider sent about it.',
      'If needed, set a new password and put it everywhere you use this address.',
    ],
  },
  'spam-refused': {
    title: 'Your message was taken for spam',
    summary: 'The recipient’s server refused the message because its filter took it for spam.',
    steps: [
      'Write the message again in plain words. Leave out shortened links and long lists of links. Avoid sales words such as free or offer.',
      'Send the message again without attachments. If they’re needed, send a link to download them.',
      'Tell the recipient in another way, for example by phone. Ask them to add your address to their allowed senders.',
      'If it happens with every recipient, write to your provider and attach the returned message. Other servers may not trust yours.',
    ],
  },
  'sending-limits': {
    title: 'Stay within the sending limits',
    summary: 'The server refused the sender or recipient address, often because too many messages were sent.',
    steps: [
      'Check the sender and recipient addresses for typing mistakes.',
      'Send fewer messages at once: $t({{providerFacts.sendingLimitsText}}).',
      'For newsletters and mass mailings, use a service made for them.',
      'Wait an hour and send again.',
    ],
  },
  delist: {
    title: 'Get your server off the blocklist',
    summary: 'An address of your mail servers is on a blocklist, so other servers refuse your messages.',
    steps: [
      'Note the blocklist and the address it lists: our check or the error message names them.',
      'If you use your provider’s servers, send them the summary or the returned message. They must ask for the removal.',
      'If it is your own server, find and stop the cause (a virus, a hacked account, an open relay), then ask the list for removal on its site.',
      'Once removed, send the message again.',
    ],
  },
  'recipient-domain-broken': {
    title: 'The recipient’s domain can’t receive mail',
    summary:
      'Either the address has a typing mistake, or the recipient’s domain has no working mail server, which only its owner can fix.',
    steps: [
      'Check the address for typing mistakes in the part after the @.',
      'Tell the recipient by another channel (phone, another address) that their domain doesn’t receive mail.',
      'Send this report to them or to their administrator.',
    ],
  },
  'recipient-address': {
    title: 'Check the recipient’s address',
    summary: 'The recipient’s server says the address doesn’t exist or refuses it.',
    steps: [
      'Check the address letter by letter; look for swapped letters or an old address.',
      'Ask the recipient by another channel for their current address.',
      'Send the message again to the right address.',
    ],
  },
  'recipient-full': {
    title: 'The recipient’s mailbox is full',
    summary: 'Nothing is wrong on your side: the recipient has no space left.',
    steps: [
      'Tell the recipient by another channel that their mailbox is full.',
      'Send the message again once they have made room.',
    ],
  },
  'retry-later': {
    title: 'Wait and try again',
    summary: 'The cause is temporary and usually passes within a few hours.',
    steps: [
      'Wait a few hours. A message still waiting on your server is tried again without your help.',
      'If the message came back, send it again then. If it comes back again, choose “Start over” at the top and paste the new error.',
    ],
  },
  'bounce-explained': {
    title: 'What the error means, and what to do',
    summary:
      'The server refused the message. The explanation below says why, whether sending it again can help, and who needs to act.',
    steps: [
      'Follow the steps of the explanation below.',
      'Send the message again only once the cause is fixed.',
    ],
  },
  'bounce-unreadable': {
    title: 'We couldn’t find a code in this message',
    summary: 'The text doesn’t contain a reply code we can read.',
    steps: [
      'Look in the returned message for a line with a three-digit number such as 550, or a code such as 5.1.1.',
      'Paste that line alone, or the whole message including its headers.',
    ],
  },
  offline: {
    title: 'You seem to be offline, or your network blocks the checks',
    summary:
      'None of our checks got an answer, so we can’t tell what is wrong with your email yet. Nothing we could suggest now would be based on facts.',
    steps: [
      'Check that this computer is connected: open any website.',
      'If you are on an office, hotel or public network, it may block these checks: try another network, for example your phone’s hotspot.',
      'Pause any VPN, firewall or antivirus web protection for a moment.',
      'Then choose “Check again” below.',
    ],
  },
  'domain-not-found': {
    title: 'This domain doesn’t exist',
    summary: 'Nobody can send mail to a domain that doesn’t exist, so the address is probably mistyped.',
    steps: [
      'Look at the part after the @ letter by letter: a missing or swapped letter is enough.',
      'Below, choose “Correct the address” and type the right domain.',
      'If the domain is right and used to work, its registration may have been deleted: contact the company where you registered it.',
    ],
  },
  'account-refused': {
    title: 'The server refused your login: the account needs attention',
    summary: 'The sending server answers, but it doesn’t accept this address and password.',
    steps: [
      'Type the password again in your mail program, with your full email address as the user name.',
      'If you aren’t sure of the password, set a new one in your provider’s control panel and use it everywhere.',
      'Look at the state of the address in the control panel: it may be locked after too many attempts, blocked for spam, or suspended.',
      'If your provider uses modern sign-in or two-step verification, your program may need an app password or to sign in again through the provider’s page.',
    ],
  },
  'webmail-page': {
    title: 'Get the webmail page to open',
    summary: 'When the webmail page doesn’t open, the cause is most often its address or the browser.',
    steps: [
      'Check the webmail address: use the one your provider gives, for example from its help pages or the welcome email.',
      'Try another browser, or a private window.',
      'If it still doesn’t open, contact your provider and tell them the webmail page doesn’t load.',
    ],
  },
  'add-mx': {
    title: 'Say where your domain’s mail arrives (MX records)',
    steps: [
      'Find the values your mail provider asks for: its help pages or control panel list them.',
      'Open your domain’s settings (DNS zone). Add each MX record with its priority number.',
      'Wait for the change to spread (up to 24 hours). Then choose “Start over” at the top and check your domain once more.',
    ],
  },
  'domain-missing': {
    title: 'Make sure the domain exists and is active',
    steps: [
      'Check the spelling of the domain.',
      'Log in to the registrar where you bought it and check that it is registered and not expired.',
      'If it expired, renew it; mail will work again once the DNS is back.',
    ],
  },
  'dns-trouble': {
    title: 'Your domain’s servers aren’t answering properly',
    steps: [
      'The problem may pass by itself. In a few minutes, choose “Start over” at the top and check once more.',
      'If it stays, contact whoever hosts your domain’s DNS and tell them which name and which error the check shows.',
    ],
  },
  'fix-spf': {
    title: 'Correct the list of who may send for your domain (SPF record)',
    steps: [
      'Open your domain’s settings (DNS zone). Find the record that starts with v=spf1 (type TXT).',
      'Keep exactly one such record, including your provider’s servers, and end it with ~all or -all.',
      'Save and wait for the change to spread (up to 24 hours). Then choose “Start over” at the top and check your domain once more.',
    ],
  },
  'reduce-spf-lookups': {
    title: 'Shorten the list of who may send: at most {{spf.lookupLimit}} lookups',
    steps: [
      'In the list (SPF record), remove the “include:” entries of services you no longer use.',
      'Replace includes that list only a few fixed addresses with those addresses (ip4: or ip6:).',
      'Ask senders that need many lookups (newsletter services) to send from a subdomain of their own.',
      'Then choose “Start over” at the top and check your domain once more. The count must be {{spf.lookupLimit}} or less.',
    ],
  },
  'add-dmarc': {
    title: 'Add the rule against forged senders (DMARC record)',
    steps: [
      'Open your domain’s settings (DNS zone).',
      'Add a TXT record named _dmarc with the value v=DMARC1; p=none; rua=mailto:an address of yours.',
      'After a few weeks of reports without surprises, change p=none to p=quarantine.',
    ],
  },
  'fix-dmarc': {
    title: 'Correct the rule against forged senders (DMARC record)',
    steps: [
      'Open your domain’s settings (DNS zone). Find the record named _dmarc (type TXT).',
      'Keep exactly one, starting with v=DMARC1, with p= set to none, quarantine or reject.',
      'Save. Then choose “Start over” at the top and check your domain once more.',
    ],
  },
  'authorise-dmarc-reports': {
    title: 'Let the report address accept your reports',
    steps: [
      'Ask whoever manages the report address’s domain to publish the authorisation record shown above (value v=DMARC1).',
      'Or send the reports to an address in your own domain instead.',
    ],
  },
  'fix-dkim': {
    title: 'Put a valid signature on your mail (DKIM key)',
    steps: [
      'In your mail provider’s control panel, find message signing (DKIM) and turn it on. Or create a new 2048-bit key.',
      'Copy the record it gives you into your DNS zone exactly, in one piece.',
      'Wait for the change to spread (up to 24 hours). Then choose “Start over” at the top and check your domain once more.',
    ],
  },
  'fix-mta-sts': {
    title: 'Correct the encryption rule for incoming mail (MTA-STS)',
    steps: [
      'Keep a single record named _mta-sts (type TXT). Its value is v=STSv1; id= followed by letters and digits.',
      'Change the id each time you change the policy file.',
    ],
  },
  'ask-ptr': {
    title: 'Ask for a reverse name (PTR) for the mail server address',
    steps: [
      'The reverse name is set by whoever owns the address (the hosting or internet provider), not in your domain’s zone.',
      'Ask them to set the PTR of the address to the server’s name, and make sure that name points back to the same address.',
    ],
  },
  'dnsbl-resolver': {
    title: 'Check the blocklists through another way',
    steps: [
      'Blocklists don’t answer the big public name servers (DNS). At the top, open “Support tools”, then “Settings”. Choose “These DNS servers” and type your provider’s.',
      'Or look the address up on the blocklist’s web page.',
    ],
  },
  'wait-propagation': {
    title: 'Wait for the change to reach every server',
    steps: [
      'If you changed your settings recently, wait as long as the check says. Then choose “Start over” at the top and check your domain once more.',
      'If the servers still disagree after a day, tell your DNS host that one server isn’t up to date.',
    ],
  },
  'use-port-587': {
    title: 'Send through port {{ports.submission}} or {{ports.submissions}} instead of {{ports.smtp}}',
    steps: [
      'Open the account settings of your mail program and find the outgoing server (SMTP).',
      'Set the port to {{ports.submission}} with STARTTLS, or to {{ports.submissions}} with SSL/TLS.',
      'Make sure the outgoing server requires a login, with the same user name and password as for receiving.',
      'Save and send yourself a test message.',
    ],
  },
  'check-network': {
    title: 'Rule out your network',
    steps: [
      'Try again from another connection, for example your phone’s hotspot.',
      'If it works there, a firewall, antivirus or the network you were on blocks mail connections.',
      'Pause the antivirus’s email protection or ask your network administrator to allow mail ports.',
    ],
  },
  'check-server-name': {
    title: 'Check the server name and port in your settings',
    steps: [
      'Open the account settings of your mail program.',
      'Compare the incoming and outgoing server names and ports with the ones your provider publishes.',
      'Correct any typing mistake, save, and test again.',
    ],
  },
  'provider-status': {
    title: 'Check whether your provider has an outage',
    steps: [
      'Open your provider’s status or maintenance page.',
      'If an incident is listed, wait for it to be solved and try again.',
      'If nothing is listed and the problem lasts, contact your provider with this report.',
    ],
  },
  'use-ssl-port': {
    title: 'Use the encrypted (SSL/TLS) port',
    steps: [
      'Open the account settings of your mail program.',
      'Choose SSL/TLS as the security and use port {{ports.submissions}} for sending, {{ports.imaps}} for IMAP or {{ports.pop3s}} for POP3.',
      'Save and test again.',
    ],
  },
  'certificate-provider': {
    title: 'Ask the provider to fix the server’s certificate',
    steps: [
      'Don’t accept a certificate warning permanently: it protects your password.',
      'Check that the server name in your settings is exactly the one your provider publishes.',
      'If it is, send this report to your provider: the server’s certificate must be renewed or completed.',
    ],
  },
  'check-clock': {
    title: 'Check the date and time of your computer',
    steps: [
      'Open the date and time settings of your computer.',
      'Turn on automatic date and time, and check the time zone.',
      'Test again.',
    ],
  },
  'unblock-account': {
    title: 'Check whether the account is blocked for spam',
    steps: [
      'Log in to your provider’s control panel and open the list of email accounts.',
      'Next to the address, look for a note that it’s blocked for spam.',
      'Follow the provider’s instructions to unblock it (often by answering the message they sent you) and change the password.',
      'Scan your computers for malware, since a stolen password is the usual cause.',
    ],
  },
  'app-password': {
    title: 'Create an app password',
    summary: 'Your account asks for an app password: the mail program can’t use your usual password.',
    steps: [
      'Open your account’s security settings at your provider.',
      'Create an app password for your mail program.',
      'Use that password in the mail program instead of your usual one.',
    ],
  },
  'use-modern-sign-in': {
    title: 'Let your mail program sign in through your provider’s page',
    summary:
      'Your provider no longer takes the mailbox password from mail programs: they sign in through its own page, or with an app password.',
    steps: [
      'Remove the account from the mail program (your mail stays on the server), then add it again with only your email address.',
      'Outlook, Thunderbird, Apple Mail and the mail apps of iPhone and Android offer “Sign in with Microsoft” or “Sign in with Google” (in Thunderbird: authentication method OAuth2): choose it.',
      'Sign in on the page that opens, with your usual password and the second step if you have one.',
      'If your program has no such option, create an app password instead, or use a program that has it.',
    ],
  },
  'tenant-smtp-auth': {
    title: 'For whoever manages your Microsoft 365 organisation: let this mailbox send',
    steps: [
      'In the Microsoft 365 admin center, open Users › Active users, pick the mailbox, then Mail › Manage email apps.',
      'Tick “Authenticated SMTP” and save; it can take up to an hour to apply.',
      'If it is switched off for the whole organisation (Exchange admin center › Settings › Mail flow), decide there; Microsoft recommends modern sign-in instead.',
    ],
  },
  'contact-recipient-admin': {
    title: 'The recipient’s mail administrator must act',
    steps: [
      'Send the recipient the returned message another way. Ask them to pass it to their IT people or mail provider.',
      'Send again when they confirm the fix.',
    ],
  },
  'check-mx': {
    title: 'Check that the domain points to your mail service',
    steps: [
      'Choose “Start over” at the top and check your domain once more.',
      'Compare the MX records with the ones your mail service expects.',
      'If they differ, correct them in the DNS zone of your domain; changes can take a few hours to spread.',
    ],
  },
  'contact-recipient': {
    title: 'The recipient must act',
    steps: [
      'Tell the recipient another way (phone, chat) what the error says.',
      'Ask them to fix it (empty the mailbox, reactivate it, allow your address).',
      'Send again when they confirm.',
    ],
  },
  'fix-auth-records': {
    title: 'Fix the settings that prove your mail is yours (SPF, DKIM and DMARC)',
    steps: [
      'Open your domain’s settings (DNS zone).',
      'Make the SPF record list every server you send from ($t({{providerFacts.spfText}})).',
      'Turn on DKIM at your provider and publish its key.',
      'Publish a DMARC record; start with p=none.',
    ],
  },
  'enable-smtp-auth': {
    title: 'Log in to the outgoing server',
    steps: [
      'Open the account settings of your mail program.',
      'Turn on “My outgoing server (SMTP) requires authentication”.',
      'Use your full email address and its password.',
      'Use port {{ports.submission}} with STARTTLS or {{ports.submissions}} with SSL/TLS, then send again.',
    ],
  },
  'check-client-settings': {
    title: 'Check the mail program’s settings',
    steps: [
      'Compare the server name, port and security with your provider’s settings.',
      'Pause the mail scanning of your antivirus or firewall and try again.',
      'Try from another network.',
    ],
  },
  'reduce-size': {
    title: 'Make the message smaller',
    summary: 'The recipient’s server refused the message because it is larger than it accepts.',
    steps: [
      'Check the total size of the attachments.',
      'Compress them, or share them as a download link.',
      'Split large sendings into several messages.',
    ],
  },
  'contact-provider': {
    title: 'Your email provider must act',
    steps: [
      'Open a support request with your provider.',
      'Attach the whole returned message and the time you sent it.',
    ],
  },
  'late-diagnosis': {
    title: 'Where the time went',
    summary: 'The servers’ own notes show where the message waited, and what fixes it.',
    steps: ['Start with the first remedy below: it is the one the headers point to most clearly.'],
  },
  'spam-diagnosis': {
    title: 'Why the message was judged spam',
    summary: 'The receiving server’s checks and its spam filter show what to fix, and who needs to act.',
    steps: ['Start with the first remedy below, then send a new test message and read its headers again.'],
  },
  'outbox-delay': {
    title: 'The message waited {{duration}} before leaving the sender',
    steps: [
      'The time written on the message is {{duration}} earlier than the first server ({{host}}) took it: the message sat in the sender’s mail program.',
      'Look in the “Outbox” folder of the mail program that sent it: messages stay there when the computer is offline, the program is closed, or sending fails.',
      'Check that the program can send: send a test message to yourself. Then send again.',
    ],
  },
  'sender-clock': {
    title: 'The sender’s computer clock is wrong',
    steps: [
      'The message is dated {{duration}} after the first server took it, so the clock of the computer or phone that wrote it runs ahead.',
      'Set the clock to update automatically (date and time settings), then send again.',
    ],
  },
  'server-clock-skew': {
    title: 'A server’s clock is wrong, so one wait can’t be measured',
    steps: [
      '{{next}} wrote a time {{duration}} earlier than {{host}}, which took the message before it: one of the two clocks is wrong.',
      'The waits next to this hop aren’t reliable; the others are.',
      'Tell the operator of the server whose clock is wrong (from its name): its time must be kept with NTP.',
    ],
  },
  greylisting: {
    title: 'The recipient’s server held the message back on purpose (greylisting)',
    steps: [
      'The recipient’s server asked {{host}} to try again later and took the message {{duration}} after (it says so itself: greylisting, {{greylistSeconds}} s).',
      'This is normal for the first message from a new sender; later ones arrive without waiting.',
      'If it happens every time, the recipient’s administrator can add your sending server to the greylisting allowlist.',
    ],
  },
  'recipient-server-delay': {
    title: 'The wait happened at the recipient’s server',
    steps: [
      'The message reached the recipient’s server quickly, then waited {{duration}} between {{host}} and {{next}} (inside the recipient’s system: antispam, antivirus, or a queue).',
      'Nothing on the sending side can change this: the recipient’s email administrator can look up the message in the logs of {{next}}.',
    ],
  },
  'sender-server-delay': {
    title: 'The wait happened at the sender’s provider',
    steps: [
      'The message waited {{duration}} between {{host}} and {{next}}, both servers of the sender’s provider.',
      'Check the provider’s status page for a slowdown, and send a new test message.',
      'If it happens again, write to the provider with the time and the name {{host}}: they can see why in their logs.',
    ],
  },
  'hand-over-delay': {
    title: 'The wait happened while handing the message to the recipient’s server',
    steps: [
      '{{host}} took {{duration}} to hand the message to {{next}}.',
      'Usually the receiving server asked it to retry later (busy, greylisting, a temporary block), or the sending server’s queue was slow.',
      'The sender’s provider can see the reason in the logs of {{host}}: write to them with the time of the message.',
    ],
  },
  'no-delay-in-headers': {
    title: 'The servers delivered the message without delay',
    steps: [
      'The last server took the message at {{at}} (UTC), right after it was sent: the servers didn’t hold it up.',
      'If you saw it much later, the wait was in the mail program: check how often it looks for new mail (for example every 30 minutes), or whether it was closed.',
      'On a phone, check that the mail app may refresh in the background.',
    ],
  },
  'spf-authorise-server': {
    title: 'Add your outgoing mail server to who may send for {{domain}}',
    steps: [
      'Open the settings of {{domain}} (DNS zone) where you manage them.',
      'Find the TXT record of {{record}} that starts with “v=spf1” (there must be only one).',
      'Add {{mechanism}} before the final “~all” or “-all”. If there is no such record, create a TXT record: {{value}}',
      'Save, wait for the change to spread (up to a few hours), then send a new test message.',
    ],
  },
  'spf-create': {
    title: 'Create the list of who may send for {{domain}} (SPF record)',
    steps: [
      'Open the settings of {{domain}} (DNS zone) where you manage them.',
      'Create a TXT record for {{record}} with the value: {{value}}',
      'Save, wait for the change to spread (up to a few hours), then send a new test message.',
    ],
  },
  'spf-ask-value': {
    title: 'Correct the list of who may send for {{domain}} (SPF record)',
    steps: [
      'The receiving server looked for your outgoing mail server. It wasn’t in the list of {{domain}}.',
      'Ask your email provider for the value to add to SPF (usually an “include:”), then add it to the TXT record of {{record}} that starts with “v=spf1”.',
      'Save, wait for the change to spread, then send a new test message.',
    ],
  },
  'spf-repair': {
    title: 'The list of who may send for {{domain}} is broken (SPF record)',
    steps: [
      'The receiving server couldn’t read the list of who may send (SPF record of {{record}}). It may have a typo, two records, or more than 10 lookups.',
      'In MailDoctor, choose “Start over”, type {{domain}} and choose “Check”. It shows what’s wrong in the record.',
      'Correct the record so there is one TXT starting with “v=spf1”, then send a new test message.',
    ],
  },
  'dkim-fix-key': {
    title: 'Correct the signature of mail from {{domain}} (DKIM key)',
    steps: [
      'The signature on the messages doesn’t match the key at {{record}}.',
      'In your email provider’s control panel, open the DKIM settings of {{domain}} and copy the public key (or CNAME) it shows.',
      'In the DNS zone, make {{record}} exactly that value (a TXT record starting with “v=DKIM1”, or the CNAME the provider gives).',
      'Save, wait for the change to spread, then send a new test message.',
    ],
  },
  'dkim-enable': {
    title: 'Turn on signing for mail from {{domain}} (DKIM)',
    steps: [
      'Messages from {{domain}} carry no signature. So the receiving server can’t tell they’re genuine.',
      'In your email provider’s control panel, turn on signing (DKIM) for {{domain}}. The provider gives you a name and a key.',
      'Add the key to your domain’s settings (DNS zone) at {{record}}. Put the name the provider gave you in place of <selector>.',
      'When the provider says the record is found, send a new test message.',
    ],
  },
  'dkim-align': {
    title: 'Sign the messages with the domain {{domain}}',
    steps: [
      'The signature is valid but belongs to {{signer}}, not to {{domain}} (the address in From). So the check against forged senders (DMARC) fails.',
      'In your email provider’s control panel, turn on DKIM for {{domain}} itself and publish its key in the DNS.',
    ],
  },
  'dmarc-publish': {
    title: 'Add the rule against forged senders for {{domain}} (DMARC)',
    steps: [
      'The domain {{domain}} has no rule against forged senders. Large providers such as Gmail, Outlook and Yahoo trust its mail less.',
      'In the DNS zone, create a TXT record for {{record}} with the value: v=DMARC1; p=none',
      'When SPF and DKIM pass for a few weeks, raise the policy to p=quarantine.',
    ],
  },
  'ask-sender-fix-auth': {
    title: 'Ask the sender to fix the authentication of {{domain}}',
    steps: [
      'The checks that prove the message really comes from {{domain}} didn’t pass: {{checks}}.',
      'Only the sender (or their email provider) can fix this: send them these results.',
      'Meanwhile, add the sender to your contacts or safe senders so their messages reach your inbox.',
    ],
  },
  'recipient-blocked-sender': {
    title: 'The recipient has blocked this sender',
    steps: [
      'The recipient’s filter found the sender in a list of blocked senders ({{source}}).',
      'The recipient removes the address from the blocked senders (in Outlook: Settings › Junk email) and adds it to the safe senders.',
    ],
  },
  'recipient-admin-rule': {
    title: 'A rule of the recipient’s organisation sent the message to spam',
    steps: [
      'The message was marked as spam by a rule the recipient’s administrator set, before the spam filter ran.',
      'The recipient’s administrator checks the mail flow rules (transport rules) and adds an exception for the sender.',
    ],
  },
  'sending-ip-delist': {
    title: 'The sending server {{ip}} is on a blocklist',
    steps: [
      'The spam filter found the sending server {{ip}} on a blocklist ({{rules}}).',
      'Look up {{ip}} on the blocklist’s site to see why and how to be removed.',
      'If the server belongs to your provider, ask the provider to request the removal; if it is your own server, stop what caused the listing first (a hacked account, a form that sends spam), then request it yourself.',
    ],
  },
  'sending-ip-ptr': {
    title: 'The sending server {{ip}} has no proper reverse name',
    steps: [
      'The spam filter saw that {{ip}} has no reverse name (PTR). That makes a server look like a home connection.',
      'Ask whoever runs the server (your provider, or the company that gave you the IP address) to set the PTR of {{ip}} to the server’s name.',
    ],
  },
  'bulk-content': {
    title: 'The message looks like bulk mail',
    steps: [
      'The filter judged the message to be a mass mailing (newsletter or advertising).',
      'Send newsletters only to people who asked for them, with a working unsubscribe link, through a service made for it.',
      'For one-to-one mail, write plain messages without large images or tracking links.',
    ],
  },
  'spam-content': {
    title: 'The content of the message looks like spam',
    steps: [
      'The filter ({{source}}) scored the content with these rules: {{rules}}.',
      'Avoid subjects in capital letters, messages made only of an image, and links to sites on blocklists.',
      'Send again with a plain text part and a normal subject.',
    ],
  },
  'filter-judged-spam': {
    title: 'The recipient’s spam filter judged the message as spam',
    steps: [
      'The filter ({{source}}, score {{score}}) put the message in spam, and it doesn’t say why.',
      'The recipient marks the message as “Not spam” and adds the sender to the contacts or safe senders: the filter learns from it.',
      'If it happens to many recipients, check the content (images only, capital letters, many links) and the sender’s reputation.',
    ],
  },
  'mark-not-spam': {
    title: 'Teach the recipient’s filter that this sender is wanted',
    steps: [
      'In the spam (junk) folder, select the message and choose “Not spam” (“Not Junk” in Outlook).',
      'Add the sender to the contacts or safe senders.',
      'Check that no rule of your own moves the sender’s messages (filters, rules, blocked senders).',
    ],
  },
  'free-mailbox-space': {
    title: 'Make room in your mailbox',
    steps: [
      'Open your webmail, empty the trash and the “Spam” folder.',
      'Sort the messages by size and delete the largest ones you no longer need.',
      'In your mail program, save the attachments you want to keep on the computer, then delete those messages.',
      'If you need more space, buy a larger mailbox in your provider’s control panel.',
    ],
  },
  'mailbox-full': {
    title: 'Your mailbox is full',
    summary: 'New messages can’t get in until you make room.',
    steps: [
      'Open your webmail, empty the trash and the “Spam” folder.',
      'Sort the messages by size and delete the largest ones you no longer need.',
      'In your mail program, save the attachments you want to keep on the computer, then delete those messages.',
      'If you need more space, buy a larger mailbox in your provider’s control panel.',
    ],
  },
  'arrived-in-spam': {
    title: 'The message arrived, in Spam',
    summary: 'It isn’t lost: the spam filter put it in the spam folder.',
    steps: [
      'In your webmail, open the “Spam” folder, select the message and choose “Not spam”.',
      'In Outlook: right-click the message in “Junk Email”, then “Junk” › “Not Junk”.',
      'In Thunderbird: select the message in the spam folder and mark it as not spam. On iPhone Mail: open the message and move it to your inbox.',
      'Add the sender to your contacts, so their next messages reach the inbox.',
    ],
  },
  'moved-by-rule': {
    title: 'A rule moved the message to another folder',
    summary: 'It arrived: a rule or a filter took it out of the inbox.',
    steps: [
      'In your webmail, open the settings and look for the rules or filters.',
      'In your mail program, look for the same: in Outlook “Rules” › “Manage Rules & Alerts”, in Thunderbird “Tools” › “Message Filters”.',
      'Change or delete the rule that moved the message, then move it back to the inbox.',
    ],
  },
} satisfies RemedyTexts
