import type { StepId } from '../../knowledge/code-texts'

/** Texts of reply codes, enhanced codes, server-text recognisers, bounce formats and their remedies (English). */
export default {
  classes: {
    connection: {
      title: 'Your mail program couldn’t reach the server',
      meaning:
        'Codes that start with 1 aren’t sent by mail servers: mail programs use them to say the connection itself failed.',
      causes: [
        'The server name or port in the mail program is wrong.',
        'A firewall, antivirus or network blocks the connection.',
      ],
      retry: 'Retry once the settings or the network are fixed.',
    },
    success: {
      title: 'All went well',
      meaning: 'Codes that start with 2 mean the server did what was asked.',
      causes: ['Nothing is wrong: this is a normal answer.'],
      retry: 'No need to retry.',
    },
    intermediate: {
      title: 'The server is waiting for the next part',
      meaning: 'Codes that start with 3 mean the server accepted the step and waits for more.',
      causes: ['Nothing is wrong: the conversation between the servers is in progress.'],
      retry: 'No need to retry.',
    },
    transient: {
      title: 'A temporary problem',
      meaning:
        'Codes that start with 4 mean the message wasn’t accepted this time, but the problem should pass.',
      causes: ['The receiving server is busy, limits the flow of mail, or is checking the sender.'],
      retry: 'Retry later; the sending server usually does it for you.',
    },
    permanent: {
      title: 'A permanent refusal',
      meaning:
        'Codes that start with 5 mean the message was refused and sending it again as it is will fail again.',
      causes: ['Something about the address, the message or the sender must change first.'],
      retry: 'Don’t retry as it is; change what the error points to first.',
    },
  },
  codes: {
    c101: {
      title: 'Couldn’t connect to the server',
      meaning: 'Your mail program couldn’t open a connection to the outgoing mail server.',
      causes: ['The server name or the port is wrong.', 'A firewall or antivirus blocks the connection.'],
      retry: 'Retry once the server name, port or network is fixed.',
    },
    c111: {
      title: 'Connection refused',
      meaning: 'The server, or something in between, refused the connection from your mail program.',
      causes: [
        'A firewall or antivirus is too strict.',
        'The domain or server name is mistyped.',
        'Your network blocks the mail port.',
      ],
      retry: 'Retry after checking the settings.',
    },
    c211: {
      title: 'Server status',
      meaning: 'The server reports its status or answers a request for help. It is only information.',
      causes: ['Someone or something asked the server for its status.'],
      retry: 'No need to retry.',
    },
    c214: {
      title: 'Help message',
      meaning: 'The server answers a HELP request, often with a link to its help page.',
      causes: ['A HELP command was sent to the server.'],
      retry: 'No need to retry.',
    },
    c220: {
      title: 'Server ready',
      meaning: 'The connection worked and the server is ready to take mail.',
      causes: ['This is the normal greeting at the start of a connection.'],
      retry: 'No need to retry.',
    },
    c221: {
      title: 'Server closing the connection',
      meaning: 'The server ends the conversation after handling everything that was asked.',
      causes: ['This is the normal goodbye at the end of a connection.'],
      retry: 'No need to retry.',
    },
    c250: {
      title: 'Done',
      meaning:
        'The server accepted the request. After the message itself, it means the message was accepted.',
      causes: ['All went well.'],
      retry: 'No need to retry.',
    },
    c251: {
      title: 'Accepted and forwarded',
      meaning: 'The recipient isn’t on this server, but the server will pass the message on.',
      causes: ['The address forwards mail to another server.'],
      retry: 'No need to retry.',
    },
    c252: {
      title: 'Can’t confirm the address, will try anyway',
      meaning:
        'The server can’t confirm that the address exists, but it accepts the message and will try to deliver it.',
      causes: ['Many servers refuse to confirm addresses, to stop people guessing them.'],
      retry: 'No need to retry.',
    },
    c354: {
      title: 'Ready for the message',
      meaning: 'The server knows sender and recipient and waits for the text of the message.',
      causes: ['This is a normal step of sending.'],
      retry: 'No need to retry.',
    },
    c420: {
      title: 'Connection timed out (GroupWise)',
      meaning: 'The receiving GroupWise server gave up waiting during the connection.',
      causes: ['A network or load problem on the receiving side.'],
      retry: 'Retry later.',
    },
    c421: {
      title: 'Service not available right now',
      meaning: 'The server closes the connection because it can’t serve you at the moment.',
      causes: ['The server is overloaded or under maintenance.', 'Too many connections at the same time.'],
      retry: 'Retry later; it usually sorts itself out.',
    },
    c422: {
      title: 'Recipient’s mailbox is full',
      meaning: 'The recipient’s mailbox has no room for new messages at the moment.',
      causes: ['The recipient hasn’t emptied their mailbox.'],
      retry: 'Retry after the recipient has made room.',
    },
    c431: {
      title: 'Receiving server out of space',
      meaning:
        'The receiving server is short of disk or memory, or the message is too large for it right now.',
      causes: [
        'Too many messages sent to the same domain at once.',
        'The receiving server is short of space.',
      ],
      retry: 'Retry later, in smaller batches.',
    },
    c432: {
      title: 'Password change needed, or incoming mail paused (Exchange)',
      meaning:
        'By the standard, the server asks the account to change its password before logging in. Microsoft Exchange servers also use it to say their incoming mail queue is stopped.',
      causes: [
        'The account must set a new password.',
        'On Exchange: the recipient’s server has paused incoming mail.',
      ],
      retry: 'Retry after the password change, or later for Exchange.',
    },
    c441: {
      title: 'Receiving server doesn’t answer',
      meaning: 'The receiving server didn’t respond.',
      causes: ['The receiving server is down or unreachable.'],
      retry: 'Retry later; it is usually done for you.',
    },
    c442: {
      title: 'Connection dropped while sending',
      meaning: 'The connection broke in the middle of sending the message.',
      causes: ['A network problem, often on your side (router, Wi‑Fi).'],
      retry: 'Retry once the connection is stable.',
    },
    c446: {
      title: 'Mail loop',
      meaning: 'The message went round in a circle between servers and was stopped.',
      causes: [
        'A forwarding rule, or the server named for the domain, sends mail back to where it came from.',
      ],
      retry: 'Retry after the loop is fixed.',
    },
    c447: {
      title: 'Delivery took too long',
      meaning: 'The sending server kept trying but the receiving server never took the message in time.',
      causes: ['The receiving server was unreachable or refused for a long time.'],
      retry: 'Retry later.',
    },
    c449: {
      title: 'Routing error (Exchange)',
      meaning: 'A Microsoft Exchange server couldn’t work out where to send the message.',
      causes: ['A routing problem inside the recipient’s Exchange organisation.'],
      retry: 'Retry once the recipient’s side has fixed it.',
    },
    c450: {
      title: 'Mailbox not available for now',
      meaning:
        'The message wasn’t accepted this time: the mailbox is busy for a while, or the receiving server wants a second attempt.',
      causes: [
        'The recipient’s mailbox is temporarily locked.',
        'The receiving server is very busy right now.',
        'The receiving server turns down a new sender’s first attempt and waits for the second (greylisting).',
      ],
      retry: 'Retry in a few minutes: the second attempt usually gets through.',
    },
    c451: {
      title: 'Receiving server had a local problem',
      meaning: 'The receiving server stopped handling the message because of a problem on its side.',
      causes: [
        'The server is briefly overloaded.',
        'The list of servers allowed to send for the sender’s domain (SPF) couldn’t be checked or didn’t pass.',
        'An anti-spam filter held the message.',
      ],
      retry: 'Retry later.',
    },
    c452: {
      title: 'Not enough room or too many at once',
      meaning: 'The server didn’t take the message because it lacks storage or a limit was reached.',
      causes: [
        'Too many recipients or messages at the same time.',
        'The receiving server is short of space.',
      ],
      retry: 'Retry later, with fewer recipients at a time.',
    },
    c455: {
      title: 'Server can’t handle the requested options',
      meaning: 'The server can’t accept the options sent with the message right now.',
      causes: ['A temporary limit on the receiving server.'],
      retry: 'Retry later.',
    },
    c471: {
      title: 'Refused by a mail filter',
      meaning: 'A filter, often anti-spam, stopped the message for now.',
      causes: ['An anti-spam filter didn’t trust the message or its sender.'],
      retry: 'Retry after the filter issue is sorted.',
    },
    c500: {
      title: 'Command not understood',
      meaning: 'The server didn’t understand what it was sent.',
      causes: [
        'An antivirus or firewall that inspects outgoing mail altered the conversation.',
        'A command line was too long.',
      ],
      retry: 'Retry after changing the settings.',
    },
    c501: {
      title: 'Something in the address isn’t valid',
      meaning: 'The server didn’t accept a value sent with a command, most often an email address.',
      causes: [
        'An address is mistyped or contains spaces or odd characters.',
        'An antivirus or firewall altered the conversation.',
      ],
      retry: 'Retry after correcting the address.',
    },
    c502: {
      title: 'Command not available',
      meaning: 'The server doesn’t offer the command your mail program used.',
      causes: ['An option your mail program uses is switched off on the server.'],
      retry: 'Retry after changing the settings.',
    },
    c503: {
      title: 'Steps in the wrong order — usually a login is needed',
      meaning: 'The server got commands in the wrong order; most often it wanted you to log in first.',
      causes: [
        'The mail program doesn’t log in to the outgoing server.',
        'The connection was interrupted half-way.',
      ],
      retry: 'Retry after turning on authentication.',
    },
    c504: {
      title: 'Option not available',
      meaning: 'The server knows the command but not the option that came with it.',
      causes: ['An option, often the login method, isn’t enabled on the server.'],
      retry: 'Retry after changing the settings.',
    },
    c510: {
      title: 'Problem with an address',
      meaning: 'One of the addresses isn’t right.',
      causes: ['An address in To, Cc or Bcc is mistyped.'],
      retry: 'Retry after correcting the address.',
    },
    c511: {
      title: 'This address doesn’t exist',
      meaning: 'The receiving server says there is no mailbox with this address.',
      causes: ['A typo in the part before the @.', 'The mailbox was closed.'],
      retry: 'Don’t retry until the address is corrected.',
    },
    c512: {
      title: 'The recipient’s domain wasn’t found',
      meaning: 'The part after the @ doesn’t lead to any mail server.',
      causes: [
        'A typo in the domain, such as .coom instead of .com.',
        'The domain has expired or has no mail set up.',
      ],
      retry: 'Retry after correcting the domain.',
    },
    c513: {
      title: 'Address written wrongly, or login needed',
      meaning:
        'The server doesn’t accept how an address is written; some servers also say this when you aren’t logged in.',
      causes: ['An address has a wrong format.', 'The mail program doesn’t log in to the outgoing server.'],
      retry: 'Retry after the fix.',
    },
    c523: {
      title: 'Message too large',
      meaning: 'The message is larger than the receiving server accepts.',
      causes: ['Large attachments, or one message sent to a long list.'],
      retry: 'Retry with a smaller message.',
    },
    c530: {
      title: 'Login required',
      meaning: 'The server wants you to log in before it sends mail.',
      causes: [
        'The mail program doesn’t log in to the outgoing server.',
        'Sometimes: the sending server is blocklisted, or an address is wrong.',
      ],
      retry: 'Retry after turning on authentication.',
    },
    c534: {
      title: 'Sign-in method too weak',
      meaning: 'The server refuses the way the mail program signs in: it wants a safer method.',
      causes: [
        'The mail program sends the password in a way the server no longer accepts.',
        'The connection isn’t encrypted, so the server refuses a plain password.',
      ],
      retry: 'Retry after choosing another sign-in method or turning on encryption.',
    },
    c535: {
      title: 'Login refused',
      meaning: 'The server refused the username or password, or the account is blocked from sending.',
      causes: [
        'Wrong password or username.',
        'The account was blocked for sending spam.',
        'The account is suspended or expired.',
      ],
      retry: 'Retry after fixing the password or unblocking the account.',
    },
    c538: {
      title: 'Encryption needed to sign in',
      meaning: 'The server accepts this sign-in method only over an encrypted connection.',
      causes: ['The mail program connects without encryption (SSL/TLS).'],
      retry: 'Retry after turning on encryption for the outgoing server.',
    },
    c541: {
      title: 'Refused by the recipient’s filter',
      meaning: 'The recipient’s server refused the message, usually because its anti-spam filter flagged it.',
      causes: ['The message or your sending server looked like spam to the recipient’s filter.'],
      retry: 'Retry after the recipient allows you.',
    },
    c550: {
      title: 'Message refused: address not found or not allowed',
      meaning: 'The receiving server refused the message. Most often the address doesn’t exist there.',
      causes: [
        'A typo in the address.',
        'The mailbox was closed.',
        'The receiving server refuses mail from your server (policy, blocklist, firewall).',
      ],
      retry: 'Don’t retry as it is; correct the address or the cause first.',
    },
    c551: {
      title: 'Recipient not on this server',
      meaning:
        'The server doesn’t host this recipient and won’t pass the message on; it may suggest another address.',
      causes: ['The recipient moved to another address.', 'The server doesn’t relay mail for you.'],
      retry: 'Retry with the right address or server.',
    },
    c552: {
      title: 'No room: mailbox full or message too large',
      meaning:
        'The message was refused because of storage: the recipient’s mailbox is full or the message is too big.',
      causes: ['The recipient’s mailbox is full.', 'The attachments exceed the size the server accepts.'],
      retry: 'Retry with a smaller message, or after the recipient makes room.',
    },
    c553: {
      title: 'Address not allowed',
      meaning: 'The server refused an address: it is written wrongly or not accepted there.',
      causes: [
        'A typo in the recipient’s address.',
        'The sender address isn’t accepted (wrong format, or not your account).',
        'Your sending server’s address leads to no name (reverse DNS).',
      ],
      retry: 'Retry after correcting the address.',
    },
    c554: {
      title: 'Delivery refused',
      meaning:
        'The receiving server refused the message for good, very often because it distrusts the sender.',
      causes: [
        'The sending server’s address (IP) is on a blocklist.',
        'The message looked like spam.',
        'The checks that your domain really sent the message failed (SPF, DKIM or DMARC).',
      ],
      retry: 'Don’t retry until the cause is fixed.',
    },
    c555: {
      title: 'Sender or recipient not accepted',
      meaning: 'The server didn’t accept the options given with the sender or recipient address.',
      causes: [
        'An address in From or To is written wrongly.',
        'The sending limit was exceeded ($t({{providerFacts.sendingLimitsText}})).',
      ],
      retry: 'Retry after correcting the address or after an hour.',
    },
    c556: {
      title: 'The recipient’s domain doesn’t accept email',
      meaning: 'The recipient’s domain declares that it receives no email (a ‘null MX’ record).',
      causes: ['The domain isn’t meant to receive mail.', 'The address is mistyped.'],
      retry: 'Don’t retry to this address.',
    },
  },
  notes: {
    wordsOverCode:
      'Alone, the code {{code}} would name another cause. The server’s words are more precise, so we go by them.',
    unregistered:
      'Code {{code}} isn’t in the official list of codes: this server uses it with a meaning of its own. Its text says more.',
    microsoft5110:
      'Source note: in the IANA registry 5.1.10 means the recipient’s domain receives no email. Microsoft 365 also uses it for ‘recipient not found’. The server’s text says the address wasn’t found, so we go by that.',
    notSmtp:
      'Source note: no mail server sends this reply code (RFC 5321 has none starting with 1). Mail programs and some guides use it for connection errors.',
    groupwiseOnly: 'Provider note: according to the guides, only GroupWise mail servers send this code.',
    exchangeOnly:
      'Provider note: according to the guides, only Microsoft Exchange mail servers send this code.',
    undotted:
      'Source note: no RFC defines this reply code. It reads like the enhanced code {{enhanced}} written without dots, so we explain it that way.',
    ovhLimits: 'Provider note: $t({{providerFacts.sendingLimitsText}}).',
    rfc252:
      'Source note: one guide says the address is valid; RFC 5321 only says the server couldn’t check it and will try to deliver.',
    rfc432:
      'Source note: the guides describe 432 as an Exchange queue stop; RFC 4954 defines it as ‘a password transition is needed’. We follow the RFC first.',
    rfc551:
      'Source note: the guides present 551 as a refused relay; RFC 5321 defines it as ‘user not local’, possibly with a new address to try.',
    rfc555:
      'Source note: RFC 5321 defines 555 as options of MAIL FROM or RCPT TO not recognised; the sending-limit reading comes from the OVHcloud guide.',
    rfc530:
      'Source note: RFC 4954 defines 530 as ‘authentication required’; the guides also mention blocklists and wrong addresses.',
  },
  retryModernSignIn:
    'Retry once the mail program signs in through the provider’s page, or with an app password.',
  retryUnknown:
    'We can’t tell from the text alone whether a retry will help; look for a code in the message.',
  enhanced: {
    unregisteredTitle: 'Code {{code}} (not in the registry)',
    classes: {
      c2: { title: 'Success', meaning: 'The message was delivered or relayed.', retry: 'No need to retry.' },
      c4: {
        title: 'Temporary failure',
        meaning: 'The message is fine but something temporary got in the way; a later try may work.',
        retry: 'Retry later.',
      },
      c5: {
        title: 'Permanent failure',
        meaning: 'Sending again as it is will fail; the message or the destination must change.',
        retry: 'Don’t retry as it is.',
      },
    },
    subjects: {
      s0: {
        title: 'Other',
        meaning: 'The server gives no more detail than the class.',
      },
      s1: {
        title: 'Address',
        meaning: 'The problem is with an address (recipient or sender).',
      },
      s2: {
        title: 'Recipient’s mailbox',
        meaning: 'The recipient’s mailbox has a problem, for example it is full or switched off.',
      },
      s3: {
        title: 'Receiving mail system',
        meaning: 'The receiving server has a problem of its own.',
      },
      s4: {
        title: 'Network or routing',
        meaning: 'The servers couldn’t reach each other or find the way.',
      },
      s5: {
        title: 'Mail protocol',
        meaning: 'Something went wrong in the conversation between the servers.',
      },
      s6: {
        title: 'Message content or format',
        meaning: 'The content or format of the message couldn’t be handled.',
      },
      s7: {
        title: 'Security or policy',
        meaning:
          'A security rule or policy of the server stopped the message (anti-spam, sender checks, permissions).',
      },
      unknown: {
        title: 'Unknown subject',
        meaning: 'This subject number isn’t defined; only the class tells us something.',
      },
    },
    details: {
      d0_0: {
        title: 'Undefined status',
        meaning: 'Only the class is known: success, temporary or permanent.',
      },
      d1_0: { title: 'Address problem', meaning: 'Something about an address caused this report.' },
      d1_1: {
        title: 'Recipient address doesn’t exist',
        meaning: 'The mailbox before the @ doesn’t exist on the receiving server.',
      },
      d1_2: {
        title: 'Recipient domain not valid',
        meaning: 'The domain after the @ doesn’t exist or can’t receive email.',
      },
      d1_3: {
        title: 'Recipient address badly written',
        meaning: 'The recipient address isn’t written in a valid form.',
      },
      d1_4: { title: 'Ambiguous address', meaning: 'The address matches more than one mailbox.' },
      d1_5: { title: 'Recipient address is valid', meaning: 'The address was accepted.' },
      d1_6: {
        title: 'Mailbox has moved',
        meaning: 'The recipient no longer uses this address; there may be a new one.',
      },
      d1_7: {
        title: 'Sender address badly written',
        meaning: 'Your sender address isn’t written in a valid form.',
      },
      d1_8: {
        title: 'Sender domain not valid',
        meaning: 'The domain of your sender address doesn’t exist or can’t receive replies.',
      },
      d1_9: {
        title: 'Relayed to a non-compliant system',
        meaning: 'The message went on to a system that can’t send delivery reports.',
      },
      d1_10: {
        title: 'Recipient domain accepts no email',
        meaning: 'The recipient’s domain declares that it receives no email (null MX).',
      },
      d2_0: {
        title: 'Mailbox problem',
        meaning: 'Something about the recipient’s mailbox stopped delivery.',
      },
      d2_1: {
        title: 'Mailbox disabled',
        meaning: 'The recipient’s mailbox doesn’t accept messages: it is switched off or suspended.',
      },
      d2_2: { title: 'Mailbox full', meaning: 'The recipient’s mailbox is full.' },
      d2_3: {
        title: 'Message too long for this mailbox',
        meaning: 'The message is larger than the recipient’s limit.',
      },
      d2_4: { title: 'Mailing list problem', meaning: 'The address is a list that couldn’t be expanded.' },
      d3_0: { title: 'Mail system problem', meaning: 'The receiving mail system had a problem.' },
      d3_1: { title: 'Mail system full', meaning: 'The receiving server is out of storage.' },
      d3_2: {
        title: 'System not accepting messages',
        meaning: 'The receiving server isn’t taking messages at the moment (for example, shutting down).',
      },
      d3_3: {
        title: 'Feature not supported',
        meaning: 'The message needs a feature the receiving server lacks.',
      },
      d3_4: {
        title: 'Message too big for the system',
        meaning: 'The message is larger than the receiving server accepts.',
      },
      d3_5: { title: 'System incorrectly configured', meaning: 'The receiving server is misconfigured.' },
      d3_6: { title: 'Priority changed', meaning: 'The server changed the priority of the message.' },
      d4_0: {
        title: 'Network or routing problem',
        meaning: 'Something went wrong on the network or with routing.',
      },
      d4_1: { title: 'No answer from the server', meaning: 'The receiving server didn’t answer.' },
      d4_2: { title: 'Connection dropped', meaning: 'The connection broke during delivery.' },
      d4_3: {
        title: 'The server couldn’t look up where to deliver',
        meaning: 'A lookup (often DNS) failed, so the server couldn’t be found.',
      },
      d4_4: {
        title: 'Unable to route',
        meaning: 'No way to the destination was found (for example, no MX or address records).',
      },
      d4_5: { title: 'Mail system congested', meaning: 'The receiving system is overloaded.' },
      d4_6: { title: 'Routing loop', meaning: 'The message went round in a circle between servers.' },
      d4_7: {
        title: 'Delivery time expired',
        meaning: 'The message couldn’t be delivered within the allowed time.',
      },
      d5_0: {
        title: 'Protocol problem',
        meaning: 'Something went wrong in the conversation between servers.',
      },
      d5_1: { title: 'Invalid command', meaning: 'A command wasn’t valid or came in the wrong order.' },
      d5_2: { title: 'Syntax error', meaning: 'A command couldn’t be understood.' },
      d5_3: {
        title: 'Too many recipients',
        meaning: 'The message has more recipients than the server accepts at once.',
      },
      d5_4: { title: 'Invalid command arguments', meaning: 'A value sent with a command wasn’t valid.' },
      d5_5: {
        title: 'Wrong protocol version',
        meaning: 'The servers don’t speak a compatible version of the protocol.',
      },
      d5_6: { title: 'Login exchange too long', meaning: 'A line of the login exchange was too long.' },
      d6_0: { title: 'Content problem', meaning: 'Something about the content stopped delivery.' },
      d6_1: {
        title: 'Content type not supported',
        meaning: 'The receiving side doesn’t accept this kind of content.',
      },
      d6_2: {
        title: 'Conversion needed but forbidden',
        meaning: 'The content had to be converted, which wasn’t allowed.',
      },
      d6_3: {
        title: 'Conversion not supported',
        meaning: 'The content had to be converted, which the server can’t do.',
      },
      d6_4: { title: 'Converted with loss', meaning: 'The content was converted and some of it was lost.' },
      d6_5: { title: 'Conversion failed', meaning: 'The content couldn’t be converted.' },
      d6_6: {
        title: 'Content not available',
        meaning: 'The message content referred to couldn’t be fetched.',
      },
      d6_7: {
        title: 'Non-ASCII addresses not allowed',
        meaning: 'An address with accented or non-Latin letters isn’t accepted here.',
      },
      d6_8: {
        title: 'UTF-8 reply required',
        meaning: 'The reply needs UTF-8, which the sending side doesn’t support.',
      },
      d6_9: {
        title: 'UTF-8 header can’t be passed on',
        meaning: 'A header in UTF-8 can’t be delivered to one or more recipients.',
      },
      d6_10: {
        title: 'UTF-8 reply required',
        meaning: 'The reply needs UTF-8, which the sending side doesn’t support (same as 6.8).',
      },
      d7_0: {
        title: 'Security or policy problem',
        meaning: 'A security rule or policy stopped the message.',
      },
      d7_1: {
        title: 'Delivery not authorised',
        meaning: 'The receiving server doesn’t allow this message or sender (policy, anti-spam, blocklist).',
      },
      d7_2: {
        title: 'List expansion not allowed',
        meaning: 'The sender may not write to this mailing list.',
      },
      d7_3: {
        title: 'Security conversion not possible',
        meaning: 'A security conversion was needed and couldn’t be done.',
      },
      d7_4: {
        title: 'Security features not supported',
        meaning: 'The message asks for security features the server lacks.',
      },
      d7_5: { title: 'Cryptographic failure', meaning: 'Decryption or a signature check failed.' },
      d7_6: {
        title: 'Algorithm not supported',
        meaning: 'A cryptographic algorithm of the message isn’t supported.',
      },
      d7_7: { title: 'Message integrity failure', meaning: 'The message was changed on the way.' },
      d7_8: { title: 'Wrong username or password', meaning: 'The login credentials were refused.' },
      d7_9: { title: 'Login method too weak', meaning: 'The server wants a stronger login method.' },
      d7_10: { title: 'Encryption needed', meaning: 'The server requires an encrypted connection.' },
      d7_11: {
        title: 'Encryption needed for this login method',
        meaning: 'This login method is only allowed over an encrypted connection.',
      },
      d7_12: {
        title: 'Password change needed',
        meaning: 'The account must change its password before logging in.',
      },
      d7_13: { title: 'Account disabled', meaning: 'The user account is disabled.' },
      d7_14: {
        title: 'Trust relationship required',
        meaning: 'The servers need a trust arrangement that doesn’t exist.',
      },
      d7_15: {
        title: 'Priority too low',
        meaning: 'The message’s priority is too low for the server to accept now.',
      },
      d7_16: {
        title: 'Too big for its priority',
        meaning: 'The message is too large for the priority it asks for.',
      },
      d7_17: { title: 'Mailbox owner has changed', meaning: 'The address now belongs to someone else.' },
      d7_18: { title: 'Domain owner has changed', meaning: 'The domain now belongs to someone else.' },
      d7_19: {
        title: 'Owner change couldn’t be checked',
        meaning: 'The server couldn’t check whether the address changed owner.',
      },
      d7_20: {
        title: 'No valid signature of the domain (DKIM)',
        meaning: 'The message has no signature of the domain (DKIM) that passed.',
      },
      d7_21: {
        title: 'No acceptable signature of the domain (DKIM)',
        meaning: 'No signature of the domain (DKIM) met the receiving server’s rules.',
      },
      d7_22: {
        title: 'No signature of the sender’s domain (DKIM)',
        meaning: 'No valid signature (DKIM) matches the domain in From.',
      },
      d7_23: {
        title: 'Your domain doesn’t allow this server to send (SPF)',
        meaning:
          'Your domain’s list of allowed servers (SPF) doesn’t include the server that sent the message.',
      },
      d7_24: {
        title: 'Your domain’s list of allowed servers couldn’t be read (SPF)',
        meaning:
          'Your domain’s list of allowed servers (SPF) couldn’t be read: it has an error, or the lookup failed.',
      },
      d7_25: {
        title: 'The sending server’s name didn’t match (reverse DNS)',
        meaning: 'The sending server’s address leads to no matching name (reverse DNS).',
      },
      d7_26: {
        title: 'Several authentication checks failed',
        meaning: 'More than one check (SPF, DKIM, DMARC) failed.',
      },
      d7_27: {
        title: 'Sender domain accepts no email',
        meaning:
          'Your sending domain declares that it receives no email (null MX), so replies couldn’t reach it.',
      },
      d7_28: {
        title: 'Mail flood detected',
        meaning: 'The server saw an unusual flood of messages and stopped them.',
      },
      d7_29: {
        title: 'The forwarding servers’ seal didn’t pass (ARC)',
        meaning: 'The forwarding signatures (ARC) of the message didn’t pass.',
      },
      d7_30: {
        title: 'Encrypted delivery required',
        meaning:
          'The message demands an encrypted connection all the way (REQUIRETLS), and the next server doesn’t offer it.',
      },
    },
  },
  listedOn: 'The sending server is on the {{list}} blocklist',
  details: {
    providerHold: {
      title: 'Your own provider stopped your outgoing mail',
      meaning:
        'Your hosting provider has suspended or paused the mail your domain sends, usually after spam was sent from one of its accounts.',
    },
    bannedAttachment: {
      title: 'The server doesn’t accept this kind of attachment',
      meaning:
        'The receiving server refuses files of some kinds (programs, scripts, some archives) for safety. Your address and your domain aren’t the problem: the attachment is.',
    },
    mailLoop: {
      title: 'The message went round in circles (a mail loop)',
      meaning:
        'Servers passed the message back and forth until they gave up. A forwarding rule, or a server setting, sends it back where it came from. Waiting won’t fix it.',
    },
    senderDomainListed: {
      title: 'Your domain is on a blocklist',
      meaning:
        'The receiving server refused the sender because your domain is on a blocklist of domains reported for spam. The address is right: the problem is the domain’s reputation.',
    },
    fromNotYourMailbox: {
      title: 'The sender isn’t the mailbox you sign in with',
      meaning:
        'Your provider’s outgoing server sends only with the address of the mailbox you sign in with, or with addresses you’ve allowed for it.',
    },
    listRefusedPost: {
      title: 'The mailing list didn’t accept your message',
      meaning:
        'The list takes messages only from its members, or under its own rules about who may write. Your address and your mail servers work: the list’s rules stopped the message.',
    },
    ownMailboxFull: {
      title: 'Your own mailbox is full',
      meaning:
        'Your provider couldn’t store the message in your own mailbox (for example the copy in Sent) because it has no room left. The recipient isn’t involved.',
    },
    abandonedMailbox: {
      title: 'The recipient’s mailbox is full and no longer used',
      meaning:
        'The recipient’s provider says this mailbox is full and nobody has opened it for a long time. Nobody will make room, so sending again won’t help: the recipient probably uses another address now.',
    },
    noReverseName: {
      title: 'The sending server’s address has no name (reverse DNS)',
      meaning:
        'The receiving server refuses mail from an address that has no name of its own (a PTR record). That is the reason it gives, not a blocklist. Whoever runs the sending server has to give the address a name.',
    },
    senderDomainMissing: {
      title: 'The domain of your address can’t be found',
      meaning:
        'The receiving server looked up the part of your address after the @ and found nothing. The domain may have expired, or its mail records may be missing. Until it’s fixed, nobody can reply to you either.',
    },
    serverHeldBack: {
      title: 'The recipient’s provider is holding back mail from your outgoing mail server (SMTP)',
      meaning:
        'It saw too much mail, or too many complaints, from the server your mail leaves from, and slows or stops it. Your address itself isn’t the problem.',
    },
    insideSendersOnly: {
      title: 'The recipient takes mail only from its own organisation',
      meaning:
        'The address is a group or a mailbox that accepts only senders signed in to its own organisation. Nothing on your side is wrong.',
    },
    smtpAuthOff: {
      title: 'The server wants you to sign in before sending',
      meaning:
        'Your mail program sent the message without signing in to the outgoing server. The password isn’t the problem: the setting that makes it sign in is off.',
    },
    tooManyLogins: {
      title: 'Too many sign-in attempts',
      meaning:
        'The server stopped taking sign-ins for this address for a while, because it saw too many of them, or too many with a wrong password. After a pause it lets you in again.',
    },
    openResolver: {
      title: 'The recipient’s server checks blocklists the wrong way',
      meaning:
        'Its blocklist checks go through a public DNS resolver, which Spamhaus refuses to answer. It then treats every sender as listed. You aren’t on any list.',
    },
    onlyAllowedSenders: {
      title: 'The recipient takes mail only from allowed senders',
      meaning:
        'The address (a person, a group or a shared folder) only accepts mail from its own organisation or from a list of senders, and you’re not on it. Nothing on your side is wrong.',
    },
    greylisting: {
      title: 'Greylisting: the server wants a second attempt',
      meaning:
        'The receiving server refuses the first attempt from an unknown sender on purpose; a retry minutes later is accepted.',
    },
    spf: {
      title: 'Your domain doesn’t allow this server to send (SPF)',
      meaning:
        'Your domain’s list of allowed servers (SPF) doesn’t include the server the message was sent from.',
    },
    dkim: {
      title: 'Problem with your domain’s signature (DKIM)',
      meaning: 'The message lacked a valid signature of your domain (DKIM).',
    },
    dmarc: {
      title: 'Your domain’s rule had the message refused (DMARC)',
      meaning:
        'Your domain’s rule (DMARC) asks receivers to refuse messages that fail the sender checks (SPF and DKIM), and this one failed.',
    },
    modernAuth: {
      title: 'Password sign-in is switched off for mail programs',
      meaning:
        'The provider (Microsoft 365, Outlook.com, Google) no longer accepts the mailbox password from this mail program, or the program sent without signing in. The password itself may be right.',
    },
    appPassword: {
      title: 'An app password is needed',
      meaning:
        'The account has two-step verification, so mail programs must use an app password instead of the usual one.',
    },
    passwordOrAppPassword: {
      title: 'Wrong password, or an app password is needed',
      meaning:
        'The provider didn’t accept the user name and password. Either the password is wrong, or the account has two-step verification and wants an app password (or the provider’s own sign-in).',
    },
    passwordOrModernSignIn: {
      title: 'Wrong password, or sign-in with the password is turned off',
      meaning:
        'The provider didn’t accept the sign-in. Either the password is wrong, or the provider no longer takes the password from mail programs.',
    },
    authentication: {
      title: 'Login problem',
      meaning: 'The server requires a login, or refused the one it got.',
    },
    authMethod: {
      title: 'Your mail program uses a sign-in method the server doesn’t offer',
      meaning:
        'The mail program tried to sign in with a method that this server doesn’t accept, for example an encrypted password. The password itself may be right.',
    },
    ownServerUnreachable: {
      title: 'Your mail program couldn’t reach its own server',
      meaning:
        'These words come from your mail program, not from a recipient. It couldn’t connect to your provider’s server, or couldn’t find its name. The message didn’t leave your computer.',
    },
    ownServerTls: {
      title: 'Your mail program couldn’t set up a secure connection',
      meaning:
        'Your mail program and your provider’s server didn’t agree on encryption. The security setting, the port or the server’s certificate doesn’t match.',
    },
    ordinaryToPec: {
      title: 'A certified (PEC) box refused ordinary mail',
      meaning:
        'The address is a PEC box that accepts only certified mail, and your message was ordinary email.',
    },
  },

  /** Every step an explanation can give, once: codes, classes, subjects and server text refer to them by id (shared/knowledge/code-texts.ts). */
  steps: {
    signInThroughProviderPage:
      'Set the mail program to sign in through the provider’s page (“Sign in with Microsoft” or “Sign in with Google”).',
    createAppPasswordIfAllowed:
      'Where that isn’t possible, create an app password, if the provider allows one.',
    adminAllowSmtpSignIn:
      'For Microsoft 365 organisations: the administrator can allow sending with a password (SMTP) for the mailbox.',
    createAppPasswordUseIt:
      'Create an app password in your account’s security settings and use it in the mail program instead of your usual password.',
    checkPasswordInWebmail: 'Check the password in the webmail.',
    ifWebmailWorksAppPassword:
      'If it works there, create an app password or switch the program to the provider’s own sign-in.',
    checkOutgoingServerName: 'Check the outgoing server name and port in your mail program.',
    tryNetworkAntivirusBriefly: 'Try again from another network, or with the antivirus briefly paused.',
    nothingMailDoesArrive:
      'Nothing to do. If mail still doesn’t arrive, the problem is further along the way.',
    nothingToDo: 'Nothing to do.',
    waitSendingServerRetries: 'Wait: the sending server retries on its own for a while.',
    messageComesBackAfter: 'If the message comes back again after a day, look at the text of the error.',
    readTextErrorUsually: 'Read the text of the error: it usually says what is wrong.',
    fixSendMessage: 'Fix that, then send the message again.',
    checkOutgoingServerAgainstProvider:
      'Check the outgoing server name and port against your provider’s settings.',
    pauseAntivirusFirewallMoment: 'Pause the antivirus or firewall for a moment and try again.',
    tryNetworkPhoneHotspot: 'Try from another network, such as a phone hotspot.',
    checkServerNamePort: 'Check the server name and port in your mail program.',
    checkFirewallAntivirusSettings: 'Check firewall and antivirus settings.',
    everythingLooksRightContact: 'If everything looks right, contact your provider.',
    nothingRecipientDoesSee:
      'Nothing to do. If the recipient still doesn’t see the message, ask them to look in spam.',
    nothingMessageComesBack: 'Nothing to do. If the message comes back later, read that error.',
    waitLetSendingServer: 'Wait and let the sending server retry.',
    persistsAskRecipientTell: 'If it persists, ask the recipient to tell their mail administrator.',
    sendTestMessageDifferent:
      'Send a test message to a different domain: if that works, the problem is on the receiving side.',
    waitSendMessageLater: 'Wait and send the message again later.',
    tellRecipientPhoneChat: 'Tell the recipient another way (phone, chat) that their mailbox is full.',
    sendFewerMessagesTime: 'Send fewer messages at a time.',
    waitRetry: 'Wait and retry.',
    appearsLogChangePassword:
      'If it appears when you log in: change your password in webmail, then try again.',
    appearsBounceAskRecipient:
      'Do you see it in a returned message? Ask the recipient to tell their mail administrator.',
    waitSendingServerRetriesSeveral: 'Wait: the sending server retries several times on its own.',
    checkInternetConnectionRouter: 'Check your internet connection and router.',
    sendMessage: 'Send the message again.',
    checkForwardingRules: 'Check your forwarding rules.',
    contactProviderBounce: 'Contact your mail provider and attach the returned message.',
    checkRecipientsAddressDomain: 'Check that the recipient’s address and domain are right.',
    sendMessageLater: 'Send the message again later.',
    askRecipientPassBounce:
      'Send the returned message to the recipient. Ask them to pass it to their mail administrator.',
    waitSendingServerTries: 'Wait: the sending server tries again on its own.',
    avoidSpamLikeWording: 'Avoid spam-like wording in the message.',
    waitSend: 'Wait and send again.',
    checkSpfListsServers:
      'Check that your domain’s list of allowed servers (SPF) includes the servers you send from.',
    persistsReadTextError:
      'If it persists, read the text of the error or contact the administrator of that server.',
    checkOutboxMessagesStuck: 'Check your outbox for messages stuck there.',
    sendFewerRecipientsTime: 'Send to fewer recipients at a time and retry.',
    waitTry: 'Wait and try again.',
    contactMailProviderBounce: 'Contact your mail provider and attach the returned message.',
    checkWhetherSendingIp: 'Check whether your sending address (IP) is on a blocklist.',
    pauseMailScanningAntivirus: 'Pause the mail scanning of your antivirus or firewall and try again.',
    updateMailProgram: 'Update your mail program.',
    checkEveryAddressCc: 'Check every address in To, Cc and Bcc.',
    checkAddressAccountSettings: 'Check your own address in the account settings.',
    pauseAntivirusMailScanning: 'Pause the antivirus mail scanning and try again.',
    checkServerSettingsMail: 'Check the server settings in your mail program.',
    askProviderOptionsSupports: 'Ask your provider which options it supports.',
    mailProgramTurnOutgoing:
      'In your mail program, turn on “My outgoing server (SMTP) requires authentication”.',
    useSameAddressPassword: 'Use the same address and password as for incoming mail.',
    checkServerNamePortRetry: 'Check the server name and port, then try again.',
    checkLoginMethodMail: 'Check the login method in your mail program.',
    checkEveryAddressFixTypos: 'Check every address in To, Cc and Bcc and fix any typo.',
    checkAddressTypos: 'Check the address for typos.',
    askRecipientCurrentAddress: 'Ask the recipient, another way, for their current address.',
    checkPartAfter: 'Check the part after the @.',
    askRecipientWhetherDomain: 'Ask the recipient whether their domain still works.',
    checkRecipientsAddresses: 'Check the recipients’ addresses.',
    turnOnSmtpAuth: 'Turn on “My outgoing server (SMTP) requires authentication”.',
    makeAttachmentsSmallerShare: 'Make the attachments smaller or share them as a link.',
    splitLongListRecipients: 'Split a long list of recipients.',
    turnOnSmtpAuthFullAddress:
      'Turn on “My outgoing server (SMTP) requires authentication” with your full address and password.',
    persistsCheckWhetherSending: 'If it persists, check whether your sending address (IP) is on a blocklist.',
    checkUsernameFullEmail: 'Check that the username is the full email address and re-type the password.',
    logWebmailCheckPassword: 'Log in to webmail to check the password works.',
    checkAccountStateAtProvider: 'In your provider’s control panel, look at the state of the email account.',
    checkAccountStateInPanel:
      'Open the OVHcloud Control Panel, then the email accounts. Look at the state of your account.',
    blockedSpamFollowUnblock:
      'If it is blocked for spam, follow the unblock procedure and change the password.',
    askRecipientAllowAddress: 'Ask the recipient, another way, to allow your address.',
    avoidSpamWordingLinks: 'Avoid spam-like wording and many links.',
    checkRecipientsDomainWorking: 'Check that the recipient’s domain says where its mail goes (MX records).',
    askRecipientWhetherAddress: 'Ask the recipient, another way, whether the address is right.',
    textMentionsSpamBlocklist: 'If the text mentions spam or a blocklist, follow that lead instead.',
    checkRecipientsAddressUse: 'Check the recipient’s address; use the new one if the error gives it.',
    makeSureMailProgram: 'Make sure your mail program logs in to your own outgoing server.',
    messageLargeSendSmaller: 'If the message is large, send smaller attachments or a link.',
    otherwiseTellRecipientMailbox: 'Otherwise tell the recipient another way that their mailbox is full.',
    checkSendAddressLogged: 'Check that you send from your own address and are logged in.',
    checkRecipientDomainsMx: 'Check where the recipient’s domain says its mail goes (MX records).',
    checkSendingIpAddress: 'Check the sending address (IP) against the blocklists.',
    checkDomainsSpfDkim: 'Check your domain’s sender records (SPF, DKIM and DMARC).',
    ipListedAskProvider: 'If the address is listed, ask your provider to have it removed.',
    checkAddresses: 'Check the From and To addresses.',
    sendManyMessagesSpread: 'If you send many messages, spread them out to stay under the limits.',
    checkAddress: 'Check the address.',
    askRecipientAddressReceives: 'Ask the recipient for an address that receives email.',
    readTextErrorReason: 'Read the text of the error for the reason.',
    checkRecipientsAddressTypos: 'Check the recipient’s and your own address for typos.',
    contactRecipient: 'Contact the recipient another way.',
    checkSavedPasswordEveryDevice:
      'Make sure every program and phone that uses this address has the right password saved: each wrong try counts.',
    signInOncePerBatch:
      'If a program or website sends many messages, have it sign in once for all of them, not once for each message.',
    sameLoginAsIncoming:
      'Use the same user name and password as for receiving mail: your full email address and its password.',
    checkOwnDomainRenewed: 'In your provider’s control panel, check that your domain is renewed and active.',
    checkOwnDomainMxRecords:
      'Check that your domain’s mail records (MX) still point to your provider. If you changed them, wait a few hours.',
    tellRecipientResolver:
      'Tell the recipient, another way, that their server asks Spamhaus through a public DNS resolver. Their administrator must change that; you don’t need to do anything.',
    askRecipientAllowOutside:
      'Ask the recipient, another way, to have their administrator accept mail from outside their organisation, or to add you to the allowed senders.',
    waitRetryPersistsTell: 'Wait and retry; if it persists, tell the recipient.',
    waitRetryCheckRecipients:
      'Wait and retry. Check the recipient’s domain and where its mail goes (MX records).',
    checkMailProgramsSettings: 'Check your mail program’s settings; contact your provider if it persists.',
    shareFileAsLinkInstead: 'Remove the attachment the server names and share the file as a link instead.',
    askRecipientFileTypes: 'Ask the recipient, another way, which kinds of files their server accepts.',
    checkOwnForwarding:
      'Check the forwarding rules of your own mailbox: a rule that forwards to an address that forwards back makes a loop.',
    tellRecipientServerFault:
      'Tell the recipient another way that their server refused the message because of a problem on their side. Send it again once it’s fixed.',
    sendFromSignedInAddress:
      'In your mail program or app, set the sender (From) to the address of the mailbox you sign in with. Then send again.',
    lookUpListedDomain:
      'Look up your domain on the site of the blocklist the reply names. It says whether the domain is listed, and why.',
    cleanUpListedDomain:
      'Ask whoever runs your website and mail to look for a hacked site or mailbox sending spam. Once it’s fixed, ask the blocklist to remove the domain.',
    allowOtherSenderAddress:
      'To send as another address, first add it as an allowed sender (alias) in your provider’s webmail or control panel.',
    tellRecipientLoop:
      'If you have no such rule, tell the recipient another way: their forwarding or their server sends the message round in circles. Sending again won’t help until it’s fixed.',
    postFromSubscribedAddress:
      'Send the message again from the address you joined the list with, or join the list with this address first.',
    askListOwner:
      'If you should be allowed to write to the list, ask its owner: the list’s notice usually gives their address.',
    ownMailboxMakeRoom:
      'Open your webmail, empty the trash and delete the largest messages you no longer need.',
    ownMailboxMoreSpace: 'If you need more room, ask your provider for a larger mailbox.',
    trySendingSimplerMessage: 'Try sending a simpler message, without unusual attachments.',
    readTextRuleInvolved:
      'Read the server’s text for the rule it names. Then check the records that say who may send for your domain (SPF, DKIM, DMARC).',
    lookSendingIpAddress:
      'Look up the sending address (IP) on the blocklists, starting with any the error names.',
    useProvidersServerSend:
      'If you use your mail provider’s server, send them the returned message and ask them to get the address off the blocklist.',
    serverFindWhySent: 'If it is your own server, find why it sent spam, fix it, then request removal.',
    waitGreylistRetry:
      'Wait: the sending server retries on its own and the message usually arrives within an hour.',
    tellRecipientMailboxFull: 'Tell the recipient another way that their mailbox is full.',
    sendOnceMadeRoom: 'Send again once they’ve made room.',
    contactRecipientAdministratorMust:
      'Contact the recipient another way; they or their administrator must reactivate it.',
    checkDomainSpf: 'Check your domain’s list of allowed servers (SPF).',
    addProviderSpfInclude:
      'Add your provider’s entry ($t({{providerFacts.spfText}})) or the sending address.',
    turnDkimSigningProvider: 'Turn on your domain’s signature (DKIM) at your provider.',
    publishDkimKeyGives: 'Publish the key it gives you (DKIM) in your domain’s settings (DNS zone).',
    checkSpfDkimPass: 'Check that the sender checks (SPF and DKIM) pass for the domain in From.',
    untilPassConsiderSetting: 'Until they pass, consider setting your domain’s rule (DMARC) to p=none.',
    askWhoeverRunsSending:
      'Ask whoever runs the sending server to give its address a name (reverse DNS, PTR).',
    waitHourBeforeSending: 'Wait an hour before sending again.',
    spreadLargeSendingsOver: 'Spread large sendings over time, or use a service made for newsletters.',
    send: 'Send again.',
    turnOnSmtpAuthInProgram:
      'Turn on “My outgoing server (SMTP) requires authentication” in your mail program.',
    checkUsingProvidersOutgoing: 'Check you are using your own provider’s outgoing server.',
    turnOnTlsInProgram:
      'Did your mail program show this? In its settings, turn on encryption (SSL/TLS) for the outgoing mail server (SMTP).',
    reTypeUsernameFull: 'Re-type the username (full address) and password.',
    checkSamePasswordWorks: 'Check the same password works in webmail.',
    removeSpamLikeWording: 'Remove spam-like wording, many links or unusual attachments.',
    sendFromPecBox: 'Send the message again from a PEC box of your own.',
    askPecOwnerOrdinaryAddress:
      'Or ask the recipient, another way, for an ordinary address, or to let the PEC box accept ordinary mail.',
  } satisfies Record<StepId, string>,
  formats: {
    dsn: 'Standard delivery report (RFC 3464)',
    postfix: 'Returned message from Postfix',
    exim: 'Returned message from Exim',
    sendmail: 'Returned message from Sendmail',
    qmail: 'Returned message from qmail',
    exchange: 'Returned message from Microsoft Exchange / Microsoft 365',
    gmail: 'Returned message from Gmail',
    exchange2003: 'Returned message from Microsoft Exchange 2000/2003',
    yahoo: 'Returned message from Yahoo / AOL',
    zoho: 'Returned message from Zoho Mail',
    gmx: 'Returned message from GMX / mail.com',
    opensmtpd: 'Returned message from OpenSMTPD',
    dragonfly: 'Returned message from DragonFly Mail Agent',
    googlegroups: 'Google Groups refusal',
    imailserver: 'Returned message from IMail Server',
    interscanmss: 'Returned message from Trend Micro InterScan',
    domino: 'Returned message from HCL Domino / Lotus Notes',
    italian: 'Non-delivery notice in Italian',
    amazonses: 'Amazon SES notification',
    mailfoundry: 'Returned message from MailFoundry',
    mimecast: 'Returned message from Mimecast',
    verizon: 'Returned message from Verizon Wireless text gateway',
    biglobe: 'Returned message from BIGLOBE',
    ezweb: 'Returned message from au (KDDI) ezweb',
    fml: 'fml mailing-list notice',
    mxlogic: 'Returned message from MX Logic (McAfee)',
    mail2000: 'Returned message from Openfind Mail2000',
    intermail: 'Returned message from Critical Path / Openwave InterMail (TIM, Alice)',
    arf: 'Complaint report (RFC 5965)',
    unsubscribe: 'Unsubscribe request (Apple Mail)',
    autoreply: 'Automatic reply (RFC 3834)',
    virus: 'Virus scanner’s alert',
    pec: 'Certified email (PEC) receipt',
    receipt: 'Delivery receipt (the message arrived)',
    text: 'Plain text (no known layout)',
    none: 'Nothing recognised',
  },
  cli: {
    emptyCode: 'Give a code such as 550 or 5.7.1, or a line of server text.',
    notACode: 'This isn’t a reply code, an enhanced code or server text we recognise: "{{input}}".',
    emptyBounce: 'The returned message is empty.',
    unreadable: 'Can’t read the file "{{file}}".',
    msgUnreadable: '"{{file}}" looks like an Outlook message (.msg) but can’t be opened.',
    fileTooLarge: '"{{file}}" is too large to read as a message.',
    noBounce: 'No returned-message information found in this text.',
    tooSlow: 'Reading this returned message took too long and was stopped after {{seconds}} s.',
    labels: {
      code: 'Code',
      enhanced: 'Enhanced code',
      class: 'The code’s class',
      whoActs: 'Who needs to act',
      retry: 'Retry',
      causes: 'Likely causes',
      steps: 'What to do',
      checks: 'Checks to run',
      serverText: 'The server’s text says',
      programText: 'Your mail program says',
      notes: 'Notes',
      format: 'Format',
      recipient: 'Recipient',
      remoteMta: 'Receiving server',
      reportingMta: 'Reporting server',
      sendingIp: 'Sending IP',
      diagnostic: 'Server’s message',
      truncated: 'The text is too long: only its first part was read, and what is shown above comes from it.',
    },
    classNames: {
      connection: 'Connection error (mail program)',
      success: 'Success',
      intermediate: 'Waiting for more',
      transient: 'Temporary failure',
      permanent: 'Permanent failure',
    },
  },
}
