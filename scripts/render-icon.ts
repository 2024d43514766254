import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Renders build/icon.svg to build/icon.png (1024×1024) with Chromium; electron-builder derives the rest. */
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(
  `<body style="margin:0;background:transparent">${readFileSync('build/icon.svg', 'utf8')}</body>`,
)
await page.screenshot({ path: 'build/icon.png', omitBackground: true })
await browser.close()
