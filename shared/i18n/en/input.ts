/** Texts of the domain-or-address step and of input.domain findings (English). */
export default {
  domain: {
    title: 'Which email address or domain is it about?',
    lead: 'Type your email address (for example mario@example.com) or just the part after the @.',
    label: 'Email address or domain',
    placeholder: 'mario@example.com',
    hint: 'The domain is the part after the @, such as example.com.',
  },
  error: {
    empty: 'Please type an email address or a domain.',
    'control-characters':
      'This contains invisible control characters (such as a line break). Please type it again on one line.',
    'too-long': 'This is too long for an email address: at most {{max}} characters.',
    'bad-address': 'This doesn’t look like an email address: it needs something before and after the @.',
    'local-part-too-long': 'The part before the @ is too long: at most {{max}} characters.',
    'ip-literal': 'This is a numeric address, not a domain. Please type the domain, such as example.com.',
    'single-label': 'This is only part of a domain. Please type the whole domain, such as example.com.',
    'label-too-long':
      'One part of this domain is too long ({{length}} characters; at most {{max}} between two dots).',
    'domain-too-long': 'This domain is too long ({{length}} characters; at most {{max}}).',
    'empty-label': 'There are two dots in a row, or a dot at the start. Please check the domain.',
    'invalid-characters':
      'This domain contains characters that aren’t allowed (such as spaces, underscores or a dash at the start of a part).',
  },
  finding: {
    okTitle: 'Domain understood: {{domain}}',
    okDetail: 'We will check {{domainUnicode}}.',
    badTitle: 'The domain couldn’t be read',
  },
}
