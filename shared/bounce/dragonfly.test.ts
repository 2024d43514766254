import { describe, expect, it } from 'vitest'
import { readSisimai } from '../../scripts/corpus-measure'

describe('the DragonFly Mail Agent layout', () => {
  it("reads the remote host's answer and the command it refused", async () => {
    expect(await readSisimai('lhost-dragonfly-05.eml')).toMatchObject({
      format: 'dragonfly',
      recipient: 'authfailure@libsisimai.net',
      remoteMta: 'mail-inbound.libsisimai.net',
      command: 'RCPT',
      enhancedCode: '5.7.26',
      reason: 'authfailure',
    })
  })

  it('reads "Giving up" after the retry period as expired', async () => {
    expect(await readSisimai('lhost-dragonfly-29.eml')).toMatchObject({
      format: 'dragonfly',
      recipient: 'expired@libsisimai.net',
      reason: 'expired',
    })
  })

  it('reads a DNS lookup failure as an unknown host', async () => {
    expect(await readSisimai('lhost-dragonfly-04.eml')).toMatchObject({
      format: 'dragonfly',
      recipient: 'postmaster@cx.libsisimai.org',
      reason: 'hostunknown',
    })
  })
})
