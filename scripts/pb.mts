import { readFileSync } from 'node:fs'
import { parseBounce } from '/work/main/shared/bounce/parse-bounce'
for (const f of process.argv.slice(2)) {
  const i = await parseBounce(readFileSync(f, 'latin1'))
  console.log(f.split('/').pop(), '|', i.format, '|', i.reason, '|', i.retry, '|', i.command, '|', i.replyCode, i.enhancedCode, '|', i.recipient, '|', (i.diagnostic ?? '').slice(0, 200).replace(/\n/g, ' '))
}
