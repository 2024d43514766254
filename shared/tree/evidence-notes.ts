import { mailProvider, providerDisplayName } from '../knowledge/provider-catalogue'
import { otherProviderOnMx } from '../knowledge/provider-identity'
import type { ScreenRemedyId } from '../knowledge/remedies'
import { isOffer } from './offers'
import { evidenceStatus, lastLoginOutcome, type WalkState } from './walker'

/** A sentence saying what the checks found against an answer: its `tree:` key and facts. */
export interface EvidenceNote {
  key: string
  params: Record<string, string>
}

/** The offer the person named in the list, or null (not named, `unknown` or `other`). */
function namedOffer(state: WalkState): string | null {
  const offer = state.answers.offer
  return isOffer(offer) && offer !== 'unknown' && offer !== 'other' ? offer : null
}

/**
 * The sentences that say where the checks contradict an answer: the MX records name another
 * provider than the one named. `shownBecause` is the reason already on screen (it says it then).
 */
export function evidenceNotes(state: WalkState, shownBecause: string | null): EvidenceNote[] {
  const named = mailProvider(namedOffer(state))
  if (!named || shownBecause === 'mxWrong') return []
  const mismatch = state.findings.own.find(
    (finding) => finding.id === 'dns.mx.provider' && evidenceStatus(finding) === 'fail',
  )
  if (!mismatch) return []
  const hosts = mismatch.evidence.mxHosts
  const names = Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : []
  const found = otherProviderOnMx(names, named)
  return [
    found
      ? {
          key: 'tree:evidence.mxElsewhere',
          params: { named: providerDisplayName(named), found: found.company },
        }
      : { key: 'tree:evidence.mxNotNamed', params: { named: providerDisplayName(named) } },
  ]
}

/**
 * The one-sentence lead of a remedy screen: its summary, unless the summary states an answer the
 * person never gave (then a sentence that rests only on what was checked).
 */
export function remedyLeadKey(id: ScreenRemedyId, state: WalkState): string {
  if (id !== 'client-settings' || state.answers['webmail-works'] === 'yes') return `remedy:${id}.summary`
  return lastLoginOutcome(state) === 'ok'
    ? 'tree:evidence.clientSettingsLogin'
    : 'tree:evidence.clientSettingsLead'
}
