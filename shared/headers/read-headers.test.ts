import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { remedyKeys } from '../knowledge/remedies'
import { MAX_HOPS, readHeaders } from './read-headers'
import type { HeaderReport } from './types'

const CORPUS = join(import.meta.dirname, 'corpus')
const read = (name: string, options = {}) => readHeaders(readFileSync(join(CORPUS, name), 'utf8'), options)
const ids = (report: HeaderReport) => report.remedies.map((remedy) => remedy.id)

/** Every remedy's title and steps, rendered in a language. */
function rendered(report: HeaderReport, lang: 'it' | 'en'): string {
  const i18n = createI18n(lang)
  return report.remedies
    .flatMap((remedy) => {
      const keys = remedyKeys(remedy.id)
      return [i18n.t(keys.title, remedy.params), ...keys.steps.map((key) => i18n.t(key, remedy.params))]
    })
    .join('\n')
}

describe('readHeaders on real header layouts', () => {
  it('Gmail receiving from OVHcloud: 27 minutes lost handing over to Gmail; SPF pass, DKIM none, DMARC fail: fix DKIM', async () => {
    const report = await read('gmail-from-ovh.eml')
    expect(report.hops.map((hop) => hop.by)).toEqual([
      'ghost-submission-6684bf9d7b-x2m9q',
      'director2.ghost.mail-out.ovh.net',
      'mo550.mail-out.ovh.net',
      'mx.google.com',
      '2002:a05:7208:3184:b0:8a:5c4f:9e2e',
    ])
    expect(report.hops[0]).toMatchObject({
      from: 'studiobianchi.it',
      at: '2024-03-11T10:00:02.000Z',
      delaySeconds: null,
    })
    expect(report.hops[3]).toMatchObject({
      from: 'mo550.mail-out.ovh.net',
      fromIp: '178.32.127.22',
      with: 'ESMTPS',
    })
    expect(report.hops.map((hop) => hop.delaySeconds)).toEqual([null, 0, 1, 1631, 1])
    expect(report.slowestHop).toBe(3)
    expect(report.totalDelaySeconds).toBe(1633)
    expect(report.hops[3]?.area).toBe('inTransit')
    expect(report.auth).toMatchObject({
      spf: 'pass',
      dkim: 'none',
      dmarc: 'fail',
      arc: null,
      recordedBy: 'mx.google.com',
    })
    expect(report.spam).toEqual([])
    expect(ids(report)).toEqual(['hand-over-delay', 'dkim-enable'])
    expect(report.remedies[1]?.params).toMatchObject({ record: '<selector>._domainkey.studiobianchi.it' })
    expect(rendered(report, 'en')).toContain(
      'mo550.mail-out.ovh.net took 27 min 11 s to hand the message to mx.google.com',
    )
    expect(rendered(report, 'it')).toContain('Attiva la firma della posta di studiobianchi.it (DKIM)')
  })

  it('Exchange Online: no delay, all checks pass, junked by the Microsoft filter (SCL 5, SFV:SPM)', async () => {
    const report = await read('exchange-online-junk.eml')
    expect(report.hops).toHaveLength(5)
    expect(report.hops[0]).toMatchObject({
      from: null,
      by: 'mail-ed1-f52.google.com',
      at: '2024-05-14T08:12:38.000Z',
    })
    expect(report.hops[1]).toMatchObject({
      from: 'mail-ed1-f52.google.com',
      fromIp: '209.85.208.52',
      with: 'Microsoft SMTP Server',
    })
    expect(report.hops.at(-1)).toMatchObject({ by: 'PAXPR04MB9123.eurprd04.prod.outlook.com', with: 'HTTPS' })
    expect(report.totalDelaySeconds).toBe(3)
    expect(report.beforeFirstHopSeconds).toBe(11)
    expect(report.auth).toMatchObject({
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
      compauth: 'pass',
      recordedBy: null,
    })
    const microsoft = report.spam.find((verdict) => verdict.source === 'X-Forefront-Antispam-Report')
    expect(microsoft).toMatchObject({ verdict: 'spam', score: 5, threshold: 5 })
    expect(microsoft?.fields).toMatchObject({
      SCL: '5',
      SFV: 'SPM',
      CAT: 'SPM',
      BCL: '0',
      CIP: '209.85.208.52',
    })
    expect(report.spam.find((verdict) => verdict.source === 'X-MS-Exchange-Organization-SCL')?.score).toBe(5)
    expect(ids(report)).toEqual(['no-delay-in-headers', 'filter-judged-spam'])
    expect(rendered(report, 'it')).toContain(
      'Il filtro antispam del destinatario ha messo il messaggio nello spam',
    )
  })

  it('Postfix with SpamAssassin: a sender clock 5 minutes ahead is skew, not delay; SPF softfail, blocklisted IP, content rules', async () => {
    const report = await read('postfix-spamassassin.eml')
    expect(report.hops[1]).toMatchObject({
      by: 'mx.officina-web.it',
      fromIp: '198.51.100.23',
      delaySeconds: -298,
      clockSkew: true,
    })
    expect(report.auth).toMatchObject({
      spf: 'softfail',
      dkim: 'pass',
      dmarc: 'pass',
      dkimSelector: 'mail',
      clientIp: '198.51.100.23',
    })
    expect(report.auth.sources.spf).toBe('Received-SPF')
    expect(report.spam[0]).toMatchObject({
      source: 'X-Spam-Status',
      filter: 'spamassassin',
      verdict: 'spam',
      score: 8.4,
      threshold: 5,
    })
    expect(report.spam[0]?.rules).toContain('RCVD_IN_SBL_CSS')
    expect(ids(report)).toEqual([
      'server-clock-skew',
      'spf-authorise-server',
      'sending-ip-delist',
      'sending-ip-ptr',
      'spam-content',
    ])
    expect(report.remedies[1]?.params).toMatchObject({
      mechanism: 'ip4:198.51.100.23',
      record: 'ferramenta-rossi.it',
    })
    const withProvider = await read('postfix-spamassassin.eml', { spfInclude: 'include:mx.ovh.com' })
    expect(withProvider.remedies[1]?.params).toMatchObject({ value: 'v=spf1 include:mx.ovh.com ~all' })
    expect(rendered(report, 'en')).toContain('Add ip4:198.51.100.23 before the final')
    expect(rendered(report, 'it')).toContain(
      'Il server della posta in uscita 198.51.100.23 è in una blacklist',
    )
  })

  it('Exim with rspamd: 35 minutes inside the recipient’s server; authentication passes; not spam', async () => {
    const report = await read('exim-rspamd-queue.eml')
    expect(report.hops.map((hop) => hop.with)).toEqual(['esmtpsa', 'esmtps', 'spam-scanned'])
    expect(report.hops[1]).toMatchObject({ from: 'smtp.studio-conti.example', fromIp: '203.0.113.40' })
    expect(report.hops[2]).toMatchObject({ delaySeconds: 2107, area: 'receivingSide' })
    expect(report.auth).toMatchObject({ spf: 'pass', dkim: 'pass', dmarc: 'pass', arc: 'none' })
    expect(report.spam[0]).toMatchObject({ filter: 'rspamd', verdict: 'notSpam', score: 1.4, threshold: 15 })
    expect(report.spam[0]?.fields.action).toBe('no action')
    expect(ids(report)).toEqual(['recipient-server-delay', 'mark-not-spam'])
    expect(rendered(report, 'en')).toContain('then waited 35 min 7 s between server12.hostingco.example')
  })

  it('qmail at Aruba: three hours in the sender’s outbox, the servers were quick; SpamAssassin says not spam', async () => {
    const report = await read('qmail-aruba-late.eml')
    expect(report.hops).toHaveLength(4)
    expect(report.hops[0]).toMatchObject({
      from: 'portatile',
      fromIp: '192.0.2.44',
      by: 'mail.officina-bassi.example',
    })
    expect(report.hops[2]).toMatchObject({
      from: 'mail.officina-bassi.example',
      by: 'smtp2-pc.ad.aruba.it',
      fromIp: '198.51.100.77',
    })
    expect(report.beforeFirstHopSeconds).toBe(11659)
    expect(report.totalDelaySeconds).toBe(7)
    expect(report.auth).toMatchObject({ spf: null, dkim: null, dmarc: null })
    expect(report.spam[0]).toMatchObject({
      verdict: 'notSpam',
      score: 1.5,
      threshold: 6,
      rules: ['BAYES_50', 'RDNS_NONE'],
    })
    expect(ids(report)[0]).toBe('outbox-delay')
    expect(rendered(report, 'it')).toContain('Il messaggio ha aspettato 3 h 14 min prima di partire')
  })

  it('Aruba to a Postfix list server: 7 minutes of greylisting, said by X-Greylist', async () => {
    const report = await read('aruba-greylisted.eml')
    expect(report.hops[0]).toMatchObject({
      from: '192.168.1.184',
      fromIp: '79.10.42.7',
      by: 'smtpcmd14.ad.aruba.it',
      with: 'bizsmtp',
    })
    expect(report.hops[1]).toMatchObject({ delaySeconds: 445, fromIp: '62.149.156.161' })
    expect(report.greylistSeconds).toBe(442)
    expect(ids(report)[0]).toBe('greylisting')
    expect(rendered(report, 'en')).toContain('greylisting, 442 s')
  })

  it('for a recipient, failed sender checks become "ask the sender", and spam ends on "not spam"', async () => {
    const report = await read('gmail-from-ovh.eml', { role: 'recipient' })
    expect(ids(report)).toContain('ask-sender-fix-auth')
    expect(ids(report)).not.toContain('dkim-enable')
    expect(ids(report)).toContain('mark-not-spam')
  })
})

describe('readHeaders on hostile input', () => {
  const headerish = fc.oneof(
    fc.string({ maxLength: 3000 }),
    fc.string({ unit: 'binary', maxLength: 3000 }),
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'Received',
            'Authentication-Results',
            'X-Spam-Status',
            'X-Forefront-Antispam-Report',
            'Date',
            'Received-SPF',
            'X-Spamd-Result',
            'ARC-Authentication-Results',
          ),
          fc.string({ maxLength: 300 }),
        ),
        { maxLength: 40 },
      )
      .map((fields) => fields.map(([key, value]) => `${key}: ${value}`).join('\r\n')),
  )

  it('never throws and always answers the contract', async () => {
    await fc.assert(
      fc.asyncProperty(headerish, async (text) => {
        const report = await readHeaders(text)
        expect(Array.isArray(report.hops)).toBe(true)
        expect(report.slowestHop === null || report.hops[report.slowestHop] !== undefined).toBe(true)
        for (const hop of report.hops) expect(hop.at === null || !Number.isNaN(Date.parse(hop.at))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps to MAX_HOPS and survives deep comments and endless lines', async () => {
    const many = Array.from(
      { length: 5000 },
      (_, i) =>
        `Received: from a${i}.example (a [192.0.2.1]) by b.example with SMTP; 1 Jan 2024 00:00:00 +0000`,
    ).join('\n')
    const report = await readHeaders(many)
    expect(report.hops).toHaveLength(MAX_HOPS)
    expect(report.truncated).toBe(true)
    const deep = await readHeaders(
      `Received: from x ${'('.repeat(100_000)} by y; 1 Jan 2024 00:00:00 +0000\n`,
    )
    expect(deep.hops).toHaveLength(1)
    expect((await readHeaders('no headers here at all')).hops).toEqual([])
  })
})

describe('headerBlock', () => {
  it('skips the summary Gmail shows above the original message', async () => {
    const pasted = [
      'Original Message',
      'Message ID\t<a1b2c3d4-5e6f-7a8b-9c0d-e1f2a3b4c5d6@studiobianchi.it>',
      'Created at:\tMon, Mar 11, 2024 at 11:27 AM (Delivered after 1633 seconds)',
      'From:\tStudio Bianchi <info@studiobianchi.it>',
      'SPF:\tPASS with IP 178.32.127.22 Learn more',
      "DMARC:\t'FAIL' Learn more",
      '',
      readFileSync(join(CORPUS, 'gmail-from-ovh.eml'), 'utf8'),
    ].join('\n')
    const report = await readHeaders(pasted)
    expect(report.hops).toHaveLength(5)
    expect(report.auth.dmarc).toBe('fail')
  })
})
