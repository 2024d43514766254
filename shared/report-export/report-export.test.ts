import { describe, expect, it } from 'vitest'
import { KNOWN_PASSWORD, knownSession, typicalSession } from './fixture'
import {
  escapeHtml,
  exportSession,
  maskForSharing,
  maskText,
  MASKED_IPV4,
  MASKED_IPV6,
  redactSecrets,
  toHtml,
  toJson,
  toMarkdown,
  type ExportFormat,
} from './index'

const PASSWORD_BASE64 = btoa(`\0mario.rossi@example.it\0${KNOWN_PASSWORD}`)

describe('report export', () => {
  it('copies a typical session as Markdown of at most 8 KB, while HTML and JSON keep every piece of evidence', () => {
    const session = typicalSession()
    for (const language of ['en', 'it'] as const) {
      const markdown = toMarkdown(session, language, { shareSafely: false })
      expect(new TextEncoder().encode(markdown).length, language).toBeLessThanOrEqual(8 * 1024)
      const html = toHtml(session, language, { shareSafely: false })
      expect(html).toContain('250-ENHANCEDSTATUSCODES')
      expect(html).toContain('fingerprint256')
    }
    expect(toJson(session, { shareSafely: false })).toContain('250-ENHANCEDSTATUSCODES')
    expect(toMarkdown(session, 'en', { shareSafely: false })).not.toContain('250-ENHANCEDSTATUSCODES')
  })

  it('starts with the summary: problem, remedy, who acts, what decided it and the notes, then the detail', () => {
    const markdown = toMarkdown(knownSession(), 'en', { shareSafely: false })
    const order = [
      '**Problem:** I can’t send email',
      '**Remedy reached:** ',
      '**Who needs to act:** You',
      '**What decided it:**',
      '**Notes from support:**',
      'Customer mario.rossi@example.it',
      '## Answers given',
      '## Findings (3)',
    ].map((text) => markdown.indexOf(text))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const decided = markdown.slice(
      markdown.indexOf('**What decided it:**'),
      markdown.indexOf('**Notes from support:**'),
    )
    expect(decided).toMatch(/^- ! Worth a look: /m)
    expect(decided).toContain(
      '- “Where the domain sends its mail (checked automatically)” went on to “Point your domain’s mail to your email service”\n  - ! decided by: The domain couldn’t be read — Worth a look',
    )
    expect(markdown).toMatch(/^3\. Where the domain sends its mail .* _\(automatic\)_$/m)
    expect(decided).not.toContain('Pass: ')
    const html = toHtml(knownSession(), 'it', { shareSafely: false })
    expect(html.indexOf('Chi deve intervenire')).toBeLessThan(html.indexOf('<h2>Risposte date</h2>'))
    expect(html.indexOf('Note del supporto')).toBeLessThan(html.indexOf('<section class="finding'))
  })

  for (const language of ['en', 'it'] as const) {
    for (const shareSafely of [false, true]) {
      const suffix = `${language}${shareSafely ? '.safe' : ''}`
      it(`writes the known session as the expected Markdown (${suffix})`, async () => {
        await expect(toMarkdown(knownSession(), language, { shareSafely })).toMatchFileSnapshot(
          `./__golden__/session.${suffix}.md`,
        )
      })
      it(`writes the known session as the expected HTML (${suffix})`, async () => {
        await expect(toHtml(knownSession(), language, { shareSafely })).toMatchFileSnapshot(
          `./__golden__/session.${suffix}.html`,
        )
      })
    }
  }

  it('writes the known session as the expected JSON, a superset of the Report', async () => {
    const text = toJson(knownSession(), { shareSafely: false })
    await expect(text).toMatchFileSnapshot('./__golden__/session.json')
    const value = JSON.parse(text) as Record<string, unknown>
    expect(value).toMatchObject({
      tool: 'maildoctor',
      sessionId: 'session-0001',
      outcome: 'unsolved',
      remedyId: 'fix-mx',
      path: knownSession().path,
    })
    expect(value.findings).toHaveLength(3)
  })

  it('never writes the password, in any format, language or mode', () => {
    for (const format of ['md', 'html', 'json'] as ExportFormat[])
      for (const language of ['en', 'it'] as const)
        for (const shareSafely of [false, true]) {
          const text = exportSession(knownSession(), format, language, { shareSafely })
          expect(text).not.toContain(KNOWN_PASSWORD)
          expect(text).not.toContain(PASSWORD_BASE64)
          expect(text).not.toContain(btoa('mario.rossi@example.it'))
        }
  })

  it('shows the phases of a failed connection and the notes in Markdown, and the transcript and certificate in HTML', () => {
    const text = toMarkdown(knownSession(), 'en', { shareSafely: false })
    expect(text).toContain('Timings: DNS lookup 12 ms · Connection 35 ms')
    expect(text).toContain('Total 1260 ms')
    expect(text).toContain('Customer mario.rossi@example.it says it fails from 203.0.113.9')
    expect(text).toContain('- **Outcome:** Not solved')
    const html = toHtml(knownSession(), 'en', { shareSafely: false })
    expect(html).toContain('+247 ms S: 220 smtp.mail.example.net ESMTP ready')
    expect(html).toContain('+330 ms C: AUTH PLAIN ***')
    expect(html).toContain('CN=Example CA')
  })

  it('shares safely: no local part, no IP address anywhere, domains and timings kept', () => {
    for (const format of ['md', 'html', 'json'] as ExportFormat[]) {
      const text = exportSession(knownSession(), format, 'it', { shareSafely: true })
      expect(text, format).not.toMatch(/mario/)
      expect(text, format).not.toMatch(/203\.0\.113\.9|192\.0\.2\.10|198\.51\.100\.4|2001:db8::25/)
      expect(text, format).toContain('***@example.it')
      expect(text, format).toContain(MASKED_IPV4)
      if (format === 'md') continue
      expect(text, format).toContain(MASKED_IPV6)
      expect(text, format).toContain('mx1.mail.example.net')
    }
    const safe = maskForSharing(knownSession())
    expect(safe.report.startedAt).toBe('2026-11-24T09:14:02.000Z')
    expect(safe.report.findings[0]?.evidence.localPart).toBe('***')
  })

  it('masks addresses and IPs but leaves times, versions and ports alone', () => {
    expect(maskText('a.b+c@bücher.de at 10.0.0.1 or [fe80::1]:25')).toBe(
      `***@bücher.de at ${MASKED_IPV4} or [${MASKED_IPV6}]:25`,
    )
    expect(maskText('2026-11-24T09:14:02.000Z v1.2.3 mx1.example.com:25 12:30:45')).toBe(
      '2026-11-24T09:14:02.000Z v1.2.3 mx1.example.com:25 12:30:45',
    )
    expect(maskText('2001:db8:0:0:0:0:0:1 and ::ffff:192.0.2.1')).toBe(`${MASKED_IPV6} and ${MASKED_IPV6}`)
  })

  it('masks reverse and blocklist names, IPv6 after IPv6: and an address that ends a sentence', () => {
    expect(maskText('PTR 1.0.0.127.in-addr.arpa and 2.0.0.127.zen.spamhaus.org, at 10.0.0.1.')).toBe(
      `PTR ${MASKED_IPV4}.in-addr.arpa and ${MASKED_IPV4}.zen.spamhaus.org, at ${MASKED_IPV4}.`,
    )
    const nibbles = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2'
    expect(maskText(`${nibbles}.ip6.arpa ${nibbles.toUpperCase()}.IP6.ARPA`)).toBe(
      '*.*.*.*.ip6.arpa *.*.*.*.IP6.ARPA',
    )
    expect(maskText('from [IPv6:2001:DB8::1] via fe80::1%eth0 and 64:ff9b::192.0.2.1')).toBe(
      `from [IPv6:${MASKED_IPV6}] via ${MASKED_IPV6}%eth0 and ${MASKED_IPV6}`,
    )
    expect(maskText('a@b.c@d.e x@y')).toBe('***@b.c@d.e ***@y')
  })

  it('masks long hostile evidence in linear time', () => {
    const hostile = `${'a'.repeat(100_000)} ${'b.'.repeat(50_000)}@${'c-'.repeat(50_000)}`
    const started = performance.now()
    const masked = maskText(hostile)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(masked.startsWith('a'.repeat(100_000))).toBe(true)
    expect(masked).toContain('***@c-c-')
  })

  it('masks credentials in IMAP and POP3 transcripts and evidence fields named like secrets', () => {
    const session = knownSession()
    const first = session.report.findings[0]
    if (!first) throw new Error('fixture changed')
    first.evidence = {
      transcript: [
        { dir: 'C', line: 'a1 LOGIN mario hunter2', atMs: 1 },
        { dir: 'C', line: 'PASS hunter2', atMs: 2 },
        { dir: 'S', line: '+ ', atMs: 3 },
        { dir: 'C', line: 'aHVudGVyMg==', atMs: 4 },
      ],
      nested: { apiToken: 'hunter2', clientSecret: 'hunter2' },
    }
    const text = JSON.stringify(redactSecrets(session))
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('aHVudGVyMg==')
    expect(text).toContain('a1 LOGIN mario ***')
  })

  it('writes HTML that needs nothing from outside and runs no script', () => {
    for (const language of ['en', 'it'] as const) {
      const html = toHtml(knownSession(), language, { shareSafely: false })
      expect(html).toContain(`<html lang="${language}">`)
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(/i)
      expect(html).toContain("default-src 'none'")
      expect(html).toContain('@media print')
    }
  })

  it('escapes what could be taken for markup', () => {
    const session = knownSession()
    session.notes = '<script>alert(1)</script> [link](http://evil) ```'
    const html = toHtml(session, 'en', { shareSafely: false })
    expect(html).not.toContain('<script>')
    expect(html).toContain(escapeHtml('<script>alert(1)</script>'))
    const markdown = toMarkdown(session, 'en', { shareSafely: false })
    expect(markdown).toContain('````text\n<script>alert(1)</script> [link](http://evil) ```\n````')
  })
})
