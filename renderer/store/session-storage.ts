import {
  createJSONStorage,
  type PersistStorage,
  type StateStorage,
  type StorageValue,
} from 'zustand/middleware'

/**
 * The persist middleware's JSON storage, writing only when the kept state changed. The middleware
 * writes after every change of the store, also of the fields it does not keep (half the writes of a
 * wizard walk), and each write turns the whole kept state into JSON: a run's findings and report
 * are tens of KB. The store changes by replacing objects, never by editing them, so a kept state
 * made of the same objects as the one last written is the same and is not written again.
 */
export function changedOnlyStorage<S>(storage: () => StateStorage): PersistStorage<S> | undefined {
  const json = createJSONStorage<S>(storage)
  if (!json) return undefined
  const written = new Map<string, StorageValue<S>>()
  return {
    getItem: (name) => json.getItem(name),
    setItem: (name, value) => {
      const last = written.get(name)
      if (last !== undefined && sameObjects(last, value, KEPT_DEPTH)) return
      const result = json.setItem(name, value)
      written.set(name, value)
      return result
    },
    removeItem: (name) => {
      written.delete(name)
      return json.removeItem(name)
    },
  }
}

/**
 * How deep two kept states are compared: the stored value, its state, the state's runs, one run;
 * below that only by identity. A run that was going is kept as a stopped copy, made afresh on each
 * write: its fields are still the same objects.
 */
const KEPT_DEPTH = 4

/** True when a and b are the same value, or plain objects whose fields are the same down to `depth`. */
function sameObjects(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true
  if (depth === 0 || !isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameObjects(a[key], b[key], depth - 1))
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}
