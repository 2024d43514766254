/**
 * Bounded readers of the two text forms Windows gives of registry values: a `.reg` export
 * (regedit, `reg export`) and `reg query` output. Both end as keys → value names → values;
 * names that speak of a password or token are dropped before their data is decoded.
 */

/** One registry value, decoded: REG_BINARY as bytes, REG_DWORD as a number, REG_SZ as text. */
export type RegValue = Buffer | number | string

/** The values of each key, by key path. */
export type RegistryValues = Map<string, Map<string, RegValue>>

/** The most keys and values kept; the longest line read. */
const MAX_KEYS = 5_000
const MAX_VALUES_PER_KEY = 200
const MAX_LINE = 1024 * 1024

const SECRET = /pass|token|secret|cred|cookie/i

/** The text of an export: UTF-16LE when it starts with its byte-order mark, else UTF-8. */
export function registryText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le')
  return bytes.toString('utf8').replace(/^\uFEFF/, '')
}

function hexBytes(hex: string): Buffer | null {
  const clean = hex.replace(/[\s,]/g, '')
  return /^(?:[0-9a-fA-F]{2})*$/.test(clean) ? Buffer.from(clean, 'hex') : null
}

function exportValue(raw: string): RegValue | null {
  const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(raw)
  if (dword?.[1]) return parseInt(dword[1], 16)
  const hex = /^hex(?:\(\w+\))?:(.*)$/.exec(raw)
  if (hex) return hexBytes(hex[1] ?? '')
  const text = /^"((?:[^"\\]|\\.)*)"$/.exec(raw)
  return text ? (text[1] ?? '').replace(/\\(.)/g, '$1') : null
}

function addValue(values: RegistryValues, key: string | null, name: string, value: RegValue | null) {
  if (key === null || value === null || SECRET.test(name)) return
  let known = values.get(key)
  if (!known) {
    if (values.size >= MAX_KEYS) return
    known = new Map()
    values.set(key, known)
  }
  if (known.size < MAX_VALUES_PER_KEY) known.set(name, value)
}

/** The keys and values of a `.reg` export (continued lines joined, deleted keys ignored). */
export function parseRegExport(text: string): RegistryValues {
  const values: RegistryValues = new Map()
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/)
  let key: string | null = null
  for (const line of lines) {
    if (line.length > MAX_LINE) continue
    const section = /^\[(-?)([^\]]{1,1024})\]\s*$/.exec(line)
    if (section) {
      key = section[1] === '-' ? null : (section[2] ?? null)
      continue
    }
    const pair = /^"((?:[^"\\]|\\.){1,256})"=(.*)$/.exec(line)
    if (!pair?.[1] || SECRET.test(pair[1])) continue
    addValue(values, key, pair[1].replace(/\\(.)/g, '$1'), exportValue((pair[2] ?? '').trim()))
  }
  return values
}

function queryValue(type: string, data: string): RegValue | null {
  if (type === 'REG_DWORD') return /^0x[0-9a-fA-F]{1,8}$/.test(data) ? parseInt(data, 16) : null
  if (type === 'REG_BINARY') return hexBytes(data)
  return type === 'REG_SZ' || type === 'REG_EXPAND_SZ' ? data : null
}

/** The keys and values of `reg query KEY /s [/v NAME]` output. */
export function parseRegQuery(text: string, into: RegistryValues = new Map()): RegistryValues {
  let key: string | null = null
  for (const line of text.split(/\r?\n/)) {
    if (line.length > MAX_LINE) continue
    if (/^HKEY_[A-Z_]+\\/.test(line)) {
      key = line.trim()
      continue
    }
    const value = /^\s{2,}(.{1,256}?)\s{2,}(REG_[A-Z_]+)\s{2,}(.*)$/.exec(line)
    if (value?.[1] && value[2]) addValue(into, key, value[1], queryValue(value[2], (value[3] ?? '').trim()))
  }
  return into
}

/** A value as text: Outlook keeps its strings as REG_BINARY in UTF-16LE, ending in a NUL. */
export function regString(value: RegValue | undefined): string | null {
  if (value === undefined || typeof value === 'number') return null
  const text = typeof value === 'string' ? value : value.toString('utf16le')
  const clean = text.replace(/\0+$/, '').trim()
  return clean === '' || /[\0\r\n]/.test(clean) ? null : clean
}

/** A value as a number: REG_DWORD, or a four-byte little-endian REG_BINARY. */
export function regNumber(value: RegValue | undefined): number | null {
  if (typeof value === 'number') return value
  if (Buffer.isBuffer(value) && value.length === 4) return value.readUInt32LE(0)
  return null
}
