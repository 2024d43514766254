import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../shared/i18n'
import { explainCode } from '../../shared/bounce/explain'
import { knownSession } from '../../shared/report-export/fixture'
import { toHtml, toJson, toMarkdown } from '../../shared/report-export/index'
import { findingLines, summaryLine } from './check-output'
import { explanationJson, explanationText } from './explanation-output'

/** A placeholder left unfilled: `{{name}}`, or a nested text `$t(…)` not resolved. */
const RAW = /\{\{|\}\}|\$t\(/

/** Codes whose texts quote facts: the provider's sending limit, its SPF include, the RFC's reading. */
const CODES = ['555', '550 5.7.1', '421 4.7.0 too many messages', '5.7.26', '535 5.7.8', '550 5.7.30']

describe('no raw placeholder in any output (issue 20)', () => {
  for (const lang of LANGUAGES) {
    it(`reports in every format: Markdown, HTML and JSON (${lang})`, () => {
      for (const shareSafely of [false, true]) {
        const options = { shareSafely }
        for (const text of [
          toMarkdown(knownSession(), lang, options),
          toHtml(knownSession(), lang, options),
          toJson(knownSession(), options),
        ])
          expect(text).not.toMatch(RAW)
      }
    })

    it(`the CLI: the check's summary and findings, code explanations as text and JSON (${lang})`, () => {
      const { report } = knownSession()
      expect(summaryLine(report, lang)).not.toMatch(RAW)
      expect(findingLines(report.findings, lang).join('\n')).not.toMatch(RAW)
      for (const code of CODES) {
        const explanation = explainCode(code)
        expect(explanation, code).not.toBeNull()
        if (!explanation) continue
        expect(explanationText(explanation, lang), code).not.toMatch(RAW)
        expect(JSON.stringify(explanationJson(explanation, lang)), code).not.toMatch(RAW)
      }
    })
  }
})
