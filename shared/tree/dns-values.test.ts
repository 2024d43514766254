import { describe, expect, it } from 'vitest'
import { mailProvider } from '../knowledge/provider-catalogue'
import type { Finding } from '../report'
import { mxValues } from './dns-values'

function finding(id: Finding['id'], status: Finding['status'], evidence: Record<string, unknown>): Finding {
  return { id, status, title: { key: 'x' }, detail: { key: 'x' }, evidence, durationMs: 1, remedies: [] }
}

describe('the MX values a DNS-change remedy shows in its steps', () => {
  it('are the records the check against the offer named says to add and to remove', () => {
    const compared = finding('dns.mx.provider', 'fail', {
      mxHosts: ['mail.elsewhere.test'],
      changes: {
        add: [{ preference: 1, exchange: 'mx0.mail.ovh.net' }],
        remove: [{ preference: 10, exchange: 'mail.elsewhere.test' }],
        change: [],
      },
    })
    expect(mxValues([compared], null, 'wrong-mx.test')).toEqual({
      kind: 'exact',
      values: [
        { action: 'add', preference: 1, exchange: 'mx0.mail.ovh.net' },
        { action: 'remove', preference: 10, exchange: 'mail.elsewhere.test' },
      ],
    })
  })

  it('for a provider found, not named, are its published set against the hosts seen', () => {
    const seen = finding('dns.mx.provider', 'info', { mxHosts: ['mx.aruba.it'] })
    const values = mxValues([seen], mailProvider('microsoft365') ?? null, 'studio.test')
    expect(values).toEqual({
      kind: 'exact',
      values: [
        { action: 'add', preference: 0, exchange: 'studio-test.mail.protection.outlook.com' },
        { action: 'remove', preference: null, exchange: 'mx.aruba.it' },
      ],
    })
  })

  it('for an unknown provider, are what to ask for, with the records published now', () => {
    const seen = finding('dns.mx.provider', 'info', { mxHosts: ['mail.elsewhere.test'] })
    expect(mxValues([seen], null, 'x.test')).toEqual({ kind: 'ask', published: ['mail.elsewhere.test'] })
    expect(mxValues([], null, 'x.test')).toEqual({ kind: 'ask', published: [] })
  })
})
