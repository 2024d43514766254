import { describe, expect, it } from 'vitest'
import { createI18n, LANGUAGES, resources } from '../i18n'
import { OVH_STEPS } from './code-texts'
import { mailProvider, MAIL_PROVIDERS, type MailProvider } from './provider-catalogue'
import { panelTextParams, providerLinks } from './provider-identity'
import { PROVIDER_LINK_IDS, LINK_URLS, REMEDY_IDS, remedyLinks } from './remedies'

/** The key of every text of a resource tree (array elements as `path.0`). */
function keysOf(node: unknown, path: string): string[] {
  if (typeof node === 'string') return [path]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, child]) =>
    keysOf(child, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`),
  )
}

/** Every text of the app rendered for the provider in hand, as a screen, a report or the CLI would. */
function renderAll(lang: (typeof LANGUAGES)[number], provider: MailProvider | null): Map<string, string> {
  const i18n = createI18n(lang)
  const params = panelTextParams(provider, (key, values) => i18n.t(key, values))
  const texts = new Map<string, string>()
  for (const [namespace, tree] of Object.entries(resources[lang]))
    for (const key of keysOf(tree, `${namespace}:`)) texts.set(key, i18n.t(key, params))
  return texts
}

/**
 * Texts shown only for another provider: keyed by its catalogue id (its offer's answer in the
 * question that lists the offers, its help), the seed guides' control-panel steps (explain.ts swaps
 * them for a step for everyone unless the provider is that company), and the note citing the guide
 * a reading comes from (a source, not a fact of the provider in hand).
 */
function shownForAnother(key: string, provider: MailProvider | null): boolean {
  const segments = key.split(/[.:]/)
  const ids = MAIL_PROVIDERS.map((entry) => entry.id).filter((id) => id !== provider?.id)
  const seedSteps = Object.keys(OVH_STEPS).map((id) => `knowledge:steps.${id}`)
  return (
    segments.some((segment) => ids.includes(segment)) ||
    seedSteps.includes(key) ||
    key === 'knowledge:notes.rfc555'
  )
}

/** Whatever names OVHcloud: its name, its hosts and pages, its SPF include, its sending limits. */
const OVH = /ovh|include:mx\.ovh\.com|\b200 (messages|messaggi)/i

describe('OVHcloud is data like any other provider', () => {
  const others = [mailProvider('aruba'), mailProvider('register-it'), mailProvider('libero'), null]

  it('puts no OVHcloud fact on the screen of another provider or of an unknown one', () => {
    for (const lang of LANGUAGES)
      for (const provider of others) {
        const leaks = [...renderAll(lang, provider ?? null)].filter(
          ([key, text]) => OVH.test(text) && !shownForAnother(key, provider ?? null),
        )
        expect(leaks, `${lang} ${provider?.id ?? 'unknown'}`).toEqual([])
      }
  })

  it('says what to ask the provider for when it has no such fact, and quotes the facts of the one in hand', () => {
    const i18n = createI18n('en')
    const step = (id: string | null, key: string) =>
      i18n.t(
        key,
        panelTextParams(mailProvider(id), (k, values) => i18n.t(k, values)),
      )
    expect(step('aruba', 'remedy:sending-limits.steps.1')).toContain(
      'ask your provider what its sending limit is',
    )
    expect(step(null, 'remedy:fix-srv.steps.1')).toContain('ask your provider for its priority, weight, port')
    expect(step('ovh-mxplan', 'remedy:sending-limits.steps.1')).toContain(
      'at OVHcloud the limit is 200 messages an hour per account and 300 an hour per IP address',
    )
    expect(step('microsoft365', 'remedy:sending-limits.steps.1')).toContain(
      'at Microsoft the limit is 30 messages a minute',
    )
    expect(step('google-workspace', 'remedy:fix-auth-records.steps.1')).toContain(
      'for Google: include:_spf.google.com',
    )
    expect(step('ovh-exchange', 'remedy:fix-srv.steps.1')).toContain('priority 0, weight 0, port 443')
    expect(i18n.t('remedy:sending-limits.steps.1')).toContain('ask your provider')
  })

  it('leaves no placeholder unfilled, whoever the provider', () => {
    for (const lang of LANGUAGES)
      for (const provider of [...MAIL_PROVIDERS, null]) {
        const raw = [...renderAll(lang, provider)].filter(
          ([key, text]) =>
            /\$t\(|\{\{(providerFacts|panel|ports|spf)\./.test(text) &&
            !key.startsWith('common:providerFacts'),
        )
        expect(raw, `${lang} ${provider?.id ?? 'unknown'}`).toEqual([])
      }
  })

  it('links to a provider’s pages only for that provider: no default pages of one provider', () => {
    expect(Object.values(LINK_URLS).filter((url) => /ovh/i.test(url))).toEqual([])
    for (const provider of others)
      for (const id of REMEDY_IDS)
        expect(
          providerLinks(remedyLinks(id), provider).filter((url) => /ovh/i.test(url)),
          id,
        ).toEqual([])
    expect(providerLinks(PROVIDER_LINK_IDS, null)).toEqual([])
  })
})
