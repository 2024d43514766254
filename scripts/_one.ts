import { readFileSync } from 'node:fs'
import { parseBounce } from '../shared/bounce/parse-bounce'
const i = await parseBounce(readFileSync(process.argv[2] ?? 0, 'utf8'))
console.log(i.format, i.reason, i.retry, i.recipient, i.replyCode, i.enhancedCode, '|', i.diagnostic?.slice(0, 100), '| others:', i.recipients.map((r) => `${r.recipient}:${r.reason}`).join(' '))
