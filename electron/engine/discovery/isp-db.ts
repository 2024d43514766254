/**
 * The Thunderbird ISP database, bundled unmodified in `./ispdb/` (MPL-2.0, see SOURCE.md there):
 * read once, indexed by mail domain. The build copies the folder beside the main bundle.
 */
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseClientConfig, type ClientConfig } from './client-config'

/** One provider of the database, and the file it came from (kept in the evidence). */
export interface IspDbEntry {
  file: string
  config: ClientConfig
}

/** The folder of the bundled files, beside this module (or beside the bundle that holds it). */
export const ISPDB_DIR = fileURLToPath(new URL('./ispdb/', import.meta.url))

/** The domain → file index written by scripts/ispdb-index.ts. */
export const ISPDB_INDEX_PATH = fileURLToPath(new URL('./ispdb-index.json', import.meta.url))

let index: Promise<Record<string, string>> | null = null

async function readIndex(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(ISPDB_INDEX_PATH, 'utf8')) as Record<string, string>
}

/**
 * Reads every file of the folder into a map from mail domain to provider; a broken file is left
 * out. One file per turn of the event loop, so the checks running beside it are not held up.
 */
export async function loadIspDb(dir: string = ISPDB_DIR): Promise<Map<string, IspDbEntry>> {
  const byDomain = new Map<string, IspDbEntry>()
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.xml'))) {
    try {
      const xml = await readFile(`${dir}/${file}`, 'utf8')
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
 * with `%EMAILDOMAIN%` read as the person's mail domain. Only that one file is read and parsed.
 */
export async function lookupIspDb(key: string, mailDomain: string = key): Promise<IspDbEntry | undefined> {
  index ??= readIndex()
  const lower = key.toLowerCase()
  const file = Object.hasOwn(await index, lower) ? (await index)[lower] : undefined
  if (!file || !/^[\w.-]+\.xml$/.test(file)) return undefined
  const xml = await readFile(`${ISPDB_DIR}/${file}`, 'utf8')
  const config = parseClientConfig(xml, mailDomain).find((candidate) => candidate.domains.includes(lower))
  return config ? { file, config } : undefined
}
