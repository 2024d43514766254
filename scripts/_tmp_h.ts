import { readdirSync } from 'node:fs'
import { measureCorpus, layoutOfFile, SISIMAI_FIXTURES } from './corpus-measure'
const P: Record<string, string> = { exchange2007: 'exchange', notes: 'domino' }
const layouts = new Set(readdirSync(SISIMAI_FIXTURES).filter((n) => n.startsWith('lhost-') && n.endsWith('.eml')).map(layoutOfFile))
for (const layout of layouts) {
  const m = await measureCorpus(SISIMAI_FIXTURES, (f) => layoutOfFile(f) === layout, { withoutLayout: (P[layout] ?? layout) as never })
  for (const miss of m.misses) console.log(`${miss.file}#${miss.index} ${miss.field} ${miss.expected} ${miss.got}`)
}
