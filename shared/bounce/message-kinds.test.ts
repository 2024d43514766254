import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

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
})
