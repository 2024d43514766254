import { OVH_EXCHANGE, OVHCLOUD } from './provider-catalogue'

/** RFC 7208 §4.6.4: at most 10 terms of an SPF record that cause DNS lookups, at most 2 of them void. */
export const SPF_LIMITS = { lookups: 10, voidLookups: 2 } as const

/**
 * The facts texts quote (limits, hosts, records), read from the provider catalogue and given to
 * every i18next instance as default variables: a text writes `{{ovh.perAccountPerHour}}`, never `200`.
 * A new fact is a field here read from the catalogue; a test checks every `{{ovh.…}}` or `{{spf.…}}`
 * a text uses exists.
 */
export const TEXT_FACTS = {
  spf: { lookupLimit: SPF_LIMITS.lookups },
  ovh: {
    company: OVHCLOUD.company,
    spfInclude: OVHCLOUD.spfInclude,
    perAccountPerHour: OVHCLOUD.limits.perHour,
    perIpPerHour: OVHCLOUD.limits.perIpPerHour,
    autodiscoverPriority: OVH_EXCHANGE.autodiscover.priority,
    autodiscoverWeight: OVH_EXCHANGE.autodiscover.weight,
    autodiscoverPort: OVH_EXCHANGE.autodiscover.port,
  },
} as const
