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
  noneTitle: 'We could not find the settings for {{domain}}',
  noneDetail:
    'Neither our list of providers, nor the Thunderbird database, nor the domain itself says which servers to use, and the usual names did not answer. Your provider’s help pages or support will have them.',
  redirectDetail:
    'The domain sends mail programs to another address for their settings ({{redirect}}). We show it but do not follow it on our own: check with your provider that it is theirs.',
  failedTitle: 'The search for the settings of {{domain}} could not run',
  failedDetail:
    'Every source we ask failed or took too long, so this says nothing about your settings. Check your internet connection and try again.',
}
