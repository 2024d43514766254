import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,scripts}/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Threads start and import faster than forked processes: about a sixth less CPU for the whole run.
    pool: 'threads',
    // One thread per core, not Vitest's default of one fewer: many files wait on loopback servers or
    // on the CLI they start, so the main process's share of a core is mostly idle. On 2 cores this
    // doubles the threads, and the run takes about a third less time.
    maxWorkers: availableParallelism(),
    // Bundles the entries that tests start as processes (the CLI), so each start skips tsx.
    globalSetup: ['scripts/test-bundles.ts'],
    // Every test server listens on loopback: the engine may connect there (tests of the guard say false).
    env: { MAILDOCTOR_ALLOW_PRIVATE: '1' },
  },
})
