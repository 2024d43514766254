/**
 * Mail provider profiles as data: how to recognise each offer from its MX hosts, which MX set and
 * autodiscover SRV record it expects, and the settings a mail program needs.
 *
 * Sources: seed 004 (OVHcloud Exchange diagnostics: MX mx1.mail.ovh.net, or ex/ex2.mail.ovh.net when
 * POP/IMAP mail is not hosted by OVHcloud; SRV _autodiscover._tcp 0 0 443 ex/ex2.mail.ovh.net).
 * The rest are the public values of the providers' own help pages: OVHcloud "Add an MX record" guide
 * (mx0..mx3.mail.ovh.net with preferences 1/5/50/100), OVHcloud MX Plan and Email Pro client guides
 * (ssl0.ovh.net, pro1.mail.ovh.net), Microsoft 365 "DNS records" and "POP/IMAP settings" pages,
 * Google Workspace "MX record values" (smtp.google.com) and Gmail IMAP settings; SPF includes from
 * the same providers' SPF pages (mx.ovh.com, spf.protection.outlook.com, _spf.google.com).
 */

/** The offers MailDoctor knows; `other` means a provider we have no profile for. */
export const PROVIDER_IDS = [
  'ovh-mxplan',
  'ovh-emailpro',
  'ovh-exchange',
  'microsoft365',
  'google-workspace',
  'other',
] as const
/** One provider offer. */
export type ProviderId = (typeof PROVIDER_IDS)[number]

/** How a connection is secured: TLS from the first byte, or STARTTLS after a plain greeting. */
export type Security = 'ssl' | 'starttls'

/** One server a mail program connects to. */
export interface ServerSetting {
  host: string
  port: number
  security: Security
}

/** What a mail program needs for an offer (the wizard's card; the probes test it). */
export interface ClientSettings {
  imap?: ServerSetting
  pop3?: ServerSetting
  smtp: ServerSetting
  /** Whether the user name is the whole email address. */
  userIsFullAddress: boolean
}

/** An MX record an offer expects; `{domainDashed}` stands for the domain with dots as dashes. */
export interface ExpectedMx {
  preference: number
  exchange: string
}

/** An autodiscover SRV record an offer expects. */
export interface ExpectedSrv {
  priority: number
  weight: number
  port: number
  /** Any of these targets is right. */
  targets: string[]
}

/** How an offer is named to people: with its company, once ("OVHcloud Exchange", "Microsoft 365"). */
export function offerDisplayName(offer: { name: string; company: string }): string {
  return offer.name.startsWith(offer.company) ? offer.name : `${offer.company} ${offer.name}`
}

/** One offer's profile. */
export interface ProviderProfile {
  id: ProviderId
  /** The offer's name as the provider writes it (not translated). */
  name: string
  /** The company behind it. */
  company: string
  /** MX host patterns that point to this provider (several offers of one company may share them). */
  recognise: RegExp[]
  /** Every MX set the offer accepts; the domain's MX should equal one of them. */
  expectedMx: ExpectedMx[][]
  /** The `_autodiscover._tcp` SRV the offer expects, if it uses one. */
  autodiscover?: ExpectedSrv
  client?: ClientSettings
  /** The SPF mechanism that authorises the offer's sending servers, e.g. `include:mx.ovh.com`. */
  spfInclude?: string
  /** Where the person checks the state of the offer. */
  panelUrl?: string
  /** Where the provider takes support requests (a page or a mailto: address), when known. */
  supportUrl?: string
  /** The provider's status page (incidents and maintenance). */
  statusUrl?: string
  /** The webmail, to tell a mail program fault from a service fault. */
  webmailUrl?: string
  /** Sending limits the provider publishes, quoted by the texts on refused or slowed mail. */
  sendingLimits?: SendingLimits
}

/** How much an account, and a sending IP address, may send in an hour. */
export interface SendingLimits {
  perAccountPerHour: number
  perIpPerHour: number
}

const OVH_MX: ExpectedMx[] = [
  { preference: 1, exchange: 'mx0.mail.ovh.net' },
  { preference: 5, exchange: 'mx1.mail.ovh.net' },
  { preference: 50, exchange: 'mx2.mail.ovh.net' },
  { preference: 100, exchange: 'mx3.mail.ovh.net' },
]
const OVH_RECOGNISE = [/^mx\d*\.mail\.ovh\.net$/, /^ex\d*\.mail\.ovh\.net$/, /\.ovh\.net$/]

/**
 * OVHcloud's facts shared by its offers, and quoted by texts through i18n parameters (facts.ts):
 * control panel, status page, webmail, help pages, SPF include and sending limits (seeds 000 and
 * 001: 200 messages an hour per account, 300 an hour per IP address).
 */
export const OVHCLOUD = {
  panelUrl: 'https://www.ovh.com/manager/',
  statusUrl: 'https://web-cloud.status-ovhcloud.com/',
  webmailUrl: 'https://www.ovh.it/mail/',
  mxGuideUrl: 'https://docs.ovh.com/it/domains/aggiungere-record-mx-configurazione-dominio/',
  spamBlockGuideUrl: 'https://docs.ovh.com/it/microsoft-collaborative-solutions/blocco-per-spam/',
  spfInclude: 'include:mx.ovh.com',
  sendingLimits: { perAccountPerHour: 200, perIpPerHour: 300 },
  exchangeAutodiscover: {
    priority: 0,
    weight: 0,
    port: 443,
    targets: ['ex.mail.ovh.net', 'ex2.mail.ovh.net'],
  },
} as const

const OVH_COMMON = {
  company: 'OVHcloud',
  recognise: OVH_RECOGNISE,
  spfInclude: OVHCLOUD.spfInclude,
  panelUrl: OVHCLOUD.panelUrl,
  statusUrl: OVHCLOUD.statusUrl,
  webmailUrl: OVHCLOUD.webmailUrl,
  sendingLimits: OVHCLOUD.sendingLimits,
}

/** Every profile, in the order the wizard lists them. */
export const PROVIDERS: readonly ProviderProfile[] = [
  {
    id: 'ovh-mxplan',
    name: 'MX Plan',
    ...OVH_COMMON,
    expectedMx: [OVH_MX],
    client: {
      imap: { host: 'ssl0.ovh.net', port: 993, security: 'ssl' },
      pop3: { host: 'ssl0.ovh.net', port: 995, security: 'ssl' },
      smtp: { host: 'ssl0.ovh.net', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
  },
  {
    id: 'ovh-emailpro',
    name: 'Email Pro',
    ...OVH_COMMON,
    expectedMx: [OVH_MX],
    autodiscover: { priority: 0, weight: 0, port: 443, targets: ['pro1.mail.ovh.net'] },
    client: {
      imap: { host: 'pro1.mail.ovh.net', port: 993, security: 'ssl' },
      pop3: { host: 'pro1.mail.ovh.net', port: 995, security: 'ssl' },
      smtp: { host: 'pro1.mail.ovh.net', port: 587, security: 'starttls' },
      userIsFullAddress: true,
    },
  },
  {
    id: 'ovh-exchange',
    name: 'Exchange',
    ...OVH_COMMON,
    expectedMx: [
      [{ preference: 1, exchange: 'mx1.mail.ovh.net' }],
      OVH_MX,
      [{ preference: 1, exchange: 'ex.mail.ovh.net' }],
      [{ preference: 1, exchange: 'ex2.mail.ovh.net' }],
    ],
    autodiscover: { ...OVHCLOUD.exchangeAutodiscover, targets: [...OVHCLOUD.exchangeAutodiscover.targets] },
    client: {
      imap: { host: 'ex.mail.ovh.net', port: 993, security: 'ssl' },
      pop3: { host: 'ex.mail.ovh.net', port: 995, security: 'ssl' },
      smtp: { host: 'ex.mail.ovh.net', port: 587, security: 'starttls' },
      userIsFullAddress: true,
    },
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    company: 'Microsoft',
    recognise: [/\.mail\.protection\.outlook\.com$/],
    expectedMx: [[{ preference: 0, exchange: '{domainDashed}.mail.protection.outlook.com' }]],
    client: {
      imap: { host: 'outlook.office365.com', port: 993, security: 'ssl' },
      pop3: { host: 'outlook.office365.com', port: 995, security: 'ssl' },
      smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
      userIsFullAddress: true,
    },
    spfInclude: 'include:spf.protection.outlook.com',
    panelUrl: 'https://admin.microsoft.com/',
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    company: 'Google',
    recognise: [/^smtp\.google\.com$/, /(^|\.)aspmx\.l\.google\.com$/, /^aspmx\d*\.googlemail\.com$/],
    expectedMx: [
      [{ preference: 1, exchange: 'smtp.google.com' }],
      [
        { preference: 1, exchange: 'aspmx.l.google.com' },
        { preference: 5, exchange: 'alt1.aspmx.l.google.com' },
        { preference: 5, exchange: 'alt2.aspmx.l.google.com' },
        { preference: 10, exchange: 'alt3.aspmx.l.google.com' },
        { preference: 10, exchange: 'alt4.aspmx.l.google.com' },
      ],
    ],
    client: {
      imap: { host: 'imap.gmail.com', port: 993, security: 'ssl' },
      pop3: { host: 'pop.gmail.com', port: 995, security: 'ssl' },
      smtp: { host: 'smtp.gmail.com', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
    spfInclude: 'include:_spf.google.com',
    panelUrl: 'https://admin.google.com/',
  },
  { id: 'other', name: 'other', company: 'other', recognise: [], expectedMx: [] },
]

/** True when a value is a known provider id. */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value)
}

/** The profile of an offer. */
export function providerProfile(id: ProviderId): ProviderProfile {
  return PROVIDERS.find((profile) => profile.id === id) ?? (PROVIDERS.at(-1) as ProviderProfile)
}

/** The offers whose MX patterns match any of these MX hosts (several when one company has many). */
export function recogniseProviders(mxHosts: readonly string[]): ProviderProfile[] {
  const hosts = mxHosts.map((host) => host.toLowerCase().replace(/\.$/, ''))
  return PROVIDERS.filter((profile) =>
    profile.recognise.some((pattern) => hosts.some((host) => pattern.test(host))),
  )
}

/** An offer's MX sets with `{domainDashed}` filled in for this domain. */
export function expectedMxFor(profile: ProviderProfile, domain: string): ExpectedMx[][] {
  const dashed = domain.replace(/\./g, '-')
  return profile.expectedMx.map((set) =>
    set.map((record) => ({ ...record, exchange: record.exchange.replace('{domainDashed}', dashed) })),
  )
}

/** What to do to the MX records so they equal an expected set. */
export interface MxChanges {
  add: ExpectedMx[]
  remove: ExpectedMx[]
  /** Records whose host is right but whose preference is not. */
  change: { exchange: string; from: number; to: number }[]
}

/**
 * The smallest set of changes that turns the domain's MX records into one of the offer's sets;
 * empty lists mean the records already match.
 */
export function mxChanges(actual: readonly ExpectedMx[], expectedSets: readonly ExpectedMx[][]): MxChanges {
  let best: MxChanges = { add: [], remove: [...actual], change: [] }
  let bestSize = Number.POSITIVE_INFINITY
  for (const expected of expectedSets) {
    const add = expected.filter((want) => !actual.some((have) => have.exchange === want.exchange))
    const remove = actual.filter((have) => !expected.some((want) => want.exchange === have.exchange))
    const change = expected.flatMap((want) => {
      const have = actual.find((record) => record.exchange === want.exchange)
      return have && have.preference !== want.preference
        ? [{ exchange: want.exchange, from: have.preference, to: want.preference }]
        : []
    })
    const size = add.length + remove.length + change.length
    if (size < bestSize) {
      best = { add, remove, change }
      bestSize = size
    }
  }
  return best
}
