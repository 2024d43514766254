/** Texts of the decision tree: questions, answers, the reasons for a branch, remedies (English). */
export default {
  nodes: {
    problem: {
      title: 'What is happening?',
      lead: 'Pick the one closest to what you see.',
      answers: {
        cannotSend: {
          label: 'I cannot send email',
          hint: 'Messages stay in the outbox, or the program shows an error when sending.',
        },
        cannotReceive: {
          label: 'I do not receive email',
          hint: 'People say they wrote to me, but nothing arrives.',
        },
        bounce: {
          label: 'My message came back with an error',
          hint: 'I got a "delivery failed" message, maybe with a code such as 550.',
        },
        webmail: {
          label: 'I cannot log in to webmail',
          hint: 'The web page of my mailbox refuses my password or does not open.',
        },
      },
    },
    offer: {
      title: 'Which email service do you use?',
      lead: 'It is written on your invoice or in the welcome email from your provider. If you do not know, we will find out from your domain.',
      answers: {
        'ovh-mxplan': {
          label: 'OVHcloud MX Plan',
          hint: 'The email that comes with an OVHcloud web hosting plan.',
        },
        'ovh-emailpro': {
          label: 'OVHcloud Email Pro',
          hint: 'Professional mailboxes bought separately at OVHcloud.',
        },
        'ovh-exchange': {
          label: 'OVHcloud Exchange',
          hint: 'Microsoft Exchange mailboxes hosted by OVHcloud.',
        },
        microsoft365: { label: 'Microsoft 365', hint: 'Outlook email in a Microsoft 365 business plan.' },
        'google-workspace': { label: 'Google Workspace', hint: 'Gmail with your own domain.' },
        other: { label: 'Another provider', hint: 'Any other company that runs your mailbox.' },
        unknown: { label: 'I do not know', hint: 'We will recognise it from your domain.' },
      },
    },
    target: {
      title: 'Which email address or domain is it about?',
      lead: 'Type your email address or just the part after the @. We start checking at once, while you answer the next questions.',
    },
    'offer-active': {
      title: 'Is your email service paid up and active?',
      lead: 'A mailbox stops working when the email offer, or the web hosting it comes with, has expired or an invoice is unpaid.',
      answers: {
        yes: {
          label: 'Yes, everything is active',
          hint: 'I checked: no expired service and no unpaid invoice.',
        },
        no: {
          label: 'No, something has expired or is unpaid',
          hint: 'I saw an expiry notice or an unpaid invoice.',
        },
        unsure: { label: 'I do not know how to check', hint: 'Show me where to look.' },
      },
      help: {
        'ovh-mxplan':
          'In the OVHcloud Control Panel open Web Cloud, then Email, pick your domain and open the Email accounts tab: the State column says whether each address is active. The hosting plan it comes with is under Web Cloud, Hosting.',
        'ovh-emailpro':
          'In the OVHcloud Control Panel open Web Cloud, then Email Pro, pick your platform and open the Email accounts tab: the State column says whether each address is active.',
        'ovh-exchange':
          'In the OVHcloud Control Panel open Web Cloud, then Microsoft, then Exchange, pick your platform and open the Email accounts tab: the State column says whether each account is active.',
        microsoft365:
          'In the Microsoft 365 admin center, look under Billing for your subscriptions and under Users for the state of each mailbox.',
        'google-workspace':
          'In the Google Admin console, look under Billing for your subscription and under Users for the state of each account.',
        other:
          'Look in your provider’s control panel for the state of the email service and of your invoices.',
        unknown:
          'Look in the control panel of the company you pay for email, under services, renewals and invoices.',
      },
    },
    'webmail-works': {
      title: 'Does it work from webmail?',
      lead: 'Open your mailbox in the web browser (webmail) and try to send yourself a message. This tells us whether the fault is in your mail program or in the service.',
      answers: {
        yes: { label: 'Yes, webmail works', hint: 'Sending and receiving work in the browser.' },
        no: { label: 'No, webmail has the same problem', hint: 'It fails in the browser too.' },
        unsure: { label: 'I have not tried', hint: 'Show me how.' },
      },
    },
    'webmail-problem': {
      title: 'What happens when you try to log in?',
      lead: 'Pick what you see on the webmail page.',
      answers: {
        password: {
          label: 'It says my password is wrong',
          hint: 'Or the user name or password is not recognised.',
        },
        locked: {
          label: 'It says my account is locked',
          hint: 'After several tries, or by a security rule.',
        },
        twoFactor: { label: 'It asks for a code I do not have', hint: 'Two-step verification (Exchange).' },
        noPage: { label: 'The page does not open at all', hint: 'An error page, or it keeps loading.' },
      },
    },
    incident: {
      title: 'Is your provider having an incident right now?',
      lead: 'Sometimes the problem is not yours at all: the provider is repairing or maintaining its servers. Its status page says so.',
      answers: {
        yes: { label: 'Yes, an incident or maintenance is announced', hint: 'For my service, now.' },
        no: { label: 'No, nothing is announced', hint: 'Or it has nothing to do with email.' },
      },
      help: {
        'ovh-mxplan': 'On the OVHcloud Web Cloud status page, look in the Email section.',
        'ovh-emailpro': 'On the OVHcloud Web Cloud status page, look in the Microsoft section.',
        'ovh-exchange': 'On the OVHcloud Web Cloud status page, look in the Microsoft section.',
        microsoft365: 'In the Microsoft 365 admin center, open Health, then Service health.',
        'google-workspace': 'Look at the Google Workspace Status Dashboard for Gmail.',
        other: 'Look at your provider’s status page or its announcements.',
        unknown: 'Look at the status page of the company you pay for email.',
      },
    },
    'send-symptom': {
      title: 'What does your mail program say when you send?',
      lead: 'What the program shows tells us where to look first.',
      answers: {
        error: {
          label: 'It shows an error message',
          hint: 'A window or a message with an error, maybe with a code such as 535 or 550.',
        },
        password: {
          label: 'It keeps asking for my password',
          hint: 'It asks for the password again and again, or says it is wrong.',
        },
        nothing: {
          label: 'Nothing: the message stays in the outbox',
          hint: 'No error, but the message never leaves, or I do not know.',
        },
      },
    },
    'send-error-input': {
      title: 'What does the error say?',
      lead: 'Copy the error your mail program shows and paste it here, or type its code (such as 535). Nothing leaves this computer.',
      label: 'The error message or its code',
      placeholder: '535 5.7.8 Authentication credentials invalid',
      hint: 'Tip: many programs let you select the text of the error; otherwise type the numbers you see.',
      empty: 'Please paste the error or type its code.',
      failed: 'We could not read this text. Try typing only the code, such as 535.',
      reading: 'Reading…',
    },
    'login-test': {
      title: 'Let us try your address and password',
      lead: 'We log in to your provider’s sending server the way your mail program does. This tells us at once whether the account or the program is the problem.',
      next: 'Continue',
      skip: 'Skip this test',
    },
    'bounce-input': {
      title: 'What does the error message say?',
      lead: 'Paste the whole message that came back, or just its code (such as 550) or the line with the code. Nothing leaves this computer.',
      label: 'The returned message, its code or its error line',
      placeholder: '550 5.1.1 <mario@example.com>: Recipient address rejected',
      hint: 'Tip: open the returned message, select everything (Ctrl+A), copy and paste it here.',
      empty: 'Please paste the message, its code or its error line.',
      failed: 'We could not read this text. Try pasting only the line with the error code.',
      reading: 'Reading…',
    },
  },
  routes: {
    registration: 'Domain registration (checked automatically)',
    'by-problem': 'Which problem was chosen',
    'mx-check': 'MX and autodiscover records (checked automatically)',
    'send-check': 'Sending servers (checked automatically)',
    'receive-check': 'Incoming mail servers (checked automatically)',
    'receive-evidence': 'Where the domain sends its mail (checked automatically)',
    'send-error-route': 'The error the mail program shows',
    'login-route': 'The login test',
    'after-incident': 'Which problem was chosen',
    'webmail-check': 'The mail service (checked automatically)',
    'bounce-route': 'The code in the bounce',
    'blocklist-check': 'Blocklists (checked automatically)',
    'recipient-check': 'The recipient’s domain (checked automatically)',
  },
  because: {
    offline:
      'We could not check anything: the name servers did not answer and the registry could not be reached.',
    sendingTimedOut:
      'We tried to reach your provider’s sending server and got no answer at all, on any port.',
    domainMissing: 'We checked: the domain {{domain}} does not exist.',
    loginRefused: 'We checked: the sending server refused this address and password.',
    loginWorks:
      'We checked: your address and password work on the sending server, so the account is fine and the mail program’s settings are the likely cause.',
    relayDenied: 'The message says the server wants you to log in before sending.',
    recipientRefusedNoCheck: 'The code says the recipient’s server refused the address.',
    serviceUp: 'We checked: the mail servers of {{domain}} answer, so the service itself is up.',
    mxAnswering: 'We checked: the servers that receive mail for {{domain}} answer normally.',
    domainExpired: 'We checked: your domain’s registration has expired or is suspended.',
    mxMissing: 'We checked: {{domain}} does not say which server receives its mail.',
    mxWrong: 'We checked: {{domain}} sends its mail to servers other than {{provider}}.',
    srvWrong: 'We checked: the record that lets Outlook set itself up for Exchange is missing or wrong.',
    submissionUnreachable:
      'We checked: your provider’s sending server did not answer us on either sending port.',
    mxHostsBroken: 'We checked: the servers your domain names for incoming mail cannot be found.',
    mxNotAnswering: 'We checked: the servers that should receive your mail did not answer.',
    notAnError: 'The code says the message was accepted or is being handled: it is not an error.',
    authFailed: 'The code says the server refused your login.',
    limits:
      'The code says the server refused the sender or recipient, often because a sending limit was passed.',
    maybeBlocklisted: 'This code is often about a blocklist, so we checked the lists.',
    recipientRefused:
      'The code says the recipient’s server refused the address, so we checked the recipient’s domain.',
    recipientFull: 'The code says the recipient’s mailbox is full.',
    temporary: 'The code says the problem is temporary.',
    permanent: 'The code says the server refused the message for good.',
    listed: 'We checked: an address of your mail servers is on a blocklist.',
    recipientDomain: 'We checked: the recipient’s domain cannot receive mail.',
  },
  remedies: {
    'domain-expired': {
      title: 'Renew your domain',
      summary: 'Your domain has expired or is on hold, so no mail can be delivered to it or sent from it.',
      steps: [
        'Log in to the control panel of the company where you registered the domain (for OVHcloud: Web Cloud, then Domains).',
        'Open the domain: an expired domain is flagged at the top of the page.',
        'Renew it and pay any open invoice. Mail starts working again within a few hours of the renewal.',
      ],
    },
    offline: {
      title: 'You seem to be offline, or your network blocks the checks',
      summary:
        'None of our checks got an answer, so we cannot tell what is wrong with your email yet. Nothing we could suggest now would be based on facts.',
      steps: [
        'Check that this computer is connected: open any website.',
        'If you are on an office, hotel or public network, it may block these checks: try another network, for example your phone’s hotspot.',
        'Pause any VPN, firewall or antivirus web protection for a moment.',
        'Then choose "Check again".',
      ],
    },
    'domain-missing': {
      title: 'This domain does not exist',
      summary: 'Nobody can send mail to a domain that does not exist, so the address is probably mistyped.',
      steps: [
        'Look at the part after the @ letter by letter: a missing or swapped letter is enough.',
        'Correct it below and check again.',
        'If the domain is right and used to work, its registration may have been deleted: contact the company where you registered it.',
      ],
    },
    'account-refused': {
      title: 'The server refused your login: the account needs attention',
      summary: 'The sending server answers, but it does not accept this address and password.',
      steps: [
        'Type the password again in your mail program, with your whole email address as the user name.',
        'If you are not sure of the password, set a new one in your provider’s control panel and use it everywhere.',
        'Look at the state of the address in the control panel: it may be locked after too many attempts, blocked for spam, or suspended.',
        'If your provider uses modern sign-in or two-step verification, your program may need an app password or to sign in again through the provider’s page.',
      ],
    },
    'webmail-page': {
      title: 'The webmail page is the problem, not your mail',
      summary: 'Your mail service works; only the webmail page does not open.',
      steps: [
        'Check the webmail address: use the one your provider gives, for example from its help pages or the welcome email.',
        'Try another browser, or a private window.',
        'If it still does not open, contact your provider and tell them the webmail page does not load.',
      ],
    },
    'renew-offer': {
      title: 'Renew your email service',
      summary: 'An expired or unpaid email offer, or the hosting it comes with, stops the mailboxes.',
      steps: [
        'Log in to your provider’s control panel and open the billing or renewals section.',
        'Pay any open invoice and renew the expired service (the email offer, or the web hosting it belongs to).',
        'Turn on automatic renewal so it does not happen again.',
        'Wait a few minutes, then try to send and receive again.',
      ],
    },
    'check-offer-status': {
      title: 'Check that your services are active',
      summary: 'Before anything else, make sure the domain, the email offer and the hosting are all active.',
      steps: [
        'Log in to your provider’s control panel.',
        'Check the domain: it must not be expired (OVHcloud: Web Cloud, Domains).',
        'Check the email offer and the state of your address (OVHcloud: the Email accounts tab of your offer, column State).',
        'Check for unpaid invoices and renewals, and settle them.',
      ],
    },
    'client-settings': {
      title: 'Fix the settings of your mail program',
      summary: 'Webmail works, so the service is fine: your mail program has a wrong setting.',
      steps: [
        'Open the account settings of your mail program (Outlook, Apple Mail, Thunderbird, your phone’s Mail app).',
        'Compare the incoming and outgoing server, port, security and user name with the card below, and correct any difference.',
        'Your user name is your whole email address. Type the password again: it may have changed.',
        'Make sure the outgoing server asks for a login (often called "My outgoing server requires authentication").',
        'Save, then send yourself a test message.',
      ],
    },
    'try-webmail': {
      title: 'Try your webmail',
      summary: 'Trying webmail tells us whether the fault is in your mail program or in the service.',
      steps: [
        'Open your provider’s webmail page in the browser (for OVHcloud, the link below).',
        'Log in with your whole email address and its password.',
        'Send yourself a message and check that it arrives.',
        'If it works, the problem is in your mail program: choose "No" below to continue.',
      ],
    },
    'reset-password': {
      title: 'Set a new password',
      summary: 'The password typed is not the one the mailbox expects.',
      steps: [
        'Check that Caps Lock is off and that you typed your whole email address as the user name.',
        'In the control panel, open your email offer and the Email accounts tab (OVHcloud: the "…" button next to the address, then Change).',
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
        'If you cannot wait, ask your provider’s support to unlock the account.',
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
        'Do not change your settings or passwords in the meantime.',
        'Messages sent to you are usually kept by the senders’ servers and delivered later.',
        'When the incident is closed, try again.',
      ],
    },
    'fix-mx': {
      title: 'Point your domain’s mail to your email service',
      summary:
        'Your domain’s MX records tell the world which server receives your mail, and they are not right.',
      steps: [
        'Log in where your domain’s DNS zone is managed (OVHcloud: Web Cloud, Domains, your domain, DNS zone tab).',
        'Change the MX records exactly as shown in the findings below: add the missing ones, remove the ones that point elsewhere.',
        'Save. The change reaches everyone within a few hours (up to 24).',
        'Run MailDoctor again to confirm.',
      ],
    },
    'fix-srv': {
      title: 'Add the Autodiscover record for Exchange',
      summary: 'Outlook finds its settings for Exchange through an SRV record that is missing or wrong.',
      steps: [
        'Open your domain’s DNS zone (OVHcloud: Web Cloud, Domains, your domain, DNS zone tab).',
        'Add an SRV record for _autodiscover._tcp with priority 0, weight 0, port 443 and the target shown in the findings below.',
        'Save, wait a few hours, then set up Outlook again.',
      ],
    },
    'sending-server-unreachable': {
      title: 'Your computer cannot reach the sending server',
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
      title: 'Your incoming mail servers are not reachable',
      summary: 'The servers that should receive your mail cannot be found or do not answer.',
      steps: [
        'Look at the findings below: they say which server failed and how.',
        'If the names do not resolve, correct the MX records in your DNS zone.',
        'If they resolve but do not answer, your provider’s servers are down: contact your provider with this report.',
      ],
    },
    'receive-elsewhere': {
      title: 'Your domain receives mail: look at filters and the sender',
      summary:
        'Your domain points to working servers, so messages are probably filtered, or stopped on the sender’s side.',
      steps: [
        'Look in the spam or junk folder, in webmail too.',
        'Check rules, filters and forwarding in webmail: a rule may move or delete messages.',
        'Check that the mailbox is not full.',
        'Ask the sender whether their message came back with an error, and start MailDoctor again with that message.',
      ],
    },
    'bounce-not-error': {
      title: 'This is not an error',
      summary: 'The code means the message was accepted or is being processed.',
      steps: [
        'Nothing to do. If the message still does not arrive, ask the recipient to look in their spam folder.',
      ],
    },
    'account-blocked': {
      title: 'Your login was refused: check the password and the account',
      summary: 'The server refused your user name and password, or your account is blocked for sending.',
      steps: [
        'Type the password again in your mail program: use your whole email address as the user name.',
        'In the control panel, look at the state of the address; if it is blocked for spam, answer the email your provider sent about it.',
        'If needed, set a new password and put it everywhere you use this address.',
      ],
    },
    'sending-limits': {
      title: 'Stay within the sending limits',
      summary:
        'The server refused the sender or recipient address, often because too many messages were sent.',
      steps: [
        'Check the sender and recipient addresses for typing mistakes.',
        'Send fewer messages at once: at OVHcloud the limit is 200 messages an hour per account and 300 an hour per IP address.',
        'For newsletters and mass mailings, use a service made for them.',
        'Wait an hour and send again.',
      ],
    },
    delist: {
      title: 'Get your server off the blocklist',
      summary: 'An address of your mail servers is on a blocklist, so other servers refuse your messages.',
      steps: [
        'Look at the findings below: they name the list and the address.',
        'If you use your provider’s servers, send them this report: they must request the removal.',
        'If it is your own server, find and stop the cause (a virus, a hacked account, an open relay), then ask the list for removal on its site.',
        'Once removed, send the message again.',
      ],
    },
    'recipient-domain-broken': {
      title: 'The recipient’s domain cannot receive mail',
      summary: 'The recipient’s domain has no working mail server: only its owner can fix that.',
      steps: [
        'Check the address for typing mistakes in the part after the @.',
        'Tell the recipient by another channel (phone, another address) that their domain does not receive mail.',
        'Send this report to them or to their administrator.',
      ],
    },
    'recipient-address': {
      title: 'Check the recipient’s address',
      summary: 'The recipient’s server says the address does not exist or refuses it.',
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
      summary: 'The problem is temporary: the servers usually retry by themselves.',
      steps: [
        'Wait an hour: most temporary errors clear by themselves and your server retries.',
        'If the message came back for good after several days, start again with the new error message.',
      ],
    },
    'bounce-explained': {
      title: 'What the error means, and what to do',
      summary: 'The server refused the message for good. The explanation below says why and who can fix it.',
      steps: [
        'Follow the steps of the explanation below.',
        'Send the message again only once the cause is fixed.',
      ],
    },
    'bounce-unreadable': {
      title: 'We could not find a code in this message',
      summary: 'The text does not contain a reply code we can read.',
      steps: [
        'Look in the returned message for a line with a three-digit number such as 550, or a code such as 5.1.1.',
        'Paste that line alone, or the whole message including its headers.',
      ],
    },
  },
  target: {
    normalised: 'We use {{domain}}, the part of what you typed that handles mail.',
    didYouMean: 'Did you mean {{domain}}?',
    useSuggestion: 'Use {{domain}}',
    correct: 'Correct the address',
  },
  recheck: {
    button: 'Check again',
  },
  login: {
    title: 'Test your login',
    lead: 'Type your address and password and we will try them on your provider’s servers, the way your mail program does. The password is sent only over an encrypted, verified connection and is never saved.',
    address: 'Your email address',
    password: 'Your email password',
    passwordHint:
      'Used once for this test and forgotten when you leave this page. Never saved, never in the report.',
    testOutgoing: 'Test sending (SMTP)',
    testIncoming: 'Test receiving (IMAP or POP3)',
    testing: 'Testing…',
    consent:
      'I agree that MailDoctor sends a short test message from my address to my address, then looks for it in my mailbox and deletes it.',
    roundTrip: 'Send myself a test message',
    roundTripRunning: 'Sending and waiting for it to arrive (up to two minutes)…',
    consentNeeded: 'Please tick the box first: the test sends a real message to your own address.',
    missing: 'Please type your whole email address and your password.',
    results: 'Results of the test',
  },
  envelope: {
    title: 'Ask the recipient’s server about this address (optional)',
    lead: 'We connect to the recipient’s mail server and ask whether it takes this address, without sending any message. Its answer shows whether the address exists there. Note: some home internet connections block this kind of connection.',
    recipient: 'The recipient’s address',
    run: 'Ask the server',
    badAddress: 'Please type the whole address of the recipient, such as anna@example.com.',
    noServer: 'The recipient’s domain has no mail server, so nobody can receive mail there.',
    results: 'What the recipient’s server answered',
  },
  whoActs: {
    label: 'Who can fix it',
    you: 'You',
    provider: 'Your email provider',
    recipient: 'The recipient',
    recipientAdmin: 'The recipient’s email administrator',
    sender: 'The sender',
  },
  ui: {
    solvedQuestion: 'Did this solve it?',
    solvedYes: 'Yes, it works now',
    solvedNo: 'No, still not working',
    solvedTitle: 'Glad it works again',
    solvedLead: 'You can close MailDoctor, or start over for another problem.',
    handoffTitle: 'Time to ask for help',
    handoffLead:
      'We did not find the cause ourselves. Your provider’s support can: the summary below tells them everything we checked, so you do not have to explain it again.',
    handoffHowTo: 'How to send it',
    handoffSteps: [
      'Choose “{{copy}}” below.',
      'Open your provider’s support page or write to its support address, and paste the summary into your request.',
      'Add one sentence on what you were trying to do.',
    ],
    handoffWhere: 'Ask {{provider}}’s support, from its control panel:',
    handoffWhereUnknown: 'Look for “support” or “contact” on your provider’s website.',
    why: 'Why, and what we checked',
    yourProvider: 'your email service',
    handoffPreview: 'Read the summary before sending it',
    steps: 'What to do',
    waiting: 'Checking… this takes a few seconds.',
    waitingFor: 'Still waiting for: {{checks}}',
    weChecked: 'What we found',
    openLink: 'Open {{host}} in your browser',
    helpWhereToLook: 'Where to look',
    detectedOffer: 'We recognised your email service from your domain: {{offer}}.',
    settingsUnknown:
      'We do not know the settings of this provider. Its help pages list them: look for “IMAP”, “POP” and “SMTP” settings.',
    settingsTitle: 'Settings for your mail program',
    incoming: 'Incoming mail',
    outgoing: 'Outgoing mail',
    server: 'Server',
    port: 'Port',
    security: 'Security',
    userName: 'User name',
    userNameValue: 'your whole email address',
    ssl: 'SSL/TLS',
    starttls: 'STARTTLS',
  },
}
