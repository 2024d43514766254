import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Socket } from 'node:net'
import { startDnsServer, type FixtureDnsServer, type FixtureRecord } from '../../../e2e/servers/dns-server'
import { startHttpsServer, type RunningHttpsServer } from '../../../e2e/servers/https-server'
import { startRawServer, type RunningRawServer } from '../../../e2e/servers/misbehaving-servers'
import { startSmtpServer, type RunningSmtpServer } from '../../../e2e/servers/smtp-servers'
import { createTestPki } from '../../../e2e/servers/test-ca'
import { createI18n, renderMsg } from '../../../shared/i18n'
import type { DiscoveredSettings, SourceOutcome } from '../../../shared/knowledge/discovered-settings'
import type { Finding } from '../../../shared/report'
import { runCheck } from '../check'
import type { EngineOptions } from '../context/check-context'

const LOOPBACK = '127.0.0.1'
const a = (name: string): FixtureRecord => ({ name, type: 'A', data: LOOPBACK })
const mx = (name: string, exchange: string): FixtureRecord => ({
  name,
  type: 'MX',
  data: { preference: 10, exchange },
})

const CONFIG = (host: string) => `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="own.test">
  <domain>own.test</domain><displayName>Own Mail</displayName>
  <incomingServer type="imap"><hostname>${host}</hostname><port>993</port><socketType>SSL</socketType>
    <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
    <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>`

const AUTODISCOVER_SETTINGS = `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
<Account><AccountType>email</AccountType><Action>settings</Action>
<Protocol><Type>IMAP</Type><Server>imap.ad.test</Server><Port>993</Port><SSL>on</SSL><LoginName>x@ad.test</LoginName></Protocol>
<Protocol><Type>SMTP</Type><Server>smtp.ad.test</Server><Port>587</Port><Encryption>TLS</Encryption></Protocol>
</Account></Response></Autodiscover>`

const AUTODISCOVER_REDIRECT = `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
<Account><Action>redirectUrl</Action><RedirectUrl>https://elsewhere.example/autodiscover/autodiscover.xml</RedirectUrl></Account>
</Response></Autodiscover>`

const RECORDS: FixtureRecord[] = [
  a('autoconfig.own.test'),
  a('autoconfig.png.test'),
  a('png.test'),
  a('wk.test'),
  a('autoconfig.moved.test'),
  a('autodiscover.ad.test'),
  a('autodiscover.redirect.test'),
  mx('shop.test', 'mx.aruba.it'),
  mx('libero-mx.test', 'mxin.libero.it'),
  mx('exch.test', 'mx1.mail.ovh.net'),
  {
    name: '_autodiscover._tcp.exch.test',
    type: 'SRV',
    data: { priority: 0, weight: 0, port: 443, target: 'ex.mail.ovh.net' },
  },
  mx('plan.test', 'mx1.mail.ovh.net'),
  mx('exch2.test', 'ex2.mail.ovh.net'),
  {
    name: '_autodiscover._tcp.exch2.test',
    type: 'SRV',
    data: { priority: 0, weight: 0, port: 443, target: 'ex2.mail.ovh.net' },
  },
  mx('m365-dane.test', 'm365-dane-test.d-v1.mx.microsoft'),
  a('imap.guess.test'),
  a('smtp.guess.test'),
  a('mail.guess.test'),
  a('imap.badcert.test'),
  a('smtp.badcert.test'),
]

let dns: FixtureDnsServer
let https: RunningHttpsServer
let imaps: RunningRawServer
let badImaps: RunningRawServer
let submissions: RunningSmtpServer
let options: EngineOptions
let badOptions: EngineOptions

/** A raw IMAP server over TLS that greets and answers CAPABILITY and LOGOUT. */
function imapBehaviour(certificate: { key: string; cert: string }) {
  return {
    tls: certificate,
    onConnect: (socket: Socket) => socket.write('* OK IMAP ready\r\n'),
    onLine: (line: string, socket: Socket) => {
      const [tag = '*', command = ''] = line.split(' ')
      if (command.toUpperCase() === 'CAPABILITY')
        socket.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`)
      else if (command.toUpperCase() === 'LOGOUT') socket.end(`* BYE\r\n${tag} OK bye\r\n`)
      else socket.write(`${tag} BAD what\r\n`)
    },
  }
}

beforeAll(async () => {
  const pki = createTestPki([
    'autoconfig.own.test',
    'autoconfig.png.test',
    'png.test',
    'wk.test',
    'autoconfig.moved.test',
    'autodiscover.ad.test',
    'autodiscover.redirect.test',
    'imap.guess.test',
    'smtp.guess.test',
    'mail.guess.test',
  ])
  dns = await startDnsServer({ records: RECORDS })
  https = await startHttpsServer(pki.valid, {
    'autoconfig.own.test/mail/config-v1.1.xml': { body: CONFIG('imap.own.test') },
    'wk.test/.well-known/autoconfig/mail/config-v1.1.xml': { body: CONFIG('imap.wk.test') },
    'autoconfig.png.test/mail/config-v1.1.xml': {
      body: CONFIG('imap.png.test'),
      headers: { 'Content-Type': 'image/png' },
    },
    'autoconfig.moved.test/mail/config-v1.1.xml': {
      status: 301,
      headers: { Location: 'https://evil.example/config.xml' },
    },
    'autodiscover.ad.test/autodiscover/autodiscover.xml': { body: AUTODISCOVER_SETTINGS },
    'autodiscover.redirect.test/autodiscover/autodiscover.xml': { body: AUTODISCOVER_REDIRECT },
  })
  imaps = await startRawServer(imapBehaviour(pki.valid))
  badImaps = await startRawServer(imapBehaviour(pki.selfSigned))
  submissions = await startSmtpServer({ tls: 'implicit', certificate: pki.valid })
  // Every port nothing listens on: the closed port of a server just stopped.
  const closed = await startRawServer({})
  const closedPort = closed.port
  await closed.close()
  const ports = { imap: closedPort, pop3: closedPort, pop3s: closedPort, submission: closedPort }
  options = {
    dnsServers: [dns.address],
    stepTimeoutMs: 1500,
    timeoutMs: 10_000,
    dnsRetries: 0,
    extraCaPem: pki.caPem,
    httpsPort: https.port,
    ports: { ...ports, imaps: imaps.port, submissions: submissions.port },
  }
  badOptions = { ...options, ports: { ...ports, imaps: badImaps.port, submissions: badImaps.port } }
})

afterAll(async () => {
  await Promise.all([dns?.close(), https?.close(), imaps?.close(), badImaps?.close(), submissions?.close()])
})

async function discover(input: string, extra: EngineOptions = options, provider?: string) {
  const report = await runCheck(
    { runId: 'discovery-test', input, only: ['discovery'], ...(provider ? { provider } : {}) },
    extra,
  )
  const finding = report.findings.find((f) => f.id === 'client.discovery') as Finding
  expect(finding, 'client.discovery reported').toBeDefined()
  const evidence = finding.evidence as { settings: DiscoveredSettings | null; sources: SourceOutcome[] }
  return { finding, settings: evidence.settings, sources: evidence.sources }
}

const english = createI18n('en')
const italian = createI18n('it')

describe('settings discovery', () => {
  it('reads the domain’s own autoconfig over verified HTTPS', async () => {
    const { settings, finding } = await discover('anna@own.test')
    expect(settings?.source).toBe('autoconfig')
    expect(settings?.client.imap).toEqual({ host: 'imap.own.test', port: 993, security: 'ssl' })
    expect(settings?.client.smtp).toEqual({ host: 'smtp.own.test', port: 587, security: 'starttls' })
    expect(https.requests.some((r) => r.url.includes('emailaddress=anna%40own.test'))).toBe(true)
    for (const i18n of [english, italian])
      expect(renderMsg(i18n, finding.detail)).toContain('imap.own.test:993')
  })

  it('reads the .well-known autoconfig of the domain itself', async () => {
    const { settings } = await discover('wk.test')
    expect(settings?.client.imap?.host).toBe('imap.wk.test')
  })

  it('does not read an answer sent as an image as settings', async () => {
    const { settings, sources } = await discover('png.test')
    expect(settings?.client.imap?.host).not.toBe('imap.png.test')
    expect(sources.find((s) => s.source === 'autoconfig')?.reason).toBe('not XML (image/png)')
  })

  it('shows an autoconfig redirect and does not follow it', async () => {
    const { sources } = await discover('moved.test')
    const autoconfig = sources.find((s) => s.source === 'autoconfig')
    expect(autoconfig?.status).toBe('redirect')
    expect(autoconfig?.redirectTo).toBe('https://evil.example/config.xml')
    expect(https.requests.some((r) => r.host === 'evil.example')).toBe(false)
  })

  it('reads Exchange Autodiscover settings, and reports its redirect without following it', async () => {
    const found = await discover('x@ad.test')
    expect(found.settings?.source).toBe('autodiscover')
    expect(found.settings?.client.smtp).toEqual({ host: 'smtp.ad.test', port: 587, security: 'starttls' })
    const redirected = await discover('x@redirect.test')
    const autodiscover = redirected.sources.find((s) => s.source === 'autodiscover')
    expect(autodiscover?.status).toBe('redirect')
    expect(autodiscover?.redirectTo).toContain('elsewhere.example')
  })

  it('finds a free mailbox in the ISP database by its address domain (Libero)', async () => {
    const { settings } = await discover('mario@libero.it')
    expect(settings?.source).toBe('ispdb')
    expect(settings?.providerId).toBe('libero')
    expect(settings?.client.imap?.host).toBe('imapmail.libero.it')
  })

  it('finds the ISP database entry by the MX host’s domain', async () => {
    const { settings } = await discover('libero-mx.test')
    expect(settings?.source).toBe('ispdb-mx')
    expect(settings?.client.smtp.host).toBe('smtp.libero.it')
  })

  it('recognises Aruba from the MX and gives Aruba’s servers', async () => {
    const { settings } = await discover('shop.test')
    expect(settings?.source).toBe('profile-mx')
    expect(settings?.providerId).toBe('aruba')
    expect(settings?.client.imap?.host).toBe('imaps.aruba.it')
  })

  it('tells OVHcloud Exchange from MX Plan by the autodiscover SRV', async () => {
    const exchange = await discover('exch.test')
    expect(exchange.settings?.providerId).toBe('ovh-exchange')
    expect(exchange.settings?.client.smtp.host).toBe('ex.mail.ovh.net')
    const plan = await discover('plan.test')
    expect(plan.settings?.providerId).toBe('ovh-mxplan')
    expect(plan.settings?.client.smtp.host).toBe('ssl0.ovh.net')
  })

  it('keeps ex2.mail.ovh.net when the MX and the autodiscover SRV both say so', async () => {
    const { settings } = await discover('exch2.test')
    expect(settings?.providerId).toBe('ovh-exchange')
    expect([settings?.client.imap?.host, settings?.client.smtp.host]).toEqual([
      'ex2.mail.ovh.net',
      'ex2.mail.ovh.net',
    ])
  })

  it('recognises Microsoft 365 from its DNSSEC inbound MX under mx.microsoft', async () => {
    const { settings } = await discover('m365-dane.test')
    expect(settings?.providerId).toBe('microsoft365')
    expect(settings?.client.smtp.host).toBe('smtp.office365.com')
  })

  it('says Google sign-in or an app password for Gmail', async () => {
    const { settings } = await discover('x@gmail.com')
    expect(settings?.providerId).toBe('gmail')
    expect(settings?.signIn).toBe('oauth2-or-app-password')
  })

  it('guesses the usual names and keeps those with a valid certificate', async () => {
    const { settings, sources } = await discover('guess.test')
    expect(settings?.source).toBe('guess')
    expect(settings?.client.imap?.host).toMatch(/^imap\.guess\.test$/)
    expect(settings?.client.smtp.host).toBe('smtp.guess.test')
    expect(sources.find((s) => s.source === 'guess')?.from).toContain('mail.guess.test')
  })

  it('keeps nothing from servers whose certificate is not valid', async () => {
    const { settings, finding } = await discover('badcert.test', badOptions)
    expect(settings).toBeNull()
    expect(finding.status).toBe('info')
  })
})
