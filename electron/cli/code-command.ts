import { createI18n } from '../../shared/i18n'
import { explainCode } from '../../shared/bounce/explain'
import { parseBounce } from '../../shared/bounce/parse-bounce'
import { shownVerdict } from '../../shared/bounce/retry-verdict'
import { parseCommandArgs, READER_OPTIONS } from './command-declaration'
import { cliLanguage, UsageError } from './common'
import { explanationJson, explanationText } from './explanation-output'
import { terminalSafe } from './terminal-safe'

/**
 * `code <550 | 5.7.1 | "550 5.7.1 text">`: explains a reply code, an enhanced code, a server's
 * line, or its text alone, in the chosen language (`--json` for the DESIGN.md contract).
 * The card is the one the wizard shows for the same line pasted (the bounce reader's reading).
 * It only explains, so it exits with 0 whenever it understood the input, whatever the code says
 * (the meaning is in the output: `class` and `transient` with --json); 2 when the input is empty or
 * holds no code or known text.
 */
export async function codeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(READER_OPTIONS, args)
  const lang = cliLanguage(values.lang)
  const t = createI18n(lang).t
  const input = positionals.join(' ').trim()
  if (input === '') throw new UsageError(t('knowledge:cli.emptyCode'))
  // The same reading as a paste in the wizard: the bounce reader's reason decides the card, so a line
  // explained here and pasted there never gets two answers.
  const info = await parseBounce(input)
  const explanation = info.explanation ?? explainCode(input)
  if (!explanation) throw new UsageError(t('knowledge:cli.notACode', { input: input.slice(0, 80) }))
  // "Will sending again help?" gets the reader's one answer, as on the wizard's card, not the code's advice.
  const verdict = info.explanation ? shownVerdict(info.reason, info.retry) : null
  const answer = verdict ? t(`bounce:retry.${verdict}`) : null
  const json = {
    ...explanationJson(explanation, lang),
    ...(answer ? { retry: answer, retryVerdict: verdict } : {}),
  }
  const text = [
    explanationText(explanation, lang, answer === null),
    ...(answer ? [`${t('bounce:retryLabel')} ${answer}`] : []),
  ]
  process.stdout.write(
    terminalSafe(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${text.join('\n')}\n`),
  )
  return 0
}
