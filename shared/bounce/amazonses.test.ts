import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the Amazon SES layout', () => {
  it('reads a Delivery notification as a delivery, with its SMTP response', async () => {
    expect(await readSisimai('lhost-amazonses-12.eml')).toMatchObject({
      format: 'amazonses',
      recipient: 'success@simulator.amazonses.com',
      replyCode: 250,
      enhancedCode: '2.6.0',
      reason: 'delivered',
      remedies: [],
    })
  })

  it('reads a Complaint notification as a feedback report, not a bounce', async () => {
    expect(await readSisimai('lhost-amazonses-11.eml')).toMatchObject({
      format: 'amazonses',
      reason: 'feedback',
    })
  })
})
