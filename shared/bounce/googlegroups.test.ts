import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the googlegroups layout', () => {
  it('Google Groups: a refused post is not an auto-reply', async () => {
    expect(await readSisimai('lhost-googlegroups-01.eml')).toMatchObject({
      format: 'googlegroups',
      recipient: 'libsisimai@googlegroups.com',
      reason: 'rejected',
    })
  })
})
