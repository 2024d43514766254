import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../shared/bounce/parse-bounce'
import { REASONS } from '../shared/bounce/reasons'
import { REASON_DETAILS } from '../shared/bounce/reason-details'
import { createI18n } from '../shared/i18n'
const en = createI18n('en').t
const root = join(import.meta.dirname, '..', 'shared', 'bounce', 'fixtures')
const counts: Record<string, number> = {}
for (const dir of readdirSync(root)) {
  const p = join(root, dir, 'labels.json')
  try {
    statSync(p)
  } catch {
    continue
  }
  const j = JSON.parse(readFileSync(p, 'utf8')) as {
    samples?: { id: string; text: string; reason?: string }[]
  }
  for (const s of j.samples ?? []) {
    if (!s.reason || !(s.reason in REASONS)) continue
    const i = await parseBounce(s.text)
    if (i.reason !== s.reason) continue
    const steps = (i.explanation?.steps ?? []).map((m) => m.key.split('.').pop()!)
    const allowed = new Set<string>([
      ...(REASONS as any)[s.reason].steps,
      ...REASON_DETAILS.filter((d) => d.reason === s.reason).flatMap((d) => d.steps),
    ])
    if (steps.some((x) => allowed.has(x))) continue
    counts[s.reason] = (counts[s.reason] ?? 0) + 1
    console.log(
      `${dir}/${s.id}\t${s.reason}\t${i.replyCode} ${i.enhancedCode}\t${steps
        .map((k) => en(`knowledge:steps.${k}`))
        .join(' | ')
        .slice(0, 200)}\t${s.text.slice(0, 160).replace(/\s+/g, ' ')}`,
    )
  }
}
console.log(counts)
