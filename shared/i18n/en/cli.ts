/** Texts of the command line: help, summaries and the batch mode (English). */
export default {
  help: {
    usage: 'Usage',
    options: 'Options',
    examples: 'Examples',
    exit: 'Exit status',
    providers: 'Providers (--provider)',
    commands: 'Commands',
    more: 'Run "maildoctor help COMMAND" or "maildoctor COMMAND --help" for the options and examples of one command.',
    environment: 'Environment',
    environmentLead:
      'The CLI reads the same variables as the app; an option on the command line wins over its variable.',
    unknownTopic: 'no command called "{{name}}"; the commands are: {{names}}',
  },
  environment: {
    MAILDOCTOR_DNS: 'DNS servers to ask, HOST[:PORT],... (like --dns)',
    MAILDOCTOR_RDAP: 'the registration (RDAP) service to ask, a URL (like --rdap)',
    MAILDOCTOR_PORTS: 'ports of the mail servers, KIND=PORT,... (like --ports)',
    MAILDOCTOR_EXTRA_CA: 'a PEM file of certificate authorities to trust too (like --ca)',
    MAILDOCTOR_ALLOW_PRIVATE:
      '1: connect to loopback, private and link-local addresses too (like --allow-private)',
    bad: '{{variable}} is not valid: {{message}}',
  },
  commands: {
    check: {
      summary: 'check a domain or an address: DNS records, registration, mail servers',
      description:
        'Runs the same checks as the app for a domain or an email address and prints one line for each finding, the problems first. With --from it checks many domains, one per line of a file, and prints one line for each domain.',
      examples: [
        'check a domain',
        'check an address as a Microsoft 365 customer, only the DNS and the sending servers',
        'ask a test DNS server, and print the report as JSON',
        'check every domain in a file, 16 at a time, one JSON line each',
        'save the session and print a Markdown report for a ticket, hiding addresses and IPs',
      ],
    },
    probe: {
      summary: 'test one mail server: connection, encryption, and optionally a login',
      description:
        'Connects to one server, times each phase, checks the encryption and its certificate, and with --user logs in. The password is read from standard input only, never from the command line.',
      examples: [
        'test a sending server on port {{ports.submission}}',
        'log in, with the password from a file',
        'test whether a receiving server accepts a recipient',
        'ask the recipient’s own server, found from its domain, whether it takes an address (no message is sent)',
        'look inside a mailbox: how full it is, its folders, and which folder a message from Studio Verdi is in (nothing is changed)',
      ],
    },
    bounce: {
      summary: 'read a bounce (an undelivered-mail message) and say what happened',
      description:
        'Reads a saved message (.eml) or pasted text, finds the code, the recipient and the server that refused, and explains what to do.',
      examples: ['read a saved bounce', 'read a bounce pasted into standard input, in Italian'],
    },
    code: {
      summary: 'explain a reply code, an enhanced code or a server’s line',
      description:
        'Explains what a code means, who has to act and whether to try again. It only explains: it exits with 0 whenever it understood the code, whatever the code says.',
      examples: ['explain a reply code', 'explain a whole line from a server', 'the explanation as JSON'],
    },
    headers: {
      summary: 'read a message’s headers: where it waited, how it was authenticated, why it went to spam',
      description:
        'Reads the headers of a message (or the whole message): the servers it passed, oldest first, with the wait before each; the SPF, DKIM, DMARC and ARC results the last receiving server recorded; the spam filters’ verdicts; and the remedies they support, with the record to fix.',
      examples: [
        'read the headers of a saved message',
        'read pasted headers as the recipient, in Italian',
        'the reading as JSON, with the provider’s SPF value in the remedies',
      ],
    },
    'mail-programs': {
      summary: 'read the mail programs’ own settings on this computer, and say which field is wrong',
      description:
        'Reads the accounts of Thunderbird, Outlook (classic, on Windows) and Apple Mail (on macOS), read-only and never a password. With --compare, says each wrong field, where it is in the program and the value to put.',
      examples: [
        'list the accounts of the mail programs on this computer',
        'compare a Thunderbird profile copied from another computer, in Italian',
        'the comparison as JSON',
      ],
    },
    help: {
      summary: 'show this help, or the help of one command',
      description: 'Shows the list of commands, or every option and example of one command.',
      examples: ['the help of check'],
    },
  },
  options: {
    json: 'print JSON instead of text',
    lang: 'the language of the output (default: the system’s)',
    help: 'show the help of the command',
    timeout: 'the longest a step may take, in milliseconds',
    dns: 'the DNS servers to ask, instead of the system’s',
    only: 'run only these areas of checks',
    ports: 'ports of the mail servers, such as submission=2587',
    server: 'a server the person uses, tested instead of the one found (repeatable)',
    ca: 'a PEM file of certificate authorities to trust too',
    allowPrivate: 'connect to loopback, private and link-local addresses too (a server on your own network)',
    provider: 'the mail offer the domain uses (see the list below)',
    dkimSelector: 'a DKIM selector to look up too (repeatable)',
    ip: 'a sending IP address to look up in the blocklists (repeatable)',
    rdap: 'the registration (RDAP) service to ask',
    save: 'save the session in this history folder',
    report: 'print the report as Markdown, HTML or JSON instead',
    shareSafely: 'in the report, hide the part before the @ and the IP addresses',
    from: 'check every domain or address in a file, one per line (- reads standard input)',
    concurrency:
      'how many domains to check at once with --from (default {{default}}, at most {{max}}: each check holds about 12 connections)',
    user: 'log in as this user',
    passwordStdin: 'read the password from standard input (with --user)',
    mailboxServer: 'probe mailbox: the mailbox server, instead of the one our settings give for the domain',
    find: 'probe mailbox: a subject, sender or Message-ID to find in every folder',
    mailFrom: 'the sender of the envelope test (with --rcpt-to)',
    rcptTo: 'the recipient of the envelope test (with --mail-from)',
    version: 'print the version',
    role: 'read as the sender (default) or as the recipient of the message',
    thunderbird: 'read only this Thunderbird folder (a profile, or the folder with profiles.ini)',
    compare: 'compare each account with the right settings for its address',
  },
  exit: {
    ok: '0  it ran and nothing failed',
    failed: '1  it ran and something failed (or could not run)',
    usage: '2  bad input or usage: one line on standard error says why',
    codeExplained: '0  the code was explained, whatever it means',
    codeNotFound: '2  no code or known text was found',
    bounceDelivered: '0  the bounce only reports a delivery',
    bounceFailed: '1  the bounce reports a failure, temporary or permanent',
    bounceUnreadable: '2  the file cannot be read, or holds no bounce',
    batchFailed: '1  with --from: at least one domain failed or could not be checked',
    headersClean: '0  the headers show no delay, failed check or spam verdict',
    headersTrouble: '1  the headers show a delay, a failed check or a spam verdict',
    headersUnreadable: '2  the file cannot be read, or holds no Received header',
    programsRight: '0  no wrong setting was found',
    programsWrong: '1  with --compare, a setting is wrong',
  },
  summary: {
    line: '{{target}}: {{counts}} ({{seconds}} s)',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    notRun_one: '{{count}} check could not run',
    notRun_other: '{{count}} checks could not run',
    fine: '{{count}} fine',
    offline:
      '{{target}}: no check could reach the network ({{count}} could not run): nothing below is evidence about the domain. Check this computer’s connection or --dns.',
    sameError: '{{count}} checks could not run, for the same reason: {{checks}}',
  },
  batch: {
    progress: '[{{done}}/{{total}}] {{target}}',
    line: '{{mark}} {{target}}: {{counts}} ({{seconds}} s)',
    failedToRun: 'ERR  {{target}}: the check could not run: {{message}}',
    invalid: 'ERR  {{target}}: {{message}}',
    empty: 'the list holds no domain or address',
    tooLong: 'the list holds more than {{max}} domains or addresses: split it into smaller lists',
    tooManyAtOnce:
      '--concurrency can be at most {{max}}: more checks at once run out of connections and report working domains as offline',
    unreadable: 'cannot read the list "{{file}}"',
    done: '{{total}} checked in {{seconds}} s: {{failed}} with problems',
    needsNoTarget: '--from reads the domains from the list: give no domain on the command line',
  },
}
