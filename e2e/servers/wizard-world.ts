import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EngineOptions } from '../../electron/engine'
import { startDnsServer, type FixtureRecord } from './dns-server'
import { dovecotUnavailable, startDovecot, type RunningDovecot } from './dovecot'
import { startRdapServer } from './rdap-server'
import { startSmtpServer, type RunningSmtpServer } from './smtp-servers'
import { createTestPki, type KeyAndCert } from './test-ca'
import { walkHosts, walkRecords, walkStories } from './catalogue-walk'

/** The OVHcloud MX set the MX Plan and Email Pro profiles expect. */
const OVH_MX = [
  { preference: 1, exchange: 'mx0.mail.ovh.net' },
  { preference: 5, exchange: 'mx1.mail.ovh.net' },
  { preference: 50, exchange: 'mx2.mail.ovh.net' },
  { preference: 100, exchange: 'mx3.mail.ovh.net' },
]

/** A domain whose only MX host has no address; its long names also test the narrowest layout. */
export const GHOST_MX_DOMAIN = 'ghostmxwithanamelongenoughtooverflowanarrowscreen.test'

function mx(domain: string, sets: { preference: number; exchange: string }[]): FixtureRecord[] {
  return sets.map((data) => ({ name: domain, type: 'MX', data }))
}

/** Aruba's mail hosts (its MX and the settings of its help pages), all on 127.0.0.1 in this world. */
const ARUBA_HOSTS = ['mx.aruba.it', 'smtps.aruba.it', 'imaps.aruba.it', 'pop3s.aruba.it']

/** The MX hosts of the Microsoft 365, Google Workspace and Libero stories. */
const OTHER_MX_HOSTS = ['studio365-test.mail.protection.outlook.com', 'smtp.google.com', 'mxbw.libero.it']

/** The sending servers of Microsoft 365 and Google, where their login stories test a password. */
const SIGN_IN_HOSTS = ['smtp.office365.com', 'smtp.gmail.com']

/**
 * The domains the wizard's end-to-end paths use, each telling one story; every server is on
 * 127.0.0.1 and every mail host resolves there.
 */
const RECORDS: FixtureRecord[] = [
  ...['mx0', 'mx1', 'mx2', 'mx3', 'ex', 'ex2', 'pro1'].map((host): FixtureRecord => ({
    name: `${host}.mail.ovh.net`,
    type: 'A',
    data: '127.0.0.1',
  })),
  { name: 'ssl0.ovh.net', type: 'A', data: '127.0.0.1' },
  { name: 'mx.ovh.com', type: 'TXT', data: 'v=spf1 ip4:127.0.0.1 -all' },
  // A healthy MX Plan domain.
  ...mx('healthy.test', OVH_MX),
  { name: 'healthy.test', type: 'TXT', data: 'v=spf1 include:mx.ovh.com -all' },
  { name: '_dmarc.healthy.test', type: 'TXT', data: 'v=DMARC1; p=quarantine' },
  // A domain whose registration has lapsed (RDAP says so).
  ...mx('expired.test', OVH_MX),
  // A domain whose mail points somewhere else than the offer.
  ...mx('wrong-mx.test', [{ preference: 10, exchange: 'mail.elsewhere.test' }]),
  { name: 'mail.elsewhere.test', type: 'A', data: '127.0.0.1' },
  // Exchange without and with the autodiscover record.
  ...mx('exchange.test', [{ preference: 1, exchange: 'mx1.mail.ovh.net' }]),
  ...mx('exchange-ok.test', [{ preference: 1, exchange: 'mx1.mail.ovh.net' }]),
  {
    name: '_autodiscover._tcp.exchange-ok.test',
    type: 'SRV',
    data: { priority: 0, weight: 0, port: 443, target: 'ex.mail.ovh.net' },
  },
  // A domain whose mail server is on a blocklist.
  ...mx('listed.test', [{ preference: 10, exchange: 'mx.listed.test' }]),
  { name: 'mx.listed.test', type: 'A', data: '127.0.0.2' },
  { name: '2.0.0.127.zen.spamhaus.org', type: 'A', data: '127.0.0.2' },
  // A domain whose mail server no blocklist answers for: Spamhaus refuses the query, the others give
  // answers that are no listing.
  ...mx('unchecked.test', [{ preference: 10, exchange: 'mx.unchecked.test' }]),
  { name: 'mx.unchecked.test', type: 'A', data: '127.0.0.5' },
  { name: '5.0.0.127.zen.spamhaus.org', type: 'A', data: '127.255.255.254' },
  { name: '5.0.0.127.bl.spamcop.net', type: 'A', data: '10.0.0.1' },
  { name: '5.0.0.127.b.barracudacentral.org', type: 'A', data: '10.0.0.1' },
  { name: '5.0.0.127.psbl.surriel.com', type: 'A', data: '10.0.0.1' },
  // A domain whose incoming mail server does not answer (nothing listens on 127.0.0.3).
  ...mx('dead-mx.test', [{ preference: 10, exchange: 'mx.dead-mx.test' }]),
  { name: 'mx.dead-mx.test', type: 'A', data: '127.0.0.3' },
  // A domain with a web site and no MX at all (mail would fall back to the web server).
  { name: 'no-mx.test', type: 'A', data: '127.0.0.1' },
  // An MX host that does not exist, with names long enough to test the narrowest layout.
  ...mx(GHOST_MX_DOMAIN, [
    { preference: 10, exchange: `incomingmailserverwithanamefartoolong.${GHOST_MX_DOMAIN}` },
  ]),
  // A recipient domain that receives mail.
  ...mx('fine.test', [{ preference: 10, exchange: 'mx.fine.test' }]),
  // Domains of other providers (issue 11): only their MX, as a real customer domain would have.
  { name: 'negozio-aruba.test', type: 'MX', data: { preference: 10, exchange: 'mx.aruba.it' } },
  // Aruba's servers answer on loopback, so the "cannot send" path can test them and reach the card.
  ...ARUBA_HOSTS.map((name): FixtureRecord => ({ name, type: 'A', data: '127.0.0.1' })),
  {
    name: 'studio365.test',
    type: 'MX',
    data: { preference: 0, exchange: 'studio365-test.mail.protection.outlook.com' },
  },
  { name: 'ditta-workspace.test', type: 'MX', data: { preference: 1, exchange: 'smtp.google.com' } },
  // A mailbox address at a public provider: the address's domain has its provider's MX.
  { name: 'libero.it', type: 'MX', data: { preference: 10, exchange: 'mxbw.libero.it' } },
  // The other providers' MX hosts answer on loopback too: a name that does not resolve is a broken MX.
  ...OTHER_MX_HOSTS.map((name): FixtureRecord => ({ name, type: 'A', data: '127.0.0.1' })),
  ...SIGN_IN_HOSTS.map((name): FixtureRecord => ({ name, type: 'A', data: '127.0.0.1' })),
  { name: 'mx.fine.test', type: 'A', data: '127.0.0.1' },
  // The other providers' MX hosts exist (an MX host without an address is a story of its own).
  ...['mx.aruba.it', 'studio365-test.mail.protection.outlook.com', 'smtp.google.com', 'mxbw.libero.it'].map(
    (name): FixtureRecord => ({ name, type: 'A', data: '127.0.0.1' }),
  ),
]

/** The RDAP answers: every story domain is registered, `expired.test` is on hold and expired. */
const RDAP = {
  'healthy.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'wrong-mx.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'exchange.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'exchange-ok.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'listed.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'dead-mx.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'no-mx.test': { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  [GHOST_MX_DOMAIN]: { status: ['active'], expiration: '2030-01-01T00:00:00Z' },
  'expired.test': { status: ['client hold'], expiration: '2024-01-01T00:00:00Z' },
}

/** The loopback servers behind the wizard's end-to-end tests, and the engine options that use them. */
export interface WizardWorld {
  engineOptions: EngineOptions
  /** The sending servers, to see what they received. */
  servers: { submission: RunningSmtpServer; submissions: RunningSmtpServer }
  /** IMAP and POP3 for the round trip, where Dovecot can run (null otherwise). */
  dovecot: RunningDovecot | null
  close: () => Promise<void>
}

/** The mail hosts of the stories, all on 127.0.0.1, named in the test certificate. */
const MAIL_HOSTS = ['mx0', 'mx1', 'mx2', 'mx3', 'ex', 'ex2', 'pro1'].map((host) => `${host}.mail.ovh.net`)

/** The one mailbox of the stories whose password works, and one blocked for spam. */
/**
 * What the world's mail server writes on each message it delivers, as Postfix with OpenDMARC would
 * for an unsigned message: SPF passes, no DKIM signature, so DMARC fails.
 */
export function worldStamp(mailFrom: string, now: Date): string[] {
  const domain = mailFrom.slice(mailFrom.lastIndexOf('@') + 1)
  const date = now.toUTCString().replace('GMT', '+0000')
  return [
    `Authentication-Results: mail.test.invalid; spf=pass smtp.mailfrom=${domain}; dmarc=fail (p=none dis=none) header.from=${domain}`,
    `Received: from [127.0.0.1] (localhost [127.0.0.1]) by mail.test.invalid (Postfix) with ESMTPSA id 4Wt5kL0b9Jz1; ${date}`,
  ]
}

export const WORLD_LOGIN = {
  user: 'mario@healthy.test',
  password: 'c0rrect-h0rse-battery',
  blocked: 'spam@healthy.test',
  /** A mailbox at its storage limit (the quota plugin, 20 KiB), for the mailbox look. */
  full: 'piena@healthy.test',
  /** A Microsoft 365 mailbox whose organisation switched password sign-in off (5.7.139). */
  modernSignIn: 'anna@studio365.test',
  /** A Google mailbox with two-step verification, which asks for an app password (5.7.9). */
  appPassword: 'luca@ditta-workspace.test',
}

/** A message the mailbox look finds: one in Spam, one a rule moved, and the one that fills a box. */
export const WORLD_MESSAGES = {
  inSpam: { subject: 'Fattura marzo', from: '"Studio Verdi" <fatture@verdi.example>', folder: 'Junk' },
  moved: {
    subject: 'Riunione condominio',
    from: '"Amministratore" <admin@condominio.example>',
    folder: 'Fornitori',
  },
} as const

function worldMessage(message: { subject: string; from: string }, body = 'Buongiorno.'): string {
  return [
    `From: ${message.from}`,
    `To: <${WORLD_LOGIN.user}>`,
    `Subject: ${message.subject}`,
    'Date: Thu, 03 Dec 2026 09:15:00 +0100',
    `Message-ID: <${message.subject.replace(/\W/g, '')}@sender.example>`,
    '',
    body,
    '',
  ].join('\n')
}

/**
 * Dovecot for the stories: the quota plugin (a full mailbox), Junk and a rule's folder, and the
 * messages the mailbox look finds there.
 */
async function startWorldDovecot(
  certificate: KeyAndCert,
  users: Record<string, string>,
): Promise<RunningDovecot> {
  const dovecot = await startDovecot({
    certificate,
    users,
    quotaKib: { [WORLD_LOGIN.user]: 102_400, [WORLD_LOGIN.full]: 20 },
    specialFolders: true,
    extraFolders: [WORLD_MESSAGES.moved.folder],
  })
  const deliver = (user: string, folder: string, name: string, text: string) =>
    writeFile(join(dovecot.maildir(user), folder, 'new', `${name}.maildoctor`), text)
  const { inSpam, moved } = WORLD_MESSAGES
  await deliver(WORLD_LOGIN.user, `.${inSpam.folder}`, 'spam', worldMessage(inSpam))
  await deliver(WORLD_LOGIN.user, `.${moved.folder}`, 'moved', worldMessage(moved))
  const photos = { subject: 'Foto delle vacanze', from: '<amici@sender.example>' }
  await deliver(WORLD_LOGIN.full, '', 'big', worldMessage(photos, 'x'.repeat(76).concat('\n').repeat(300)))
  return dovecot
}

/**
 * Starts the loopback servers of the wizard's stories: DNS, RDAP, and SMTP servers for the MX
 * (port 25 style), submission (STARTTLS) and submissions (implicit TLS), with a test CA trusted
 * through the engine options.
 */
export async function startWizardWorld(): Promise<WizardWorld> {
  const stories = walkStories()
  const walk = await walkHosts(stories)
  const key = (record: FixtureRecord) => JSON.stringify([record.name, record.type, record.data])
  const known = new Set(RECORDS.map(key))
  const records = [...RECORDS, ...walkRecords(stories, walk).filter((record) => !known.has(key(record)))]
  const pki = createTestPki([
    ...new Set([
      ...walk,
      ...MAIL_HOSTS,
      ...ARUBA_HOSTS,
      ...OTHER_MX_HOSTS,
      ...SIGN_IN_HOSTS,
      'ssl0.ovh.net',
      'mail.elsewhere.test',
      'mx.fine.test',
      'mx.listed.test',
    ]),
  ])
  const users = { [WORLD_LOGIN.user]: WORLD_LOGIN.password, [WORLD_LOGIN.full]: WORLD_LOGIN.password }
  const authRefusals = {
    [WORLD_LOGIN.blocked]: { code: 535, message: '5.7.1 Authentication refused: account blocked for spam' },
    [WORLD_LOGIN.modernSignIn]: {
      code: 535,
      message: '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    },
    [WORLD_LOGIN.appPassword]: {
      code: 534,
      message: '5.7.9 Application-specific password required. Learn more at https://support.google.com/mail',
    },
  }
  const dovecot = dovecotUnavailable() === null ? await startWorldDovecot(pki.valid, users) : null
  const maildir = dovecot ? { maildir: dovecot.maildir(WORLD_LOGIN.user) } : {}
  const [dns, rdap, mx, submission, submissions] = await Promise.all([
    startDnsServer({ records }),
    startRdapServer(RDAP),
    startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      enhancedStatusCodes: true,
      recipientRefusals: {
        'nobody@fine.test': {
          code: 550,
          message: '5.1.1 <nobody@fine.test>: Recipient address rejected: User unknown',
        },
      },
    }),
    startSmtpServer({
      tls: 'starttls',
      certificate: pki.valid,
      users,
      authRefusals,
      enhancedStatusCodes: true,
      stamp: worldStamp,
      ...maildir,
    }),
    startSmtpServer({
      tls: 'implicit',
      certificate: pki.valid,
      users,
      authRefusals,
      enhancedStatusCodes: true,
      stamp: worldStamp,
      ...maildir,
    }),
  ])
  return {
    engineOptions: {
      dnsServers: [dns.address],
      rdapBaseUrl: rdap.baseUrl,
      allowPrivateAddresses: true, // every server of the world listens on loopback
      stepTimeoutMs: 1_500,
      timeoutMs: 10_000,
      dnsRetries: 0,
      extraCaPem: pki.caPem,
      ports: { smtp: mx.port, submission: submission.port, submissions: submissions.port, ...dovecot?.ports },
    },
    dovecot,
    servers: { submission, submissions },
    close: async () => {
      await Promise.all([
        dns.close(),
        rdap.close(),
        mx.close(),
        submission.close(),
        submissions.close(),
        dovecot?.stop(),
      ])
    },
  }
}
