/**
 * The provider the wizard speaks of: the one settings discovery found, else the offer the person
 * named, else the one the MX records point to; and the links of remedies and questions made fit
 * it (OVHcloud's pages only for OVHcloud, another provider's own pages, none when unknown).
 */
import type { Finding } from '../report'
import type { DiscoveredSettings } from './discovered-settings'
import { mailProvider, PANEL_TASKS, type MailProvider, type PanelTask } from './provider-catalogue'
import { LINK_URLS } from './remedies'

/** The winning settings of the `client.discovery` finding among these findings, if any. */
export function discoveredSettingsOf(findings: readonly Finding[]): DiscoveredSettings | null {
  const finding = findings.find((candidate) => candidate.id === 'client.discovery')
  const settings = finding?.evidence.settings as DiscoveredSettings | null | undefined
  return settings && typeof settings === 'object' && 'client' in settings ? settings : null
}

/** The provider found for the address (discovery, then the named offer, then the MX records). */
export function detectedProvider(
  offer: string | null,
  findings: readonly Finding[],
): MailProvider | undefined {
  const discovered = mailProvider(discoveredSettingsOf(findings)?.providerId)
  if (discovered) return discovered
  const named = offer && offer !== 'unknown' && offer !== 'other' ? mailProvider(offer) : undefined
  if (named) return named
  const recognised = findings.find((finding) => finding.id === 'dns.mx.provider')?.evidence.recognised
  return Array.isArray(recognised) ? mailProvider(String(recognised[0])) : undefined
}

const OVH_ONLY: readonly string[] = [LINK_URLS.providerMxGuide, LINK_URLS.providerSpamBlockGuide]

/**
 * Remedy or question links made fit the provider: the control panel, webmail and status page are
 * the provider's own (left out when it has none or is unknown); OVHcloud guides only for OVHcloud.
 */
export function providerLinks(urls: readonly string[], provider: MailProvider | undefined): string[] {
  const own: Record<string, string | undefined> = {
    [LINK_URLS.providerPanel]: provider?.panelUrl,
    [LINK_URLS.providerWebmail]: provider?.webmailUrl,
    [LINK_URLS.providerStatus]: provider?.statusUrl,
  }
  return urls.flatMap((url) => {
    if (url in own) return own[url] ? [own[url]] : []
    if (OVH_ONLY.includes(url)) return provider?.company === 'OVHcloud' ? [url] : []
    return [url]
  })
}

/**
 * The `{{panel.<task>}}` parameters of remedy steps for this provider: where each task is in its own
 * control panel (`common:panelPaths.<key>` texts), or nothing when we do not know its panel.
 */
export function panelTextParams(
  provider: MailProvider | undefined,
  translate: (key: string) => string,
): { panel: Record<PanelTask, string> } {
  const key = provider?.panelPaths
  const place = (task: PanelTask) => (key ? translate(`common:panelPaths.${key}.${task}`) : '')
  return {
    panel: Object.fromEntries(PANEL_TASKS.map((task) => [task, place(task)])) as Record<PanelTask, string>,
  }
}
