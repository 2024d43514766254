import { readFileSync } from 'node:fs'
import { parseBounce } from '/work/main/shared/bounce/parse-bounce'
const i = await parseBounce(readFileSync(process.argv[2]!, 'latin1'))
console.log(JSON.stringify({ ...i, explanation: undefined }, null, 1))
