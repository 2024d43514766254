import { PROBE_PORTS } from '../protocol'
import { PANEL_TASKS, type PanelTask } from './provider-catalogue'

/** RFC 7208 §4.6.4: at most 10 terms of an SPF record that cause DNS lookups, at most 2 of them void. */
export const SPF_LIMITS = { lookups: 10, voidLookups: 2 } as const

/** The provider facts texts quote, each chosen by a `…Text` key: what to ask the provider for, by default. */
export const PROVIDER_FACT_TEXTS = {
  sendingLimitsText: 'common:providerFacts.ask.sendingLimits',
  spfText: 'common:providerFacts.ask.spf',
  autodiscoverText: 'common:providerFacts.ask.autodiscover',
} as const

/**
 * The facts texts quote, given to every i18next instance as default variables: a text writes
 * `{{ports.submission}}`, never `587`. No provider's facts are here: a text quotes the provider in
 * hand's through `$t({{providerFacts.<fact>Text}})`, which names the `ask` text unless the screen
 * passes that provider's facts (provider-identity.ts, panelTextParams). A test checks every
 * `{{spf.…}}`, `{{ports.…}}` or `{{providerFacts.…}}` a text uses exists, and that no text types a
 * port number in words.
 */
export const TEXT_FACTS = {
  spf: { lookupLimit: SPF_LIMITS.lookups },
  /** The standard ports (RFC 5321, 6409, 8314, 3501, 1939), the ones the probes use by default. */
  ports: PROBE_PORTS,
  /** Where a task is in the provider's control panel: nothing unless the screen knows the provider (panelTextParams). */
  panel: Object.fromEntries(PANEL_TASKS.map((task) => [task, ''])) as Record<PanelTask, string>,
  /** The provider in hand's facts: empty, and its `…Text` keys name what to ask, unless the screen knows it. */
  providerFacts: {
    ...PROVIDER_FACT_TEXTS,
    company: '',
    limitList: '',
    spfInclude: '',
    srvPriority: '',
    srvWeight: '',
    srvPort: '',
  },
} as const
