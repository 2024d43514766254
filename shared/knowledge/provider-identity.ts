/**
 * Who runs this mail: the one answer every screen, report and command reads. From the findings and
 * the person's answers it says which provider (and offer), on what basis (the address's domain, the
 * MX hosts, the published settings, the person's answer), whether the person confirmed it, and the
 * settings to use. Nothing outside this module and the catalogue decides or compares a provider
 * (provider-identity.test.ts fails on one).
 *
 * Settings, in this order: our catalogue (provider-catalogue.ts, which corrects the ISP database),
 * then the ISP database, then what discovery found on the domain's own servers. The engine's
 * settings discovery applies that order (DISCOVERY_SOURCES); its winner is used when it belongs to
 * the provider in hand, else the catalogue's settings of that provider.
 */
import type { Status } from '../protocol'
import type { DiscoveredSettings, DiscoverySource, SourceOutcome } from './discovered-settings'
import {
  MAIL_PROVIDERS,
  OVHCLOUD,
  PANEL_TASKS,
  mailProvider,
  providerByAddressDomain,
  providerDisplayName,
  providersByMx,
  type ClientSettings,
  type ExpectedSrv,
  type MailProvider,
  type PanelTask,
  type SendingLimit,
  type ServerSetting,
  type SignIn,
} from './provider-catalogue'
import { TEXT_FACTS } from './facts'
import { PROVIDER_CHANGES } from './provider-changes'
import { isOffer, PROVIDER_IDS, type Offer } from './providers'
import { LINK_URLS, type LinkId, type ProviderLinkId } from './remedies'

/** What this module reads of a finding (report.ts's Finding fits it): its check, subject, status and evidence. */
export interface FindingFacts {
  id: string
  subject?: string
  status: Status
  evidence: Readonly<Record<string, unknown>>
}

/** What this module reads of the walk (tree/types.ts's WalkState fits it): the answers and the person's own findings. */
export interface WalkAnswers {
  answers: Readonly<Record<string, string>>
  findings: { own: readonly FindingFacts[] }
}

/** What a provider was found from; each has its sentence under `tree:provider.basis.<kind>`. */
export type DetectionBasis =
  | { kind: 'address'; domain: string }
  | { kind: 'mx'; hosts: readonly string[] }
  | { kind: 'settings'; domain: string }

/** A provider found for the address, and what it was found from. */
export interface ProviderDetection {
  provider: MailProvider
  basis: DetectionBasis
}

/** The settings a mail program should use, and where they come from. */
export interface SettingsToUse {
  client: ClientSettings
  /** `catalogue` when no discovery result fits the provider and our catalogue holds its settings. */
  source: DiscoverySource | 'catalogue'
  signIn: SignIn
}

/** The one answer to "who runs this mail?". */
export interface ProviderIdentity {
  /** The provider the walk speaks of; null when unknown, rejected or "another provider". */
  provider: MailProvider | null
  /** The offer the tree's conditions read (null when it is not one of the offers a person can name). */
  offer: Offer | null
  /** What it rests on: a finding, or the person's answer. */
  basis: DetectionBasis | { kind: 'answer' } | null
  /** True when the person named it or said the one found is theirs. */
  confirmed: boolean
  settings: SettingsToUse | null
}

const ran = (finding: FindingFacts | undefined): finding is FindingFacts =>
  finding !== undefined && finding.status !== 'error' && finding.status !== 'skipped'

/** The winning settings of the `client.discovery` finding among these findings, if any. */
export function discoveredSettingsOf(findings: readonly FindingFacts[]): DiscoveredSettings | null {
  const finding = findings.find((candidate) => candidate.id === 'client.discovery')
  const settings = finding?.evidence.settings as DiscoveredSettings | null | undefined
  return settings && typeof settings === 'object' && 'client' in settings ? settings : null
}

/** The MX hosts the `dns.mx.provider` finding saw, when the MX lookup ran and found some. */
function mxHostsOf(findings: readonly FindingFacts[]): string[] {
  const finding = findings.find((candidate) => candidate.id === 'dns.mx.provider')
  const hosts = ran(finding) ? finding.evidence.mxHosts : undefined
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : []
}

/** What one source of settings discovery tells about the provider, if anything that counts. */
function fromSource(
  outcome: SourceOutcome,
  domain: string,
  mxHosts: readonly string[],
): ProviderDetection | null {
  const provider = outcome.status === 'found' ? mailProvider(outcome.settings?.providerId) : undefined
  if (!provider) return null
  switch (outcome.source) {
    case 'profile':
    case 'ispdb':
      // Only the address's own domain counts: an offer the person declared is an answer, not evidence.
      return provider.addressDomains.includes(domain.toLowerCase())
        ? { provider, basis: { kind: 'address', domain } }
        : null
    case 'profile-mx':
    case 'ispdb-mx':
      return {
        provider,
        basis: mxHosts.length > 0 ? { kind: 'mx', hosts: mxHosts } : { kind: 'settings', domain },
      }
    default:
      return { provider, basis: { kind: 'settings', domain } }
  }
}

/** The provider settings discovery found, best source first; null when it did not run or found none. */
function fromDiscovery(findings: readonly FindingFacts[]): ProviderDetection | null {
  const finding = findings.find((candidate) => candidate.id === 'client.discovery')
  const sources = ran(finding) ? finding.evidence.sources : undefined
  if (!finding || !Array.isArray(sources)) return null
  const hosts = mxHostsOf(findings)
  for (const outcome of sources as SourceOutcome[]) {
    const found = fromSource(outcome, finding.subject ?? '', hosts)
    if (found) return found
  }
  return null
}

/** The domain the checks ran on, from the findings that name it. */
function domainOf(findings: readonly FindingFacts[]): string {
  const finding = findings.find(
    (candidate) => candidate.id === 'client.discovery' || candidate.id === 'dns.mx.provider',
  )
  return finding?.subject ?? ''
}

/**
 * The provider the checks found for the address, and from what; null when nothing that ran tells
 * (a check that failed to run, timed out or was skipped is never leaned on). Settings discovery
 * decides first (it tells one company's offers apart); then the address's own domain; else the MX
 * hosts, when they name one company's single offer.
 */
export function detectProvider(findings: readonly FindingFacts[]): ProviderDetection | null {
  const discovered = fromDiscovery(findings)
  if (discovered) return discovered
  const domain = domainOf(findings)
  const own = domain !== '' ? providerByAddressDomain(domain) : undefined
  if (own) return { provider: own, basis: { kind: 'address', domain } }
  const hosts = mxHostsOf(findings)
  const matches = providersByMx(hosts)
  const only = matches.length === 1 ? matches[0] : undefined
  return only ? { provider: only, basis: { kind: 'mx', hosts } } : null
}

/**
 * The offer the checks were run for (CLI `--provider`, a report read without the walk), as the
 * `dns.mx.provider` finding records it; only when the answers say nothing about the provider.
 */
function declaredIn(
  findings: readonly FindingFacts[],
  answers: Readonly<Record<string, string>>,
): string | undefined {
  if (answers['provider-confirm'] !== undefined) return undefined
  const declared = findings.find((finding) => finding.id === 'dns.mx.provider')?.evidence.declared
  return typeof declared === 'string' ? declared : undefined
}

/** True when the person said the provider found is not theirs and has not named another. */
function rejected(state: Pick<WalkAnswers, 'answers'>): boolean {
  return state.answers['provider-confirm'] === 'no' && state.answers.offer === undefined
}

/** The offer the tree reads when none was named: the one found, else the first the MX records name. */
function foundOffer(
  findings: readonly FindingFacts[],
  detection: ProviderDetection | null,
  saidNo: boolean,
): Offer | null {
  const id = detection?.provider.id
  if (isOffer(id)) return id
  if (detection || saidNo) return null
  const recognised = findings.find((finding) => finding.id === 'dns.mx.provider')?.evidence.recognised
  const first = Array.isArray(recognised) ? (recognised[0] as unknown) : undefined
  return isOffer(first) ? first : null
}

/** The settings to use for this provider (see the module's comment for the order). */
export function settingsToUse(
  provider: MailProvider | null,
  findings: readonly FindingFacts[],
): SettingsToUse | null {
  const discovered = discoveredSettingsOf(findings)
  const fits =
    discovered !== null &&
    (provider === null || discovered.providerId === null || discovered.providerId === provider.id)
  if (discovered && fits)
    return { client: discovered.client, source: discovered.source, signIn: discovered.signIn }
  if (provider?.client)
    return { client: provider.client, source: 'catalogue', signIn: provider.signIn ?? 'password' }
  return null
}

/**
 * Who runs the person's mail: the offer they named (none for "another provider"); none when they
 * rejected the one found; else the one found for the address (confirmed, not yet asked, or
 * "I don't know").
 */
export function identifyProvider(state: WalkAnswers): ProviderIdentity {
  const findings = state.findings.own
  const named = state.answers.offer ?? declaredIn(findings, state.answers)
  if (isOffer(named) && named !== 'unknown') {
    const provider = named === 'other' ? null : (mailProvider(named) ?? null)
    return {
      provider,
      offer: named,
      basis: { kind: 'answer' },
      confirmed: true,
      settings: settingsToUse(provider, findings),
    }
  }
  if (rejected(state))
    return {
      provider: null,
      offer: null,
      basis: null,
      confirmed: false,
      settings: settingsToUse(null, findings),
    }
  const detection = detectProvider(findings)
  const provider = detection?.provider ?? null
  return {
    provider,
    offer: foundOffer(findings, detection, state.answers['provider-confirm'] === 'no'),
    basis: detection?.basis ?? null,
    confirmed: detection !== null && state.answers['provider-confirm'] === 'yes',
    settings: settingsToUse(provider, findings),
  }
}

/** The identity a finished run gives, with the offer named for it (CLI `--provider`, a report's answers). */
export function identityOfRun(
  findings: readonly FindingFacts[],
  answers: Readonly<Record<string, string>> = {},
): ProviderIdentity {
  return identifyProvider({ answers, findings: { own: findings } })
}

/** The identity as data for `check --json` and reports: who, on what basis, the settings' source. */
export function identitySummary(identity: ProviderIdentity): {
  id: string | null
  name: string | null
  company: string | null
  basis: string | null
  confirmed: boolean
  settingsSource: SettingsToUse['source'] | null
} {
  return {
    id: identity.provider?.id ?? null,
    name: providerName(identity),
    company: identity.provider?.company ?? null,
    basis: identity.basis?.kind ?? null,
    confirmed: identity.confirmed,
    settingsSource: identity.settings?.source ?? null,
  }
}

/** The `report:providerBasis.<kind>` text key of an identity (`unknown` when no provider). */
export function basisKey(identity: ProviderIdentity): string {
  return `report:providerBasis.${identity.provider && identity.basis ? identity.basis.kind : 'unknown'}`
}

/** The identity in words for a report's summary and the CLI: "Aruba Hosting (from the address's domain)". */
export function identityText(
  identity: ProviderIdentity,
  t: (key: string, params?: Record<string, string>) => string,
): string {
  const name = providerName(identity)
  if (!name) return t('report:provider.unknown')
  const confirmedFinding = identity.confirmed && identity.basis?.kind !== 'answer'
  return t(confirmedFinding ? 'report:provider.confirmed' : 'report:provider.value', {
    provider: name,
    basis: t(basisKey(identity)),
  })
}

/** How the provider is named on screens, in reports and in the CLI; null when unknown. */
export function providerName(identity: Pick<ProviderIdentity, 'provider'>): string | null {
  return identity.provider ? providerDisplayName(identity.provider) : null
}

/**
 * The catalogue entries these MX hosts point to: the offers a person can name first (in the order
 * the wizard lists them), then every other provider, in catalogue order.
 */
export function recogniseMx(mxHosts: readonly string[]): MailProvider[] {
  const matches = providersByMx(mxHosts)
  const rank = (provider: MailProvider) => {
    const index = (PROVIDER_IDS as readonly string[]).indexOf(provider.id)
    return index === -1 ? PROVIDER_IDS.length + MAIL_PROVIDERS.indexOf(provider) : index
  }
  return [...matches].sort((a, b) => rank(a) - rank(b))
}

/**
 * True when a host is one of these catalogue entries': an address domain of theirs, or a host their
 * MX or their servers answer from (a bounce's recipient domain or remote server).
 */
export function hostOfProviders(host: string, ids: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '')
  return MAIL_PROVIDERS.filter((provider) => ids.includes(provider.id)).some(
    (provider) =>
      provider.addressDomains.includes(name) ||
      [...provider.mx, ...(provider.serverHosts ?? [])].some((pattern) => pattern.test(name)),
  )
}

/** The company of the catalogue provider a host belongs to (see hostOfProviders), if any. */
export function companyOfHost(host: string): string | undefined {
  return MAIL_PROVIDERS.find((provider) => hostOfProviders(host, [provider.id]))?.company
}

/** The first provider these MX hosts point to that is not the company of the one named, if any. */
export function otherProviderOnMx(mxHosts: readonly string[], named: MailProvider): MailProvider | undefined {
  return recogniseMx(mxHosts).find((provider) => provider.company !== named.company)
}

/**
 * Who the domain's mail belongs to, for the `dns.mx.provider` finding: the provider whose own
 * mailboxes use this domain (gmail.com is Gmail's whatever its MX hosts are called), then those
 * its MX hosts point to.
 */
export function recogniseDomain(domain: string, mxHosts: readonly string[]): MailProvider[] {
  const own = providerByAddressDomain(domain)
  const byMx = recogniseMx(mxHosts).filter((provider) => provider !== own)
  return own ? [own, ...byMx] : byMx
}

/** True when an entry's autodiscover record points to this host. */
const autodiscoverNames = (provider: MailProvider, host: string | null): boolean =>
  host !== null && (provider.autodiscover?.targets.includes(host) ?? false)

/**
 * Which offer of one company a domain on its MX hosts uses: the one its autodiscover SRV points
 * to, else the one whose autodiscover hosts are also its MX, else the company's offer that needs
 * no autodiscover (OVHcloud: Exchange, Email Pro, else MX Plan).
 */
export function offerByMx(hosts: readonly string[], srvTarget: string | null): MailProvider | undefined {
  const matches = providersByMx(hosts)
  const first = matches[0]
  if (!first) return undefined
  const siblings = matches.filter((provider) => provider.company === first.company)
  return (
    siblings.find((provider) => autodiscoverNames(provider, srvTarget)) ??
    siblings.find((provider) => hosts.some((host) => autodiscoverNames(provider, host))) ??
    siblings.find((provider) => provider.autodiscover === undefined) ??
    first
  )
}

/**
 * The catalogue's settings of an offer, with its mail host made the one this domain's records
 * name: an offer with several hosts (OVHcloud Exchange: ex, ex2) serves each domain from one, and
 * the autodiscover SRV or the MX says which.
 */
export function catalogueClientFor(
  provider: MailProvider,
  hosts: readonly string[],
  srvTarget: string | null,
): ClientSettings | undefined {
  const client = provider.client
  const targets = provider.autodiscover?.targets ?? []
  const named = [srvTarget, ...hosts].find((host): host is string => host !== null && targets.includes(host))
  const current = client?.smtp.host
  if (!client || !named || !current || !targets.includes(current) || named === current) return client
  const swap = (server: ServerSetting): ServerSetting =>
    server.host === current ? { ...server, host: named } : server
  return {
    ...client,
    smtp: swap(client.smtp),
    ...(client.imap ? { imap: swap(client.imap) } : {}),
    ...(client.pop3 ? { pop3: swap(client.pop3) } : {}),
  }
}

/**
 * The autodiscover record a domain needs, whatever offer was named: the declared offer's, else the
 * one of the offer whose autodiscover hosts are its MX (an Exchange MX needs its SRV). When the MX
 * is one of those hosts, the record names that host alone: the exact record to add.
 */
export function autodiscoverExpected(
  declared: MailProvider | undefined,
  hosts: readonly string[],
): { provider: MailProvider; srv: ExpectedSrv } | null {
  const provider = declared?.autodiscover
    ? declared
    : MAIL_PROVIDERS.find((entry) => hosts.some((host) => autodiscoverNames(entry, host)))
  const srv = provider?.autodiscover
  if (!provider || !srv) return null
  const mxTarget = hosts.find((host) => srv.targets.includes(host))
  return { provider, srv: mxTarget ? { ...srv, targets: [mxTarget] } : srv }
}

/** The provider's pages a link id can name, with the key of the label naming them for that provider. */
const PROVIDER_PAGES: Record<
  ProviderLinkId,
  { label: string; page: (provider: MailProvider) => string | undefined }
> = {
  providerWebmail: { label: 'webmail', page: (provider) => provider.webmailUrl },
  providerPanel: { label: 'panel', page: (provider) => provider.panelUrl },
  providerStatus: { label: 'status', page: (provider) => provider.statusUrl },
  providerMxGuide: { label: 'mxGuide', page: (provider) => provider.guides?.mx },
  providerSpamBlockGuide: { label: 'spamBlockGuide', page: (provider) => provider.guides?.spamBlock },
}

/** A link resolved for the provider in hand: its address, and the label text naming the provider's page. */
export interface ResolvedLink {
  url: string
  /** `discovery:providerLink.<kind>` (with `{{provider}}`), or null for a page that is nobody's own. */
  labelKey: string | null
}

/** Link ids resolved for the provider in hand: its own pages, or left out when it has none or is unknown. */
export function resolveLinks(
  ids: readonly LinkId[],
  provider: MailProvider | null | undefined,
): ResolvedLink[] {
  return ids.flatMap((id): ResolvedLink[] => {
    if (id in LINK_URLS) return [{ url: LINK_URLS[id as keyof typeof LINK_URLS], labelKey: null }]
    const own = PROVIDER_PAGES[id as ProviderLinkId]
    const url = provider ? own.page(provider) : undefined
    return url ? [{ url, labelKey: `discovery:providerLink.${own.label}` }] : []
  })
}

/** The addresses of link ids resolved for the provider in hand (see resolveLinks). */
export function providerLinks(ids: readonly LinkId[], provider: MailProvider | null | undefined): string[] {
  return resolveLinks(ids, provider).map((link) => link.url)
}

/** Every page of the provider the settings card lists: webmail, control panel, status page, help. */
export function providerPages(provider: MailProvider | null | undefined): ResolvedLink[] {
  const support = provider?.supportUrl
  return [
    ...resolveLinks(['providerWebmail', 'providerPanel', 'providerStatus'], provider),
    ...(support ? [{ url: support, labelKey: 'discovery:providerLink.support' }] : []),
  ]
}

/** How a text is translated with parameters (i18next's `t`). */
export type Translate = (key: string, params: Record<string, unknown>) => string

/** The provider's sending limits in words ("200 messages an hour per account and 300 an hour per IP address"). */
function limitList(limits: SendingLimit, translate: Translate): string {
  const parts = (Object.keys(limits) as (keyof SendingLimit)[]).map((name) =>
    translate(`common:providerFacts.limits.${name}`, { value: limits[name] }),
  )
  const last = parts.pop() ?? ''
  return parts.length > 0 ? `${parts.join(', ')}${translate('common:providerFacts.and', {})}${last}` : last
}

/**
 * The facts of the provider in hand that texts quote (`$t({{providerFacts.<fact>Text}})`): each
 * `…Text` names the `known` text when the catalogue holds that fact for this provider, else the
 * `ask` text (what to ask the provider for). No provider's facts reach another's screen.
 */
export function providerFactParams(provider: MailProvider | null | undefined, translate: Translate) {
  const srv = provider?.autodiscover
  const known = (fact: string, has: unknown) => (has ? `common:providerFacts.known.${fact}` : undefined)
  return {
    ...TEXT_FACTS.providerFacts,
    company: provider?.company ?? '',
    limitList: provider?.limits ? limitList(provider.limits, translate) : '',
    spfInclude: provider?.spfInclude ?? '',
    srvPriority: srv ? String(srv.priority) : '',
    srvWeight: srv ? String(srv.weight) : '',
    srvPort: srv ? String(srv.port) : '',
    sendingLimitsText: known('sendingLimits', provider?.limits) ?? TEXT_FACTS.providerFacts.sendingLimitsText,
    spfText: known('spf', provider?.spfInclude) ?? TEXT_FACTS.providerFacts.spfText,
    autodiscoverText: known('autodiscover', srv) ?? TEXT_FACTS.providerFacts.autodiscoverText,
  }
}

/**
 * The parameters of remedy and code texts for the provider in hand: where each task is in its own
 * control panel (`{{panel.<task>}}`, `common:panelPaths` texts, nothing when we do not know its
 * panel) and its facts (`providerFacts`, see providerFactParams).
 */
export function panelTextParams(
  provider: MailProvider | null | undefined,
  translate: Translate,
): { panel: Record<PanelTask, string>; providerFacts: ReturnType<typeof providerFactParams> } {
  const key = provider?.panelPaths
  const providerFacts = providerFactParams(provider, translate)
  const place = (task: PanelTask) =>
    key ? translate(`common:panelPaths.${key}.${task}`, { providerFacts }) : ''
  return {
    panel: Object.fromEntries(PANEL_TASKS.map((task) => [task, place(task)])) as Record<PanelTask, string>,
    providerFacts,
  }
}

/**
 * True when the code texts' control-panel steps and notes (written from the seed guides, which are
 * OVHcloud's) fit this company: only for that company; a step for everyone replaces them otherwise.
 */
export function seedStepsFit(company: string | undefined): boolean {
  return company === OVHCLOUD.company
}

/** True when the notes written for the seed guides' company must be left out for this one. */
export function seedNotesUnfit(company: string | undefined): boolean {
  return company !== undefined && !seedStepsFit(company)
}

/** A dated change of the provider in hand, as the note the settings card shows. */
export interface ProviderChangeNote {
  key: string
  params: { date: string }
}

/**
 * The changes the provider in hand announced (provider-changes.ts), each worded for the day given:
 * `before` its date, `after` from it on (a change with no date applies already). The day is passed
 * in, never read from the clock here, so a test can place it.
 */
export function providerChanges(provider: MailProvider | null, today: Date): ProviderChangeNote[] {
  const day = today.toISOString().slice(0, 10)
  return PROVIDER_CHANGES.filter((change) => provider !== null && change.providers.includes(provider.id)).map(
    (change) => ({
      key: `discovery:providerChanges.${change.id}.${change.from !== null && day < change.from ? 'before' : 'after'}`,
      params: { date: change.from ?? '' },
    }),
  )
}
