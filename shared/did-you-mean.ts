/** Domain names are at most this long (RFC 1035); longer input is never compared. */
const DOMAIN_MAX = 253

/** The edit distance between two names (insertions, deletions, substitutions, swaps of neighbours). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1)
      const row = rows[i]
      if (row) row[j] = best
    }
  return at(a.length, b.length)
}

/**
 * The candidate closest to a domain that does not exist (two edits at most, never the domain
 * itself), for "did you mean …?"; null when none is close. Candidates are domains in any case.
 */
export function closestDomain(domain: string, candidates: readonly string[]): string | null {
  const wanted = domain.toLowerCase()
  if (wanted.length > DOMAIN_MAX) return null
  let best: { name: string; distance: number } | null = null
  for (const candidate of new Set(candidates.map((name) => name.toLowerCase()))) {
    if (candidate === wanted || candidate.length > DOMAIN_MAX) continue
    const distance = editDistance(wanted, candidate)
    if (distance <= 2 && (best === null || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name ?? null
}
