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
})
