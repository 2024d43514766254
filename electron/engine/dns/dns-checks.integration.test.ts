import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authoritativeZones, fixtureZones } from '../../../e2e/servers/dns-fixtures'
import { startDnsServer, type FixtureDnsServer } from '../../../e2e/servers/dns-server'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { CheckRequest } from '../../../shared/ipc'
import { isRemedyId, remedyKeys } from '../../../shared/knowledge/remedies'
import type { CheckId, Finding } from '../../../shared/report'
import { runCheck } from '../check'
import type { EngineOptions } from '../context/check-context'

let resolver: FixtureDnsServer
let authA: FixtureDnsServer
let authB: FixtureDnsServer
let options: EngineOptions

beforeAll(async () => {
  resolver = await startDnsServer(fixtureZones())
  authA = await startDnsServer(authoritativeZones('mx1.good.test'))
  authB = await startDnsServer(authoritativeZones('mx9.good.test'))
  options = {
    dnsServers: [resolver.address],
    // Long enough for the loopback server to answer while other test files load the machine; the
    // tests of a server that never answers wait it out twice.
    stepTimeoutMs: 1000,
    dnsRetries: 1,
    timeoutMs: 10_000,
    nameserverPorts: {
      'ns1.good.test': authA.port,
      'ns2.good.test': authB.port,
      'ns1.split.test': authA.port,
      'ns2.split.test': authB.port,
    },
  }
})

afterAll(async () => {
  await Promise.all([resolver?.close(), authA?.close(), authB?.close()])
})

const english = createI18n('en')
const italian = createI18n('it')

/** Every title and detail exists in both languages and has all its parameters filled in. */
function expectTranslated(findings: Finding[]): void {
  for (const finding of findings) {
    for (const message of [finding.title, finding.detail]) {
      for (const i18n of [english, italian]) {
        expect(i18n.exists(message.key), `${i18n.language} ${message.key}`).toBe(true)
        expect(renderMsg(i18n, message), message.key).not.toMatch(/\{\{|\}\}/)
      }
    }
    for (const remedy of finding.remedies) {
      expect(isRemedyId(remedy), remedy).toBe(true)
      const keys = remedyKeys(remedy)
      expect(english.exists(keys.title) && italian.exists(keys.title), remedy).toBe(true)
    }
  }
}

async function check(domain: string, extra: Partial<CheckRequest> = {}, more: EngineOptions = {}) {
  const report = await runCheck(
    { runId: 'test', input: domain, only: ['dns'], ...extra },
    { ...options, ...more },
  )
  expectTranslated(report.findings)
  return report.findings
}

function only(findings: Finding[], id: CheckId, subject?: string): Finding[] {
  return findings.filter(
    (finding) => finding.id === id && (subject === undefined || finding.subject === subject),
  )
}

function one(findings: Finding[], id: CheckId, subject?: string): Finding {
  const matching = only(findings, id, subject)
  expect(
    matching,
    `${id} ${subject ?? ''}: ${JSON.stringify(findings.map((f) => [f.id, f.subject]))}`,
  ).toHaveLength(1)
  return matching[0] as Finding
}

describe('dns.mx', () => {
  it('lists the MX records by preference and finds each host', async () => {
    const findings = await check('good.test')
    const mx = one(findings, 'dns.mx')
    expect(mx.status).toBe('pass')
    expect(mx.detail).toMatchObject({
      key: 'dns:mx.okDetail',
      params: { hosts: 'mx1.good.test (10), mx2.good.test (20)' },
    })
    expect(one(findings, 'dns.mx.hosts', 'mx1.good.test')).toMatchObject({
      status: 'pass',
      detail: { params: { addresses: '192.0.2.10', ttl: 3600 } },
    })
  })

  it('says a domain that does not exist does not exist', async () => {
    const mx = one(await check('ghost.test'), 'dns.mx')
    expect(mx.status).toBe('fail')
    expect(mx.title.key).toBe('dns:mx.nxdomainTitle')
    expect(renderMsg(english, mx.title)).toBe('The domain ghost.test doesn’t exist')
  })

  it('recognises a null MX as refusing mail by design', async () => {
    const mx = one(await check('nullmx.test'), 'dns.mx')
    expect(mx).toMatchObject({ status: 'fail', title: { key: 'dns:mx.nullTitle' } })
  })

  it('falls back to the domain address when there is no MX, with a warning', async () => {
    const findings = await check('nomx.test')
    expect(one(findings, 'dns.mx')).toMatchObject({
      status: 'warn',
      title: { key: 'dns:mx.fallbackTitle' },
      detail: { params: { addresses: '192.0.2.30' } },
    })
    expect(one(findings, 'dns.mx.hosts', 'nomx.test').status).toBe('pass')
  })

  it('fails when there is neither MX nor address', async () => {
    const mx = one(await check('nothing.test'), 'dns.mx')
    expect(mx).toMatchObject({ status: 'fail', title: { key: 'dns:mx.noneTitle' } })
    expect(renderMsg(english, mx.detail)).toContain('don’t know where to deliver your mail')
  })

  it('warns when an MX host is an alias (CNAME) and still resolves it', async () => {
    const findings = await check('cname.test')
    const alias = one(findings, 'dns.mx', 'mail.cname.test')
    expect(alias).toMatchObject({ status: 'warn', detail: { params: { target: 'real.cname.test' } } })
    expect(one(findings, 'dns.mx.hosts', 'mail.cname.test').status).toBe('pass')
  })

  it('warns when an MX record gives an IP address instead of a name', async () => {
    const ip = one(await check('iplit.test'), 'dns.mx', '192.0.2.50')
    expect(ip).toMatchObject({ status: 'warn', title: { key: 'dns:mx.ipLiteralTitle' } })
  })

  it('fails an MX host that does not exist', async () => {
    const host = one(await check('deadhost.test'), 'dns.mx.hosts', 'mx.nowhere.test')
    expect(host).toMatchObject({ status: 'fail', detail: { key: 'dns:mxHosts.nxdomainDetail' } })
  })

  it('says a CNAME loop in plain words', async () => {
    const host = one(await check('loop.test'), 'dns.mx.hosts', 'mail.loop.test')
    expect(host).toMatchObject({ status: 'error', detail: { key: 'dns:outcome.cname-loop' } })
    expect(renderMsg(italian, host.detail)).toContain('porta a se stesso')
  })

  it('turns SERVFAIL into a sentence', async () => {
    const mx = one(await check('servfail.test'), 'dns.mx')
    expect(mx).toMatchObject({ status: 'error', detail: { key: 'dns:outcome.servfail' } })
    expect(renderMsg(english, mx.detail)).toContain('SERVFAIL')
  })

  it('turns a server that never answers into a timeout sentence, after retrying', async () => {
    const started = Date.now()
    const findings = await check('slow.test')
    const mx = one(findings, 'dns.mx')
    expect(mx).toMatchObject({ status: 'error', detail: { key: 'dns:outcome.timeout' } })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(resolver.questions.filter((q) => q.name === 'slow.test' && q.type === 'MX')).toHaveLength(2)
  })

  it('reports what it could not finish when the whole check is cancelled', async () => {
    const findings = await check('slow.test', {}, { timeoutMs: 150, stepTimeoutMs: 5000 })
    expect(one(findings, 'dns.mx')).toMatchObject({ status: 'error', detail: { key: 'dns:outcome.aborted' } })
  })

  it('asks each name and type once per run, however many checks need it', async () => {
    const before = resolver.questions.length
    await check('good.test')
    const asked = resolver.questions.slice(before).filter((q) => q.name === 'good.test' && q.type === 'MX')
    expect(asked).toHaveLength(1)
  })
})

describe('dns.mx.provider and dns.srv', () => {
  it('recognises the provider from the MX hosts', async () => {
    const provider = one(await check('exchok.test'), 'dns.mx.provider')
    expect(provider).toMatchObject({ status: 'info', title: { params: { provider: 'OVHcloud' } } })
  })

  it('says which MX record to add and which to remove for the offer the person has, and nothing else', async () => {
    const findings = await check('exch.test', { provider: 'ovh-exchange' })
    const provider = one(findings, 'dns.mx.provider')
    expect(provider).toMatchObject({ status: 'fail', remedies: ['fix-mx'] })
    expect(renderMsg(english, provider.detail)).toBe(
      'For OVHcloud Exchange to receive your mail, change your DNS zone. Add: MX 1 mx1.mail.ovh.net. Remove: MX 10 mx.other.test.',
    )
    expect(renderMsg(italian, provider.detail)).toBe(
      'Perché OVHcloud Exchange riceva la tua posta, modifica la zona DNS. Aggiungi: MX 1 mx1.mail.ovh.net. Togli: MX 10 mx.other.test.',
    )
    expect(one(findings, 'dns.srv.autodiscover')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:srv.autodiscoverMissingTitle' },
      detail: { params: { expected: 'SRV 0 0 443 ex.mail.ovh.net | ex2.mail.ovh.net' } },
    })
  })

  it('says which MX records to add when the domain has none, or only a null MX', async () => {
    const none = one(await check('nomx.test', { provider: 'microsoft365' }), 'dns.mx.provider')
    expect(renderMsg(english, none.detail)).toMatch(
      /^For Microsoft 365 to receive your mail, add to your DNS zone: MX 0 nomx-test\.mail\.protection\.outlook\.com\.$/,
    )
    expect(renderMsg(italian, none.detail)).toMatch(
      /^Perché Microsoft 365 riceva la tua posta, aggiungi alla zona DNS: MX 0 nomx-test\.mail\.protection\.outlook\.com\.$/,
    )
    expect(
      one(await check('nullmx.test', { provider: 'google-workspace' }), 'dns.mx.provider').detail.params,
    ).toMatchObject({
      add: 'MX 1 smtp.google.com',
      remove: 'MX 0 .',
    })
  })

  it('flags an Exchange MX without autodiscover, with the exact record, whatever offer was named', async () => {
    for (const provider of [undefined, 'ovh-mxplan'] as const) {
      const findings = await check('exchnoad.test', provider ? { provider } : {})
      expect(one(findings, 'dns.srv.autodiscover'), String(provider)).toMatchObject({
        status: 'fail',
        title: { key: 'dns:srv.autodiscoverMissingTitle' },
        detail: { params: { expected: 'SRV 0 0 443 ex2.mail.ovh.net', provider: 'OVHcloud Exchange' } },
        remedies: ['fix-srv'],
      })
    }
  })

  it('passes MX and autodiscover that match Exchange (seed 004)', async () => {
    const findings = await check('exchok.test', { provider: 'ovh-exchange' })
    expect(one(findings, 'dns.mx.provider').status).toBe('pass')
    expect(one(findings, 'dns.srv.autodiscover').status).toBe('pass')
  })

  it('lists the RFC 6186 records, with "." as not offered', async () => {
    const srv = one(await check('good.test'), 'dns.srv.mail')
    expect(renderMsg(english, srv.detail)).toBe(
      'Offered: _submission → mail.good.test:587, _imaps → mail.good.test:993. Marked as not offered: _pop3.',
    )
  })
})

describe('dns.spf', () => {
  it('suggests a record with the include of the provider recognised from the MX, and never a bare "v=spf1 ~all"', async () => {
    const google = one(await check('nospf-google.test'), 'dns.spf')
    expect(google).toMatchObject({
      status: 'warn',
      detail: { key: 'dns:spf.missingDetail', params: { suggestion: 'v=spf1 include:_spf.google.com ~all' } },
    })
    const unknown = one(await check('nospf-other.test'), 'dns.spf')
    expect(unknown.detail).toEqual({
      key: 'dns:spf.missingDetailNoProvider',
      params: { domain: 'nospf-other.test' },
    })
  })

  it('passes a valid record and counts its lookups', async () => {
    const spf = one(await check('good.test'), 'dns.spf')
    expect(spf).toMatchObject({ status: 'pass', detail: { params: { count: 2, limit: 10 } } })
  })

  it('names the include that passes the 10-lookup limit', async () => {
    const spf = only(await check('spf11.test'), 'dns.spf').find(
      (f) => f.title.key === 'dns:spf.tooManyLookupsTitle',
    )
    expect(spf).toMatchObject({
      status: 'fail',
      detail: {
        params: {
          count: 11,
          include: 'include:two.spf11.test',
          chain: 'include:two.spf11.test → include:n9.spf11.test',
        },
      },
    })
  })

  it('catches an include loop', async () => {
    const spf = only(await check('spfloop.test'), 'dns.spf').find((f) => f.title.key === 'dns:spf.loopTitle')
    expect(spf?.status).toBe('fail')
    expect(spf?.detail.params?.chain).toContain('include:spfloop.test')
  })

  it('fails two SPF records as a permanent error', async () => {
    expect(one(await check('spf2.test'), 'dns.spf')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:spf.multipleTitle', params: { count: 2 } },
    })
  })

  it('passes on the SPF library verdict for a record it finds invalid', async () => {
    const spf = one(await check('spfbad.test'), 'dns.spf')
    expect(spf).toMatchObject({ status: 'fail', title: { key: 'dns:spf.permerrorTitle' } })
    expect(spf.detail.params?.reason).toContain('foo')
    expect(spf.evidence.mailauth).toMatchObject({ result: 'permerror' })
  })

  it('flags +all and a missing all', async () => {
    expect(one(await check('spfplus.test'), 'dns.spf').title.key).toBe('dns:spf.plusAllTitle')
    expect(one(await check('spfnoall.test'), 'dns.spf').title.key).toBe('dns:spf.noAllTitle')
  })

  it('counts void lookups against 2', async () => {
    const spf = only(await check('spfvoid.test'), 'dns.spf').find(
      (f) => f.title.key === 'dns:spf.tooManyVoidTitle',
    )
    expect(spf).toMatchObject({ status: 'fail', title: { params: { count: 3, limit: 2 } } })
  })

  it('reads a record that only fits over TCP (truncated UDP answer)', async () => {
    const findings = await check('trunc.test')
    const spf = one(findings, 'dns.spf')
    expect(spf.status).toBe('pass')
    expect(
      resolver.questions.some((q) => q.name === 'trunc.test' && q.type === 'TXT' && q.transport === 'tcp'),
    ).toBe(true)
  })
})

describe('dns.dmarc', () => {
  it('passes a reject policy and checks that the external report domain agreed', async () => {
    const findings = await check('good.test')
    expect(one(findings, 'dns.dmarc', '_dmarc.good.test')).toMatchObject({
      status: 'pass',
      title: { params: { policy: 'reject' } },
    })
    expect(one(findings, 'dns.dmarc', 'good.test._report._dmarc.reports.test').status).toBe('pass')
  })

  it('says p=none only watches, and warns about an unauthorised report domain', async () => {
    const findings = await check('dmarcnone.test')
    expect(one(findings, 'dns.dmarc', '_dmarc.dmarcnone.test').status).toBe('info')
    expect(one(findings, 'dns.dmarc', 'dmarcnone.test._report._dmarc.elsewhere.test')).toMatchObject({
      status: 'warn',
      title: { key: 'dns:dmarc.externalMissingTitle' },
    })
  })

  it('fails a record that does not start with v=DMARC1, and warns when there is none', async () => {
    expect(one(await check('dmarcorder.test'), 'dns.dmarc').title.key).toBe('dns:dmarc.versionNotFirstTitle')
    expect(one(await check('nomx.test'), 'dns.dmarc')).toMatchObject({
      status: 'warn',
      title: { key: 'dns:dmarc.missingTitle' },
    })
  })
})

describe('dns.dkim', () => {
  it('reads key lengths and a withdrawn key for the selectors given and the common ones', async () => {
    const findings = await check('good.test', { dkimSelectors: ['short', 'old', 'missing'] })
    expect(one(findings, 'dns.dkim', 'selector1._domainkey.good.test')).toMatchObject({
      status: 'pass',
      title: { params: { bits: 2048 } },
    })
    expect(one(findings, 'dns.dkim', 'short._domainkey.good.test')).toMatchObject({
      status: 'fail',
      title: { key: 'dns:dkim.shortTitle', params: { bits: 512 } },
    })
    expect(one(findings, 'dns.dkim', 'old._domainkey.good.test').title.key).toBe('dns:dkim.revokedTitle')
    expect(one(findings, 'dns.dkim', 'missing._domainkey.good.test').status).toBe('warn')
  })

  it('says when no key was found under the usual names', async () => {
    expect(one(await check('nomx.test'), 'dns.dkim')).toMatchObject({
      status: 'info',
      title: { key: 'dns:dkim.noneFoundTitle' },
    })
  })
})

describe('dns.ptr, dns.mta-sts', () => {
  it('confirms a reverse name that leads back, and warns when it does not', async () => {
    const findings = await check('good.test')
    expect(one(findings, 'dns.ptr', '192.0.2.10')).toMatchObject({
      status: 'pass',
      title: { params: { name: 'mx1.good.test' } },
    })
    expect(one(findings, 'dns.ptr', '192.0.2.20')).toMatchObject({
      status: 'warn',
      detail: { params: { forward: '192.0.2.21' } },
    })
  })

  it('warns about an address without a reverse name', async () => {
    expect(one(await check('cname.test'), 'dns.ptr', '192.0.2.40').title.key).toBe('dns:ptr.missingTitle')
  })

  it('reads the MTA-STS record', async () => {
    expect(one(await check('good.test'), 'dns.mta-sts')).toMatchObject({
      status: 'pass',
      detail: { params: { id: '20240101T000000' } },
    })
    expect(one(await check('nomx.test'), 'dns.mta-sts').status).toBe('info')
  })
})

describe('dns.dnsbl', () => {
  it('reads a Spamhaus listing with its sub-lists, and clean answers', async () => {
    const findings = await check('good.test')
    expect(one(findings, 'dns.dnsbl', '192.0.2.20 zen.spamhaus.org')).toMatchObject({
      status: 'fail',
      detail: { params: { sublists: 'SBL, XBL', codes: '127.0.0.2, 127.0.0.4' } },
      remedies: ['delist'],
    })
    expect(one(findings, 'dns.dnsbl', '192.0.2.10 zen.spamhaus.org').status).toBe('pass')
  })

  it('does not call a refusal code a listing, for an address handed in', async () => {
    const findings = await check('nomx.test', { extraIps: ['192.0.2.99', 'not-an-ip'] })
    const refused = one(findings, 'dns.dnsbl', '192.0.2.99 zen.spamhaus.org')
    expect(refused).toMatchObject({ status: 'error', title: { key: 'dns:dnsbl.refusedTitle' } })
    expect(renderMsg(english, refused.detail)).toContain('isn’t a listing')
    expect(one(findings, 'dns.dnsbl', '192.0.2.99 bl.spamcop.net').title.key).toBe('dns:dnsbl.oddTitle')
    expect(one(findings, 'dns.dnsbl', 'not-an-ip').title.key).toBe('dns:dnsbl.badAddressTitle')
  })
})

describe('dns.ns', () => {
  it('asks each authoritative server directly and shows they agree, with TTLs', async () => {
    expect(one(await check('good.test'), 'dns.ns')).toMatchObject({
      status: 'pass',
      detail: { params: { mx: '10 mx1.good.test, 20 mx2.good.test', ttl: '3600' } },
    })
    expect(authA.questions.some((q) => q.name === 'good.test' && q.type === 'MX')).toBe(true)
    expect(authB.questions.some((q) => q.name === 'good.test' && q.type === 'MX')).toBe(true)
  })

  it('warns when the authoritative servers disagree (a change still spreading)', async () => {
    const ns = one(await check('split.test'), 'dns.ns')
    expect(ns).toMatchObject({
      status: 'warn',
      title: { key: 'dns:ns.disagreeTitle' },
      remedies: ['wait-propagation'],
    })
    expect(ns.detail.params?.servers).toBe(
      'ns1.split.test: 10 mx1.good.test, ns2.split.test: 10 mx9.good.test',
    )
  })

  it('says when a name server cannot be asked', async () => {
    const findings = await check(
      'good.test',
      {},
      { nameserverPorts: { 'ns1.good.test': authA.port, 'ns2.good.test': 9 } },
    )
    expect(one(findings, 'dns.ns', 'ns2.good.test')).toMatchObject({
      status: 'warn',
      title: { key: 'dns:ns.silentTitle' },
    })
  })
})
