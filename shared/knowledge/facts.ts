import { OVHCLOUD } from './providers'

/** RFC 7208 §4.6.4: at most 10 terms of an SPF record that cause DNS lookups, at most 2 of them void. */
export const SPF_LIMITS = { lookups: 10, voidLookups: 2 } as const

/**
 * The facts texts quote (limits, hosts, records), taken from the provider data and given to every
 * i18next instance as default variables: a text writes `{{ovh.perAccountPerHour}}`, never `200`.
 * A new fact is a field here read from the data; a test checks every `{{ovh.…}}` or `{{spf.…}}` a text uses exists.
 */
export const TEXT_FACTS = {
  spf: { lookupLimit: SPF_LIMITS.lookups },
  ovh: {
    company: 'OVHcloud',
    spfInclude: OVHCLOUD.spfInclude,
    perAccountPerHour: OVHCLOUD.sendingLimits.perAccountPerHour,
    perIpPerHour: OVHCLOUD.sendingLimits.perIpPerHour,
    autodiscoverPriority: OVHCLOUD.exchangeAutodiscover.priority,
    autodiscoverWeight: OVHCLOUD.exchangeAutodiscover.weight,
    autodiscoverPort: OVHCLOUD.exchangeAutodiscover.port,
  },
} as const
