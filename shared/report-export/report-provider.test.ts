import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import type { SessionRecord } from '../session'
import { knownSession } from './fixture'
import { toHtml, toMarkdown } from './index'

/** Aruba found from the MX records, as the wizard found it, and the person's "yes, that is right". */
function arubaSession(): SessionRecord {
  const session = knownSession()
  const provider: Finding = {
    id: 'dns.mx.provider',
    subject: 'example.it',
    status: 'info',
    title: { key: 'dns:provider.recognisedTitle', params: { provider: 'Aruba' } },
    detail: {
      key: 'dns:provider.recognisedDetail',
      params: { offers: 'Aruba Hosting', hosts: 'mx.aruba.it' },
    },
    evidence: { mxHosts: ['mx.aruba.it'], recognised: ['aruba'] },
    durationMs: 1,
    remedies: [],
  }
  return {
    ...session,
    path: [
      ...session.path,
      {
        nodeId: 'provider-confirm',
        question: { key: 'tree:nodes.provider-confirm.title' },
        answer: 'yes',
        answerLabel: { key: 'tree:nodes.provider-confirm.answers.yes.label' },
      },
    ],
    report: { ...session.report, findings: [...session.report.findings, provider] },
  }
}

describe('the provider in reports', () => {
  for (const language of ['en', 'it'] as const) {
    it(`names the provider the wizard named, with no raw placeholder, in Markdown and HTML (${language})`, () => {
      for (const text of [
        toMarkdown(arubaSession(), language, { shareSafely: false }),
        toHtml(arubaSession(), language, { shareSafely: false }),
      ]) {
        expect(text).not.toMatch(/\{\{\s*[\w.]+\s*\}\}/)
        expect(text).toContain('Aruba Hosting')
      }
    })
  }

  it('says when nothing names the provider, rather than leaving a placeholder', () => {
    const markdown = toMarkdown(knownSession(), 'en', { shareSafely: false })
    expect(markdown).toContain('not recognised')
    expect(markdown).not.toMatch(/\{\{\s*[\w.]+\s*\}\}/)
  })
})
