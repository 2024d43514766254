import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppSettingsSchema, DEFAULT_SETTINGS, type AppSettings } from '../../shared/app-settings'
import type { EffectiveSetting } from '../../shared/ipc'
import type { EngineOptions } from '../engine'
import { writeFileAtomic } from '../history/history-store'

/** The app's settings, kept in memory and in one JSON file. */
export interface SettingsStore {
  /** The settings: read from the file on first use; the defaults if it is missing or damaged. */
  read: () => Promise<AppSettings>
  /** Validates, keeps and writes the settings atomically (a field left out keeps its value); resolves with what was kept. */
  write: (next: AppSettings) => Promise<AppSettings>
}

/**
 * Opens the settings kept in `file` (Electron: userData/settings.json). A file that cannot be read
 * or does not match the schema counts as absent: the app starts with the defaults and says nothing
 * (the next save replaces it). Saves happen one after another, in the order they were asked.
 */
export function createSettingsStore(file: string): SettingsStore {
  let loaded: Promise<AppSettings> | null = null
  let saving: Promise<unknown> = Promise.resolve()
  const read = () => (loaded ??= loadSettings(file))
  return {
    read,
    write: async (next) => {
      const settings = { ...(await read()), ...AppSettingsSchema.parse(next) }
      const save = saving.then(async () => {
        await mkdir(dirname(file), { recursive: true })
        await writeFileAtomic(file, dirname(file), `${JSON.stringify(settings, null, 2)}\n`)
        // Kept in memory only once on disk, so what the checks use is what the next start reads.
        loaded = Promise.resolve(settings)
      })
      saving = save.catch(() => undefined)
      await save
      return settings
    },
  }
}

async function loadSettings(file: string): Promise<AppSettings> {
  try {
    const parsed = AppSettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : DEFAULT_SETTINGS
  } catch {
    return DEFAULT_SETTINGS
  }
}

/** Settings kept in memory only, for a front without a user-data folder. */
export function createMemorySettingsStore(): SettingsStore {
  let settings: AppSettings = DEFAULT_SETTINGS
  return {
    read: () => Promise.resolve(settings),
    write: (next) => {
      settings = { ...settings, ...AppSettingsSchema.parse(next) }
      return Promise.resolve(settings)
    },
  }
}

/**
 * The engine options of a check: the DNS servers of the settings, when there are any, win over the
 * ones the app was launched with (MAILDOCTOR_DNS, the harness's loopback servers); with none set,
 * the launch options stay, and without those the system's resolvers are used. So "use the system's
 * resolvers" in the settings means "what this launch would use", which keeps test launches on
 * loopback. Private addresses allowed in the settings are allowed; not allowed there, the launch
 * decides (off unless MAILDOCTOR_ALLOW_PRIVATE=1 or the launch's options say so).
 */
export function withSettings(options: EngineOptions, settings: AppSettings): EngineOptions {
  const dns = settings.dnsServers.length > 0 ? { dnsServers: [...settings.dnsServers] } : {}
  const allowPrivate = settings.allowPrivate === true ? { allowPrivateAddresses: true } : {}
  return { ...options, ...dns, ...allowPrivate }
}

/**
 * What the checks use now, setting by setting, and where it comes from: saved in the app's
 * settings, the launch environment (MAILDOCTOR_*), or the system's default.
 */
export function effectiveSettings(launch: EngineOptions, saved: AppSettings): EffectiveSetting[] {
  const fromLaunch = (
    setting: EffectiveSetting['setting'],
    variable: string,
    value: string | null,
  ): EffectiveSetting =>
    value === null
      ? { setting, value: null, source: 'system', variable: null }
      : { setting, value, source: 'environment', variable }
  const ports = launch.ports ? Object.entries(launch.ports).map(([kind, port]) => `${kind}=${port}`) : []
  return [
    saved.dnsServers.length > 0
      ? { setting: 'dns', value: saved.dnsServers.join(', '), source: 'saved', variable: null }
      : fromLaunch('dns', 'MAILDOCTOR_DNS', launch.dnsServers?.join(', ') ?? null),
    fromLaunch('rdap', 'MAILDOCTOR_RDAP', launch.rdapBaseUrl ?? null),
    fromLaunch('ports', 'MAILDOCTOR_PORTS', ports.length > 0 ? ports.join(', ') : null),
    fromLaunch('extraCa', 'MAILDOCTOR_EXTRA_CA', launch.extraCaPem ? 'PEM' : null),
  ]
}
