import { readdirSync, readFileSync } from 'node:fs'
import PostalMime from 'postal-mime'
import { headerBlock } from './shared/headers/read-headers'
const corpus = 'shared/headers/corpus'
const blocks = readdirSync(corpus).map((name) => readFileSync(corpus + '/' + name, 'utf8').split(/\r?\n\r?\n/)[0] ?? '')
const lines: string[] = []
for (let size = 0, index = 0; size < 1024 * 1024; index++) { const b = blocks[index % blocks.length]!; lines.push(b); size += b.length + 1 }
const text = `${lines.join('\n')}\n\nbody\n`
for (let i = 0; i < 3; i++) {
let t0 = performance.now(); const block = headerBlock(text); let t1 = performance.now()
const email = await PostalMime.parse(`${block}\r\n\r\n`, { maxHeadersSize: 8e6 }); let t2 = performance.now()
console.log('block', (t1 - t0).toFixed(1), 'postal', (t2 - t1).toFixed(1), email.headers.length)
}
