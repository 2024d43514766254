import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/** The product code's folders: tests, fixtures and e2e helpers are not part of the graph. */
export const PRODUCT_FOLDERS = ['shared', 'electron', 'renderer'] as const

const SOURCE = /\.(ts|tsx)$/
const NOT_PRODUCT = /\.(test|spec|test-helper)\.(ts|tsx)$|(^|\/)fixtures\//

/** Every product source file under the folders, as paths relative to the root. */
export function productFiles(root: string): string[] {
  const files: string[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(root, folder))) {
      const path = `${folder}/${name}`
      if (statSync(join(root, path)).isDirectory()) walk(path)
      else if (SOURCE.test(name) && !NOT_PRODUCT.test(path) && !name.endsWith('.d.ts')) files.push(path)
    }
  }
  PRODUCT_FOLDERS.forEach(walk)
  return files.sort()
}

function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier)
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate)
  }
  return undefined
}

/**
 * Each product file with the product files it imports (type-only imports and re-exports included:
 * a circle of types is still a circle in the design).
 */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of productFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true)
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(root, file, specifier))
      .filter((target): target is string => target !== undefined && !NOT_PRODUCT.test(target))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The strongly connected groups of more than one file (Tarjan): each is an import circle. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0))
    }
    if (low.get(node) !== index.get(node)) return
    const group: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member === undefined) break
      onStack.delete(member)
      group.push(member)
    } while (member !== node)
    if (group.length > 1) circles.push(group.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return circles
}
