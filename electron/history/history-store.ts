import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { identityOfRun, providerName } from '../../shared/knowledge/provider-identity'
import { redactSecrets } from '../../shared/report-export/redact'
import type { HistoryListEntry } from '../../shared/ipc'
import { isFailing } from '../../shared/report'
import { DECISION_TREE } from '../../shared/tree/decision-tree'
import { parseSessionRecord, SessionIdSchema, type SessionRecord } from '../../shared/session'

/**
 * Limits of the history folder, decided here in main, never by the renderer: past the total size or
 * count the oldest sessions go first (by the time this store saved them); one session larger than
 * `maxSessionBytes` is refused, so saving it can never push the others out.
 */
export interface HistoryLimits {
  maxBytes: number
  maxSessions: number
  maxSessionBytes: number
}

/** The default limits: generous for a support desk, small for a disk. */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxSessions: 500,
  maxSessionBytes: 5 * 1024 * 1024,
}

/** A session the history refuses to keep; `code` lets a front say why in the person's language. */
export class HistoryRefusal extends Error {
  readonly code = 'sessionTooLarge'
  constructor(
    readonly bytes: number,
    readonly limitBytes: number,
  ) {
    super(
      `the session is too large to keep in the history (${megabytes(bytes)} MB, the limit is ${megabytes(limitBytes)} MB); the other sessions are untouched`,
    )
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}

/** What a save did: the file written and the time this store gave the session. */
export interface SavedSession {
  file: string
  savedAt: string
}

/** The saved sessions of one folder (Electron: userData/history; the harness and CLI: any folder). */
export interface HistoryStore {
  /**
   * Saves (or replaces) a session atomically; secrets are masked first and `savedAt` is set to now
   * (whatever the caller sent). Throws HistoryRefusal, and writes nothing, when it is too large.
   */
  save: (record: SessionRecord) => Promise<SavedSession>
  /** Every readable session, newest first. */
  list: () => Promise<HistoryListEntry[]>
  /** One session, or null when there is none with that id. */
  read: (id: string) => Promise<SessionRecord | null>
  /** Deletes one session; false when there was none. */
  remove: (id: string) => Promise<boolean>
}

const TEMP_PREFIX = '.tmp-'
/** A temporary file older than this was left by a crash and is removed. */
const STALE_TEMP_MS = 60_000

function fileOf(dir: string, id: string): string {
  const parsed = SessionIdSchema.safeParse(id)
  if (!parsed.success) throw new Error(`not a session id: ${id.slice(0, 80)}`)
  return join(dir, `${parsed.data}.json`)
}

/**
 * Writes a file so that a crash at any moment leaves either the old content or the new one, never
 * a mix: the text goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target (rename is atomic on one file system); the folder is flushed last.
 */
export async function writeFileAtomic(file: string, dir: string, text: string): Promise<void> {
  const temp = join(dir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}`)
  const handle = await open(temp, 'w', 0o600)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  const folder = await open(dir, 'r').catch(() => null)
  if (folder) {
    await folder.sync().catch(() => undefined)
    await folder.close()
  }
}

async function readRecord(file: string): Promise<SessionRecord | null> {
  try {
    return parseSessionRecord(JSON.parse(await readFile(file, 'utf8')))
  } catch {
    return null
  }
}

/** The session files of the folder with their sizes; temporary files left by a crash are removed. */
async function sessionFiles(dir: string): Promise<{ file: string; bytes: number }[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const now = Date.now()
  const files: { file: string; bytes: number }[] = []
  for (const name of names) {
    const file = join(dir, name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) continue
    if (name.startsWith(TEMP_PREFIX)) {
      if (now - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true })
      continue
    }
    if (name.endsWith('.json')) files.push({ file, bytes: info.size })
  }
  return files
}

/** Removes the oldest sessions, never `kept` (the one just saved), until the folder is within limits. */
async function enforceLimits(dir: string, limits: HistoryLimits, kept: string): Promise<void> {
  const files = await sessionFiles(dir)
  const dated = await Promise.all(
    files.map(async (entry) => ({ ...entry, savedAt: (await readRecord(entry.file))?.savedAt ?? '' })),
  )
  dated.sort((a, b) => a.savedAt.localeCompare(b.savedAt))
  let bytes = dated.reduce((total, entry) => total + entry.bytes, 0)
  let count = dated.length
  for (const entry of dated) {
    if (bytes <= limits.maxBytes && count <= limits.maxSessions) break
    if (entry.file === kept) continue
    await rm(entry.file, { force: true })
    bytes -= entry.bytes
    count -= 1
  }
}

/** One row of the history's list. */
function listEntry(record: SessionRecord): HistoryListEntry {
  return {
    id: record.id,
    savedAt: record.savedAt,
    domain: record.report.target.domainUnicode || record.report.target.domain,
    problem: record.path.find((step) => step.nodeId === DECISION_TREE.start)?.answerLabel ?? null,
    remedyId: record.remedyId,
    provider: providerName(
      identityOfRun(
        record.report.findings,
        Object.fromEntries(record.path.map((step) => [step.nodeId, step.answer])),
      ),
    ),
    outcome: record.outcome,
    findingCount: record.report.findings.length,
    failingCount: record.report.findings.filter(isFailing).length,
  }
}

/** A clock that never gives the same time twice, so the order of saves is the order of times. */
function saveStamps(now: () => Date): () => string {
  let lastStamp = 0
  return () => {
    lastStamp = Math.max(now().getTime(), lastStamp + 1)
    return new Date(lastStamp).toISOString()
  }
}

/** The saves under way, per folder: one at a time, so two saves never prune the same files at once. */
const savesByFolder = new Map<string, Promise<unknown>>()

/** Runs `work` after every save already queued on the folder (whether they succeeded or not). */
function oneAtATime<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(dir)
  const done = (savesByFolder.get(key) ?? Promise.resolve()).then(work, work)
  const settled = done.catch(() => undefined)
  savesByFolder.set(key, settled)
  void settled.then(() => {
    if (savesByFolder.get(key) === settled) savesByFolder.delete(key)
  })
  return done
}

/** Opens the history kept in a folder (created when first needed); `now` is the store's clock. */
export function createHistoryStore(
  dir: string,
  limits: Partial<HistoryLimits> = {},
  now: () => Date = () => new Date(),
): HistoryStore {
  const within = { ...DEFAULT_HISTORY_LIMITS, ...limits }
  const stamp = saveStamps(now)
  return {
    save(record) {
      return oneAtATime(dir, async () => {
        const safe = parseSessionRecord(redactSecrets(record))
        if (!safe) throw new Error('the session is not a valid SessionRecord')
        const file = fileOf(dir, safe.id)
        const savedAt = stamp()
        const text = `${JSON.stringify({ ...safe, savedAt }, null, 2)}\n`
        const bytes = Buffer.byteLength(text, 'utf8')
        const limitBytes = Math.min(within.maxSessionBytes, within.maxBytes)
        if (bytes > limitBytes) throw new HistoryRefusal(bytes, limitBytes)
        await mkdir(dir, { recursive: true, mode: 0o700 })
        await writeFileAtomic(file, dir, text)
        await enforceLimits(dir, within, file)
        return { file, savedAt }
      })
    },
    async list() {
      const records = await Promise.all((await sessionFiles(dir)).map((entry) => readRecord(entry.file)))
      return records
        .filter((record): record is SessionRecord => record !== null)
        .map(listEntry)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },
    async read(id) {
      return readRecord(fileOf(dir, id))
    },
    async remove(id) {
      const file = fileOf(dir, id)
      const existed = (await stat(file).catch(() => null)) !== null
      await rm(file, { force: true })
      return existed
    },
  }
}
