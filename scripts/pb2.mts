import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '/work/main/shared/bounce/parse-bounce'
const dir = '/work/main/shared/bounce/fixtures/flufl-bounce'
const labels = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8'))
for (const [f, l] of Object.entries<any>(labels)) {
  const i = await parseBounce(readFileSync(join(dir, f), 'latin1'))
  if (!l.temporary && i.retry !== 'permanent') console.log(f, '|', i.format, '|', i.reason, '|', i.retry, '|', i.action, '|', i.replyCode, i.enhancedCode, '|', (i.diagnostic ?? '').slice(0, 150).replace(/\n/g, ' '))
}
