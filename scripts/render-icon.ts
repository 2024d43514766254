import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium'

/** Renders build/icon.svg to build/icon.png (1024×1024) with Chromium; electron-builder derives the rest. */
const executablePath = chromiumPath()
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(
  `<body style="margin:0;background:transparent">${readFileSync('build/icon.svg', 'utf8')}</body>`,
)
await page.screenshot({ path: 'build/icon.png', omitBackground: true })
await browser.close()
