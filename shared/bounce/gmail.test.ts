import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the gmail layout', () => {
  it('Gmail: "(state 18)" is the stage after DATA, where a refusal without a specific code is a filter', async () => {
    expect(await readSisimai('lhost-gmail-03.eml')).toMatchObject({
      format: 'gmail',
      recipient: 'kijitora@example.co.jp',
      enhancedCode: '5.7.0',
      command: 'DATA',
      reason: 'filtered',
    })
  })

  it('Gmail: "(state 14)" is the answer to RCPT TO, and a specific code keeps its own reason', async () => {
    expect(await readSisimai('lhost-gmail-06.eml')).toMatchObject({
      format: 'gmail',
      enhancedCode: '4.2.2',
      command: 'RCPT',
      reason: 'mailboxfull',
    })
  })

  it("Google Workspace: a misconfigured 'Send mail as' address is the sender refused", async () => {
    expect(await readSisimai('lhost-googleworkspace-01.eml')).toMatchObject({
      format: 'gmail',
      reason: 'rejected',
    })
  })
})
