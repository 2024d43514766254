/**
 * Writes electron/engine/discovery/ispdb-index.json: which bundled ISP database file serves each mail
 * domain, so a check reads and parses only the one file it needs. Run after updating the snapshot:
 * `npx tsx scripts/ispdb-index.ts` (a unit test fails when the index is stale).
 */
import { writeFileSync } from 'node:fs'
import { ISPDB_DIR, ISPDB_INDEX_PATH, loadIspDb } from '../electron/engine/discovery/isp-db'

const index = await loadIspDb(ISPDB_DIR)
const entries: [string, string][] = [...index.entries()].map(([domain, entry]) => [domain, entry.file])
const byDomain: Record<string, string> = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)))
writeFileSync(ISPDB_INDEX_PATH, `${JSON.stringify(byDomain, null, 2)}\n`)
console.log(`${Object.keys(byDomain).length} domains indexed`)
