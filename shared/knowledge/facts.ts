import { PROBE_PORTS } from '../protocol'
import { OVH_EXCHANGE, OVHCLOUD, PANEL_TASKS, type PanelTask } from './provider-catalogue'

/** RFC 7208 §4.6.4: at most 10 terms of an SPF record that cause DNS lookups, at most 2 of them void. */
export const SPF_LIMITS = { lookups: 10, voidLookups: 2 } as const

/**
 * The facts texts quote (limits, hosts, records), read from the provider catalogue and given to
 * every i18next instance as default variables: a text writes `{{ovh.perAccountPerHour}}`, never `200`.
 * A new fact is a field here read from the catalogue; a test checks every `{{ovh.…}}`, `{{spf.…}}` or
 * `{{ports.…}}` a text uses exists, and that no text types a port number in words.
 */
export const TEXT_FACTS = {
  spf: { lookupLimit: SPF_LIMITS.lookups },
  /** The standard ports (RFC 5321, 6409, 8314, 3501, 1939), the ones the probes use by default. */
  ports: PROBE_PORTS,
  /** Where a task is in the provider's control panel: nothing unless the screen knows the provider (panelTextParams). */
  panel: Object.fromEntries(PANEL_TASKS.map((task) => [task, ''])) as Record<PanelTask, string>,
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
