/** Texts of the decision tree: questions, answers, the reasons for a branch, remedies (English). */
export default {
  nodes: {
    problem: {
      title: 'What’s happening?',
      lead: 'Pick the one closest to what you see.',
      answers: {
        cannotSend: {
          label: 'I can’t send email',
          hint: 'Messages stay in the “Outbox”, or the program shows an error when sending.',
        },
        cannotReceive: {
          label: 'I don’t receive email',
          hint: 'People say they wrote to me, but nothing arrives.',
        },
        bounce: {
          label: 'My message came back with an error',
          hint: 'I got a message saying my email wasn’t delivered, maybe with a code such as 550.',
        },
        webmail: {
          label: 'I can’t log in to webmail',
          hint: 'The web page of my mailbox refuses my password or doesn’t open.',
        },
        late: {
          label: 'My mail arrives late',
          hint: 'Messages take minutes or hours to arrive, sent or received.',
        },
        spam: {
          label: 'My mail goes to spam',
          hint: 'Messages land in the spam or junk folder instead of the inbox.',
        },
      },
    },
    offer: {
      title: 'Which email service do you use?',
      lead: 'It is written on your invoice or in the welcome email from your provider.',
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
        unknown: { label: 'I don’t know', hint: 'We find out from your domain’s name.' },
      },
    },
    'provider-confirm': {
      title: 'It looks like your mail is at {{provider}}: is that right?',
      label: 'Is the provider found the right one?',
      lead: 'The settings, the links and the next questions follow from it.',
      answers: {
        yes: { label: 'Yes, that is right', hint: 'My mail is at {{provider}}.' },
        no: { label: 'No, it is another one', hint: 'I pick my provider from a list.' },
        unsure: { label: 'I don’t know', hint: 'Go on with what your domain says.' },
      },
    },
    'provider-found': {
      title: 'What your domain says about your provider',
      label: 'What the domain says about the provider',
      lead: 'From your domain’s settings, your mail appears to be at {{provider}}.',
      leadNone:
        'From your domain’s settings we couldn’t tell who runs your mail. We go on with advice that fits any provider.',
      answers: { continue: { label: 'Continue', hint: 'On to the next question.' } },
    },
    'pec-active': {
      title: 'Is your PEC mailbox active and renewed?',
      lead: 'A PEC mailbox is paid for year by year: when it expires, or its renewal is unpaid, it stops sending and receiving.',
      answers: {
        yes: { label: 'Yes, it is active', hint: 'I checked: it hasn’t expired and the renewal is paid.' },
        no: {
          label: 'No, it has expired or the renewal is unpaid',
          hint: 'I saw an expiry notice or an unpaid renewal.',
        },
        unsure: { label: 'I don’t know how to check', hint: 'Show me where to look.' },
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
        unsure: { label: 'I don’t know how to check', hint: 'Show me where to look.' },
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
        unsure: { label: 'I haven’t tried', hint: 'Show me how.' },
      },
    },
    'webmail-problem': {
      title: 'What happens when you try to log in?',
      lead: 'Pick what you see on the webmail page.',
      answers: {
        password: {
          label: 'It says my password is wrong',
          hint: 'Or the user name or password isn’t recognised.',
        },
        locked: {
          label: 'It says my account is locked',
          hint: 'After several tries, or by a security rule.',
        },
        twoFactor: { label: 'It asks for a code I don’t have', hint: 'Two-step verification (Exchange).' },
        noPage: { label: 'The page doesn’t open at all', hint: 'An error page, or it keeps loading.' },
      },
    },
    incident: {
      title: 'Is your provider having an incident right now?',
      lead: 'Sometimes the problem isn’t yours at all: the provider is repairing or maintaining its servers. Its status page says so.',
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
          label: 'Nothing: the message stays in the “Outbox”',
          hint: 'No error, but the message never leaves, or I don’t know.',
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
      failed: 'We couldn’t read this text. Try typing only the code, such as 535.',
      reading: 'Reading…',
    },
    programs: {
      title: 'May we look at your mail program’s settings?',
      lead: 'We read them without changing anything. We never read passwords.',
      yes: 'Yes, look',
      no: 'No, ask me instead',
      reading: 'Reading your mail program’s settings…',
      found: 'What we found on this computer',
      none: 'We found no mail program whose settings we can read. We’ll ask you a few questions instead.',
      failed: 'We couldn’t read the settings. We’ll ask you a few questions instead.',
      next: 'Continue',
      allRight: 'These settings are right.',
      unknown: 'We don’t know the right settings for this address.',
      fixesTitle: 'What to change',
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
      failed: 'We couldn’t read this text. Try pasting only the line with the error code.',
      reading: 'Reading…',
    },
    'headers-role': {
      title: 'Whose messages are they?',
      lead: 'The headers of one such message tell where the time went or why it was judged spam.',
      answers: {
        sender: {
          label: 'Messages I send',
          hint: 'Ask a recipient to send you the headers of one of your messages as they received it.',
        },
        recipient: {
          label: 'Messages I receive',
          hint: 'You can copy the headers of the message yourself.',
        },
      },
    },
    'headers-input': {
      title: 'Paste the headers of the message',
      lead: 'MailDoctor reads them on this computer: nothing is sent anywhere.',
    },
    'mailbox-look': {
      title: 'Let us look inside your mailbox',
      lead: 'We sign in to your mailbox and see how full it is and which folders it has. Nothing is changed or deleted.',
      next: 'Continue',
      skip: 'Skip this step',
    },
  },
  routes: {
    'mailbox-route': 'What we saw inside your mailbox (with your consent)',
    'headers-by-role': 'Whose messages go to spam',
    'programs-route': 'Your mail program’s own settings (read with your consent)',
    'after-programs': 'Which problem was chosen',
    registration: 'Domain registration (checked automatically)',
    'provider-check': 'Who runs the mail (checked automatically)',
    'services-check': 'What kind of mail service it is',
    'by-problem': 'Which problem was chosen',
    'mx-check': 'Where mail arrives, and the settings for Outlook (checked automatically)',
    'send-check': 'Sending servers (checked automatically)',
    'receive-check': 'Incoming mail servers (checked automatically)',
    'receive-evidence': 'Where the domain sends its mail (checked automatically)',
    'send-error-route': 'The error the mail program shows',
    'login-route': 'The login test',
    'after-incident': 'Which problem was chosen',
    'webmail-check': 'The mail service (checked automatically)',
    'bounce-route': 'The code in the returned message',
    'blocklist-check': 'Blocklists (checked automatically)',
    'recipient-check': 'The recipient’s domain (checked automatically)',
    'headers-topic': 'What the headers say',
  },
  because: {
    mailboxLoginRefused: 'We checked: your mailbox server refused this address and password.',
    mailboxFull:
      'We looked in your mailbox: it holds {{used}} {{unit}} of {{limit}} {{unit}} ({{percent}}%).',
    foundInSpam: 'We looked in your mailbox: “{{subject}}” is in the folder “{{folder}}”, the spam folder.',
    foundInFolder:
      'We looked in your mailbox: “{{subject}}” is in the folder “{{folder}}”, not in the inbox.',
    programWrong: 'We read your mail program’s settings: a field isn’t what your provider needs.',
    offline:
      'We couldn’t check anything: the name servers didn’t answer and the registry couldn’t be reached.',
    sendingTimedOut:
      'We tried to reach your provider’s sending server and got no answer at all, on any port.',
    domainMissing: 'We checked: the domain {{domain}} doesn’t exist.',
    loginRefused: 'We checked: your provider’s server refused this address and password.',
    loginModernSignIn:
      'We checked: {{provider}} no longer accepts the mailbox password from mail programs. Your password may well be right.',
    loginAppPassword:
      'We checked: {{provider}} asks for an app password for this address, not your usual password.',
    loginWorks:
      'We checked: your address and password work on the sending server, so the account is fine and the mail program’s settings are the likely cause.',
    relayDenied: 'The message says the server wants you to log in before sending.',
    recipientRefusedNoCheck: 'The returned message says the recipient’s address was refused.',
    serviceUp: 'We checked: the mail servers of {{domain}} answer, so the service itself is up.',
    mxAnswering: 'We checked: the servers that receive mail for {{domain}} answer normally.',
    domainExpired: 'We checked: your domain’s registration has expired or is suspended.',
    mxMissing: 'We checked: {{domain}} doesn’t say which server receives its mail.',
    mxWrong: 'We checked: the servers {{domain}} sends its mail to aren’t the ones {{provider}} uses.',
    srvWrong: 'We checked: the record that lets Outlook set itself up for Exchange is missing or wrong.',
    submissionUnreachable:
      'We checked: your provider’s outgoing mail server (SMTP) didn’t accept a connection on either sending port.',
    mxHostsBroken: 'We checked: the servers your domain names for incoming mail can’t be found.',
    mxNotAnswering: 'We checked: the servers that should receive your mail didn’t answer.',
    notAnError: 'The code says the message was accepted or is being handled: it isn’t an error.',
    ownProgramWindow:
      'These words come from your mail program and are about its own server, not a recipient: we test that server.',
    authFailed: 'The code says the server refused your login.',
    modernSignIn: 'The message says your provider no longer accepts the mailbox password from mail programs.',
    limits:
      'The code says the server refused the sender or recipient, often because a sending limit was passed.',
    maybeBlocklisted: 'This code is often about a blocklist, so we checked the blocklists.',
    blocklistsClean:
      'We checked the blocklists: none we asked names your mail servers, so the cause is the one explained below.',
    blocklistsUnchecked:
      'This code is often about a blocklist, but no blocklist answered our check, so we can’t say whether your mail servers are listed.',
    ordinaryToPec: 'The server says the address is a PEC box that takes only certified mail.',
    tooManyLogins: 'The server says it paused sign-ins after too many attempts: waiting comes first.',
    openResolver: 'The server’s words say its own blocklist check failed, not that you are on a list.',
    onlyAllowedSenders:
      'The server says the address takes mail only from its own organisation or allowed senders.',
    recipientRefused:
      'The code says the recipient’s server refused the address, so we checked the recipient’s domain.',
    recipientFull: 'The server says the recipient’s mailbox is full.',
    notABounce:
      'What you pasted isn’t a failure: it is a receipt, an automatic reply or a report about a message.',
    tooBig: 'The server says the message is larger than it accepts.',
    virusNotice: 'What you pasted is a virus scanner’s alert about a message, not a returned message.',
    senderChecks:
      'The server says your domain’s sender checks (SPF, DKIM, DMARC) didn’t pass: waiting won’t fix that.',
    ownMailboxFull: 'The message says your own mailbox is full, not the recipient’s.',
    mailLoop: 'The message says it went round in circles between servers: waiting won’t fix that.',
    abandonedMailbox:
      'The server says the recipient’s mailbox is full and no longer used, so nobody will make room.',
    spamContent: 'The server says its filter took the message for spam.',
    stillTrying: 'The message says delivery hasn’t happened yet and is still being tried.',
    refusedInWords: 'The message says, in words rather than with a code, that it was refused.',
    temporary: 'The code says the problem is temporary.',
    causePasses: 'The cause the message reports usually passes by itself.',
    permanent: 'The code says the server refused the message for good.',
    listed: 'We checked: an address of your mail servers is on a blocklist.',
    recipientDomain: 'We checked: the recipient’s domain can’t receive mail.',
    loginWorksIncoming:
      'We checked: your address and password work on the incoming mail server, so the account is fine and the mail program’s settings are the likely cause.',
    roundTripArrived:
      'We checked: the test message left and arrived in your mailbox, so the account and the servers work. The mail program’s settings are the likely cause.',
    roundTripNotReceived:
      'We checked: the test message left, but it didn’t reach your mailbox. So we checked the servers that receive your mail.',
    greylisted:
      'The server’s words say it turns away a first attempt on purpose (greylisting). The sending server tries again on its own.',
    headersSpamNotLate:
      'We read the headers: the servers didn’t hold the message, but a spam filter put it among spam ({{filter}}).',
    headersOutbox: 'We read the headers: the message waited {{before}} before leaving the sender.',
    headersDelayed:
      'We read the headers: the longest wait, {{wait}}, was before {{server}} took the message.',
    headersNoDelay: 'We read the headers: the servers delivered the message in {{total}}.',
    headersAuthFailed: 'We read the headers: the receiving server couldn’t confirm who sent the message.',
    headersJudgedSpam: 'We read the headers: a spam filter judged the message as spam ({{filter}}).',
    headersNothingWrong:
      'We read the headers: the receiving server’s checks passed and no spam filter judged it spam.',
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
  dnsValues: {
    label: 'The records to change',
    add: 'Add:',
    remove: 'Remove:',
    change: 'Change the priority (now {{from}}) to:',
    copy: 'Copy',
    copyNamed: 'Copy {{value}}',
    copied: 'Copied.',
    copyFailed: 'Couldn’t copy: select the value and copy it by hand.',
    ask: 'We don’t know the values of your provider. Ask it for the mail server records (MX) of your domain, then remove the ones below that it doesn’t give you.',
    askNone:
      'We don’t know the values of your provider. Ask it for the mail server records (MX) of your domain, and add them.',
    publishedLabel: 'The records your domain has now',
  },
  evidence: {
    mxElsewhere:
      'We checked: your domain’s mail goes to {{found}}, not to {{named}}. If your mail is at {{found}}, your program needs its settings.',
    mxNotNamed:
      'We checked: your domain’s mail doesn’t go to {{named}}. It may be handled by another provider.',
    clientSettingsLogin:
      'Your address and password work on your provider’s server: a wrong setting in your mail program is the likely cause.',
    clientSettingsLead: 'A wrong setting in your mail program is the likely cause.',
    loginWorksHere: 'We checked: your address and password work on your provider’s server.',
    accountStateLead: 'The account itself may be the cause: wrong password, blocked for spam, or suspended.',
    accountRefusedLead: 'The server doesn’t accept this address and password.',
    sendingAnswers: 'We checked: your provider’s outgoing mail server (SMTP) answered on one port.',
    registrationActive: 'We checked: your domain’s registration is active.',
    domainAnswers: 'We checked: the domain {{domain}} exists and names its mail servers.',
    notListed: 'We checked: no list we asked names your mail servers.',
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
    missing: 'Please type your full email address and your password.',
    results: 'Results of the test',
  },
  envelope: {
    title: 'Ask the recipient’s server about this address (optional)',
    lead: 'We connect to the recipient’s mail server and ask whether it takes this address, without sending any message. Its answer shows whether the address exists there. Note: some home internet connections block this kind of connection.',
    recipient: 'The recipient’s address',
    run: 'Ask the server',
    badAddress: 'Please type the recipient’s full address, such as anna@example.com.',
    noServer: 'The recipient’s domain has no mail server, so nobody can receive mail there.',
    results: 'What the recipient’s server answered',
  },
  provider: {
    howWeKnow: 'How we know',
    basis: {
      address: 'Your address ends in @{{domain}}: these are {{provider}} mailboxes.',
      mx: 'We saw your domain’s mail servers are {{hosts}}.',
      settings: 'The mail settings published for {{domain}} name {{provider}}.',
    },
  },
  ui: {
    solvedQuestion: 'Did this solve it?',
    solvedYes: 'Yes, it works now',
    solvedNo: 'No, still not working',
    solvedTitle: 'Glad it works again',
    solvedLead: 'You can close MailDoctor, or start over for another problem.',
    handoffTitle: 'Time to ask for help',
    handoffLead:
      'We couldn’t find the cause. Your provider’s support can: the summary below tells them everything we checked, so you don’t have to explain it again.',
    handoffLeadNoChecks:
      'We couldn’t find the cause. Your provider’s support can: tell them your address and what doesn’t work.',
    handoffHowTo: 'How to send it',
    handoffSteps: [
      'Choose “{{copy}}” below.',
      'Open your provider’s support page or write to its support address, and paste the summary into your request (or attach the file you saved).',
      'Add one sentence on what you were trying to do.',
    ],
    handoffWhere: 'Ask {{provider}}’s support, from its control panel:',
    handoffWhereUnknown: 'On your provider’s website, look for the support or contact page.',
    why: 'Why, and what we checked',
    yourProvider: 'your email service',
    handoffPreview: 'Read the summary before sending it',
    handoffCopy: 'Copy the summary',
    handoffSave: 'Save the summary as a file',
    steps: 'What to do',
    waiting: 'Checking… this takes a few seconds.',
    waitingFor: 'Still waiting for: {{checks}}',
    weChecked: 'What we found',
    openLink: 'Open {{host}} in your browser',
    helpWhereToLook: 'Where to look',
    detectedOffer: 'We recognised your email service from your domain: {{offer}}.',
    settingsUnknown:
      'We don’t know the settings of this provider. Its help pages list them: look for incoming mail (IMAP or POP) and outgoing mail (SMTP).',
    settingsTitle: 'Settings for your mail program',
    incoming: 'Incoming mail',
    outgoing: 'Outgoing mail',
    server: 'Server',
    port: 'Port',
    security: 'Security',
    userName: 'User name',
    userNameValue: 'your full email address',
    ssl: 'SSL/TLS',
    starttls: 'STARTTLS',
  },
  mailboxLook: {
    expecting: 'Are you expecting a particular message? Tell us its sender or subject',
    expectingHint:
      'Optional. For example the sender’s name or a word of the subject. We look for it in every folder.',
    consent:
      'I agree that MailDoctor looks inside my mailbox. It only reads: nothing is changed, moved or deleted.',
    run: 'Look in my mailbox',
    running: 'Looking…',
    consentNeeded: 'Please tick the box first: the look signs in to your mailbox.',
    results: 'What we saw in your mailbox',
  },
}
