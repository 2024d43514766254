import { existsSync } from 'node:fs'

/**
 * The features Playwright itself turns off (playwright-core's chromiumSwitches.ts). Chromium keeps
 * only one --disable-features switch, so a list of our own must repeat them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
]

/**
 * Browser chrome that no test sees. Chromium 156 draws the address bar's suggestion popups as web
 * pages, two per window, loaded in renderers of their own whenever a window opens: each test's new
 * context opened them again, and they took about as much CPU as the app's own page.
 */
const UNSEEN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

/** Flags that keep a headless Chromium off the network and quick to start on a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_FEATURES].join(',')}`,
]

/** Chromium to drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's; undefined means Playwright's own. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string))
}
