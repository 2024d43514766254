import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { ENHANCED_CODES, enhancedDetailKey } from '../knowledge/enhanced-codes'
import { explainCode, findCodes, sentByMailSystem } from './explain'

const en = createI18n('en').t
const itT = createI18n('it').t

describe('explainCode', () => {
  it('combines a reply code, an enhanced code and the server text of one line', () => {
    const explanation = explainCode(
      '550 5.1.1 <x@y.it>: Recipient address rejected: User unknown in virtual mailbox table',
    )
    expect(explanation?.replyCode).toBe(550)
    expect(explanation?.enhancedCode).toBe('5.1.1')
    expect(en(explanation?.enhanced?.title.key ?? '')).toBe('Recipient address doesn’t exist')
    expect(explanation?.serverText.map((entry) => entry.id)).toEqual(['userunknown'])
    expect(explanation?.transient).toBe(false)
    expect(explanation?.remedies[0]).toBe('recipient-address')
    expect(explanation?.relatedChecks).toContain('dns.mx')
  })

  it('lets the text refine the remedy: a 554 naming Spamhaus leads to delisting and the blocklist check', () => {
    const explanation = explainCode(
      '554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org',
    )
    expect(explanation?.serverText[0]?.list).toBe('Spamhaus')
    expect(
      en(explanation?.serverText[0]?.title.key ?? '', explanation?.serverText[0]?.title.params ?? {}),
    ).toBe('The sending server is on the Spamhaus blocklist')
    expect(explanation?.remedies[0]).toBe('delist')
    expect(explanation?.relatedChecks[0]).toBe('dns.dnsbl')
    expect(en(explanation?.steps[0]?.key ?? '')).toContain('blocklist')
  })

  it('lets an enhanced code of another kind lead: 550 with 5.7.1 is a policy refusal, not a wrong address', () => {
    const explanation = explainCode(
      '550-5.7.1 [203.0.113.9] Our system has detected an unusual rate of unsolicited mail',
    )
    // Google's wording decides (Sisimai's rhost for Google reads it as `blocked`), not 5.7.1's title.
    expect(en(explanation?.title.key ?? '')).toBe(en('bounce:reasons.blocked.title'))
    const steps = explanation?.steps.map((step) => en(step.key)) ?? []
    expect(steps).not.toContain('Check the address for typos.')
    // Google's wording (Sisimai's rhost for Google reads it as `blocked`): the sending server's reputation.
    expect(explanation?.serverText.map((entry) => entry.id)).toContain('blocked')
    expect(explanation?.remedies).toEqual(['delist', 'contact-provider'])
    const address = explainCode('550 5.1.1 no mailbox')
    expect(address?.steps.map((step) => en(step.key))).toContain('Check the address for typos.')
  })

  it('trusts the text when Microsoft 365 sends 5.1.10 for an unknown recipient, with a source note', () => {
    const explanation = explainCode(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    )
    expect(en(explanation?.title.key ?? '')).not.toContain('null MX')
    expect(en(explanation?.title.key ?? '')).toBe(en('bounce:reasons.userunknown.title'))
    expect(explanation?.notes.map((note) => note.key)).toContain('knowledge:notes.microsoft5110')
    expect(explainCode('556 5.1.10 no mail here')?.notes).toEqual([])
  })

  it('follows the words when a code of another subject comes with an unknown address', () => {
    const microsoft = explainCode('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)')
    expect(en(microsoft?.title.key ?? '')).not.toContain('answer')
    expect(microsoft?.causes.map((cause) => en(cause.key))).not.toContain(
      en('knowledge:enhanced.subjects.routing.meaning'),
    )
    const alone = explainCode('5.4.1 Recipient address rejected: Access denied.')
    expect(en(alone?.title.key ?? '')).toBe(en('bounce:reasons.userunknown.title'))
    expect(en(explainCode('5.4.1')?.title.key ?? '')).not.toBe('Recipient address doesn’t exist')
    expect(
      explainCode('550 5.7.1 Message rejected as spam')?.serverText.map((entry) => entry.id),
    ).not.toContain('userunknown')
  })

  it('titles the explanation with the reason the words decided, not the code that says another', () => {
    expect(en(explainCode('552 5.1.1 <anna@example.it>... Mailbox full')?.title.key ?? '')).toBe(
      en('bounce:reasons.mailboxfull.title'),
    )
    const ptr = explainCode('550 5.7.1 Client host rejected: cannot find your reverse hostname')
    expect(ptr?.title.key).not.toBe('knowledge:enhanced.details.s7d1.title')
    expect(ptr?.remedies).not.toContain('check-address')
    const decided = explainCode('550 5.0.0 Service unavailable', { reason: 'blocked' })
    expect(en(decided?.title.key ?? '')).toBe(en('bounce:reasons.blocked.title'))
    expect(en(explainCode('550 5.7.1')?.title.key ?? '')).toBe('Delivery not authorised')
    expect(explainCode('550 5.0.0 Service unavailable', { reason: 'onhold' })?.title.key).not.toBe(
      'bounce:reasons.onhold.title',
    )
  })

  it.each([
    [
      '550 5.2.2',
      'Mailbox full',
      'recipient-full',
      'Tell the recipient another way that their mailbox is full.',
    ],
    ['550 5.1.8', 'Sender domain not valid', 'domain-expired', 'check that your domain is renewed'],
    ['550 5.1.6', 'Mailbox has moved', 'contact-recipient', 'for their current address'],
    ['550 5.2.3', 'Message too long for this mailbox', 'reduce-size', 'attachments smaller'],
    ['552 5.3.4', 'Message too big for the system', 'reduce-size', 'attachments smaller'],
    ['550 5.7.25', 'The sending server’s name didn’t match (reverse DNS)', 'ask-ptr', 'reverse DNS'],
    [
      '550 5.7.23',
      'Your domain doesn’t allow this server to send (SPF)',
      'fix-auth-records',
      'list of allowed servers',
    ],
    ['5.7.8', 'Wrong username or password', 'reset-password', 'Re-type the username'],
    ['554 5.7.27', 'Sender domain accepts no email', 'domain-expired', 'check that your domain is renewed'],
  ])(
    'gives %s the advice of its own detail, not 550’s “check the address for typos”',
    (line, title, remedy, step) => {
      const explanation = explainCode(line)
      const steps = explanation?.steps.map((entry) => en(entry.key)) ?? []
      expect(en(explanation?.title.key ?? '')).toBe(title)
      expect(explanation?.remedies[0]).toBe(remedy)
      expect(steps.join(' ')).toContain(step)
      expect(steps.join(' ')).not.toContain('typos')
      expect(en(explanation?.meaning.key ?? '')).not.toContain('Most often the address')
    },
  )

  it('names the subject of an unregistered detail, never 550’s “address not found”: Microsoft’s 5.7.606', () => {
    const explanation = explainCode('550 5.7.606')
    expect(en(explanation?.title.key ?? '')).toBe('Security or policy')
    expect(explanation?.notes.map((note) => en(note.key, note.params ?? {}))).toContain(
      'Code 5.7.606 isn’t in the official list of codes: this server uses it with a meaning of its own. Its text says more.',
    )
    expect(en(explanation?.meaning.key ?? '')).toContain('A security rule or policy')
    expect(explanation?.steps.map((step) => en(step.key)).join(' ')).not.toContain('typos')
  })

  it('keeps the reply’s own advice where written for the detail (552 5.2.2, 550 5.1.1); 5.1.8 alone gets its own', () => {
    const full = explainCode('552 5.2.2')
    // The title is the enhanced code's, and so is the meaning under it: not "full or too big".
    expect(en(full?.title.key ?? '')).toBe('Mailbox full')
    expect(en(full?.meaning.key ?? '')).toBe('The recipient’s mailbox is full.')
    expect(full?.steps.map((step) => en(step.key)).join(' ')).toContain('their mailbox is full')
    expect(en(explainCode('550 5.1.1')?.steps[0]?.key ?? '')).toBe('Check the address for typos.')
    expect(en(explainCode('5.1.8')?.steps[0]?.key ?? '')).toContain('check that your domain is renewed')
  })

  it('leaves out the code’s advice to check the blocklists once the check found no listing, never the words’ own', () => {
    const keys = (line: string, notListed: boolean) => {
      const explanation = explainCode(line, { notListed })
      return [...(explanation?.causes ?? []), ...(explanation?.steps ?? [])]
        .map((entry) => en(entry.key))
        .join(' ')
    }
    expect(keys('554 5.7.1 Message refused', false)).toContain('blocklist')
    const cleared = keys('554 5.7.1 Message refused', true)
    expect(cleared).not.toContain('blocklist')
    expect(cleared).toContain('SPF')
    expect(keys('554 5.7.1 Client host blocked using zen.spamhaus.org', true)).toContain('blocklist')
  })

  it('says who can fix a final refusal instead of “wait and retry”, which waiting would not change', () => {
    const steps = (line: string, givenUp: boolean) =>
      explainCode(line, givenUp ? { retry: 'permanent' } : {})
        ?.steps.map((entry) => en(entry.key))
        .join(' ') ?? ''
    expect(steps('550 5.3.0 Internal server error', false)).toContain('Wait and retry')
    const final = steps('550 5.3.0 Internal server error', true)
    expect(final).not.toContain('Wait')
    expect(final).toContain('their server refused the message because of a problem on their side')
    expect(steps('550 5.4.4 Invalid domain', true)).toContain('Check the part after the @')
    expect(steps('550 5.4.4 Invalid domain', true)).not.toContain('Wait')
  })

  it('asks whether the mail program showed the words only where a program could have', () => {
    const steps = (fromMailSystem: boolean) =>
      explainCode('421 4.7.1 Error: No client certificate presented', {
        reason: 'failedstarttls',
        fromMailSystem,
      })
        ?.steps.map((entry) => en(entry.key))
        .join(' ') ?? ''
    expect(steps(false)).toContain('Did your mail program show this?')
    expect(steps(true)).not.toContain('Did your mail program show this?')
    expect(steps(true)).toContain('Contact your mail provider')
    expect(sentByMailSystem({ reportingMta: 'out.example.net', hasDeliveryStatus: false })).toBe(true)
    expect(sentByMailSystem({ reportingMta: null, hasDeliveryStatus: false })).toBe(false)
  })

  it('leaves the code’s likely causes unsaid where the words name the cause', () => {
    const causes = (line: string) => explainCode(line)?.causes.map((cause) => en(cause.key)) ?? []
    expect(causes('552 5.2.2 <anna@example.org> Mailbox full')).toEqual([])
    expect(causes('552')).toContain('The attachments exceed the size the server accepts.')
  })

  it('lets words that name a cause of their own speak over the code’s detail: “Use Submission” under 5.1.8', () => {
    for (const line of [
      '501 5.1.8 Please use the submission port for outgoing mail',
      '550 5.1.8 Use submission service to send from this domain',
    ]) {
      const explanation = explainCode(line)
      const steps = explanation?.steps.map((entry) => en(entry.key)).join(' ') ?? ''
      expect(en(explanation?.title.key ?? '')).toBe('The server wants you to sign in before sending')
      expect(steps).toContain('requires authentication')
      expect(steps).not.toContain('domain is renewed')
      expect(en(explanation?.retry.key ?? '')).not.toContain('correcting the address')
    }
  })

  it('explains an enhanced code alone', () => {
    const explanation = explainCode('5.7.26')
    expect(explanation?.basis).toBe('enhancedCode')
    expect(explanation?.replyCode).toBeNull()
    expect(explanation?.transient).toBe(false)
    expect(en(explanation?.title.key ?? '')).toBe('Several authentication checks failed')
    expect(explanation?.relatedChecks).toEqual(['dns.spf', 'dns.dkim', 'dns.dmarc'])
    expect(explainCode('5.1.10')?.relatedChecks).toEqual(['dns.mx'])
    expect(en(explainCode('5.1.10')?.title.key ?? '')).toBe('Recipient domain accepts no email')
  })

  it('explains an unknown reply code from its class', () => {
    const permanent = explainCode('599')
    expect(permanent?.basis).toBe('replyClass')
    expect(permanent?.title.key).toBe('knowledge:classes.permanent.title')
    expect(permanent?.transient).toBe(false)
    const transient = explainCode('477')
    expect(transient?.transient).toBe(true)
    expect(itT(transient?.retry.key ?? '')).toContain('Riprova più tardi')
    expect(explainCode('299')?.transient).toBeNull()
  })

  it('explains an unregistered enhanced detail from its class and subject', () => {
    const explanation = explainCode('5.7.509')
    expect(explanation?.enhanced?.registered).toBe(false)
    expect(en(explanation?.title.key ?? '')).toBe('Security or policy')
    expect(en(explainCode('4.9.1')?.title.key ?? '', explainCode('4.9.1')?.title.params ?? {})).toBe(
      'Code 4.9.1 (not in the registry)',
    )
    expect(en(explanation?.meaning.key ?? '')).toContain('security rule')
    expect(explainCode('4.9.1')?.enhanced?.subjectTitle.key).toBe('knowledge:enhanced.subjects.unknown.title')
    expect(explainCode('4.9.1')?.transient).toBe(true)
  })

  it('understands a line of server text alone', () => {
    const explanation = explainCode('Recipient address rejected: User unknown in virtual mailbox table')
    expect(explanation?.basis).toBe('serverText')
    expect(explanation?.replyCode).toBeNull()
    expect(en(explanation?.title.key ?? '')).toBe('The recipient’s address doesn’t exist')
    expect(explanation?.steps.length).toBeGreaterThan(0)
    expect(explanation?.remedies).toEqual(['recipient-address'])
  })

  it('returns null for what is not a code or server text', () => {
    expect(explainCode('')).toBeNull()
    expect(explainCode('hello there')).toBeNull()
    expect(explainCode('600')).toBeNull()
    expect(explainCode('1.2.3')).toBeNull()
  })

  it('has Italian and English texts for every registered enhanced code', () => {
    for (const entry of ENHANCED_CODES) {
      const stem = enhancedDetailKey(entry.subject, entry.detail)
      for (const t of [en, itT]) {
        expect(t(`${stem}.title`), stem).not.toContain('enhanced.details')
        expect(t(`${stem}.meaning`), stem).not.toContain('enhanced.details')
      }
    }
    expect(ENHANCED_CODES.map((entry) => `${entry.subject}.${entry.detail}`)).toEqual(
      expect.arrayContaining(['7.20', '7.21', '7.22', '7.23', '7.24', '7.25', '7.26', '1.10']),
    )
  })
})

describe('findCodes', () => {
  it('never explains the code a sending library expected: the server’s own is read', () => {
    const swift = 'Expected response code 250 but got code "535", with message "535 5.7.8 Bad credentials"'
    expect(findCodes(swift)).toEqual({ replyCode: 535, enhancedCode: '5.7.8' })
    expect(explainCode(swift)?.replyCode).toBe(535)
  })

  it('finds the codes wherever servers put them', () => {
    expect(findCodes('550-5.1.1 The email account does not exist')).toEqual({
      replyCode: 550,
      enhancedCode: '5.1.1',
    })
    expect(findCodes('host mx[1.2.3.4] said: 452 Too many recipients')).toEqual({
      replyCode: 452,
      enhancedCode: null,
    })
    expect(findCodes("Remote server returned '< #5.1.1 smtp;550 5.1.1 User unknown>'")).toEqual({
      replyCode: 550,
      enhancedCode: '5.1.1',
    })
    expect(findCodes('Sorry (#5.1.2)')).toEqual({ replyCode: null, enhancedCode: '5.1.2' })
    expect(findCodes('version 10.5.1.2 is out')).toEqual({ replyCode: null, enhancedCode: null })
  })
})

describe('modern sign-in replies and provider-fit steps', () => {
  const MODERN = [
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
    '550 5.7.30 Basic authentication is not supported for Client Submission.',
    '530 5.7.57 Client not authenticated to send mail.',
    '534-5.7.9 Application-specific password required.',
    '535 5.7.139',
  ]

  for (const line of MODERN)
    it(`gives only modern sign-in steps and remedies for "${line}"`, () => {
      const explanation = explainCode(line)
      const texts = [
        explanation?.title,
        explanation?.meaning,
        explanation?.retry,
        ...(explanation?.causes ?? []),
        ...(explanation?.steps ?? []),
      ].map((message) => en(message?.key ?? '', message?.params ?? {}))
      expect(explanation?.remedies).not.toContain('reset-password')
      expect(explanation?.remedies).not.toContain('unblock-account')
      expect(explanation?.remedies.some((id) => id === 'use-modern-sign-in' || id === 'app-password')).toBe(
        true,
      )
      expect(explanation?.serverText.map((entry) => entry.id)).not.toContain('authentication')
      for (const text of texts) {
        expect(text).not.toMatch(/OVHcloud|Control Panel|blocked for|suspended/)
        expect(text).not.toMatch(/^knowledge:/)
      }
      expect(explanation?.steps.map((step) => step.key)).toContain(
        line.includes('5.7.9')
          ? 'knowledge:steps.createAppPasswordUseIt'
          : 'knowledge:steps.signInThroughProviderPage',
      )
    })

  it('keeps the login failure’s own texts for a plain 535', () => {
    const explanation = explainCode('535 5.7.8 Authentication credentials invalid')
    expect(en(explanation?.title.key ?? '')).toBe('Wrong username or password')
    expect(explanation?.remedies).toContain('reset-password')
    expect(explanation?.remedies).not.toContain('use-modern-sign-in')
  })

  it('names OVHcloud’s control panel only when the provider is OVHcloud', () => {
    const steps = (company?: string) =>
      (explainCode('535', company ? { company } : {})?.steps ?? []).map((step) => en(step.key))
    expect(steps('OVHcloud').join(' ')).toContain('OVHcloud Control Panel')
    for (const other of [undefined, 'Aruba', 'Microsoft']) {
      expect(steps(other).join(' '), String(other)).not.toContain('OVHcloud')
      expect(steps(other)).toContain(
        'In your provider’s control panel, look at the state of the email account.',
      )
    }
    expect(itT('knowledge:steps.checkAccountStateAtProvider')).not.toContain('OVHcloud')
  })

  it('keeps OVHcloud’s sending limits out of a 555 explanation for another provider', () => {
    const notes = (company?: string) =>
      (explainCode('555', company ? { company } : {})?.notes ?? []).map((note) => note.key)
    expect(notes('OVHcloud')).toContain('knowledge:notes.ovhLimits')
    expect(notes()).toContain('knowledge:notes.ovhLimits')
    expect(notes('Aruba')).not.toContain('knowledge:notes.ovhLimits')
  })
})

describe('an enhanced code the words contradict', () => {
  const noteKeys = (text: string) => explainCode(text)?.notes.map((note) => note.key) ?? []

  it.each([
    ['550 5.1.1 Mailbox full, quota exceeded', '5.1.1'],
    ['552 5.2.0 Mittente non consentito / Sender not allowed ( header-from )', '5.2.0'],
  ])('leaves out the code’s own meaning under words that name another cause: “%s”', (text, code) => {
    const explanation = explainCode(text)
    expect(explanation?.enhancedCode).toBe(code)
    expect(explanation?.enhanced).toBeNull()
    expect(explanation?.notes).toContainEqual({ key: 'knowledge:notes.wordsOverCode', params: { code } })
  })

  it.each([
    '550 5.1.1 <anna@example.it>: Recipient address rejected: User unknown',
    '554 5.7.1 Message rejected as spam by Content Filtering',
    '550 5.4.1 Recipient address rejected: Access denied',
  ])(
    'keeps the code’s meaning where the words agree with it or it is one any refusal carries: “%s”',
    (text) => {
      expect(explainCode(text)?.enhanced).not.toBeNull()
      expect(noteKeys(text)).not.toContain('knowledge:notes.wordsOverCode')
    },
  )
})
