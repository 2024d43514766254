import { inject } from 'vitest'

/**
 * The arguments that make Node run the CLI (electron/cli.ts, bundled by vitest's global setup in
 * scripts/test-bundles.ts) with `args`: spawn `process.execPath` with them.
 */
export function cliArgs(args: string[]): string[] {
  return [inject('testBundles')['electron/cli.ts'], ...args]
}
