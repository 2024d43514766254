import { describe, expect, it } from 'vitest'
import type { Finding } from '../report'
import { knownSession } from './fixture'
import { toHtml, toMarkdown } from './index'

const spf: Finding = {
  id: 'dns.spf',
  subject: '_spf.example.it',
  status: 'warn',
  title: { key: 'dns:spf.missingTitle', params: { domain: 'example.it' } },
  detail: {
    key: 'dns:spf.missingDetail',
    params: { domain: 'example.it', suggestion: 'v=spf1 include:mx.ovh.com ~all' },
  },
  evidence: {},
  durationMs: 3,
  remedies: ['fix-spf'],
}

/** The known session, with an SPF finding and a route decided by a pasted 5.7.139. */
function session() {
  const base = knownSession()
  return {
    ...base,
    report: { ...base.report, findings: [...base.report.findings, spf] },
    path: [
      ...base.path,
      {
        nodeId: 'send-error-route',
        question: { key: 'tree:routes.send-error-route' },
        answer: 'use-modern-sign-in',
        answerLabel: { key: 'remedy:use-modern-sign-in.title' },
        by: 'automatic' as const,
        decidedBy: [],
        because: { key: 'tree:because.modernSignIn', params: { domain: 'example.it' } },
        pasted: '535 5.7.139',
      },
    ],
  }
}

describe('a report pasted into a ticket or a DNS panel', () => {
  for (const language of ['en', 'it'] as const)
    for (const shareSafely of [false, true])
      it(`keeps DNS names and values exact, in code, with no raw placeholder (${language}${shareSafely ? ', shared safely' : ''})`, () => {
        const markdown = toMarkdown(session(), language, { shareSafely })
        expect(markdown).toContain('`v=spf1 include:mx.ovh.com ~all`')
        expect(markdown).toContain('`_spf.example.it`')
        expect(markdown).not.toMatch(/\\[~_]/)
        expect(markdown).not.toMatch(/\{\{|\}\}/)
        const html = toHtml(session(), language, { shareSafely })
        expect(html).toContain('<code>v=spf1 include:mx.ovh.com ~all</code>')
        expect(html).not.toMatch(/\{\{|\}\}/)
      })

  it('names the pasted code that decided the route in "what decided it", with the reason the person saw', () => {
    const markdown = toMarkdown(session(), 'en', { shareSafely: false })
    const decided = markdown.slice(
      markdown.indexOf('**What decided it:**'),
      markdown.indexOf('**Notes from support:**'),
    )
    expect(decided).toContain('- What was pasted: `535 5.7.139`')
    expect(decided).toContain(
      'The message says your provider no longer accepts the mailbox password from mail programs.',
    )
    expect(toHtml(session(), 'it', { shareSafely: false })).toContain(
      'Il testo incollato: <code>535 5.7.139</code>',
    )
  })
})
