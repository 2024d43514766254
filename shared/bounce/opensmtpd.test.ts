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

  it('reads the later greeting ("this email") and pairs each report recipient with its line', async () => {
    const info = await readSisimai('lhost-opensmtpd-17.eml')
    expect(info.format).toBe('opensmtpd')
    expect(
      info.recipients.map(({ replyCode, enhancedCode, reason }) => [replyCode, enhancedCode, reason]),
    ).toEqual([
      [550, '5.1.1', 'userunknown'],
      [552, '5.2.2', 'mailboxfull'],
    ])
  })
  it("names the reason of OpenSMTPD's own texts: no MX for the domain is a domain that takes no mail", async () => {
    const info = await readSisimai('lhost-opensmtpd-12.eml')
    expect(info).toMatchObject({
      action: 'delayed',
      diagnostic: 'No MX found for domain',
      reason: 'notaccept',
    })
  })
})
