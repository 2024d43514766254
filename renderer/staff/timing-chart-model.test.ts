import { describe, expect, it } from 'vitest'
import type { Finding } from '../../shared/report'
import { buildTimingChart, niceScale } from './timing-chart-model'

function finding(
  id: Finding['id'],
  durationMs: number,
  evidence: Record<string, unknown> = {},
  subject?: string,
): Finding {
  return {
    id,
    ...(subject ? { subject } : {}),
    status: 'pass',
    title: { key: 'x' },
    detail: { key: 'x' },
    evidence,
    durationMs,
    remedies: [],
  }
}

describe('timing chart model', () => {
  it('lays the phases of a probe end to end, in the order they happen, with the rest as other', () => {
    const model = buildTimingChart(
      [
        finding(
          'smtp.submission',
          1300,
          { timings: { tls: 60, dns: 12, connect: 35, banner: 210, auth: 930, total: 1300 } },
          'smtp.example.net:587',
        ),
        finding('dns.mx', 40),
      ],
      1400,
    )
    expect(model.probes).toHaveLength(1)
    expect(model.probes[0]?.subject).toBe('smtp.example.net:587')
    expect(model.probes[0]?.segments).toEqual([
      { phase: 'dns', startMs: 0, ms: 12 },
      { phase: 'connect', startMs: 12, ms: 35 },
      { phase: 'banner', startMs: 47, ms: 210 },
      { phase: 'tls', startMs: 257, ms: 60 },
      { phase: 'auth', startMs: 317, ms: 930 },
      { phase: 'other', startMs: 1247, ms: 53 },
    ])
    expect(model.probesScaleMs).toBe(2000)
    expect(model.whole.map((row) => [row.checkId, row.totalMs])).toEqual([
      ['smtp.submission', 1300],
      ['dns.mx', 40],
    ])
    expect(model.wholeTotalMs).toBe(1400)
    expect(model.slowest?.checkId).toBe('smtp.submission')
  })

  it('ignores evidence without usable timings and phases that are not numbers', () => {
    const model = buildTimingChart(
      [
        finding('imap', 10, { timings: 'fast' }),
        finding('pop3', 10, { timings: { dns: 'slow', connect: -4, total: 0 } }),
        finding('imaps', 10, { timings: { connect: 5, banner: Number.NaN } }),
      ],
      20,
    )
    expect(model.probes.map((row) => [row.checkId, row.totalMs, row.segments])).toEqual([
      ['imaps', 5, [{ phase: 'connect', startMs: 0, ms: 5 }]],
    ])
  })

  it('has an empty probe chart and no slowest check when nothing ran', () => {
    const model = buildTimingChart([], 0)
    expect(model).toMatchObject({ probes: [], whole: [], slowest: null, wholeTotalMs: 0 })
  })

  it('rounds scales up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 7, 11, 150, 200, 201, 999, 5001].map(niceScale)).toEqual([
      10, 10, 20, 200, 200, 500, 1000, 10000,
    ])
  })
})
