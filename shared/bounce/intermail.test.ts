import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

describe('the intermail layout', () => {
  it('reads the InterMail notice of TIM (tin.it): the status, its label and the remote server\u2019s words', async () => {
    // Notice quoted on http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/Suggerimento007.htm (see fixtures/italian/SOURCE.md).
    const info = await parseBounce(
      readFileSync(join(import.meta.dirname, 'fixtures', 'italian', 'tin-casella-piena.eml'), 'utf8'),
    )
    expect(info).toMatchObject({
      format: 'intermail',
      recipient: 'tizio@virgilio.it',
      enhancedCode: '5.2.2',
      remoteMta: 'ims1c.cp.tin.it',
      retry: 'temporary', // a full mailbox is persistent transient (RFC 3463 X.2.2), whatever its class
      reason: 'mailboxfull',
    })
    expect(info.diagnostic).toContain('Mailbox disk quota exceeded')
  })

  it('lists every recipient of the notice, each with its own status', async () => {
    const info = await parseBounce(
      [
        'These recipients of your message have been processed by the mail server:',
        'anna@virgilio.it; Failed; 5.1.1 (bad destination mailbox address)',
        'bruno@virgilio.it; Failed; 5.2.2 (mailbox full)',
      ].join('\n'),
    )
    expect(
      info.recipients.map(({ recipient, enhancedCode, reason }) => ({ recipient, enhancedCode, reason })),
    ).toEqual([
      { recipient: 'anna@virgilio.it', enhancedCode: '5.1.1', reason: 'userunknown' },
      { recipient: 'bruno@virgilio.it', enhancedCode: '5.2.2', reason: 'mailboxfull' },
    ])
  })
})
