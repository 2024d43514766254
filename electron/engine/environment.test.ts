import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { engineOptionsFromEnvironment } from './environment'

describe('engine options from the environment', () => {
  it('reads resolvers, probe ports and an extra CA file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-env-'))
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    writeFileSync(join(dir, 'ca.pem'), pem)
    expect(
      engineOptionsFromEnvironment({
        MAILDOCTOR_DNS: '127.0.0.1:5353',
        MAILDOCTOR_PORTS: 'smtp=2525, imaps=2993',
        MAILDOCTOR_EXTRA_CA: join(dir, 'ca.pem'),
      }),
    ).toEqual({ dnsServers: ['127.0.0.1:5353'], ports: { smtp: 2525, imaps: 2993 }, extraCaPem: pem })
    expect(engineOptionsFromEnvironment({})).toEqual({})
  })

  it('names the variable that is wrong', () => {
    expect(() => engineOptionsFromEnvironment({ MAILDOCTOR_PORTS: 'ftp=21' })).toThrow(
      /MAILDOCTOR_PORTS.*"ftp"/,
    )
    expect(() => engineOptionsFromEnvironment({ MAILDOCTOR_PORTS: 'imap=0' })).toThrow(/MAILDOCTOR_PORTS/)
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-env-'))
    writeFileSync(join(dir, 'notes.txt'), 'hello')
    expect(() => engineOptionsFromEnvironment({ MAILDOCTOR_EXTRA_CA: join(dir, 'notes.txt') })).toThrow(
      /MAILDOCTOR_EXTRA_CA/,
    )
  })
})
