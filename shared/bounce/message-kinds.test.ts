import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

describe('messages that are not bounces', () => {
  it.each(['rfc3834-01.eml', 'rfc3834-02.eml', 'rfc3834-03.eml', 'rfc3834-04.eml'])(
    'names the auto-reply %s for what it is (RFC 3834), with no remedy',
    async (file) => {
      const info = await readSisimai(file)
      expect(info).toMatchObject({ format: 'autoreply', reason: 'vacation', remedies: [] })
    },
  )

  it.each(['arf-01.eml', 'arf-11.eml', 'arf-12.eml'])(
    'names the complaint report %s for what it is (RFC 5965), read from the message',
    async (file) => {
      const info = await readSisimai(file)
      expect(info).toMatchObject({ format: 'arf', reason: 'feedback', remedies: [] })
      expect(info.origin.reason).toBe('read')
    },
  )

  it('marks a reason worked out from the text as inferred, and codes written in the message as read', async () => {
    const info = await readSisimai('lhost-postfix-02.eml')
    expect(info.origin).toEqual({ replyCode: 'read', enhancedCode: 'read', reason: 'inferred' })
  })

  it('names an Apple Mail unsubscribe request for what it is, read from its X-Apple-Unsubscribe header', async () => {
    const info = await readSisimai('arf-26.eml')
    expect(info).toMatchObject({ format: 'unsubscribe', reason: 'feedback', remedies: [] })
    expect(info.origin.reason).toBe('read')
  })

  it.each([
    [
      'Delivered: Quote',
      'Your message has been delivered to the following recipients:\n\nbob@contoso.example.com',
    ],
    [
      'Recapitato: Preventivo',
      'Il messaggio è stato recapitato ai destinatari seguenti:\n\nmario@ditta.example.it',
    ],
    [
      'Relayed: Quote',
      'Delivery to these recipients or groups is complete, but no delivery notification was sent.',
    ],
  ])(
    'reads a delivery receipt written out ("%s") as delivered, not as a returned message',
    async (subject, body) => {
      const info = await parseBounce(`From: postmaster@contoso.example.com\nSubject: ${subject}\n\n${body}\n`)
      expect(info).toMatchObject({ format: 'receipt', reason: 'delivered', retry: 'none', remedies: [] })
    },
  )

  it('keeps a notice that says some recipients got it and others did not a returned message', async () => {
    const info = await parseBounce(
      'Subject: Undeliverable: Quote\n\nYour message has been delivered to the following recipients: bob@contoso.example.com\n\nDelivery has failed to these recipients: anna@contoso.example.com\n550 5.1.1 User unknown\n',
    )
    expect(info.reason).toBe('userunknown')
  })
})
