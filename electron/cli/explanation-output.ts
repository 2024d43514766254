import { renderMsg, type Language, createI18n } from '../../shared/i18n'
import type { CodeExplanation } from '../../shared/bounce/explain'
import type { CodeClass } from '../../shared/knowledge/reply-codes'
import { providerLinks } from '../../shared/knowledge/provider-identity'
import { remedyDef, remedyKeys, remedyLinks, whoActsKey } from '../../shared/knowledge/remedies'
import { whoActsPhrase } from '../../shared/knowledge/who-acts-phrase'
import { checkNameKey } from '../../shared/report'
import { fromOwnProgram } from '../../shared/bounce/reason-details'

/** The kind of an explanation: from the reply code, else from the enhanced code's class. */
export function classOf(explanation: CodeExplanation): CodeClass | null {
  if (explanation.codeClass) return explanation.codeClass
  const digit = explanation.enhanced?.code.charAt(0)
  return digit === '2' ? 'success' : digit === '4' ? 'transient' : digit === '5' ? 'permanent' : null
}

/** An explanation with every text rendered in one language: the `code --json` contract. */
export function explanationJson(explanation: CodeExplanation, lang: Language) {
  const i18n = createI18n(lang)
  const render = (msg: Parameters<typeof renderMsg>[1]) => renderMsg(i18n, msg)
  const codeClass = classOf(explanation)
  return {
    input: explanation.input,
    replyCode: explanation.replyCode,
    enhancedCode: explanation.enhancedCode,
    class: codeClass,
    classLabel: codeClass ? i18n.t(`knowledge:cli.classNames.${codeClass}`) : null,
    transient: explanation.transient,
    source: explanation.source,
    title: render(explanation.title),
    meaning: render(explanation.meaning),
    causes: explanation.causes.map(render),
    steps: explanation.steps.map(render),
    whoActs: explanation.whoActs.map((who) => i18n.t(whoActsKey(who))),
    whoActsIds: explanation.whoActs,
    retry: render(explanation.retry),
    relatedChecks: explanation.relatedChecks,
    enhanced: explanation.enhanced && {
      code: explanation.enhanced.code,
      registered: explanation.enhanced.registered,
      implied: explanation.enhanced.implied,
      reference: explanation.enhanced.reference,
      class: render(explanation.enhanced.classTitle),
      subject: render(explanation.enhanced.subjectTitle),
      title: render(explanation.enhanced.title),
      meaning: render(explanation.enhanced.meaning),
    },
    serverText: explanation.serverText.map((entry) => ({
      id: entry.id,
      evidence: entry.evidence,
      list: entry.list ?? null,
      title: render(entry.title),
      meaning: render(entry.meaning),
    })),
    notes: explanation.notes.map(render),
    remedies: explanation.remedies.map((id) => {
      const keys = remedyKeys(id)
      return {
        id,
        whoActs: remedyDef(id).whoActs,
        title: i18n.t(keys.title),
        steps: keys.steps.map((key) => i18n.t(key)),
        links: providerLinks(remedyLinks(id), null),
      }
    }),
  }
}

/**
 * An explanation as readable lines for a terminal; `codeRetry: false` leaves out the code's own retry
 * advice where the bounce's verdict already answers "will sending again help?".
 */
export function explanationText(explanation: CodeExplanation, lang: Language, codeRetry = true): string {
  const i18n = createI18n(lang)
  const json = explanationJson(explanation, lang)
  const label = (name: string) => i18n.t(`knowledge:cli.labels.${name}`)
  const codes = [json.replyCode, json.enhancedCode].filter((code) => code !== null).join(' ')
  const lines = [`${codes ? `${codes} — ` : ''}${json.title}`]
  if (json.classLabel) lines.push(`${label('class')}: ${json.classLabel}`)
  lines.push(json.meaning)
  if (json.enhanced && json.enhanced.title !== json.title)
    lines.push(
      `${label('enhanced')} ${json.enhanced.code}: ${json.enhanced.title} — ${json.enhanced.meaning}`,
    )
  // A mail program's own words about its own server are the program's, not a server's.
  for (const entry of json.serverText)
    lines.push(
      `${label(fromOwnProgram([entry.id]) ? 'programText' : 'serverText')}: ${entry.title} (“${entry.evidence}”)`,
    )
  if (json.causes.length > 0) lines.push(`${label('causes')}:`, ...json.causes.map((cause) => `  - ${cause}`))
  if (json.steps.length > 0)
    lines.push(`${label('steps')}:`, ...json.steps.map((step, index) => `  ${index + 1}. ${step}`))
  if (json.whoActs.length > 0) lines.push(`${label('whoActs')}: ${whoActsPhrase(json.whoActs, lang)}`)
  if (codeRetry) lines.push(`${label('retry')}: ${json.retry}`)
  if (json.relatedChecks.length > 0)
    lines.push(
      `${label('checks')}: ${json.relatedChecks.map((id) => i18n.t(checkNameKey(id, 'any'))).join('; ')}`,
    )
  if (json.notes.length > 0) lines.push(`${label('notes')}:`, ...json.notes.map((note) => `  - ${note}`))
  return lines.join('\n')
}
