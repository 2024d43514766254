import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the opensmtpd layout', () => {
  it('OpenSMTPD: `rcpt: reason` after the MAILER-DAEMON greeting', async () => {
    expect(await readSisimai('lhost-opensmtpd-05.eml')).toMatchObject({
      format: 'opensmtpd',
      recipient: 'kijitora@mail.example.co.jp',
      reason: 'expired',
    })
  })
  it('reads each `rcpt: reason` line as its own recipient', async () => {
    const info = await readSisimai('lhost-opensmtpd-02.eml')
    expect(
      info.recipients.map(({ recipient, enhancedCode, reason }) => ({ recipient, enhancedCode, reason })),
    ).toEqual([
      { recipient: 'mailboxfull@example.jp', enhancedCode: '5.2.2', reason: 'mailboxfull' },
      { recipient: 'userunknown@example.jp', enhancedCode: '5.1.1', reason: 'userunknown' },
    ])
  })
})
