import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin } from 'esbuild'
import type { TestProject } from 'vitest/node'

/**
 * The TypeScript entries that tests start as their own Node processes. Vitest's global setup
 * bundles each once per run (about a second), so a test spawns `node bundle.mjs` instead of paying
 * tsx's start (about three seconds) in every process.
 */
export const TEST_BUNDLE_ENTRIES = ['electron/cli.ts', 'electron/history/save-loop.child.ts'] as const

/** One bundle per entry, keyed by the entry's path. */
export type TestBundles = Record<(typeof TEST_BUNDLE_ENTRIES)[number], string>

declare module 'vitest' {
  export interface ProvidedContext {
    testBundles: TestBundles
  }
}

/**
 * Each module keeps its own `import.meta.url` (its source file), as under tsx: the ISP database is
 * found beside its module and the report worker starts from its `.ts` entry.
 */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(bundler) {
    bundler.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
      return { contents, loader: path.endsWith('.tsx') ? 'tsx' : 'ts' }
    })
  },
}

/**
 * Vitest's global setup: bundles the entries into a fresh folder under node_modules/.cache (so the
 * bundles find the installed packages, and two runs at once never share a file), and removes it after.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const parent = resolve('node_modules/.cache/maildoctor-test-bundles')
  await mkdir(parent, { recursive: true })
  const dir = await mkdtemp(join(parent, 'run-'))
  const bundles = {} as TestBundles
  await Promise.all(
    TEST_BUNDLE_ENTRIES.map(async (entry, index) => {
      const outfile = join(dir, `${index}-${entry.replaceAll('/', '-').replace(/\.ts$/, '.mjs')}`)
      await build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Packages go in too: a process then reads one file, not hundreds (a third less start time).
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
        logLevel: 'warning',
        plugins: [sourceUrls],
      })
      bundles[entry] = outfile
    }),
  )
  project.provide('testBundles', bundles)
  return () => rm(dir, { recursive: true, force: true })
}
