import { describe, expect, it } from 'vitest'
import type { CheckId, Finding } from '../../shared/report'
import { replaceFindings } from './check-slice'

function finding(id: CheckId, subject: string | undefined, durationMs: number): Finding {
  return {
    id,
    ...(subject !== undefined ? { subject } : {}),
    status: 'pass',
    title: { key: 'dns:x' },
    detail: { key: 'dns:y' },
    evidence: {},
    durationMs,
    remedies: [],
  }
}

describe('replaceFindings', () => {
  const before = [
    finding('input.domain', 'shop.test', 1),
    finding('dns.mx', 'shop.test', 10),
    finding('smtp.mx', 'mx1:25', 20),
    finding('smtp.mx', 'mx2:25', 21),
    finding('dns.spf', 'shop.test', 30),
  ]

  it('puts the new findings where the old ones of that check were', () => {
    const after = replaceFindings(before, 'smtp.mx', [finding('smtp.mx', 'mx1:25', 99)])
    expect(after.map((item) => `${item.id} ${item.subject ?? ''} ${item.durationMs}`)).toEqual([
      'input.domain shop.test 1',
      'dns.mx shop.test 10',
      'smtp.mx mx1:25 99',
      'dns.spf shop.test 30',
    ])
  })

  it('leaves the other checks untouched and adds a check that was not there at the end', () => {
    const after = replaceFindings(before, 'dns.dmarc', [finding('dns.dmarc', 'shop.test', 5)])
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after.at(-1)?.id).toBe('dns.dmarc')
  })

  it('drops the old findings when the check reported nothing this time', () => {
    expect(replaceFindings(before, 'dns.mx', []).map((item) => item.id)).toEqual([
      'input.domain',
      'smtp.mx',
      'smtp.mx',
      'dns.spf',
    ])
  })
})
