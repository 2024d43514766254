import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCircles, importGraph } from './import-graph'

const graph = importGraph(process.cwd())

/** The store's slices name each other's types (zustand's slices pattern): the one circle allowed. */
const isStoreSlices = (circle: string[]) => circle.every((file) => file.startsWith('renderer/store/'))

/** The graph of folders: a folder imports another when one of its files does. */
function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>()
  for (const [file, targets] of files) {
    const from = dirname(file)
    const into = folders.get(from) ?? new Set<string>()
    for (const target of targets) if (dirname(target) !== from) into.add(dirname(target))
    folders.set(from, into)
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]))
}

/** Pairs of folders that import each other, as `a <-> b` with a before b. */
function folderPairs(files: Map<string, string[]>): string[] {
  const folders = folderGraph(files)
  const pairs: string[] = []
  for (const [from, targets] of folders)
    for (const to of targets)
      if (from < to && folders.get(to)?.includes(from)) pairs.push(`${from} <-> ${to}`)
  return pairs.sort()
}

/**
 * The floors of shared/, bottom up (DESIGN.md, "Style to follow"): a file imports only from its
 * floor or below. Protocol facts; knowledge (reasons, remedies, providers, the readers); the
 * findings; the texts (typed from the knowledge ids); the tree; the IPC contract and the session
 * record; the report exporter.
 */
const SHARED_FLOORS: [floor: string, files: RegExp][] = [
  [
    'protocol',
    /^shared\/protocol\/|^shared\/(check-areas|version|ipc-channels)\.ts$|^shared\/headers\/limits\.ts$/,
  ],
  [
    'knowledge',
    /^shared\/(knowledge|bounce|headers|message-file)\/|^shared\/(email-address|target|unicode-domain|did-you-mean|external-links|mailbox-size)\.ts$/,
  ],
  ['findings', /^shared\/report\.ts$/],
  ['texts', /^shared\/i18n\//],
  ['tree', /^shared\/tree\//],
  ['contract', /^shared\/(ipc|app-settings|session)\.ts$/],
  ['report', /^shared\/report-export\//],
]

const floorOf = (file: string) => SHARED_FLOORS.findIndex(([, files]) => files.test(file))

/**
 * The floors of electron/, bottom up: the engine's helpers; what every check gets (its context, the
 * DNS client, the finding helpers); the engine; the app around it (main process, CLI, workers).
 */
const ELECTRON_FLOORS: [floor: string, files: RegExp][] = [
  ['util', /^electron\/engine\/util\//],
  ['context', /^electron\/engine\/context\//],
  ['engine', /^electron\/engine\//],
  ['app', /^electron\//],
]

/** The imports of the files under `prefix` that climb to a higher floor of `floors`. */
function climbs(prefix: string, floors: [string, RegExp][]): string[] {
  const floor = (file: string) => floors.findIndex(([, files]) => files.test(file))
  return [...graph]
    .filter(([file]) => file.startsWith(prefix))
    .flatMap(([file, targets]) =>
      targets
        .filter((target) => target.startsWith(prefix) && floor(target) > floor(file))
        .map((target) => `${file} -> ${target}`),
    )
}

/**
 * The floors of renderer/, bottom up: the bridge to main; the store (the slices, the session model,
 * the subscription to main's events); the shared components; the headers' screens; the wizard; the
 * staff's views (they show the wizard's screens and fill the components' slots); the app's frame
 * and its entry.
 */
const RENDERER_FLOORS: [floor: string, files: RegExp][] = [
  ['bridge', /^renderer\/bridge\//],
  ['store', /^renderer\/store\//],
  ['components', /^renderer\/components\//],
  ['headers', /^renderer\/wizard\/headers\//],
  ['wizard', /^renderer\/wizard\/[^/]+$/],
  ['staff', /^renderer\/staff\//],
  ['app', /^renderer\/(app\/|main\.tsx$)/],
]

describe('the import graph of the product code', () => {
  it('gives every file of shared/ a floor, and no import climbs one', () => {
    const shared = [...graph].filter(([file]) => file.startsWith('shared/'))
    expect(shared.filter(([file]) => floorOf(file) === -1).map(([file]) => file)).toEqual([])
    expect(climbs('shared/', SHARED_FLOORS)).toEqual([])
  })

  it('gives every file of renderer/ a floor, and no import climbs one', () => {
    const floor = (file: string) => RENDERER_FLOORS.findIndex(([, files]) => files.test(file))
    const renderer = [...graph].filter(([file]) => file.startsWith('renderer/'))
    expect(renderer.filter(([file]) => floor(file) === -1).map(([file]) => file)).toEqual([])
    expect(climbs('renderer/', RENDERER_FLOORS)).toEqual([])
  })

  it('has no import in electron/ that climbs a floor', () => {
    expect(climbs('electron/', ELECTRON_FLOORS)).toEqual([])
  })

  it('has no import circle but the store slices’ types', () => {
    const circles = importCircles(graph)
      .filter((circle) => !isStoreSlices(circle))
      .map((circle) => circle.join(' '))
    expect(circles).toEqual([])
  })

  it('has no two folders that import each other', () => {
    expect(folderPairs(graph)).toEqual([])
  })

  it('sees a circle when there is one (the check itself can fail)', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(importCircles(made)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it('sees two folders that import each other, though no file circle joins them', () => {
    const made = new Map([
      ['a/one.ts', ['a/b/two.ts']],
      ['a/b/three.ts', ['a/four.ts']],
      ['a/b/two.ts', []],
      ['a/four.ts', []],
    ])
    expect(importCircles(made)).toEqual([])
    expect(folderPairs(made)).toEqual(['a <-> a/b'])
  })
})
