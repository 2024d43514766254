/**
 * Prints how well the bounce reader reads Sisimai's public corpus: `npm run corpus`
 * (`-- --misses` lists every miss too).
 */
import { measureCorpus, percent, type Score } from './corpus-measure'

function line(name: string, score: Score): string {
  const codes = `${percent(score.codesRight, score.codesLiteral)}% of ${score.codesLiteral}`
  const reasons = `${percent(score.reasonsRight, score.reasons)}% of ${score.reasons}`
  return `${name.padEnd(18)} codes ${codes.padEnd(14)} reasons ${reasons}`
}

const measure = await measureCorpus()
const { total } = measure
console.log(`Sisimai corpus: ${measure.messages} messages read, ${measure.throws.length} parses threw`)
console.log(`codes that appear in the message, read right: ${percent(total.codesRight, total.codesLiteral)}%`)
console.log(`reason agreeing with Sisimai:                 ${percent(total.reasonsRight, total.reasons)}%`)
console.log('\nweak spots (layouts below 100%, worst first):')
const weak = [...measure.byLayout.entries()]
  .filter(([, score]) => score.codesRight < score.codesLiteral || score.reasonsRight < score.reasons)
  .sort(
    ([, a], [, b]) =>
      a.codesRight -
      a.codesLiteral +
      a.reasonsRight -
      a.reasons -
      (b.codesRight - b.codesLiteral + b.reasonsRight - b.reasons),
  )
for (const [layout, score] of weak) console.log(line(layout, score))
if (process.argv.includes('--misses')) {
  console.log('\nmisses:')
  for (const miss of measure.misses)
    console.log(
      `${miss.file}#${miss.index} ${miss.field}: expected ${miss.expected}, got ${miss.got ?? 'null'}`,
    )
}
for (const file of measure.throws) console.log(`THREW: ${file}`)
