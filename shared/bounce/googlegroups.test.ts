import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'
import { parseBounce } from './parse-bounce'

describe('the googlegroups layout', () => {
  it('Google Groups: a refused post is not an auto-reply', async () => {
    expect(await readSisimai('lhost-googlegroups-01.eml')).toMatchObject({
      format: 'googlegroups',
      recipient: 'libsisimai@googlegroups.com',
      reason: 'rejected',
    })
  })

  it("reads Google Groups' refusal pasted without its headers as a refused post, not retried", async () => {
    const pasted = [
      "We're writing to let you know that the group you tried to contact (team-news) may not exist, or you",
      'may not have permission to post messages to the group. A few more details on why you were not able',
      'to post:',
      '* You may need to join the group before receiving permission to post.',
    ].join('\n')
    expect(await parseBounce(pasted)).toMatchObject({
      format: 'googlegroups',
      reason: 'rejected',
      retry: 'permanent',
    })
    expect(await parseBounce('Please check whether you have permission to post in the forum.')).toMatchObject(
      {
        reason: 'undefined',
      },
    )
  })
})
