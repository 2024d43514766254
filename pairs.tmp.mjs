import { chromium } from '@playwright/test'
import { readdirSync } from 'node:fs'
const dir = process.argv[2], out = process.argv[3], prefix = process.argv[4] ?? 'end-'
const files = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('-en.png'))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 980, height: 400 } })
for (const f of files) {
  const id = f.slice(0, -'-en.png'.length)
  await page.setContent(`<body style="margin:0;display:flex;gap:20px;background:#888;align-items:flex-start"><img src="file://${dir}/${id}-en.png"><img src="file://${dir}/${id}-it.png"></body>`)
  await page.goto(`file://${dir}/`) // no-op to allow file access
  await page.setContent(`<body style="margin:0;display:flex;gap:20px;background:#888;align-items:flex-start"><img src="data:image/png;base64,${(await import('node:fs')).readFileSync(`${dir}/${id}-en.png`).toString('base64')}"><img src="data:image/png;base64,${(await import('node:fs')).readFileSync(`${dir}/${id}-it.png`, { flag: 'r' }).toString('base64')}"></body>`)
  await page.screenshot({ path: `${out}/${id}.png`, fullPage: true })
}
await browser.close()
