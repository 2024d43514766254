import { existsSync } from 'node:fs'

/** Flags that keep a headless Chromium off the network and quick to start on a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Chromium to drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's; undefined means Playwright's own. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
}
