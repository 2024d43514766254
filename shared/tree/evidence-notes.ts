import { mailProvider, providerDisplayName } from '../knowledge/provider-catalogue'
import { otherProviderOnMx } from '../knowledge/provider-identity'
import { isOffer } from './offers'
import { notesAgainst } from './premises'
import { evidenceStatus, type WalkState } from './walker'

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
 * The sentences that say where the checks contradict an answer or the screen: the MX records name
 * another provider than the one named; on a remedy (`nodeId`), the evidence against it (premises.ts).
 * `shownBecause` is the reason already on screen (it is not said twice).
 */
export function evidenceNotes(
  state: WalkState,
  shownBecause: string | null,
  nodeId?: string,
): EvidenceNote[] {
  const against = nodeId ? notesAgainst(nodeId, state) : []
  return [
    ...mxNotes(state, shownBecause),
    ...against.filter((key) => key !== `tree:because.${shownBecause}`).map((key) => ({ key, params: {} })),
  ]
}

/** The MX records against the provider the person named. */
function mxNotes(state: WalkState, shownBecause: string | null): EvidenceNote[] {
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
