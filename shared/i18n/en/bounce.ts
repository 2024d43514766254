/** Texts of bounce reasons (Sisimai's names) and of Italian certified-mail (PEC) receipts (English). */
export default {
  reasonLabel: 'Why it came back',
  windowReasonLabel: 'What went wrong',
  retryLabel: 'Will sending again help?',
  retry: {
    permanent:
      'No, not as it is. First the cause has to be fixed, by whoever the steps name. Then send it again.',
    temporary:
      'Probably, later. The cause may pass without you changing anything: try sending it again in a few hours.',
    warning:
      'This is only a warning: the message hasn’t failed and is still being tried. Wait before sending it again.',
    none: 'There’s nothing to send again: this isn’t a failure.',
  },
  origin: {
    read: 'written in the message',
    inferred: 'worked out from the message’s code and wording',
  },
  reasons: {
    authfailure: {
      title: 'Your domain’s sender checks failed',
      meaning: 'The receiving server checked SPF, DKIM or DMARC for your domain and they didn’t pass.',
    },
    badreputation: {
      title: 'The sending server has a poor reputation',
      meaning:
        'The receiving server refuses mail from the address your provider sends from, because of its history.',
    },
    blocked: {
      title: 'The sending server was refused',
      meaning:
        'The receiving server refused the connection or the sender, often because the sending address is on a blocklist.',
    },
    contenterror: {
      title: 'The message isn’t built in a way the server accepts',
      meaning: 'Something in the headers or the format of the message was refused.',
    },
    delivered: {
      title: 'The message was delivered',
      meaning: 'This is a delivery notice, not an error.',
    },
    exceedlimit: {
      title: 'The message is bigger than this recipient accepts',
      meaning: 'The recipient’s mailbox has a size limit per message, and this message is over it.',
    },
    expired: {
      title: 'It couldn’t be delivered in time',
      meaning:
        'Your provider kept trying for hours or days and the recipient’s server never took the message.',
    },
    failedstarttls: {
      title: 'The servers couldn’t agree on encryption',
      meaning: 'One side required an encrypted connection (STARTTLS) and it couldn’t be set up.',
    },
    feedback: {
      title: 'A complaint report, not a returned message',
      meaning:
        'A mailbox provider is telling the sender that a recipient marked a message as spam (RFC 5965).',
    },
    filtered: {
      title: 'The recipient’s filters refused it',
      meaning: 'The recipient or their server has chosen not to accept this message.',
    },
    hasmoved: {
      title: 'The recipient has moved to another address',
      meaning: 'The old address no longer takes mail and doesn’t forward it.',
    },
    hostunknown: {
      title: 'The recipient’s domain doesn’t exist',
      meaning: 'The part after the @ can’t receive mail: it is misspelled, expired or has no mail servers.',
    },
    mailboxfull: {
      title: 'The recipient’s mailbox is full',
      meaning: 'The recipient has to free space before new mail can arrive.',
    },
    mailererror: {
      title: 'A program on the recipient’s server failed',
      meaning:
        'The server handed the message to a local program (a filter or a script) and it ended with an error.',
    },
    mesgtoobig: {
      title: 'The message is too big',
      meaning: 'The receiving server doesn’t take messages of this size.',
    },
    networkerror: {
      title: 'A network or DNS problem on the way',
      meaning: 'The servers couldn’t find or reach each other, or the message went round in a loop.',
    },
    norelaying: {
      title: 'The server wouldn’t pass the message on',
      meaning:
        'The server you sent through doesn’t forward mail for you: usually the mail program isn’t logging in to send.',
    },
    notaccept: {
      title: 'The recipient’s domain accepts no mail',
      meaning: 'The domain says it receives no email at all (for example with an empty MX record).',
    },
    notcompliantrfc: {
      title: 'The message breaks the email standards',
      meaning:
        'The receiving server refused it because its headers don’t follow RFC 5322 (for example two From lines).',
    },
    onhold: {
      title: 'The reason isn’t clear from the message',
      meaning: 'The returned message gives too little detail to say why it came back.',
    },
    policyviolation: {
      title: 'Refused by the recipient’s rules',
      meaning:
        'The receiving organisation doesn’t accept this kind of message (attachments, lists, senders).',
    },
    rejected: {
      title: 'The sender address was refused',
      meaning: 'The receiving server didn’t accept the address the message came from.',
    },
    requireptr: {
      title: 'The sending server has no valid reverse DNS',
      meaning: 'The receiving server wants the sending IP address to have a proper name (PTR record).',
    },
    securityerror: {
      title: 'Refused by a security rule',
      meaning:
        'A security rule of the receiving server stopped this message or its sender, for example a failed check on who sent it.',
    },
    spamdetected: {
      title: 'The message was taken for spam',
      meaning: 'The receiving server’s spam filter refused this message because of its content.',
    },
    speeding: {
      title: 'Too much mail too fast',
      meaning: 'The receiving server slows down senders that send many messages at once.',
    },
    suppressed: {
      title: 'The address is on a do-not-send list',
      meaning:
        'The sending service didn’t even try: mail to this address came back before, or its owner complained.',
    },
    suspend: {
      title: 'The recipient’s mailbox is disabled',
      meaning: 'The mailbox exists but is suspended or inactive.',
    },
    syntaxerror: {
      title: 'The servers didn’t understand each other',
      meaning: 'A command in the conversation between the servers was wrong or out of order.',
    },
    systemerror: {
      title: 'A fault on the recipient’s server',
      meaning: 'The receiving server had an internal problem or is badly configured.',
    },
    systemfull: {
      title: 'The recipient’s server is out of space',
      meaning: 'The whole server, not just the mailbox, can’t store more mail right now.',
    },
    toomanyconn: {
      title: 'Too many connections or recipients at once',
      meaning: 'The receiving server limits how much one sender can do at the same time.',
    },
    undefined: {
      title: 'This doesn’t look like a returned message',
      meaning: 'No code or error text that explains a failure was found in what you pasted.',
    },
    userunknown: {
      title: 'The recipient’s address doesn’t exist',
      meaning: 'The domain is right, but there is no mailbox with that name.',
    },
    vacation: {
      title: 'An automatic reply, not a returned message',
      meaning:
        'The recipient’s mailbox answered by itself (an out-of-office note, or a request to confirm you are a person, RFC 3834). Your message arrived; if the reply asks, follow its link.',
    },
    virusdetected: {
      title: 'A virus or dangerous attachment was found',
      meaning: 'The receiving server’s scanner refused the message because of what it carries.',
    },
    virusnotice: {
      title: 'A virus alert, not a returned message',
      meaning:
        'A virus scanner says a message sent from your address carried a virus, and stopped it. This isn’t a delivery problem: sending again won’t help. Check your computer with an antivirus.',
    },
  },
  pec: {
    label: 'Certified email (PEC) receipt',
    reference: 'About the message with ID {{id}}',
    provider: 'Issued by {{provider}}',
    extendedError: 'The provider’s words: {{text}}',
    kinds: {
      accettazione: {
        title: 'Accepted by your PEC provider',
        meaning:
          'Your provider took the message and will send it on. This is the first receipt: it doesn’t yet mean it was delivered.',
      },
      'non-accettazione': {
        title: 'Not accepted by your PEC provider',
        meaning: 'Your provider refused to send the message, so it went nowhere. The receipt says why.',
      },
      'presa-in-carico': {
        title: 'Taken in by the recipient’s PEC provider',
        meaning: 'The recipient’s provider has received the message from yours and is delivering it.',
      },
      'avvenuta-consegna': {
        title: 'Delivered to the recipient’s PEC box',
        meaning: 'The message is in the recipient’s mailbox. This receipt is your legal proof of delivery.',
      },
      'errore-consegna': {
        title: 'Not delivered',
        meaning: 'The recipient’s provider couldn’t put the message in the mailbox.',
      },
      'preavviso-errore-consegna': {
        title: 'Warning: not delivered yet',
        meaning:
          'No delivery receipt has arrived in the expected time. If none comes, the message will be declared not delivered.',
      },
      'rilevazione-virus': {
        title: 'A virus was found',
        meaning: 'A PEC provider found a virus in the message and didn’t deliver it.',
      },
      'posta-certificata': {
        title: 'A certified message (transport envelope)',
        meaning: 'This is a PEC message as it arrives in a PEC box, not a receipt.',
      },
      errore: {
        title: 'An anomaly envelope',
        meaning:
          'The message reached a PEC box without coming from a PEC box: it was delivered, but it has no legal value and carries no receipts.',
      },
    },
    errors: {
      'no-dest': 'The recipient’s PEC address doesn’t exist.',
      'no-dominio': 'The recipient’s PEC domain doesn’t exist.',
      virus: 'A virus was found in the message.',
      altro: 'Another error: see the provider’s words.',
    },
    notes: {
      ordinaryRecipient:
        'At least one recipient is an ordinary (not certified) address: no delivery receipt will come for it. A PEC sent to an ordinary address is delivered like normal mail, with no proof of delivery.',
      hours12:
        'Your provider has had no delivery receipt within 12 hours of sending. It is still waiting: if nothing arrives within 24 hours, it will send a notice of non-delivery.',
      hours24:
        'No delivery receipt arrived within 24 hours of sending: the message is to be considered not delivered. Send it again later or check the address.',
      ordinaryToPec:
        'Many PEC boxes accept only certified mail: ordinary email sent to a PEC address is refused or marked as an anomaly. Send it from a PEC box, or to the person’s ordinary address.',
    },
  },
}
