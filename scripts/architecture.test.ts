import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCircles, importGraph } from './import-graph'

const graph = importGraph(process.cwd())

/** The store's slices name each other's types (zustand's slices pattern): the one circle allowed. */
const isStoreSlices = (circle: string[]) => circle.every((file) => file.startsWith('renderer/store/'))

/** The graph of folders: a folder imports another when one of its files does. */
function folderGraph(): Map<string, string[]> {
  const folders = new Map<string, Set<string>>()
  for (const [file, targets] of graph) {
    const from = dirname(file)
    const into = folders.get(from) ?? new Set<string>()
    for (const target of targets) if (dirname(target) !== from) into.add(dirname(target))
    folders.set(from, into)
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]))
}

/** Pairs of folders that import each other, as `a <-> b` with a before b. */
function folderPairs(): string[] {
  const folders = folderGraph()
  const pairs: string[] = []
  for (const [from, targets] of folders)
    for (const to of targets)
      if (from < to && folders.get(to)?.includes(from)) pairs.push(`${from} <-> ${to}`)
  return pairs.sort()
}

/**
 * Folder pairs that still import each other, to be taken apart (issue 24). The list only shrinks:
 * a pair not on it fails the test, and so does a pair on it that is gone (then strike it).
 */
const FOLDER_PAIRS_TO_REMOVE = [
  'electron <-> electron/cli',
  'electron/engine <-> electron/engine/discovery',
  'electron/engine <-> electron/engine/dns',
  'electron/engine <-> electron/engine/headers',
  'electron/engine <-> electron/engine/probes',
  'electron/engine/dns <-> electron/engine/rdap',
  'shared <-> shared/i18n',
  'shared <-> shared/knowledge',
  'shared/i18n <-> shared/i18n/it',
  'shared/i18n/en <-> shared/knowledge',
  'shared/i18n <-> shared/knowledge',
]

/** File circles still to take apart (issue 24), by their files; the list only shrinks. */
const FILE_CIRCLES_TO_REMOVE = [
  'shared/knowledge/discovered-settings.ts shared/knowledge/provider-catalogue.ts',
]

/**
 * The floors of shared/, bottom up (DESIGN.md, "Style to follow"): a file imports only from its
 * floor or below. Protocol facts; knowledge (reasons, remedies, providers, the readers); the
 * findings; the texts (typed from the knowledge ids); the tree; the IPC contract and the session
 * record; the report exporter.
 */
const SHARED_FLOORS: [floor: string, files: RegExp][] = [
  [
    'protocol',
    /^shared\/(protocol|check-areas|version|ipc-channels)\.ts$|^shared\/i18n\/languages\.ts$|^shared\/headers\/limits\.ts$/,
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

/** Imports that still climb a floor (issue 24), to be removed; the list only shrinks. */
const CLIMBS_TO_REMOVE = ['shared/knowledge/code-texts.ts -> shared/i18n/en/knowledge.ts']

/**
 * The floors of renderer/, bottom up: the bridge to main; the store (the slices, the session
 * model, the subscription to main's events); the shared components; the headers' screens; the
 * wizard; the staff's views (they show the wizard's screens and fill the components' slots); the
 * app's frame and its entry.
 */
const RENDERER_FLOORS: RegExp[] = [
  /^renderer\/bridge\//,
  /^renderer\/store\//,
  /^renderer\/components\//,
  /^renderer\/wizard\/headers\//,
  /^renderer\/wizard\/[^/]+$/,
  /^renderer\/staff\//,
  /^renderer\/(app\/|main\.tsx$)/,
]

describe('the import graph of the product code', () => {
  it('gives every file of shared/ a floor, and no import climbs one (but the known ones)', () => {
    const shared = [...graph].filter(([file]) => file.startsWith('shared/'))
    expect(shared.filter(([file]) => floorOf(file) === -1).map(([file]) => file)).toEqual([])
    const climbs = shared.flatMap(([file, targets]) =>
      targets.filter((target) => floorOf(target) > floorOf(file)).map((target) => `${file} -> ${target}`),
    )
    expect(climbs.sort()).toEqual([...CLIMBS_TO_REMOVE].sort())
  })

  it('gives every file of renderer/ a floor, and no import climbs one', () => {
    const floor = (file: string) => RENDERER_FLOORS.findIndex((files) => files.test(file))
    const renderer = [...graph].filter(([file]) => file.startsWith('renderer/'))
    expect(renderer.filter(([file]) => floor(file) === -1).map(([file]) => file)).toEqual([])
    const climbs = renderer.flatMap(([file, targets]) =>
      targets.filter((target) => floor(target) > floor(file)).map((target) => `${file} -> ${target}`),
    )
    expect(climbs).toEqual([])
  })

  it('has no import circle but the store slices’ types (and the known ones still to remove)', () => {
    const circles = importCircles(graph)
      .filter((circle) => !isStoreSlices(circle))
      .map((circle) => circle.join(' '))
    expect(circles.sort()).toEqual([...FILE_CIRCLES_TO_REMOVE].sort())
  })

  it('has no two folders that import each other, but the known ones still to remove', () => {
    expect(folderPairs()).toEqual([...FOLDER_PAIRS_TO_REMOVE].sort())
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
})
