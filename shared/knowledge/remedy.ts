/** Who has to act for a remedy to work. */
export type WhoActs = 'you' | 'provider' | 'recipient' | 'recipientAdmin' | 'sender'

/**
 * A remedy a finding can point to. Its id reads `namespace:name`; its texts live in that i18n
 * namespace under `remedies.<name>`: `title` (one sentence) and `steps` (an array of numbered steps).
 */
export interface RemedyDef {
  id: string
  whoActs: WhoActs
  /** https pages the steps refer to (control panel, status page, blocklist lookup). */
  links?: string[]
}

/** Splits a remedy id into the i18n keys of its title and steps. */
export function remedyKeys(id: string): { title: string; steps: string } {
  const [namespace, name] = id.split(':')
  return { title: `${namespace}:remedies.${name}.title`, steps: `${namespace}:remedies.${name}.steps` }
}
