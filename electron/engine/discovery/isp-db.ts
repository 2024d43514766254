/**
 * The Thunderbird ISP database, bundled unmodified in `./ispdb/` (MPL-2.0, see SOURCE.md there):
 * read once, indexed by mail domain. The build copies the folder beside the main bundle.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseClientConfig, type ClientConfig } from './client-config'

/** One provider of the database, and the file it came from (kept in the evidence). */
export interface IspDbEntry {
  file: string
  config: ClientConfig
}

/** The folder of the bundled files, beside this module (or beside the bundle that holds it). */
export const ISPDB_DIR = fileURLToPath(new URL('./ispdb/', import.meta.url))

let index: Map<string, IspDbEntry> | null = null

/** Reads every file of the folder into a map from mail domain to provider; a broken file is left out. */
export function loadIspDb(dir: string = ISPDB_DIR): Map<string, IspDbEntry> {
  const byDomain = new Map<string, IspDbEntry>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml'))) {
    try {
      const xml = readFileSync(`${dir}/${file}`, 'utf8')
      for (const config of parseClientConfig(xml, file.replace(/\.xml$/, ''))) {
        for (const domain of config.domains) if (!byDomain.has(domain)) byDomain.set(domain, { file, config })
      }
    } catch {
      // A file that cannot be read is simply not in the index.
    }
  }
  return byDomain
}

/**
 * The provider the database lists under `key` (a mail domain, or an MX host's registrable domain),
 * with `%EMAILDOMAIN%` read as the person's mail domain. The index is built on first use.
 */
export function lookupIspDb(key: string, mailDomain: string = key): IspDbEntry | undefined {
  index ??= loadIspDb()
  const entry = index.get(key.toLowerCase())
  if (!entry) return undefined
  const xml = readFileSync(`${ISPDB_DIR}/${entry.file}`, 'utf8')
  const config = parseClientConfig(xml, mailDomain).find((candidate) => candidate.domains.includes(key))
  return config ? { file: entry.file, config } : entry
}
