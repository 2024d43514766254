import { OVHCLOUD } from './providers'

/**
 * The facts texts quote (limits, hosts, records), taken from the provider data and given to every
 * i18next instance as default variables: a text writes `{{ovh.perAccountPerHour}}`, never `200`.
 * A new fact is a field here read from the data; a test checks every `{{ovh.…}}` a text uses exists.
 */
export const TEXT_FACTS = {
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
