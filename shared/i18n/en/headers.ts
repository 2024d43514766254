/** Texts of the message headers reader: the timeline, the verdicts and their remedies (English). */
export default {
  screen: {
    title: 'Read the headers of the message',
    intro:
      'Every server a message passes through writes down when it took it and what it thought of it. Paste the headers here (or the whole message) and MailDoctor reads them on this computer: nothing is sent anywhere.',
    howTo: 'Where do I find the headers?',
    howToSteps: [
      'Gmail: open the message, click the three dots, then “Show original”.',
      'Outlook: open the message, then File › Properties, and copy “Internet headers”.',
      'Outlook on the web: open the message, click the three dots, then View › “View message details”.',
      'Thunderbird: open the message, then View › “Message source” (Ctrl+U).',
      'Apple Mail: open the message, then View › Message › “All headers”.',
    ],
    label: 'Headers of the message',
    placeholder: 'Received: from …',
    read: 'Read the headers',
    reading: 'Reading…',
    empty: 'Paste the headers of a message first.',
    noHeaders:
      'This does not look like the headers of a message: there is no “Received:” line. Copy the whole header block, from the first line to the empty line before the text.',
    truncated: 'The text is very long: MailDoctor read only its first part.',
    shown: '{{count}} servers on the way',
  },
  timeline: {
    title: 'The way the message took',
    caption:
      'Each row is one server that took the message; the bar shows how long it waited before that server.',
    hop: '{{from}} → {{by}}',
    unknownHost: 'unknown server',
    delay: 'after {{duration}}',
    first: 'first server',
    noDate: 'no time recorded',
    skew: 'clock skew: this server’s time is {{duration}} earlier than the one before',
    slowest: 'longest wait',
    total: 'From the first server to the last: {{duration}}.',
    beforeSending: 'Between the time written on the message and the first server: {{duration}}.',
    areas: {
      beforeSending: 'before leaving the sender',
      sendingSide: 'at the sender’s provider',
      inTransit: 'handing over to the recipient’s server',
      receivingSide: 'at the recipient’s server',
    },
  },
  auth: {
    title: 'What the receiving server checked',
    recordedBy: 'Recorded by {{server}}.',
    notRecorded: 'not recorded',
    results: {
      pass: 'pass',
      fail: 'fail',
      softfail: 'soft fail',
      neutral: 'neutral',
      none: 'none',
      temperror: 'temporary error',
      permerror: 'permanent error',
      policy: 'policy',
    },
    explain: {
      spf: 'SPF: is the server that sent it allowed to send for the domain?',
      dkim: 'DKIM: does the message carry a valid signature of the domain?',
      dmarc: 'DMARC: does the sender’s domain (in From) match a passed SPF or DKIM?',
      arc: 'ARC: did a forwarding server vouch for the earlier checks?',
    },
    summary: 'The receiving server judged the message: SPF {{spf}}, DKIM {{dkim}}, DMARC {{dmarc}}.',
    dkimLocal: {
      title: 'DKIM checked again here',
      pass: 'The signature of {{domain}} (selector {{selector}}) is valid.',
      fail: 'The signature of {{domain}} (selector {{selector}}) does not check out: {{reason}}',
      none: 'The message carries no DKIM signature.',
      noBody:
        'Only the headers were pasted, so the signature could not be checked again (it covers the text too). Paste the whole message to check it.',
      offline: 'The signature could not be checked again: the DNS did not answer ({{reason}}).',
    },
  },
  spam: {
    title: 'What the spam filters decided',
    none: 'No spam filter wrote its verdict in these headers.',
    verdict: '{{filter}}: {{verdict}}',
    score: 'score {{score}}',
    scoreOf: 'score {{score}} (spam from {{threshold}})',
    rules: 'Rules: {{rules}}',
    filters: {
      microsoft: 'Microsoft filter',
      spamassassin: 'SpamAssassin',
      rspamd: 'Rspamd',
      barracuda: 'Barracuda',
      proofpoint: 'Proofpoint',
      mimecast: 'Mimecast',
      other: 'Spam filter',
    },
    verdicts: {
      spam: 'spam',
      notSpam: 'not spam',
      bulk: 'bulk mail',
      phishing: 'phishing or spoofing',
      allowed: 'allowed by a list',
      blocked: 'blocked by a list',
      unknown: 'no clear verdict',
    },
  },
  remedies: {
    outboxDelay: {
      title: 'The message waited {{duration}} before leaving the sender',
      steps: [
        'The time written on the message is {{duration}} earlier than the first server ({{host}}) took it: the message sat in the sender’s mail program.',
        'Look in the Outbox of the mail program that sent it: messages stay there when the computer is offline, the program is closed, or sending fails.',
        'Check that the program can send (the test of the outgoing server in MailDoctor), then send again.',
      ],
    },
    senderClock: {
      title: 'The sender’s computer clock is wrong',
      steps: [
        'The message is dated {{duration}} after the first server took it, so the clock of the computer or phone that wrote it runs ahead.',
        'Set the clock to update automatically (date and time settings), then send again.',
      ],
    },
    clockSkew: {
      title: 'A server’s clock is wrong, so one wait cannot be measured',
      steps: [
        '{{next}} wrote a time {{duration}} earlier than {{host}}, which took the message before it: one of the two clocks is wrong.',
        'The waits next to this hop are not reliable; the others are.',
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
    recipientServerDelay: {
      title: 'The wait happened at the recipient’s server',
      steps: [
        'The message reached the recipient’s server quickly, then waited {{duration}} between {{host}} and {{next}} (inside the recipient’s system: antispam, antivirus, or a queue).',
        'Nothing on the sending side can change this: the recipient’s email administrator can look up the message in the logs of {{next}}.',
      ],
    },
    senderServerDelay: {
      title: 'The wait happened at the sender’s provider',
      steps: [
        'The message waited {{duration}} between {{host}} and {{next}}, both servers of the sender’s provider.',
        'Check the provider’s status page for a slowdown, and send a new test message.',
        'If it happens again, write to the provider with the time and the name {{host}}: they can see why in their logs.',
      ],
    },
    handOverDelay: {
      title: 'The wait happened while handing the message to the recipient’s server',
      steps: [
        '{{host}} took {{duration}} to hand the message to {{next}}.',
        'Usually the receiving server asked it to retry later (busy, greylisting, a temporary block), or the sending server’s queue was slow.',
        'The sender’s provider can see the reason in the logs of {{host}}: write to them with the time of the message.',
      ],
    },
    noDelayInHeaders: {
      title: 'The servers delivered the message without delay',
      steps: [
        'The last server took the message at {{at}} (UTC), right after it was sent: the servers did not hold it up.',
        'If you saw it much later, the wait was in the mail program: check how often it looks for new mail (for example every 30 minutes), or whether it was closed.',
        'On a phone, check that the mail app may refresh in the background.',
      ],
    },
    fixSpf: {
      title: 'Authorise the sending server in the SPF record of {{domain}}',
      steps: [
        'Open the DNS zone of {{domain}} at the company that manages it.',
        'Find the TXT record of {{record}} that starts with “v=spf1” (there must be only one).',
        'Add {{mechanism}} before the final “~all” or “-all”. If there is no such record, create a TXT record: {{value}}',
        'Save, wait for the change to spread (up to a few hours), then send a new test message.',
      ],
    },
    addSpf: {
      title: 'Create the SPF record of {{domain}}',
      steps: [
        'Open the DNS zone of {{domain}} at the company that manages it.',
        'Create a TXT record for {{record}} with the value: {{value}}',
        'Save, wait for the change to spread (up to a few hours), then send a new test message.',
      ],
    },
    askSpfValue: {
      title: 'Correct the SPF record of {{domain}}',
      steps: [
        'The receiving server did not find the sending server in the SPF record of {{domain}}.',
        'Ask your email provider for the value to add to SPF (usually an “include:”), then add it to the TXT record of {{record}} that starts with “v=spf1”.',
        'Save, wait for the change to spread, then send a new test message.',
      ],
    },
    fixSpfSyntax: {
      title: 'The SPF record of {{domain}} is broken',
      steps: [
        'The receiving server could not read the SPF record of {{record}} (a permanent error: a typo, two records, or more than 10 lookups).',
        'Run the MailDoctor check on {{domain}}: it shows what is wrong in the record.',
        'Correct the record so there is one TXT starting with “v=spf1”, then send a new test message.',
      ],
    },
    fixDkim: {
      title: 'Correct the DKIM key of {{domain}}',
      steps: [
        'The DKIM signature does not check out against the key published at {{record}}.',
        'In your email provider’s control panel, open the DKIM settings of {{domain}} and copy the public key (or CNAME) it shows.',
        'In the DNS zone, make {{record}} exactly that value (a TXT record starting with “v=DKIM1”, or the CNAME the provider gives).',
        'Save, wait for the change to spread, then send a new test message.',
      ],
    },
    enableDkim: {
      title: 'Turn on DKIM signing for {{domain}}',
      steps: [
        'Messages from {{domain}} carry no DKIM signature, so the receiving server cannot tell they are genuine.',
        'In your email provider’s control panel, turn on DKIM for {{domain}}: it gives a selector and a key.',
        'Publish the key in the DNS zone at {{record}} (the provider’s selector instead of <selector>), as the provider shows.',
        'When the provider says the record is found, send a new test message.',
      ],
    },
    alignDkim: {
      title: 'Sign the messages with the domain {{domain}}',
      steps: [
        'The DKIM signature is valid but belongs to {{signer}}, not to {{domain}} (the address in From), so DMARC fails.',
        'In your email provider’s control panel, turn on DKIM for {{domain}} itself and publish its key in the DNS.',
      ],
    },
    addDmarc: {
      title: 'Publish a DMARC record for {{domain}}',
      steps: [
        'The domain {{domain}} has no DMARC policy: large providers (Gmail, Outlook, Yahoo) trust such mail less.',
        'In the DNS zone, create a TXT record for {{record}} with the value: v=DMARC1; p=none',
        'When SPF and DKIM pass for a few weeks, raise the policy to p=quarantine.',
      ],
    },
    askSenderToFixAuth: {
      title: 'Ask the sender to fix the authentication of {{domain}}',
      steps: [
        'The checks that prove the message really comes from {{domain}} did not pass: {{checks}}.',
        'Only the sender (or their email provider) can fix this: send them these results.',
        'Meanwhile, add the sender to your contacts or safe senders so their messages reach your inbox.',
      ],
    },
    recipientBlockedSender: {
      title: 'The recipient has blocked this sender',
      steps: [
        'The recipient’s filter found the sender in a list of blocked senders ({{source}}).',
        'The recipient removes the address from the blocked senders (in Outlook: Settings › Junk email) and adds it to the safe senders.',
      ],
    },
    recipientAdminRule: {
      title: 'A rule of the recipient’s organisation sent the message to spam',
      steps: [
        'The message was marked as spam by a rule the recipient’s administrator set, before the spam filter ran.',
        'The recipient’s administrator checks the mail flow rules (transport rules) and adds an exception for the sender.',
      ],
    },
    delist: {
      title: 'The sending server {{ip}} is on a blocklist',
      steps: [
        'The spam filter found the sending server {{ip}} on a blocklist ({{rules}}).',
        'Look up {{ip}} on the blocklist’s site to see why and how to be removed.',
        'If the server belongs to your provider, ask the provider to request the removal; if it is your own server, stop what caused the listing first (a hacked account, a form that sends spam), then request it yourself.',
      ],
    },
    askPtr: {
      title: 'The sending server {{ip}} has no proper reverse name',
      steps: [
        'The spam filter saw that {{ip}} has no reverse DNS name (PTR), which makes a server look like a home connection.',
        'Ask whoever runs the server (your provider, or the company that gave you the IP address) to set the PTR of {{ip}} to the server’s name.',
      ],
    },
    bulkContent: {
      title: 'The message looks like bulk mail',
      steps: [
        'The filter judged the message to be a mass mailing (newsletter or advertising).',
        'Send newsletters only to people who asked for them, with a working unsubscribe link, through a service made for it.',
        'For one-to-one mail, write plain messages without large images or tracking links.',
      ],
    },
    content: {
      title: 'The content of the message looks like spam',
      steps: [
        'The filter ({{source}}) scored the content with these rules: {{rules}}.',
        'Avoid subjects in capital letters, messages made only of an image, and links to sites on blocklists.',
        'Send again with a plain text part and a normal subject.',
      ],
    },
    filterJudgedSpam: {
      title: 'The recipient’s spam filter judged the message as spam',
      steps: [
        'The filter ({{source}}, score {{score}}) put the message in spam, and it does not say why.',
        'The recipient marks the message as “Not spam” and adds the sender to the contacts or safe senders: the filter learns from it.',
        'If it happens to many recipients, check the content (images only, capital letters, many links) and the sender’s reputation.',
      ],
    },
    markNotSpam: {
      title: 'Teach the recipient’s filter that this sender is wanted',
      steps: [
        'In the spam (junk) folder, select the message and choose “Not spam” (“Not junk” in Outlook).',
        'Add the sender to the contacts or safe senders.',
        'Check that no rule of your own moves the sender’s messages (filters, rules, blocked senders).',
      ],
    },
  },
  roundTrip: {
    verdict: 'The receiving server judged your test message: SPF {{spf}}, DKIM {{dkim}}, DMARC {{dmarc}}.',
    fix: 'Fix first: {{remedy}}.',
    allGood: 'All three checks passed.',
    noAuth: 'The receiving server did not record any authentication results.',
    unread: 'The headers of the test message could not be read.',
  },
  cli: {
    noHeaders: 'No message headers found: the text has no “Received:” line.',
    empty: 'The input is empty: give a file with the headers, or - to read them from stdin.',
    labels: {
      hops: 'The way the message took (oldest first)',
      total: 'Total',
      slowest: 'Longest wait',
      auth: 'Authentication',
      spam: 'Spam filters',
      remedies: 'What to do',
      who: 'Who acts',
    },
  },
}
