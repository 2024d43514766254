/**
 * Mail providers as data, the one place each fact about a provider lives, with its public source:
 * how to recognise one (address domains, MX host patterns), what kind of service it is, the
 * settings a mail program needs where the ISP database lacks them or gets them wrong, the MX set and
 * autodiscover SRV an offer expects, its SPF include, where its webmail, control panel, status page
 * and support are, and its published sending limits. The offers a person can name (providers.ts)
 * are entries here; texts quote these facts through facts.ts.
 *
 * Facts that could not be confirmed on a public page are left out (see the notes of issue 11).
 */
/** What a provider offers the person: it decides which questions fit (a free mailbox has no payments). */
export type ProviderKind = 'hosting' | 'business-suite' | 'free-webmail' | 'pec'

/**
 * How a mail program signs in: the mailbox password; only the provider's own sign-in page (OAuth2);
 * that page or an app password; or an app password only.
 */
export type SignIn = 'password' | 'oauth2' | 'oauth2-or-app-password' | 'app-password'

/** How a connection is secured: TLS from the first byte, or STARTTLS after a plain greeting. */
export type Security = 'ssl' | 'starttls'

/** One server a mail program connects to. */
export interface ServerSetting {
  host: string
  port: number
  security: Security
}

/** What a mail program needs (the wizard's card; the probes test it). */
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
  targets: readonly string[]
}

/** Published sending limits: messages per account (a minute, an hour, a day) or sending IP, recipients. */
export interface SendingLimit {
  perMinute?: number
  perHour?: number
  perDay?: number
  perIpPerHour?: number
  recipientsPerDay?: number
  recipientsPerMessage?: number
}

/** What a fact of an entry is about, to name its source. */
export type FactTopic =
  | 'recognition'
  | 'expectedMx'
  | 'autodiscover'
  | 'settings'
  | 'signIn'
  | 'spf'
  | 'webmail'
  | 'panel'
  | 'status'
  | 'support'
  | 'guides'
  | 'limits'

/** The control-panel tasks whose place remedy steps name (`{{panel.<task>}}`) for providers whose panel we know. */
export const PANEL_TASKS = ['domains', 'emailState', 'changePassword', 'dnsZone'] as const
/** One control-panel task. */
export type PanelTask = (typeof PANEL_TASKS)[number]

/** One provider (or one offer of a provider). */
export interface MailProvider {
  id: string
  name: string
  company: string
  kind: ProviderKind
  /** Address domains that are this provider's own mailboxes (free webmail, PEC). */
  addressDomains: readonly string[]
  /** MX host patterns that point to this provider (several offers of one company may share them). */
  mx: readonly RegExp[]
  /** Other host names its servers answer or report from (bounces name them), from Sisimai's rhost tables. */
  serverHosts?: readonly RegExp[]
  /** Every MX set the offer accepts; the domain's MX should equal one of them. */
  expectedMx?: readonly (readonly ExpectedMx[])[]
  /** The `_autodiscover._tcp` SRV the offer expects, if it uses one. */
  autodiscover?: ExpectedSrv
  /** Settings of our own (the ISP database has none, or is wrong, or the offer has its own hosts). */
  client?: ClientSettings
  /** How mail programs sign in, where the provider says so. */
  signIn?: SignIn
  /** The SPF mechanism that authorises the provider's sending servers, e.g. `include:mx.ovh.com`. */
  spfInclude?: string
  webmailUrl?: string
  panelUrl?: string
  statusUrl?: string
  /** Where the provider takes support requests. */
  supportUrl?: string
  /** The key of its control panel's places in the `common:panelPaths` texts, where we know them. */
  panelPaths?: string
  /** The provider's guides remedies link to, where written for it. */
  guides?: { mx?: string; spamBlock?: string }
  limits?: SendingLimit
  /** Where each fact above comes from: a public page of the provider, or the ISP database file. */
  sources: Partial<Record<FactTopic, string>>
}

/** A web address of the provider's own domain is its own source: the page is the provider's. */
const OWN_PAGE = "the address itself, on the provider's own domain"

/** OVHcloud's guide to MX records, which names the four MX Plan records. */
const OVH_MX_GUIDE = 'https://docs.ovh.com/it/domains/aggiungere-record-mx-configurazione-dominio/'
/** OVHcloud's guide "Invio o ricezione delle email impossibile" (seed 000): webmail, status, limits. */
const OVH_SEND_GUIDE = 'OVHcloud guide "Invio o ricezione delle email impossibile" (seed 000)'
/** OVHcloud's guide "Diagnostica Exchange" (seed 004): Exchange's MX, autodiscover SRV and host. */
const OVH_EXCHANGE_GUIDE = 'OVHcloud guide "Diagnostica Exchange" (seed 004)'

/**
 * OVHcloud's facts shared by its three offers: MX hosts, control panel, status page, webmail,
 * guides, SPF include and sending limits (200 messages an hour per account, 300 per IP address).
 */
export const OVHCLOUD = {
  company: 'OVHcloud',
  kind: 'hosting',
  addressDomains: [],
  /** mx0..mx3.mail.ovh.net, ex/ex2.mail.ovh.net, pro*.mail.ovh.net and OVHcloud's older hosts. */
  mx: [/\.ovh\.net$/],
  spfInclude: 'include:mx.ovh.com',
  webmailUrl: 'https://www.ovh.it/mail/',
  panelUrl: 'https://www.ovh.com/manager/',
  panelPaths: 'ovhcloud',
  statusUrl: 'https://web-cloud.status-ovhcloud.com/',
  supportUrl: 'https://help.ovhcloud.com/',
  guides: {
    mx: OVH_MX_GUIDE,
    spamBlock: 'https://docs.ovh.com/it/microsoft-collaborative-solutions/blocco-per-spam/',
  },
  limits: { perHour: 200, perIpPerHour: 300 },
} as const satisfies Partial<MailProvider>

const OVHCLOUD_SOURCES = {
  recognition: OVH_MX_GUIDE,
  spf: 'https://docs.ovh.com/it/domains/hosting_condiviso_il_record_spf/',
  webmail: OVH_SEND_GUIDE,
  panel: OVH_EXCHANGE_GUIDE,
  status: OVH_SEND_GUIDE,
  support: OWN_PAGE,
  guides: OVH_SEND_GUIDE,
  limits: OVH_SEND_GUIDE,
}

/** MX Plan's four MX records, also accepted by Email Pro and Exchange. */
const OVH_MX_SET: readonly ExpectedMx[] = [
  { preference: 1, exchange: 'mx0.mail.ovh.net' },
  { preference: 5, exchange: 'mx1.mail.ovh.net' },
  { preference: 50, exchange: 'mx2.mail.ovh.net' },
  { preference: 100, exchange: 'mx3.mail.ovh.net' },
]

/** OVHcloud Exchange: its MX sets and autodiscover SRV (seed 004), quoted by texts through facts.ts. */
export const OVH_EXCHANGE = {
  ...OVHCLOUD,
  id: 'ovh-exchange',
  name: 'Exchange',
  expectedMx: [
    [{ preference: 1, exchange: 'mx1.mail.ovh.net' }],
    OVH_MX_SET,
    [{ preference: 1, exchange: 'ex.mail.ovh.net' }],
    [{ preference: 1, exchange: 'ex2.mail.ovh.net' }],
  ],
  autodiscover: { priority: 0, weight: 0, port: 443, targets: ['ex.mail.ovh.net', 'ex2.mail.ovh.net'] },
  client: {
    imap: { host: 'ex.mail.ovh.net', port: 993, security: 'ssl' },
    pop3: { host: 'ex.mail.ovh.net', port: 995, security: 'ssl' },
    smtp: { host: 'ex.mail.ovh.net', port: 587, security: 'starttls' },
    userIsFullAddress: true,
  },
  sources: {
    ...OVHCLOUD_SOURCES,
    expectedMx: OVH_EXCHANGE_GUIDE,
    autodiscover: OVH_EXCHANGE_GUIDE,
    settings: `${OVH_EXCHANGE_GUIDE} (host); OVHcloud Exchange client guides (ports)`,
  },
} as const satisfies MailProvider

/** Microsoft's page of the DNS records Microsoft 365 needs (MX, SPF). */
const MS_DNS_RECORDS =
  'https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider'
/** Google's page of the MX record values of Google Workspace. */
const GOOGLE_MX_VALUES = 'https://support.google.com/a/answer/174125'

/** Every provider we know, most specific first (an offer before its company's generic entry). */
export const MAIL_PROVIDERS: readonly MailProvider[] = [
  OVH_EXCHANGE,
  {
    ...OVHCLOUD,
    id: 'ovh-emailpro',
    name: 'Email Pro',
    expectedMx: [OVH_MX_SET],
    autodiscover: { priority: 0, weight: 0, port: 443, targets: ['pro1.mail.ovh.net'] },
    client: {
      imap: { host: 'pro1.mail.ovh.net', port: 993, security: 'ssl' },
      pop3: { host: 'pro1.mail.ovh.net', port: 995, security: 'ssl' },
      smtp: { host: 'pro1.mail.ovh.net', port: 587, security: 'starttls' },
      userIsFullAddress: true,
    },
    sources: {
      ...OVHCLOUD_SOURCES,
      expectedMx: OVH_MX_GUIDE,
      autodiscover: 'OVHcloud Email Pro client guides',
      settings: 'OVHcloud Email Pro client guides',
    },
  },
  {
    ...OVHCLOUD,
    id: 'ovh-mxplan',
    name: 'MX Plan',
    expectedMx: [OVH_MX_SET],
    client: {
      imap: { host: 'ssl0.ovh.net', port: 993, security: 'ssl' },
      pop3: { host: 'ssl0.ovh.net', port: 995, security: 'ssl' },
      smtp: { host: 'ssl0.ovh.net', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
    sources: { ...OVHCLOUD_SOURCES, expectedMx: OVH_MX_GUIDE, settings: 'ISP database ovh.net.xml' },
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    company: 'Microsoft',
    kind: 'business-suite',
    signIn: 'oauth2',
    addressDomains: ['onmicrosoft.com'],
    /** `<domain>.mail.protection.outlook.com`, and `<domain>-<tld>.<letter>-v1.mx.microsoft` (DNSSEC/DANE inbound). */
    mx: [/\.mail\.protection\.outlook\.com$/, /\.mx\.microsoft$/],
    serverHosts: [
      /\.prod\.outlook\.com$/,
      /\.protection\.outlook\.com$/,
      /\.onmicrosoft\.com$/,
      /\.exchangelabs\.com$/,
    ],
    expectedMx: [[{ preference: 0, exchange: '{domainDashed}.mail.protection.outlook.com' }]],
    client: {
      imap: { host: 'outlook.office365.com', port: 993, security: 'ssl' },
      pop3: { host: 'outlook.office365.com', port: 995, security: 'ssl' },
      smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
      userIsFullAddress: true,
    },
    spfInclude: 'include:spf.protection.outlook.com',
    webmailUrl: 'https://outlook.office.com/mail/',
    panelUrl: 'https://admin.microsoft.com/',
    statusUrl: 'https://status.cloud.microsoft/',
    supportUrl: 'https://support.microsoft.com/',
    limits: { perMinute: 30, recipientsPerDay: 10_000 },
    sources: {
      signIn:
        'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
      recognition: `${MS_DNS_RECORDS}; https://techcommunity.microsoft.com/t5/exchange-team-blog/implementing-inbound-smtp-dane-with-dnssec-for-exchange-online/ba-p/3939694 (mx.microsoft)`,
      expectedMx: MS_DNS_RECORDS,
      spf: MS_DNS_RECORDS,
      settings: 'ISP database office365.com.xml',
      webmail: OWN_PAGE,
      panel: 'https://learn.microsoft.com/microsoft-365/enterprise/view-service-health',
      status: 'https://learn.microsoft.com/microsoft-365/enterprise/view-service-health',
      support: OWN_PAGE,
      limits:
        'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits',
    },
  },
  {
    id: 'outlook-com',
    name: 'Outlook.com',
    company: 'Microsoft',
    kind: 'free-webmail',
    signIn: 'oauth2',
    addressDomains: [
      'outlook.com',
      'outlook.it',
      'hotmail.com',
      'hotmail.it',
      'live.com',
      'live.it',
      'msn.com',
    ],
    mx: [/\.olc\.protection\.outlook\.com$/],
    serverHosts: [/\.hotmail\.com$/],
    webmailUrl: 'https://outlook.live.com/mail/',
    supportUrl: 'https://support.microsoft.com/',
    sources: {
      signIn:
        'https://support.microsoft.com/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d',
      recognition: 'ISP database hotmail.com.xml',
      settings: 'ISP database hotmail.com.xml',
      webmail: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    company: 'Google',
    kind: 'business-suite',
    signIn: 'oauth2-or-app-password',
    addressDomains: [],
    mx: [/^smtp\.google\.com$/, /(^|\.)aspmx\.l\.google\.com$/, /^aspmx\d*\.googlemail\.com$/],
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
    webmailUrl: 'https://mail.google.com/',
    panelUrl: 'https://admin.google.com/',
    statusUrl: 'https://www.google.com/appsstatus/dashboard/',
    supportUrl: 'https://support.google.com/a/',
    limits: { perDay: 2000 },
    sources: {
      signIn: 'https://support.google.com/accounts/answer/185833',
      recognition: GOOGLE_MX_VALUES,
      expectedMx: GOOGLE_MX_VALUES,
      spf: 'https://support.google.com/a/answer/10685031',
      settings: 'ISP database googlemail.com.xml',
      webmail: OWN_PAGE,
      panel: OWN_PAGE,
      status: OWN_PAGE,
      support: OWN_PAGE,
      limits: 'https://support.google.com/a/answer/166852',
    },
  },
  {
    id: 'gmail',
    name: 'Gmail',
    company: 'Google',
    kind: 'free-webmail',
    signIn: 'oauth2-or-app-password',
    addressDomains: ['gmail.com', 'googlemail.com'],
    mx: [],
    serverHosts: [/\.google\.com$/, /\.googlemail\.com$/],
    webmailUrl: 'https://mail.google.com/',
    statusUrl: 'https://www.google.com/appsstatus/dashboard/',
    supportUrl: 'https://support.google.com/mail/',
    sources: {
      signIn: 'https://support.google.com/accounts/answer/185833',
      recognition: 'ISP database googlemail.com.xml',
      settings: 'ISP database googlemail.com.xml',
      webmail: OWN_PAGE,
      status: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
  {
    id: 'aruba-pec',
    name: 'PEC',
    company: 'Aruba',
    kind: 'pec',
    addressDomains: ['pec.it', 'arubapec.it'],
    mx: [/(^|\.)pec\.aruba\.it$/, /(^|\.)arubapec\.it$/],
    /** Our own because the ISP database gives POP3 port 993 (the IMAP port): POP3 over TLS is 995. */
    client: {
      imap: { host: 'imaps.pec.aruba.it', port: 993, security: 'ssl' },
      pop3: { host: 'pop3s.pec.aruba.it', port: 995, security: 'ssl' },
      smtp: { host: 'smtps.pec.aruba.it', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
    supportUrl: 'https://guide.pec.it/',
    sources: {
      recognition: 'ISP database arubapec.it.xml',
      settings:
        'ISP database arubapec.it.xml (hosts, IMAP 993, SMTP 465); POP3 port 995: RFC 8314 §7 (POP3 over TLS), as 993 in the ISP database is the IMAP port. NOT confirmed on an Aruba PEC page: https://guide.pec.it/posta-pec/configurare-casella-pec/bozza.aspx names smtps.pec.aruba.it, but the stored copy stops before its table of ports (searched again 2026-12-06). Aruba’s page for its ordinary mailboxes gives POP3 over SSL on 995 (pop3s.aruba.it): https://guide.hosting.aruba.it/email/configurazione-email-pc-dispositivi-mobili/configurazione-casella-dominio-pc-mac-pop.aspx',
      support: OWN_PAGE,
    },
  },
  {
    id: 'aruba',
    name: 'Hosting',
    company: 'Aruba',
    kind: 'hosting',
    addressDomains: ['aruba.it'],
    mx: [/(^|\.)aruba\.it$/],
    client: {
      imap: { host: 'imaps.aruba.it', port: 993, security: 'ssl' },
      pop3: { host: 'pop3s.aruba.it', port: 995, security: 'ssl' },
      smtp: { host: 'smtps.aruba.it', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
    webmailUrl: 'https://webmail.aruba.it/',
    panelUrl: 'https://admin.aruba.it/',
    supportUrl: 'https://guide.hosting.aruba.it/',
    sources: {
      recognition: 'MX hosts of Aruba-hosted domains (mx.aruba.it)',
      settings:
        'https://guide.hosting.aruba.it/email/configurazione-email-pc-dispositivi-mobili/configurazione-casella-dominio-pc-mac-pop.aspx (pop3s.aruba.it 995 SSL, smtps.aruba.it, full address as user name); imaps.aruba.it 993 and SMTP port 465 not on an Aruba page: see the notes of issue 11',
      webmail:
        'https://guide.hosting.aruba.it/email/modalita-acquisto-attivazione/creazione-delle-caselle-di-posta-del-dominio.aspx',
      panel:
        'https://guide.hosting.aruba.it/guida-alla-gestione-dei-servizi/pannello-di-controllo/pannello-di-controllo-accesso-e-gestione.aspx',
      support: OWN_PAGE,
    },
  },
  {
    id: 'register-it',
    name: 'Register.it',
    company: 'Register.it',
    kind: 'hosting',
    addressDomains: [],
    mx: [/(^|\.)register\.it$/],
    sources: {
      recognition: 'https://www.register.it/company/legal/ods-email.html',
      settings:
        "not on Register.it's public pages nor in the ISP database: settings discovery of the domain's own servers supplies them (the card says so). Register.it's order for authenticated SMTP (http://we.register.it/email/terms_conditions_eplus.html) names the outgoing server authsmtp.<your domain> without port or security: not enough for our own settings, so discovery still supplies them",
      panel: 'not found on a Register.it page we could read: left out',
      support: 'not found on a Register.it page we could read: left out',
      webmail:
        'https://www.register.it/company/legal/ods-email.html says a WebMail is included, without its address: left out',
    },
  },
  {
    id: 'libero',
    name: 'Libero Mail',
    company: 'Italiaonline',
    kind: 'free-webmail',
    addressDomains: ['libero.it', 'iol.it', 'blu.it', 'inwind.it', 'giallo.it'],
    mx: [/(^|\.)libero\.it$/],
    webmailUrl: 'https://mail.libero.it/',
    supportUrl: 'https://aiuto.libero.it/',
    sources: {
      recognition: 'ISP database libero.it.xml',
      settings: 'ISP database libero.it.xml',
      webmail: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
  {
    id: 'virgilio',
    name: 'Virgilio Mail',
    company: 'Italiaonline',
    kind: 'free-webmail',
    addressDomains: ['virgilio.it'],
    mx: [/(^|\.)virgilio\.it$/],
    webmailUrl: 'https://mail.virgilio.it/',
    supportUrl: 'https://aiuto.virgilio.it/',
    sources: {
      recognition: 'ISP database virgilio.it.xml',
      settings: 'ISP database virgilio.it.xml',
      webmail: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
  {
    id: 'tim',
    name: 'TIM Mail',
    company: 'TIM',
    kind: 'free-webmail',
    addressDomains: ['tim.it', 'alice.it', 'tin.it', 'aliceposta.it'],
    mx: [/(^|\.)tim\.it$/, /(^|\.)alice\.it$/],
    webmailUrl: 'https://mail.tim.it/',
    supportUrl: 'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta',
    limits: { recipientsPerMessage: 50 },
    sources: {
      recognition: 'ISP database tim.it.xml, alice.it.xml',
      settings: 'ISP database tim.it.xml, alice.it.xml',
      webmail: 'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta',
      support: OWN_PAGE,
      limits: 'https://www.tim.it/assistenza/assistenza-tecnica/mail/guida/casella-posta',
    },
  },
  {
    id: 'fastweb',
    name: 'Fastweb Mail',
    company: 'Fastweb',
    kind: 'free-webmail',
    addressDomains: ['fastwebnet.it'],
    mx: [/(^|\.)fastwebnet\.it$/],
    supportUrl: 'https://www.fastweb.it/fastmail/guida/',
    sources: {
      recognition: 'ISP database fastwebnet.it.xml',
      settings: 'ISP database fastwebnet.it.xml',
      support: OWN_PAGE,
    },
  },
  {
    id: 'tiscali',
    name: 'Tiscali Mail',
    company: 'Tiscali',
    kind: 'free-webmail',
    addressDomains: ['tiscali.it', 'tiscalinet.it'],
    mx: [/(^|\.)tiscali\.it$/],
    sources: { recognition: 'ISP database tiscali.it.xml', settings: 'ISP database tiscali.it.xml' },
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    company: 'Apple',
    kind: 'free-webmail',
    signIn: 'app-password',
    addressDomains: ['icloud.com', 'me.com', 'mac.com'],
    mx: [/(^|\.)mail\.icloud\.com$/],
    serverHosts: [/\.apple\.com$/, /\.me\.com$/],
    webmailUrl: 'https://www.icloud.com/mail/',
    statusUrl: 'https://www.apple.com/support/systemstatus/',
    supportUrl: 'https://support.apple.com/',
    sources: {
      signIn: 'https://support.apple.com/102654',
      recognition: 'ISP database me.com.xml',
      settings: 'ISP database me.com.xml',
      webmail: OWN_PAGE,
      status: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail',
    company: 'Yahoo',
    kind: 'free-webmail',
    signIn: 'oauth2-or-app-password',
    addressDomains: ['yahoo.com', 'yahoo.it', 'ymail.com', 'rocketmail.com'],
    mx: [/\.yahoodns\.net$/],
    webmailUrl: 'https://mail.yahoo.com/',
    supportUrl: 'https://help.yahoo.com/',
    sources: {
      signIn: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
      recognition: 'ISP database yahoo.com.xml',
      settings: 'ISP database yahoo.com.xml',
      webmail: OWN_PAGE,
      support: OWN_PAGE,
    },
  },
]

/** How a provider is named to people: its offer with the company, once ("Aruba Hosting", "Microsoft 365"). */
export function providerDisplayName(provider: MailProvider): string {
  return provider.name.startsWith(provider.company) || provider.company === provider.name
    ? provider.name
    : `${provider.company} ${provider.name}`
}

/** A provider by id. */
export function mailProvider(id: string | null | undefined): MailProvider | undefined {
  return MAIL_PROVIDERS.find((provider) => provider.id === id)
}

/** The provider whose own mailboxes use this address domain. */
export function providerByAddressDomain(domain: string): MailProvider | undefined {
  const lower = domain.toLowerCase()
  return MAIL_PROVIDERS.find((provider) => provider.addressDomains.includes(lower))
}

/** The providers any of these MX hosts point to (several offers of one company may share hosts). */
export function providersByMx(mxHosts: readonly string[]): MailProvider[] {
  const hosts = mxHosts.map((host) => host.toLowerCase().replace(/\.$/, ''))
  return MAIL_PROVIDERS.filter((provider) =>
    provider.mx.some((pattern) => hosts.some((host) => pattern.test(host))),
  )
}

/** The settings we hold for a provider, where we hold some. */
export function catalogueSettings(provider: MailProvider): ClientSettings | undefined {
  return provider.client
}
