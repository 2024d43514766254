import { describe, expect, it } from 'vitest'
import { changedOnlyStorage } from './session-storage'

/** A storage that remembers every write. */
function countingStorage() {
  const items = new Map<string, string>()
  const writes: string[] = []
  return {
    writes,
    items,
    storage: {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => {
        writes.push(value)
        items.set(name, value)
      },
      removeItem: (name: string) => void items.delete(name),
    },
  }
}

const findings = [{ id: 'dns.mx', status: 'ok' }]
const run = { runId: 'r1', phase: 'running', findings }
const kept = { screen: 'wizard', trail: [{ nodeId: 'problem', answer: 'bounce' }], runs: { own: run } }

describe('the storage the session is kept in', () => {
  it('writes the kept state once while its objects stay the same, also a stopped copy of a run', () => {
    const { storage, writes } = countingStorage()
    const persisted = changedOnlyStorage<typeof kept>(() => storage)
    persisted?.setItem('s', { state: kept, version: 0 })
    persisted?.setItem('s', { state: { ...kept }, version: 0 })
    persisted?.setItem('s', { state: { ...kept, runs: { own: { ...run } } }, version: 0 })
    expect(writes).toHaveLength(1)
    expect(JSON.parse(writes[0] ?? '')).toEqual({ state: kept, version: 0 })
  })

  it('writes again when any kept field changes, deep in a run or at the top', () => {
    const { storage, writes, items } = countingStorage()
    const persisted = changedOnlyStorage<typeof kept>(() => storage)
    const more = [...findings, { id: 'smtp.banner', status: 'fail' }]
    const states = [
      kept,
      { ...kept, runs: { own: { ...run, findings: more } } },
      { ...kept, runs: { own: { ...run, findings: more, phase: 'cancelled' } } },
      { ...kept, runs: { own: { ...run, findings: more, phase: 'cancelled' } }, screen: 'remedy' },
      { ...kept, runs: { own: { ...run, findings: more, phase: 'cancelled' } }, screen: 'remedy', trail: [] },
    ]
    for (const state of states) persisted?.setItem('s', { state, version: 0 })
    expect(writes).toHaveLength(states.length)
    expect(JSON.parse(items.get('s') ?? '')).toEqual({ state: states.at(-1), version: 0 })
  })

  it('writes again after the item was removed, and reads back what it wrote', () => {
    const { storage, writes } = countingStorage()
    const persisted = changedOnlyStorage<typeof kept>(() => storage)
    persisted?.setItem('s', { state: kept, version: 0 })
    persisted?.removeItem('s')
    expect(persisted?.getItem('s')).toBeNull()
    persisted?.setItem('s', { state: kept, version: 0 })
    expect(writes).toHaveLength(2)
    expect(persisted?.getItem('s')).toEqual({ state: kept, version: 0 })
  })
})
