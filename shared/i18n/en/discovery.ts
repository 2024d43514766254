/** Texts of settings discovery (`client.discovery`) (English). */
export default {
  foundTitle: 'We found the right settings for {{domain}}',
  foundDetail: {
    profile: 'From what we know of {{provider}}: incoming {{incoming}}, outgoing {{outgoing}}.',
    ispdb:
      'From the Thunderbird database of mail providers ({{provider}}): incoming {{incoming}}, outgoing {{outgoing}}.',
    autoconfig: 'Published by the domain itself (autoconfig): incoming {{incoming}}, outgoing {{outgoing}}.',
    'profile-mx':
      'The domain’s mail goes to {{provider}}, so these are its settings: incoming {{incoming}}, outgoing {{outgoing}}.',
    'ispdb-mx':
      'The domain’s mail goes to {{provider}} (Thunderbird database, by the mail server’s name): incoming {{incoming}}, outgoing {{outgoing}}.',
    autodiscover:
      'Published by the domain’s Exchange Autodiscover: incoming {{incoming}}, outgoing {{outgoing}}.',
    srv: 'Published in the domain’s SRV records: incoming {{incoming}}, outgoing {{outgoing}}.',
    guess:
      'Nobody publishes settings for this domain; these usual names answered with a valid certificate: incoming {{incoming}}, outgoing {{outgoing}}. Check them with your provider.',
  },
  noneTitle: 'We couldn’t find the settings for {{domain}}',
  noneDetail:
    'Neither our list of providers, nor the Thunderbird database, nor the domain itself says which servers to use, and the usual names didn’t answer. Your provider’s help pages or support will have them.',
  redirectDetail:
    'The domain sends mail programs to another address for their settings ({{redirect}}). We show it but don’t follow it on our own: check with your provider that it is theirs.',
  failedTitle: 'The search for the settings of {{domain}} couldn’t run',
  failedDetail:
    'Every source we ask failed or took too long, so this says nothing about your settings. Check your internet connection and try again.',
  card: {
    provider: 'Your mail is at {{provider}}.',
    source: {
      profile: 'These are the settings we know for this provider.',
      ispdb: 'These settings come from the Thunderbird list of mail providers.',
      autoconfig: 'Your domain publishes these settings itself.',
      'profile-mx': 'Your domain’s mail goes to this provider, so these are its settings.',
      'ispdb-mx': 'Your domain’s mail goes to this provider (Thunderbird list), so these are its settings.',
      autodiscover: 'Your domain publishes these settings through Exchange Autodiscover.',
      srv: 'Your domain publishes these servers in its DNS records.',
      guess:
        'Nobody publishes settings for your domain: these usual names answered. Check them with your provider.',
    },
    signIn: {
      oauth2:
        'This provider wants mail programs to sign in through its own page (“Sign in with Microsoft” or “Sign in with Google”), not with the password typed into the program.',
      'oauth2-or-app-password':
        'This provider prefers sign-in through its own page (“Sign in with Google” or “Sign in with Microsoft”); with two-step verification on, a program that can’t do that needs an app password.',
      'app-password': 'This provider wants an app password in mail programs, not your usual password.',
    },
  },
  compare: {
    title: 'Your settings against the right ones',
    lead: 'Type what your mail program has now; leave empty what you can’t find. We tell you what to change.',
    protocol: 'Type of incoming account',
    incoming: 'Incoming server',
    outgoing: 'Outgoing server (SMTP)',
    server: 'Server name',
    port: 'Port',
    security: 'Security',
    notSure: 'I don’t know',
    none: 'None',
    user: 'User name',
    button: 'Compare',
    same: 'What you typed matches the right settings.',
    securityName: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'none' },
    difference: {
      incomingHost: 'Incoming server: you have {{have}}, it should be {{want}}.',
      incomingPort: 'Incoming port: you have {{have}}, it should be {{want}}.',
      incomingSecurity: 'Incoming security: you have {{have}}, it should be {{want}}.',
      outgoingHost: 'Outgoing server: you have {{have}}, it should be {{want}}.',
      outgoingPort: 'Outgoing port: you have {{have}}, it should be {{want}}.',
      outgoingSecurity: 'Outgoing security: you have {{have}}, it should be {{want}}.',
      user: 'User name: you have {{have}}; use your full email address, {{want}}.',
    },
  },
  where: {
    title: 'Where to find these fields in your mail program',
    outlook: {
      name: 'Outlook',
      path: 'File › Account settings › Account settings, pick the account, then Change (or Server settings).',
    },
    appleMail: {
      name: 'Apple Mail (Mac)',
      path: 'Mail › Settings › Accounts, pick the account, then Server Settings.',
    },
    thunderbird: {
      name: 'Thunderbird',
      path: 'Account Settings: Server Settings for incoming; Outgoing Server (SMTP) at the bottom of the list for outgoing.',
    },
    gmailApp: {
      name: 'Gmail app',
      path: 'Menu › Settings, pick the account, then Incoming settings and Outgoing settings.',
    },
    iphoneMail: {
      name: 'iPhone Mail',
      path: 'Settings › Apps › Mail › Mail Accounts, pick the account, then the account again.',
    },
  },
  /** The provider's own pages, named for the provider in hand (the page's host is shown beside). */
  providerLink: {
    webmail: '{{provider}} webmail',
    panel: '{{provider}} control panel',
    status: '{{provider}} incidents and maintenance',
    support: '{{provider}} help',
    mxGuide: '{{provider}} guide: where your domain’s mail arrives (MX record)',
    spamBlockGuide: '{{provider}} guide to spam blocks',
    open: '{{label}} ({{host}})',
  },
  /** The card when our data holds no settings for the provider and discovery found none. */
  cardDiscoveryOnly:
    '{{provider}} doesn’t publish these settings on its pages. We look for them on your domain’s servers, and none answered this time.',
  /** The login step, naming the servers it tests: the ones the settings card shows. */
  loginServers:
    'The test uses the outgoing mail server (SMTP) {{smtp}} and the incoming server {{incoming}}.',
  /** Changes a provider announced (shared/knowledge/provider-changes.ts), before and from their date. */
  providerChanges: {
    'm365-smtp-basic-auth': {
      before:
        'From {{date}} Microsoft turns off password sign-in for sending mail. Set your program to “Sign in with Microsoft” now.',
      after:
        'Since {{date}} Microsoft refuses password sign-in for sending mail (reply 550 5.7.30). Use “Sign in with Microsoft” in your program.',
    },
    'aruba-pec-dedicated-password': {
      before:
        'With two-step verification on, Aruba PEC wants a dedicated password in mail programs. Create it in Webmail PEC.',
      after:
        'With two-step verification on, Aruba PEC wants a dedicated password in mail programs. Create it in Webmail PEC.',
    },
  },
}
