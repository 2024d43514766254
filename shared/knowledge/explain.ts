import type { CheckId, Msg, RemedyId } from '../report'
import enKnowledge from '../i18n/en/knowledge'
import {
  ENHANCED_SUBJECTS,
  SUBJECT_REMEDIES,
  SUBJECT_WHO_ACTS,
  enhancedCodeDef,
  enhancedDetailKey,
  parseEnhancedCode,
} from './enhanced-codes'
import { codeClassOf, isTransient, replyCodeDef, type CodeClass, type CodeSource } from './reply-codes'
import type { WhoActs } from './remedies'
import { recogniseServerText, serverTextRule, type ServerTextId } from './server-text'

/** What an enhanced status code says, as i18n messages. */
export interface EnhancedExplanation {
  code: string
  /** False when IANA has not registered this subject.detail: then the texts come from the subject. */
  registered: boolean
  /** True when the code was not written but read from an undotted reply code (511 → 5.1.1). */
  implied: boolean
  reference: string | null
  classTitle: Msg
  subjectTitle: Msg
  title: Msg
  meaning: Msg
}

/** One thing the server's text says, as i18n messages. */
export interface ServerTextExplanation {
  id: ServerTextId
  evidence: string
  list?: string
  title: Msg
  meaning: Msg
}

/** Everything we can say about a code, an enhanced code, a line of server text, or all three. */
export interface CodeExplanation {
  input: string
  replyCode: number | null
  enhancedCode: string | null
  codeClass: CodeClass | null
  /** True for 4xx, false for 5xx, null otherwise (from the enhanced class when there is no reply code). */
  transient: boolean | null
  /** What the main texts come from: the code's own entry, its class only, the enhanced code, or the text. */
  basis: 'replyCode' | 'replyClass' | 'enhancedCode' | 'serverText'
  /** The RFC that defines the reply code, 'none' when only vendors use it, null without a reply code. */
  source: CodeSource | null
  title: Msg
  meaning: Msg
  causes: Msg[]
  /** Steps in order: those the server's text calls for first, then the code's own. */
  steps: Msg[]
  retry: Msg
  whoActs: WhoActs[]
  relatedChecks: CheckId[]
  /** Remedy ids (shared/knowledge/remedies-knowledge.ts), most specific first. */
  remedies: RemedyId[]
  enhanced: EnhancedExplanation | null
  serverText: ServerTextExplanation[]
  /** Provider facts and source notes (where guides and RFCs disagree). */
  notes: Msg[]
}

/** The codes found in a piece of text. */
export interface FoundCodes {
  replyCode: number | null
  enhancedCode: string | null
}

const MAX_INPUT = 20_000
const REPLY_AT_START = /^([1-5][0-9][0-9])(?![0-9.])/
const REPLY_THEN_ENHANCED = /(?:^|[^0-9.])([2-5][0-9][0-9])[ -]{1,3}([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/
const REPLY_AFTER_CUE =
  /(?:said:|returned|was:|reason:|error:|response:|<<<|\bsmtp;|\bcode)[ '"(]{0,3}([2-5][0-9][0-9])(?![0-9.])/i
const ENHANCED_ANYWHERE = /(?:^|[^0-9.])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/

/** Finds the reply code and the enhanced code in a line such as `550 5.1.1 <x@y.it>: ...`. */
export function findCodes(text: string): FoundCodes {
  const head = text.slice(0, MAX_INPUT).trim()
  const paired = REPLY_THEN_ENHANCED.exec(head)
  const replyText = REPLY_AT_START.exec(head)?.[1] ?? paired?.[1] ?? REPLY_AFTER_CUE.exec(head)?.[1] ?? null
  const enhancedText = paired?.[2] ?? ENHANCED_ANYWHERE.exec(head)?.[1] ?? null
  return {
    replyCode: replyText === null ? null : Number(replyText),
    enhancedCode: enhancedText,
  }
}

const K = 'knowledge:'

function msg(key: string, params?: Record<string, string | number>): Msg {
  return params ? { key, params } : { key }
}

/** One Msg per element of an i18n array (the arrays have the same length in every language). */
export function listMsgs(path: string): Msg[] {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], enKnowledge)
  if (!Array.isArray(value)) return []
  return value.map((_, index) => msg(`${K}${path}.${index}`))
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/** The English text of a knowledge key, used only to drop a code step that repeats a text step. */
function englishText(message: Msg): string {
  const path = message.key.replace(K, '')
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], enKnowledge)
  return typeof value === 'string' ? value : message.key
}

function explainEnhanced(code: string, implied: boolean): EnhancedExplanation | null {
  const parsed = parseEnhancedCode(code)
  if (!parsed) return null
  const entry = enhancedCodeDef(parsed.subject, parsed.detail)
  const knownSubject = (ENHANCED_SUBJECTS as readonly number[]).includes(parsed.subject)
  const subjectPath = `enhanced.subjects.${knownSubject ? `s${parsed.subject}` : 'unknown'}`
  const base = {
    code,
    implied,
    classTitle: msg(`${K}enhanced.classes.c${parsed.class}.title`),
    subjectTitle: msg(`${K}${subjectPath}.title`),
  }
  if (entry) {
    const stem = enhancedDetailKey(parsed.subject, parsed.detail)
    return {
      ...base,
      registered: true,
      reference: entry.reference,
      title: msg(`${stem}.title`),
      meaning: msg(`${stem}.meaning`),
    }
  }
  return {
    ...base,
    registered: false,
    reference: null,
    title: msg(`${K}enhanced.unregisteredTitle`, { code }),
    meaning: msg(`${K}${subjectPath}.meaning`),
  }
}

/**
 * Explains what a person brings: a reply code (`550`), an enhanced code (`5.7.1`), a line
 * (`550 5.7.1 <x@y.it>: Recipient address rejected`) or server text alone. A code missing from
 * the tables is explained from its class. Returns null when the input holds none of these.
 */
export function explainCode(input: string): CodeExplanation | null {
  const text = input.slice(0, MAX_INPUT).trim()
  if (text === '') return null
  const found = findCodes(text)
  const reply = found.replyCode === null ? undefined : replyCodeDef(found.replyCode)
  const codeClass = found.replyCode === null ? null : codeClassOf(found.replyCode)
  const impliedEnhanced = found.enhancedCode === null ? reply?.impliedEnhanced : undefined
  const enhancedCode = found.enhancedCode ?? impliedEnhanced ?? null
  const enhanced = enhancedCode === null ? null : explainEnhanced(enhancedCode, impliedEnhanced !== undefined)
  const enhancedParsed = enhancedCode === null ? null : parseEnhancedCode(enhancedCode)
  const matches = recogniseServerText(text)
  if (found.replyCode === null && enhanced === null && matches.length === 0) return null

  const serverText: ServerTextExplanation[] = matches.map((match) => ({
    id: match.id,
    evidence: match.evidence,
    ...(match.list ? { list: match.list } : {}),
    title:
      match.list !== undefined
        ? msg(`${K}recognisers.${match.id}.titleNamed`, { list: match.list })
        : msg(`${K}recognisers.${match.id}.title`),
    meaning: msg(`${K}recognisers.${match.id}.meaning`),
  }))
  const rules = matches.map((match) => serverTextRule(match.id))
  const textSteps = matches.flatMap((match) => listMsgs(`recognisers.${match.id}.steps`))
  const enhancedEntry = enhancedParsed
    ? enhancedCodeDef(enhancedParsed.subject, enhancedParsed.detail)
    : undefined
  const enhancedWho = enhancedParsed ? (SUBJECT_WHO_ACTS[enhancedParsed.subject] ?? []) : []
  const enhancedRemedies = enhancedParsed ? (SUBJECT_REMEDIES[enhancedParsed.subject] ?? []) : []
  const classRemedies: RemedyId[] = codeClass === 'transient' ? ['retry-later'] : []

  let basis: CodeExplanation['basis']
  let stem: string
  if (reply) {
    basis = 'replyCode'
    stem = `codes.c${reply.code}`
  } else if (codeClass) {
    basis = 'replyClass'
    stem = `classes.${codeClass}`
  } else if (enhanced && enhancedParsed) {
    basis = 'enhancedCode'
    stem = ''
  } else {
    basis = 'serverText'
    stem = ''
  }

  const first = serverText[0]
  // Microsoft 365 sends 5.1.10 (null MX in the registry) for "recipient not found": trust the text.
  const microsoftNotFound =
    enhancedParsed?.subject === 1 &&
    enhancedParsed.detail === 10 &&
    matches.some((match) => match.id === 'userUnknown')
  const enhancedTitles = enhanced?.registered === true && enhancedParsed?.detail !== 0 && !microsoftNotFound
  let title: Msg
  let meaning: Msg
  let causes: Msg[]
  let codeSteps: Msg[]
  let retry: Msg
  const subjectKey =
    enhancedParsed && (ENHANCED_SUBJECTS as readonly number[]).includes(enhancedParsed.subject)
      ? `s${enhancedParsed.subject}`
      : 'unknown'
  const enhancedLeads =
    reply !== undefined &&
    enhancedParsed !== null &&
    enhanced?.registered === true &&
    reply.subjects !== undefined &&
    !reply.subjects.includes(enhancedParsed.subject)
  if (stem !== '') {
    title = enhancedTitles && enhanced ? enhanced.title : msg(`${K}${stem}.title`)
    meaning = enhancedLeads && enhanced ? enhanced.meaning : msg(`${K}${stem}.meaning`)
    causes = enhancedLeads ? [msg(`${K}enhanced.subjects.${subjectKey}.meaning`)] : listMsgs(`${stem}.causes`)
    codeSteps = enhancedLeads ? listMsgs(`enhanced.subjects.${subjectKey}.steps`) : listMsgs(`${stem}.steps`)
    retry =
      enhancedLeads && enhancedParsed
        ? msg(`${K}enhanced.classes.c${enhancedParsed.class}.retry`)
        : msg(`${K}${stem}.retry`)
  } else if (enhanced && enhancedParsed) {
    title = enhanced.title
    meaning = enhanced.meaning
    causes = [msg(`${K}enhanced.subjects.${subjectKey}.meaning`)]
    codeSteps = listMsgs(`enhanced.subjects.${subjectKey}.steps`)
    retry = msg(`${K}enhanced.classes.c${enhancedParsed.class}.retry`)
  } else {
    title = first?.title ?? msg(`${K}retryUnknown`)
    meaning = first?.meaning ?? msg(`${K}retryUnknown`)
    causes = serverText.map((entry) => entry.meaning)
    codeSteps = []
    retry = msg(`${K}retryUnknown`)
  }

  const transient =
    found.replyCode !== null
      ? isTransient(found.replyCode)
      : enhancedParsed
        ? enhancedParsed.class === 4
          ? true
          : enhancedParsed.class === 5
            ? false
            : null
        : null

  const notes = (reply?.notes ?? []).map((note) =>
    note === 'undotted'
      ? msg(`${K}notes.undotted`, { enhanced: reply?.impliedEnhanced ?? '' })
      : msg(`${K}notes.${note}`),
  )
  if (microsoftNotFound) notes.push(msg(`${K}notes.microsoft5110`))
  const textStepTexts = new Set(textSteps.map(englishText))

  return {
    input: text,
    replyCode: found.replyCode,
    enhancedCode: found.enhancedCode,
    codeClass,
    transient,
    basis,
    source: reply?.source ?? null,
    title,
    meaning,
    causes,
    steps: [...textSteps, ...codeSteps.filter((step) => !textStepTexts.has(englishText(step)))],
    retry,
    whoActs: unique([
      ...rules.flatMap((rule) => rule.whoActs),
      ...(reply && !enhancedLeads ? reply.whoActs : enhancedWho),
    ]),
    relatedChecks: unique([
      ...(enhancedLeads ? [] : (reply?.relatedChecks ?? [])),
      ...(enhancedEntry?.relatedChecks ?? []),
      ...rules.flatMap((rule) => rule.relatedChecks),
    ]),
    remedies: unique([
      ...rules.flatMap((rule) => rule.remedies),
      ...(enhancedLeads ? enhancedRemedies : []),
      ...(reply ? reply.remedies : [...enhancedRemedies, ...classRemedies]),
    ]),
    enhanced,
    serverText,
    notes,
  }
}
