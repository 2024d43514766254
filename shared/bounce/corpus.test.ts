import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './parse-bounce'

interface Expected {
  format: string
  hasDeliveryStatus?: boolean
  replyCode?: number | null
  enhancedCode?: string | null
  recipient?: string | null
  remoteMta?: string | null
  diagnosticIncludes?: string
  reportingMta?: string | null
  sendingIp?: string | null
  action?: string
  transient?: boolean | null
  serverText?: string[]
  list?: string
  relatedChecks?: string[]
  recipientsCount?: number
  enhancedRegistered?: boolean
}

const CORPUS = join(import.meta.dirname, 'corpus')
const expectations = JSON.parse(readFileSync(join(CORPUS, 'expectations.json'), 'utf8')) as Record<
  string,
  Expected
>
const FIELDS = [
  'format',
  'hasDeliveryStatus',
  'replyCode',
  'enhancedCode',
  'recipient',
  'remoteMta',
  'reportingMta',
  'sendingIp',
  'action',
  'transient',
] as const

describe('bounce corpus', () => {
  it('has at least 40 bounces, each with expectations', () => {
    const files = readdirSync(CORPUS).filter((name) => name !== 'expectations.json')
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(files.sort()).toEqual(Object.keys(expectations).sort())
  })

  for (const [file, expected] of Object.entries(expectations)) {
    it(`reads every expected field of ${file}`, async () => {
      const info = await parseBounce(readFileSync(join(CORPUS, file), 'utf8'))
      for (const field of FIELDS) {
        if (field in expected) expect(info[field], field).toEqual(expected[field])
      }
      if (expected.diagnosticIncludes) expect(info.diagnostic ?? '').toContain(expected.diagnosticIncludes)
      const ids = info.explanation?.serverText.map((entry) => entry.id) ?? []
      for (const id of expected.serverText ?? []) expect(ids, 'serverText').toContain(id)
      if (expected.list)
        expect(info.explanation?.serverText.find((entry) => entry.list !== undefined)?.list).toBe(
          expected.list,
        )
      for (const check of expected.relatedChecks ?? [])
        expect(info.explanation?.relatedChecks).toContain(check)
      if (expected.recipientsCount !== undefined)
        expect(info.recipients).toHaveLength(expected.recipientsCount)
      if (expected.enhancedRegistered !== undefined)
        expect(info.explanation?.enhanced?.registered).toBe(expected.enhancedRegistered)
      if (info.replyCode !== null || info.enhancedCode !== null)
        expect(info.remedies.length).toBeGreaterThan(0)
    })
  }
})
