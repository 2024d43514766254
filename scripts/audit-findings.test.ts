import { describe, expect, it } from 'vitest'
import { judgeAudit, parseAuditCsv } from './audit-findings'

const CSV = `issue, severity, confidence, filename, location, sample, description, url
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","electron/external-links.ts","11:8","await shell.openExternal(link.href)","Review the use of openExternal",https://example.invalid/a
PRELOAD_JS_CHECK,"MEDIUM","FIRM","electron/main.ts","113:6","preload: join(here, ""../preload/preload.cjs""),","Review the use of preload scripts",https://example.invalid/b
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'none'","One or more CSP directives detected seems to be vulnerable",https://example.invalid/c
`

const OPEN_CALL = 'await shell.openExternal(link.href)'
const PRELOAD_CALL = `preload: join(here, "../preload/preload.cjs"),`

describe('the security audit verdict', () => {
  const findings = parseAuditCsv(CSV)

  it('reads the CSV report, quotes and commas included', () => {
    expect(findings).toHaveLength(3)
    expect(findings[1]).toMatchObject({
      issue: 'PRELOAD_JS_CHECK',
      severity: 'MEDIUM',
      file: 'electron/main.ts',
      description: 'Review the use of preload scripts',
    })
  })

  it('fails on a medium finding nobody explained, and passes once it is explained', () => {
    const reason = 'The preload exposes only the functions of the IPC contract.'
    const preload = { issue: 'PRELOAD_JS_CHECK', file: 'electron/main.ts', call: PRELOAD_CALL, reason }
    const partial = judgeAudit(findings, [preload])
    expect(partial.unexplained.map((finding) => finding.issue)).toEqual(['OPEN_EXTERNAL_JS_CHECK'])
    const full = judgeAudit(findings, [
      preload,
      { issue: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/external-links.ts', call: OPEN_CALL, reason },
    ])
    expect(full).toEqual({ unexplained: [], withoutReason: [], stale: [] })
  })

  it('rejects an explanation without a reason, and one that no longer matches anything', () => {
    const verdict = judgeAudit(findings, [
      { issue: 'PRELOAD_JS_CHECK', file: 'electron/main.ts', call: PRELOAD_CALL, reason: 'fine' },
      {
        issue: 'NODE_INTEGRATION_JS_CHECK',
        file: 'electron/main.ts',
        call: 'nodeIntegration: true',
        reason: 'An old finding that was fixed.',
      },
    ])
    expect(verdict.withoutReason.map((entry) => entry.issue)).toEqual(['PRELOAD_JS_CHECK'])
    expect(verdict.stale.map((entry) => entry.issue)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
  })

  it('explains only the exact call: a new one of the same kind in the same file fails', () => {
    const added = parseAuditCsv(
      `${CSV}OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","electron/external-links.ts","20:2","await shell.openExternal(url)","Review the use of openExternal",https://example.invalid/a\n`,
    )
    const reason = 'The one wrapper around shell.openExternal, behind the allowlist.'
    const verdict = judgeAudit(added, [
      { issue: 'PRELOAD_JS_CHECK', file: 'electron/main.ts', call: PRELOAD_CALL, reason },
      { issue: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/external-links.ts', call: OPEN_CALL, reason },
    ])
    expect(verdict.unexplained.map((finding) => finding.sample)).toEqual(['await shell.openExternal(url)'])
  })
})
