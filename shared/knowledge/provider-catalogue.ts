/**
 * Mail providers as data, for every provider the wizard may meet (not only the offers of
 * PROVIDERS): how to recognise one (address domains, MX host patterns), what kind of service it is,
 * where its webmail, control panel, status page and support are, published sending limits, and
 * where each fact comes from. Settings themselves come from settings discovery (our profiles in
 * providers.ts, then the bundled Thunderbird ISP database); `settings` here only fills what the
 * database lacks or gets wrong, each with its source.
 *
 * Facts that could not be confirmed on a public page are left out (see the notes of issue 11).
 */
import type { SignIn } from './discovered-settings'
import { offerDisplayName, providerProfile, type ClientSettings, type ProviderId } from './providers'

/** What a provider offers the person: it decides which questions fit (a free mailbox has no payments). */
export type ProviderKind = 'hosting' | 'business-suite' | 'free-webmail' | 'pec'

/** A published sending limit. */
export interface SendingLimit {
  perDay?: number
  perHour?: number
}

/** One provider (or one offer of a provider). */
export interface MailProvider {
  id: string
  name: string
  company: string
  kind: ProviderKind
  /** Address domains that are this provider's own mailboxes (free webmail, PEC). */
  addressDomains: readonly string[]
  /** MX host patterns that point to this provider. */
  mx: readonly RegExp[]
  /** The offer profile of providers.ts with its settings, where we have one. */
  profile?: ProviderId
  /** Settings of our own, where the ISP database has none or is wrong. */
  settings?: ClientSettings
  /** How mail programs sign in, where the provider says so. */
  signIn?: SignIn
  webmailUrl?: string
  panelUrl?: string
  statusUrl?: string
  supportUrl?: string
  limits?: SendingLimit
  /** Where each fact above comes from: a public page of the provider, or the ISP database file. */
  sources: Partial<
    Record<
      'recognition' | 'settings' | 'signIn' | 'webmail' | 'panel' | 'status' | 'support' | 'limits',
      string
    >
  >
}

const OVH_PANEL = 'https://www.ovh.com/manager/'
const OVH_STATUS = 'https://web-cloud.status-ovhcloud.com/'
const OVH_MX = [/^mx\d*\.mail\.ovh\.net$/, /^ex\d*\.mail\.ovh\.net$/]
const SEED = 'OVHcloud guides (seeds 000-004)'

/** Every provider we know, most specific first (an offer before its company's generic entry). */
export const MAIL_PROVIDERS: readonly MailProvider[] = [
  {
    id: 'ovh-exchange',
    name: 'Exchange',
    company: 'OVHcloud',
    kind: 'hosting',
    addressDomains: [],
    mx: OVH_MX,
    profile: 'ovh-exchange',
    webmailUrl: 'https://ex.mail.ovh.net/owa',
    panelUrl: OVH_PANEL,
    statusUrl: OVH_STATUS,
    supportUrl: 'https://help.ovhcloud.com/',
    sources: { recognition: 'seed 004 (autodiscover SRV ex/ex2.mail.ovh.net)', settings: SEED, status: SEED },
  },
  {
    id: 'ovh-emailpro',
    name: 'Email Pro',
    company: 'OVHcloud',
    kind: 'hosting',
    addressDomains: [],
    mx: OVH_MX,
    profile: 'ovh-emailpro',
    panelUrl: OVH_PANEL,
    statusUrl: OVH_STATUS,
    supportUrl: 'https://help.ovhcloud.com/',
    sources: { recognition: 'autodiscover SRV pro1.mail.ovh.net', settings: SEED, status: SEED },
  },
  {
    id: 'ovh-mxplan',
    name: 'MX Plan',
    company: 'OVHcloud',
    kind: 'hosting',
    addressDomains: [],
    mx: OVH_MX,
    profile: 'ovh-mxplan',
    webmailUrl: 'https://www.ovhcloud.com/it/mail/',
    panelUrl: OVH_PANEL,
    statusUrl: OVH_STATUS,
    supportUrl: 'https://help.ovhcloud.com/',
    limits: { perHour: 200 },
    sources: { recognition: SEED, settings: 'ISP database ovh.net.xml; ' + SEED, status: SEED, limits: SEED },
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    company: 'Microsoft',
    kind: 'business-suite',
    signIn: 'oauth2',
    addressDomains: ['onmicrosoft.com'],
    mx: [/\.mail\.protection\.outlook\.com$/],
    profile: 'microsoft365',
    webmailUrl: 'https://outlook.office.com/mail/',
    panelUrl: 'https://admin.microsoft.com/',
    statusUrl: 'https://status.cloud.microsoft/',
    supportUrl: 'https://support.microsoft.com/',
    limits: { perDay: 10_000 },
    sources: {
      signIn:
        'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
      recognition:
        'https://learn.microsoft.com/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider',
      settings: 'ISP database office365.com.xml',
      limits:
        'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits',
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
    webmailUrl: 'https://outlook.live.com/mail/',
    statusUrl: 'https://portal.office.com/servicestatus',
    supportUrl: 'https://support.microsoft.com/',
    sources: {
      signIn:
        'https://support.microsoft.com/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d',
      recognition: 'ISP database hotmail.com.xml',
      settings: 'ISP database hotmail.com.xml',
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
    profile: 'google-workspace',
    webmailUrl: 'https://mail.google.com/',
    panelUrl: 'https://admin.google.com/',
    statusUrl: 'https://www.google.com/appsstatus/dashboard/',
    supportUrl: 'https://support.google.com/a/',
    limits: { perDay: 2000 },
    sources: {
      signIn: 'https://support.google.com/accounts/answer/185833',
      recognition: 'https://support.google.com/a/answer/174125',
      settings: 'ISP database googlemail.com.xml',
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
    webmailUrl: 'https://mail.google.com/',
    statusUrl: 'https://www.google.com/appsstatus/dashboard/',
    supportUrl: 'https://support.google.com/mail/',
    limits: { perDay: 500 },
    sources: {
      signIn: 'https://support.google.com/accounts/answer/185833',
      settings: 'ISP database googlemail.com.xml',
      limits: 'https://support.google.com/mail/answer/22839',
    },
  },
  {
    id: 'aruba-pec',
    name: 'PEC',
    company: 'Aruba',
    kind: 'pec',
    addressDomains: ['pec.it', 'arubapec.it'],
    mx: [/(^|\.)pec\.aruba\.it$/, /(^|\.)arubapec\.it$/],
    webmailUrl: 'https://webmail.pec.it/',
    supportUrl: 'https://guide.pec.it/',
    sources: {
      recognition: 'ISP database arubapec.it.xml',
      settings:
        'ISP database arubapec.it.xml; https://guide.pec.it/posta-pec/configurare-casella-pec/ (smtps.pec.aruba.it)',
    },
  },
  {
    id: 'aruba',
    name: 'Hosting',
    company: 'Aruba',
    kind: 'hosting',
    addressDomains: ['aruba.it'],
    mx: [/(^|\.)aruba\.it$/],
    settings: {
      imap: { host: 'imaps.aruba.it', port: 993, security: 'ssl' },
      pop3: { host: 'pop3s.aruba.it', port: 995, security: 'ssl' },
      smtp: { host: 'smtps.aruba.it', port: 465, security: 'ssl' },
      userIsFullAddress: true,
    },
    webmailUrl: 'https://webmail.aruba.it/',
    panelUrl: 'https://admin.aruba.it/',
    supportUrl: 'https://guide.hosting.aruba.it/',
    sources: {
      settings:
        'https://guide.hosting.aruba.it/email/configurazione-email-pc-dispositivi-mobili/configurazione-casella-dominio-pc-mac-pop.aspx',
      webmail:
        'https://guide.hosting.aruba.it/email/modalita-acquisto-attivazione/creazione-delle-caselle-di-posta-del-dominio.aspx',
    },
  },
  {
    id: 'register-it',
    name: 'Register.it',
    company: 'Register.it',
    kind: 'hosting',
    addressDomains: [],
    mx: [/(^|\.)register\.it$/],
    panelUrl: 'https://controlpanel.register.it/',
    supportUrl: 'https://www.register.it/assistenza/',
    sources: { recognition: 'https://www.register.it/company/legal/ods-email.html' },
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
    sources: { recognition: 'ISP database libero.it.xml', settings: 'ISP database libero.it.xml' },
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
    sources: { recognition: 'ISP database virgilio.it.xml', settings: 'ISP database virgilio.it.xml' },
  },
  {
    id: 'tim',
    name: 'TIM Mail',
    company: 'TIM',
    kind: 'free-webmail',
    addressDomains: ['tim.it', 'alice.it', 'tin.it', 'aliceposta.it'],
    mx: [/(^|\.)tim\.it$/, /(^|\.)alice\.it$/],
    webmailUrl: 'https://mail.tim.it/',
    sources: {
      recognition: 'ISP database tim.it.xml, alice.it.xml',
      settings: 'ISP database tim.it.xml, alice.it.xml',
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
    sources: { recognition: 'ISP database fastwebnet.it.xml', settings: 'ISP database fastwebnet.it.xml' },
  },
  {
    id: 'tiscali',
    name: 'Tiscali Mail',
    company: 'Tiscali',
    kind: 'free-webmail',
    addressDomains: ['tiscali.it', 'tiscalinet.it'],
    mx: [/(^|\.)tiscali\.it$/],
    webmailUrl: 'https://mail.tiscali.it/',
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
    webmailUrl: 'https://www.icloud.com/mail/',
    statusUrl: 'https://www.apple.com/support/systemstatus/',
    supportUrl: 'https://support.apple.com/',
    sources: {
      signIn: 'https://support.apple.com/102654',
      recognition: 'ISP database me.com.xml',
      settings: 'ISP database me.com.xml',
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
      signIn: 'https://help.yahoo.com/kb/SLN15241.html',
      recognition: 'ISP database yahoo.com.xml',
      settings: 'ISP database yahoo.com.xml',
    },
  },
]

/** How a provider is named to people: its offer with the company, once ("Aruba Hosting", "Microsoft 365"). */
export function providerDisplayName(provider: MailProvider): string {
  return offerDisplayName(provider)
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

/** The settings we hold for a provider: its own, else those of its offer profile. */
export function catalogueSettings(provider: MailProvider): ClientSettings | undefined {
  return provider.settings ?? (provider.profile ? providerProfile(provider.profile).client : undefined)
}
