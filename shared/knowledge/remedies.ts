/**
 * The catalogue of remedies: every piece of advice the app can give, written once. Findings of the
 * engine, the decision tree's remedy screens, code explanations and bounces all name a remedy by its
 * id here; the renderer, the CLI and the reports show its title, steps and links from here.
 *
 * Each remedy says who acts, how many numbered steps it has and which pages its steps refer to
 * (`links`, ids resolved by `remedyLinks`); `summary` marks a remedy the wizard can end on, which has
 * a one-sentence summary under its title. Its texts live once per language in the `remedy` i18n
 * namespace (shared/i18n/<lang>/remedy.ts) under its id: `title`, `summary` when marked, and `steps`
 * with exactly `steps` entries. No code reads the texts to learn their shape: the counts are here.
 *
 * Adding a remedy: add one line to REMEDIES (a new kebab-case id), then its texts in every language's
 * remedy.ts. The type checker then requires the texts in each language, and shared/i18n/i18n.test.ts
 * checks the number of steps and the placeholders agree. Refer to it from a finding, a tree node, a
 * reply code, an enhanced-code subject or a server-text rule by its id. A new page to link to is an
 * id in LINK_URLS, or in PROVIDER_LINK_IDS for a page every provider may have (taken from
 * provider-catalogue.ts); its host on the allowlist of shared/external-links.ts, which
 * remedies.test.ts checks. A fact a step quotes is a `{{…}}`
 * placeholder filled from shared/knowledge/facts.ts.
 */

/** Who has to act for a remedy to work. */
export type WhoActs = 'you' | 'provider' | 'recipient' | 'recipientAdmin' | 'sender'

/**
 * The provider's own pages remedies and questions link to, by id: provider-identity.ts takes each
 * from the catalogue entry of the provider in hand, and leaves it out when that provider has none.
 */
export const PROVIDER_LINK_IDS = [
  'providerPanel',
  'providerStatus',
  'providerWebmail',
  'providerMxGuide',
  'providerSpamBlockGuide',
] as const

/** One page of the provider in hand. */
export type ProviderLinkId = (typeof PROVIDER_LINK_IDS)[number]

/** The pages that are nobody's provider's own, by id (only https hosts of shared/external-links.ts). */
export const LINK_URLS = {
  spamhausLookup: 'https://check.spamhaus.org/',
  microsoftSmtpAuthGuide:
    'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
} as const

/** The i18n key that names who acts, in the person's words. */
export function whoActsKey(who: WhoActs): string {
  return `common:whoActs.${who}`
}

/** The id of a page the app links to: the provider in hand's own, or one of LINK_URLS. */
export type LinkId = keyof typeof LINK_URLS | ProviderLinkId

/** One remedy of the catalogue. */
export interface RemedyDef {
  whoActs: WhoActs
  /** How many numbered steps its texts have (`remedy:<id>.steps.0` ...). */
  steps: number
  /** True when it has a `summary` text: the remedies the wizard's tree ends on. */
  summary?: true
  /** Pages its steps refer to (control panel, status page, blocklist look-up). */
  links?: readonly LinkId[]
}

/** Every remedy, by id: the screens of the tree first, then those findings and codes point to. */
export const REMEDIES = {
  'domain-expired': { whoActs: 'you', steps: 3, summary: true, links: ['providerPanel'] },
  'renew-offer': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'check-offer-status': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'client-settings': { whoActs: 'you', steps: 5, summary: true },
  'fix-program-field': { whoActs: 'you', steps: 3, summary: true },
  'try-webmail': { whoActs: 'you', steps: 4, summary: true, links: ['providerWebmail'] },
  'reset-password': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'security-policy': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'two-factor': { whoActs: 'you', steps: 3, summary: true, links: ['providerPanel'] },
  'wait-incident': { whoActs: 'provider', steps: 4, summary: true, links: ['providerStatus'] },
  'fix-mx': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel', 'providerMxGuide'] },
  'fix-srv': { whoActs: 'you', steps: 3, summary: true, links: ['providerPanel'] },
  'sending-server-unreachable': { whoActs: 'you', steps: 4, summary: true },
  'account-state': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'mail-server-unreachable': { whoActs: 'provider', steps: 3, summary: true, links: ['providerStatus'] },
  'receive-elsewhere': { whoActs: 'you', steps: 4, summary: true },
  'bounce-not-error': { whoActs: 'you', steps: 1, summary: true },
  'virus-notice': { whoActs: 'you', steps: 3, summary: true },
  'account-blocked': { whoActs: 'you', steps: 3, summary: true, links: ['providerPanel'] },
  'sending-limits': { whoActs: 'you', steps: 4, summary: true },
  'spam-refused': { whoActs: 'you', steps: 4, summary: true },
  delist: { whoActs: 'provider', steps: 4, summary: true, links: ['spamhausLookup'] },
  'recipient-domain-broken': { whoActs: 'recipientAdmin', steps: 3, summary: true },
  'recipient-address': { whoActs: 'you', steps: 3, summary: true },
  'recipient-full': { whoActs: 'recipient', steps: 2, summary: true },
  'retry-later': { whoActs: 'you', steps: 2, summary: true },
  'bounce-explained': { whoActs: 'you', steps: 2, summary: true },
  'bounce-unreadable': { whoActs: 'you', steps: 2, summary: true },
  offline: { whoActs: 'you', steps: 4, summary: true },
  'domain-not-found': { whoActs: 'you', steps: 3, summary: true },
  'account-refused': { whoActs: 'you', steps: 4, summary: true, links: ['providerPanel'] },
  'webmail-page': { whoActs: 'you', steps: 3, summary: true },
  'late-diagnosis': { whoActs: 'you', steps: 1, summary: true },
  'spam-diagnosis': { whoActs: 'you', steps: 1, summary: true },
  'add-mx': { whoActs: 'you', steps: 3, links: ['providerMxGuide'] },
  'domain-missing': { whoActs: 'you', steps: 3 },
  'dns-trouble': { whoActs: 'provider', steps: 2 },
  'fix-spf': { whoActs: 'you', steps: 3 },
  'reduce-spf-lookups': { whoActs: 'you', steps: 4 },
  'add-dmarc': { whoActs: 'you', steps: 3 },
  'fix-dmarc': { whoActs: 'you', steps: 3 },
  'authorise-dmarc-reports': { whoActs: 'provider', steps: 2 },
  'fix-dkim': { whoActs: 'you', steps: 3 },
  'fix-mta-sts': { whoActs: 'you', steps: 2 },
  'ask-ptr': { whoActs: 'provider', steps: 2 },
  'dnsbl-resolver': { whoActs: 'you', steps: 2 },
  'wait-propagation': { whoActs: 'you', steps: 2 },
  'use-port-587': { whoActs: 'you', steps: 4 },
  'check-network': { whoActs: 'you', steps: 3 },
  'check-server-name': { whoActs: 'you', steps: 3 },
  'provider-status': { whoActs: 'provider', steps: 3, links: ['providerStatus'] },
  'use-ssl-port': { whoActs: 'you', steps: 3 },
  'certificate-provider': { whoActs: 'provider', steps: 3 },
  'check-clock': { whoActs: 'you', steps: 3 },
  'unblock-account': { whoActs: 'you', steps: 4, links: ['providerSpamBlockGuide', 'providerPanel'] },
  'app-password': { whoActs: 'you', steps: 3, summary: true },
  'use-modern-sign-in': { whoActs: 'you', steps: 4, summary: true },
  'tenant-smtp-auth': { whoActs: 'provider', steps: 3, links: ['microsoftSmtpAuthGuide'] },
  'contact-recipient-admin': { whoActs: 'recipientAdmin', steps: 2 },
  'check-mx': { whoActs: 'you', steps: 3 },
  'contact-recipient': { whoActs: 'recipient', steps: 3 },
  'fix-auth-records': { whoActs: 'you', steps: 4 },
  'enable-smtp-auth': { whoActs: 'you', steps: 4 },
  'check-client-settings': { whoActs: 'you', steps: 3 },
  'reduce-size': { whoActs: 'you', steps: 3, summary: true },
  'contact-provider': { whoActs: 'provider', steps: 2 },
  // What a message's headers lead to (shared/headers/diagnosis.ts), with the record or host as parameters.
  'outbox-delay': { whoActs: 'sender', steps: 3 },
  'sender-clock': { whoActs: 'sender', steps: 2 },
  'server-clock-skew': { whoActs: 'provider', steps: 3 },
  greylisting: { whoActs: 'recipientAdmin', steps: 3 },
  'recipient-server-delay': { whoActs: 'recipientAdmin', steps: 2 },
  'sender-server-delay': { whoActs: 'provider', steps: 3 },
  'hand-over-delay': { whoActs: 'provider', steps: 3 },
  'no-delay-in-headers': { whoActs: 'recipient', steps: 3 },
  'spf-authorise-server': { whoActs: 'sender', steps: 4 },
  'spf-create': { whoActs: 'sender', steps: 3 },
  'spf-ask-value': { whoActs: 'sender', steps: 3 },
  'spf-repair': { whoActs: 'sender', steps: 3 },
  'dkim-fix-key': { whoActs: 'sender', steps: 4 },
  'dkim-enable': { whoActs: 'sender', steps: 4 },
  'dkim-align': { whoActs: 'sender', steps: 2 },
  'dmarc-publish': { whoActs: 'sender', steps: 3 },
  'ask-sender-fix-auth': { whoActs: 'sender', steps: 3 },
  'recipient-blocked-sender': { whoActs: 'recipient', steps: 2 },
  'recipient-admin-rule': { whoActs: 'recipientAdmin', steps: 2 },
  'sending-ip-delist': { whoActs: 'provider', steps: 3, links: ['spamhausLookup'] },
  'sending-ip-ptr': { whoActs: 'provider', steps: 2 },
  'bulk-content': { whoActs: 'sender', steps: 3 },
  'spam-content': { whoActs: 'sender', steps: 3 },
  'filter-judged-spam': { whoActs: 'recipient', steps: 3 },
  'mark-not-spam': { whoActs: 'recipient', steps: 3 },
  // What the look inside the person's own mailbox leads to (electron/engine/probes/mailbox-look.ts).
  'free-mailbox-space': { whoActs: 'you', steps: 4, links: ['providerWebmail', 'providerPanel'] },
  // The wizard's ends after the mailbox look (and the round trip's, for its message in Spam or elsewhere).
  'mailbox-full': { whoActs: 'you', steps: 4, summary: true, links: ['providerWebmail', 'providerPanel'] },
  'arrived-in-spam': { whoActs: 'you', steps: 4, summary: true, links: ['providerWebmail'] },
  'moved-by-rule': { whoActs: 'you', steps: 3, summary: true, links: ['providerWebmail'] },
} as const satisfies Record<string, RemedyDef>

/** The id of a remedy of the catalogue. */
export type RemedyId = keyof typeof REMEDIES

/** The id of a remedy the wizard's tree can end on (it has a summary). */
export type ScreenRemedyId = {
  [Id in RemedyId]: (typeof REMEDIES)[Id] extends { summary: true } ? Id : never
}[RemedyId]

/** Every remedy id, in catalogue order. */
export const REMEDY_IDS = Object.keys(REMEDIES) as RemedyId[]

/** True when a value is the id of a remedy of the catalogue. */
export function isRemedyId(value: unknown): value is RemedyId {
  return typeof value === 'string' && Object.hasOwn(REMEDIES, value)
}

/** The definition of a remedy. */
export function remedyDef(id: RemedyId): RemedyDef {
  return REMEDIES[id]
}

/** The i18n keys of a remedy's texts: title, summary (for screen remedies) and each step, in order. */
export function remedyKeys(id: RemedyId): { title: string; summary: string; steps: string[] } {
  const base = `remedy:${id}`
  return {
    title: `${base}.title`,
    summary: `${base}.summary`,
    steps: Array.from({ length: REMEDIES[id].steps }, (_, index) => `${base}.steps.${index}`),
  }
}

/** The pages a remedy links to, in order, as ids: provider-identity.ts resolves them for the provider in hand. */
export function remedyLinks(id: RemedyId): LinkId[] {
  const def: RemedyDef = REMEDIES[id]
  return [...(def.links ?? [])]
}

/** The shape of one language's remedy texts: every remedy, with a summary exactly where the catalogue says. */
export type RemedyTexts = {
  [Id in RemedyId]: { title: string; steps: readonly string[] } & ((typeof REMEDIES)[Id] extends {
    summary: true
  }
    ? { summary: string }
    : { summary?: never })
}
