import type { CheckId, Msg } from '../protocol'
import type { RemedyId } from '../knowledge/remedies'
import {
  ENHANCED_SUBJECTS,
  enhancedRemedies as enhancedRemediesOf,
  SUBJECT_WHO_ACTS,
  enhancedCodeDef,
  enhancedDetailKey,
  parseEnhancedCode,
} from '../knowledge/enhanced-codes'
import type { RetryVerdict } from './retry-verdict'
import {
  BLOCKLIST_ADVICE,
  CLASS_TEXTS,
  RESEND_STEPS,
  GIVEN_UP_STEPS,
  PROGRAM_STEPS,
  OVH_STEPS,
  SUBJECT_STEPS,
  stepKey,
  type EntryTexts,
  type StepId,
} from '../knowledge/code-texts'
import {
  codeClassOf,
  isTransient,
  replyCodeDef,
  type CodeClass,
  type CodeSource,
  type ReplyCodeDef,
} from '../knowledge/reply-codes'
import { seedNotesUnfit, seedStepsFit } from '../knowledge/provider-identity'
import type { WhoActs } from '../knowledge/remedies'
import { fromOwnProgram, isReasonDetail, reasonDetail, type ReasonDetailId } from './reason-details'
import { classifyReason, reasonOfStatus } from './classify-reason'
import { namesCause, REASONS, type BounceReason } from './reasons'
import { readServerWords, type WordsMatch } from './server-words'

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

/** One thing the server's text says (a reason, or a finer reading of one), as i18n messages. */
export interface ServerTextExplanation {
  id: WordsMatch['id']
  evidence: string
  list?: string
  title: Msg
  meaning: Msg
}

/**
 * The finer reading of the bounce's own reason among the words read, if any: its texts say why the
 * bounce came back where the reason's would say less or the opposite (Sisimai's `rejected`, "the
 * sender address was refused", for Yahoo's words that the sending server is held back).
 */
export function readingOfReason(
  explanation: Pick<CodeExplanation, 'serverText'> | null | undefined,
  reason: BounceReason | null,
): ServerTextExplanation | null {
  if (!explanation || reason === null) return null
  return explanation.serverText.find((entry) => isReasonDetail(entry.id, reason)) ?? null
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
  basis: 'replyCode' | 'replyClass' | 'enhancedCode' | 'serverText' | 'reason'
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
  /** Remedy ids of the catalogue (shared/knowledge/remedies.ts), most specific first. */
  remedies: RemedyId[]
  enhanced: EnhancedExplanation | null
  serverText: ServerTextExplanation[]
  /** Provider facts and source notes (where guides and RFCs disagree). */
  notes: Msg[]
}

/** Who runs the person's mail, when known: decides whether OVHcloud's own steps and notes fit. */
export interface ExplainContext {
  /** The provider's company as the catalogue names it (`OVHcloud`, `Aruba`…); absent when unknown. */
  company?: string
  /** The reason the bounce reader decided for the whole bounce: the words are read as that reason. */
  reason?: BounceReason | null
  /**
   * True when the blocklist check ran and named none of the sending servers: the code's generic
   * advice to look at the blocklists is left out (the server's own words keep theirs).
   */
  notListed?: boolean
  /**
   * The bounce reader's one answer to "will sending again help?": under a delay warning no step says
   * to send again (the message is still being tried); under a final refusal none says to wait.
   */
  retry?: RetryVerdict
  /**
   * True when the words come from a notice the mail system sent back, not from a mail program's
   * window: no step asks whether the program showed them.
   */
  fromMailSystem?: boolean
}

/** Whether a mail system wrote the notice (a reporting server or a delivery report), not a mail program's window. */
export function sentByMailSystem(info: { reportingMta: string | null; hasDeliveryStatus: boolean }): boolean {
  return info.reportingMta !== null || info.hasDeliveryStatus
}

/** Replies that say the provider no longer takes the mailbox password from mail programs. */
const MODERN_SIGN_IN: readonly WordsMatch['id'][] = ['modernAuth', 'appPassword']

/** Notes about OVHcloud's own limits: left out when the provider is known to be another. */
const OVH_NOTES: readonly string[] = ['ovhLimits']

/** The codes found in a piece of text. */
export interface FoundCodes {
  replyCode: number | null
  enhancedCode: string | null
}

const MAX_INPUT = 20_000
const REPLY_AT_START = /^([1-5][0-9][0-9])(?![0-9.])/
const REPLY_THEN_ENHANCED = /(?:^|[^0-9.])([2-5][0-9][0-9])[ -]{1,3}([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/
const REPLY_AFTER_CUE =
  /(?:said:|returned|was:|reason:|error:|\berror(?= \([2-5][0-9]{2}\))|response:|<<<|\bsmtp;|\bcode)[ '"(]{0,3}([2-5][0-9][0-9])(?![0-9.])/i
const ENHANCED_ANYWHERE = /(?:^|[^0-9.])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/

/**
 * The code a sending library expected is never the server's reply ('Expected response code 250 but
 * got code "530"', Symfony's 'Expected response code "250/251/252" but got code "550"'): the text
 * without it.
 */
export function withoutExpectedCode(text: string): string {
  return text.replace(
    /\bexpected (?:response|reply|status) codes? "?[0-9]{3}(?:\/[0-9]{3})*"?(?:,? (?:or|and) "?[0-9]{3}"?)*/gi,
    '',
  )
}

/** Finds the reply code and the enhanced code in a line such as `550 5.1.1 <x@y.it>: ...`. */
export function findCodes(text: string): FoundCodes {
  const head = withoutExpectedCode(text.slice(0, MAX_INPUT)).trim()
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

/** One Msg per cause of an entry: `knowledge:<stem>.causes.0` ... (the count is data, code-texts.ts). */
function causeMsgs(stem: string, count: number): Msg[] {
  return Array.from({ length: count }, (_, index) => msg(`${K}${stem}.causes.${index}`))
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

function explainEnhanced(code: string, implied: boolean): EnhancedExplanation | null {
  const parsed = parseEnhancedCode(code)
  if (!parsed) return null
  const entry = enhancedCodeDef(parsed.subject, parsed.detail)
  const subjectPath = `enhanced.subjects.${subjectKeyOf(parsed.subject)}`
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
  // A server's own detail (Microsoft's 5.7.606) is titled by its subject; the code, shown beside,
  // and a note say it is the server's own. With no known subject, the title names the code.
  const known = subjectKeyOf(parsed.subject) !== 'unknown'
  return {
    ...base,
    registered: false,
    reference: null,
    title: known ? base.subjectTitle : msg(`${K}enhanced.unregisteredTitle`, { code }),
    meaning: msg(`${K}${subjectPath}.meaning`),
  }
}

/** The key of an enhanced-code subject's texts: `s1` ... `s7`, or `unknown`. */
function subjectKeyOf(subject: number): keyof typeof SUBJECT_STEPS {
  return (ENHANCED_SUBJECTS as readonly number[]).includes(subject)
    ? (`s${subject}` as keyof typeof SUBJECT_STEPS)
    : 'unknown'
}

/**
 * True when the words name a cause that the enhanced code says is another ("550 5.1.1 Mailbox full":
 * 5.1.1 is an unknown address; "552 5.2.0 Sender not allowed": X.2.0 is the recipient's mailbox). The
 * reading follows the words; the code's own title and meaning are then left out, with a note, so the
 * explanation does not say both. Codes any refusal may carry (X.7.0, 5.7.1 "delivery not
 * authorised") contradict nothing.
 */
function wordsContradictCode(reading: Reading): reading is Reading & { enhanced: EnhancedExplanation } {
  const { enhanced, parsed, decidedReason } = reading
  if (!enhanced?.registered || enhanced.implied || parsed === null || parsed.subject === 7) return false
  if (decidedReason === null || reading.decidedByCode) return false
  const own = reasonOfStatus(enhanced.code)
  // A code already given as 5.1.1's where the words say the address does not exist (asUnknownAddress).
  const retitled =
    decidedReason === 'userunknown' && reading.matches.some((match) => match.id === 'userunknown')
  return own !== null && namesCause(own) && own !== decidedReason && !retitled
}

/** An enhanced code explained as 5.1.1 (the address does not exist), its code kept as written. */
function asUnknownAddress(enhanced: EnhancedExplanation): EnhancedExplanation {
  const stem = enhancedDetailKey(1, 1)
  return { ...enhanced, title: msg(`${stem}.title`), meaning: msg(`${stem}.meaning`) }
}

/** What was read from the input: its codes, their table entries and what the server's text says. */
interface Reading {
  text: string
  replyCode: number | null
  /** The enhanced code as written (null when absent, even if the reply code implies one). */
  writtenEnhanced: string | null
  reply: ReplyCodeDef | undefined
  codeClass: CodeClass | null
  enhanced: EnhancedExplanation | null
  parsed: ReturnType<typeof parseEnhancedCode>
  matches: WordsMatch[]
  /** The reply says the mailbox password is no longer taken from mail programs (5.7.139, 5.7.9…). */
  modernSignIn: boolean
  /** Microsoft 365 sends 5.1.10 (null MX in the registry) for "recipient not found": trust the text. */
  microsoftNotFound: boolean
  /**
   * The reason decided for the bounce when its code does not say it ("552 5.1.1 Mailbox full", "550
   * 5.7.1 … PTR record", a provider's table): the title, causes and advice follow that reason, in
   * the server's words where they name it.
   */
  decidedReason: BounceReason | null
  /** The finer reading the enhanced code itself names for the decided reason (5.1.8: the sender's domain). */
  decidedDetail: ReasonDetailId | null
  /** The decided reason is the one the enhanced code stands for: the code's own title and meaning fit it. */
  decidedByCode: boolean
  /** Words naming a cause of their own overrule the enhanced code's cause ("Use Submission" under 5.1.8). */
  wordsOverCode: boolean
  /** A registered enhanced code of another subject than the reply code's texts are written for (550 with 5.7.1). */
  enhancedLeads: boolean
}

/** The bounce's decided reason when it names a cause and its enhanced code stands for another (or none), else null. */
function decidedOverCode(reason: BounceReason | null, enhancedCode: string | null): BounceReason | null {
  if (reason === null || !namesCause(reason) || reasonOfStatus(enhancedCode) === reason) return null
  return reason
}

/** The reason the codes alone give (a bare 535 is `securityerror`): a reason that adds nothing to the code's own texts. */
function reasonOfCodes(replyCode: number | null, enhancedCode: string | null): BounceReason {
  return classifyReason({
    enhancedCode,
    replyCode,
    diagnostic: [replyCode, enhancedCode].filter((code) => code !== null).join(' '),
    diagnosticType: null,
    action: null,
    command: null,
  })
}

/**
 * The reason decided for the card: the bounce's or the words' when it names a cause the code does not
 * stand for; else a cause detail's when the reply code's texts are not written for it.
 */
function decided(
  reason: BounceReason | null,
  enhancedCode: string | null,
  causeDetail: ReturnType<typeof causeDetailOf>,
): Pick<Reading, 'decidedReason' | 'decidedDetail' | 'decidedByCode'> {
  const overCode = decidedOverCode(reason, enhancedCode)
  if (overCode !== null || causeDetail === null)
    return { decidedReason: overCode, decidedDetail: null, decidedByCode: false }
  return { decidedReason: causeDetail.reason, decidedDetail: causeDetail.detail, decidedByCode: true }
}

/**
 * Enhanced details that name a cause of their own (a full mailbox, the sender's domain, a size, a
 * reverse name, a sender check, a sign-in). Alone, or under a reply whose texts do not cover them
 * (550's "most often the address doesn't exist" with 5.2.2; ReplyCodeDef.details says which do),
 * the detail's reading gives the advice: its reason's, or the finer reading named.
 */
const CAUSE_DETAILS: Readonly<Record<string, { detail?: ReasonDetailId; permanentOnly?: boolean }>> = {
  '1.2': {},
  '1.6': {},
  '1.7': {},
  '1.8': { detail: 'senderDomainMissing' },
  '1.10': {},
  // 4.2.1 is Sisimai's `blocked` (a server busy or refusing for now), not a disabled mailbox.
  '2.1': { permanentOnly: true },
  '2.2': {},
  '2.3': {},
  '3.4': {},
  '7.8': { detail: 'authentication' },
  '7.9': { detail: 'authMethod' },
  '7.20': { detail: 'dkim' },
  '7.21': { detail: 'dkim' },
  '7.22': { detail: 'dkim' },
  '7.23': { detail: 'spf' },
  '7.24': { detail: 'spf' },
  '7.25': {},
  '7.26': {},
  '7.27': { detail: 'senderDomainMissing' },
  '7.28': {},
}

/** The reading a cause detail gives alone or under a reply code not written for it; null otherwise. */
function causeDetailOf(
  reply: ReplyCodeDef | undefined,
  enhancedCode: string | null,
  parsed: ReturnType<typeof parseEnhancedCode>,
): { reason: BounceReason; detail: ReasonDetailId | null } | null {
  const pair = parsed ? `${parsed.subject}.${parsed.detail}` : ''
  const own = CAUSE_DETAILS[pair]
  const reason = reasonOfStatus(enhancedCode)
  if (!own || reason === null || reply?.details?.includes(pair) === true) return null
  if (own.permanentOnly === true && parsed?.class !== 5) return null
  return { reason, detail: own.detail ?? null }
}

function read(text: string, context: ExplainContext): Reading {
  const found = findCodes(text)
  const reply = found.replyCode === null ? undefined : replyCodeDef(found.replyCode)
  const impliedEnhanced = found.enhancedCode === null ? reply?.impliedEnhanced : undefined
  const enhancedCode = found.enhancedCode ?? impliedEnhanced ?? null
  const enhanced = enhancedCode === null ? null : explainEnhanced(enhancedCode, impliedEnhanced !== undefined)
  const parsed = enhancedCode === null ? null : parseEnhancedCode(enhancedCode)
  // A notice a mail system sent speaks of servers between themselves: its words are never a mail
  // program's about the person's own server ("[Errno 61] Connection refused" in a delivery report).
  const matches = readServerWords(text, {
    replyCode: found.replyCode,
    enhancedCode: found.enhancedCode,
    reason: context.reason ?? null,
  }).filter((match) => !(context.fromMailSystem === true && fromOwnProgram([match.id])))
  const modern = matches.some((match) => MODERN_SIGN_IN.includes(match.id))
  const saysUnknown = matches.some((match) => match.id === 'userunknown')
  const microsoftNotFound = saysUnknown && parsed?.subject === 1 && parsed.detail === 10
  // The words say the address does not exist and the code means something else (Microsoft's
  // 5.1.10 or 5.4.1, a 5.7.1 "User unknown"): the code's own detail is given as 5.1.1's.
  const unknownOverCode = microsoftNotFound || (saysUnknown && parsed !== null && parsed.subject > 2)
  // Words that tell what this server means by a code the registry defines otherwise (5.7.12).
  const codeOverruled = matches.some(
    (match) =>
      match.detail &&
      enhancedCode !== null &&
      reasonDetail(match.id as ReasonDetailId).overCode?.includes(enhancedCode) === true,
  )
  // Words that name a cause of their own ("Use Submission" under 5.1.8) speak over the code's detail.
  const namedDetail = matches.find(
    (match) => match.detail && reasonDetail(match.id as ReasonDetailId).namesReason === true,
  )
  const codeCause = causeDetailOf(reply, found.enhancedCode, parsed)
  const wordsOverCode =
    namedDetail !== undefined && codeCause !== null && namedDetail.reason !== codeCause.reason
  const causeDetail = codeOverruled || unknownOverCode || wordsOverCode ? null : codeCause
  return {
    text,
    replyCode: found.replyCode,
    writtenEnhanced: found.enhancedCode,
    reply,
    codeClass: found.replyCode === null ? null : codeClassOf(found.replyCode),
    enhanced: codeOverruled ? null : unknownOverCode && enhanced ? asUnknownAddress(enhanced) : enhanced,
    parsed,
    matches,
    modernSignIn: modern,
    microsoftNotFound,
    wordsOverCode,
    // A line explained alone has the reason its own words carry.
    ...decided(
      (wordsOverCode ? namedDetail?.reason : undefined) ??
        (context.reason === reasonOfCodes(found.replyCode, null) ? null : context.reason) ??
        matches.find((match) => !match.detail)?.reason ??
        namedDetail?.reason ??
        null,
      enhancedCode,
      causeDetail,
    ),
    // An unregistered detail of a known subject (Microsoft's 5.7.606) still tells the subject.
    enhancedLeads:
      reply?.subjects !== undefined &&
      parsed !== null &&
      (ENHANCED_SUBJECTS as readonly number[]).includes(parsed.subject) &&
      !reply.subjects.includes(parsed.subject),
  }
}

/** The main texts of an explanation: title, meaning, causes, the code's own steps and retry advice. */
type MainTexts = Pick<CodeExplanation, 'basis' | 'title' | 'meaning' | 'causes' | 'retry'> & {
  steps: readonly StepId[]
}

/** The main texts from the reply code's entry, or its class's, unless a registered enhanced code leads. */
function replyTexts(reading: Reading, stem: string, entry: EntryTexts): MainTexts {
  const { enhanced, parsed, enhancedLeads } = reading
  const enhancedTitle = enhanced?.registered === true && parsed?.detail !== 0 && !reading.microsoftNotFound
  const own = {
    basis: reading.reply ? ('replyCode' as const) : ('replyClass' as const),
    title: enhancedTitle && enhanced ? enhanced.title : msg(`${K}${stem}.title`),
  }
  if (enhancedLeads && enhanced && parsed)
    return { ...enhancedTexts(enhanced, parsed.subject, parsed.class), basis: own.basis }
  return {
    ...own,
    // The title and its meaning come from one code: a registered enhanced code's pair, else the reply's.
    meaning: enhancedTitle && enhanced ? enhanced.meaning : msg(`${K}${stem}.meaning`),
    causes: causeMsgs(stem, entry.causes),
    steps: entry.steps,
    retry: msg(`${K}${stem}.retry`),
  }
}

/** The main texts from an enhanced code alone: its own title and meaning, its subject's advice. */
function enhancedTexts(enhanced: EnhancedExplanation, subject: number, codeClass: number): MainTexts {
  const subjectKey = subjectKeyOf(subject)
  return {
    basis: 'enhancedCode',
    title: enhanced.title,
    meaning: enhanced.meaning,
    // An unregistered detail's meaning is already its subject's: not said twice.
    causes: enhanced.registered ? [msg(`${K}enhanced.subjects.${subjectKey}.meaning`)] : [],
    steps: SUBJECT_STEPS[subjectKey],
    retry: msg(`${K}enhanced.classes.c${codeClass}.retry`),
  }
}

/** The main texts from the server's text alone, when there is no code at all. */
function serverTextTexts(serverText: readonly ServerTextExplanation[]): MainTexts {
  const first = serverText[0]
  const unknown = msg(`${K}retryUnknown`)
  return {
    basis: 'serverText',
    title: first?.title ?? unknown,
    meaning: first?.meaning ?? unknown,
    causes: serverText.map((entry) => entry.meaning),
    steps: [],
    retry: unknown,
  }
}

/**
 * The main texts of a modern sign-in reply: what the reply says, never the login failure's
 * generic causes (wrong password, an account blocked for spam) that its code also covers.
 */
function modernSignInTexts(reading: Reading, serverText: readonly ServerTextExplanation[]): MainTexts {
  const own = serverText.filter((entry) => MODERN_SIGN_IN.includes(entry.id))
  return {
    ...serverTextTexts(own),
    basis: reading.replyCode !== null ? 'replyCode' : 'serverText',
    retry: msg(`${K}retryModernSignIn`),
  }
}

function mainTexts(reading: Reading, serverText: readonly ServerTextExplanation[]): MainTexts {
  const texts = codeTexts(reading, serverText)
  const reason = reading.decidedReason
  if (reason === null) return texts
  const words = serverText.find((_, index) => reading.matches[index]?.reason === reason)
  const { enhanced } = reading
  const { title, meaning } = words ??
    (reading.decidedByCode && enhanced ? enhanced : undefined) ?? {
      title: msg(`bounce:reasons.${reason}.title`),
      meaning: msg(`bounce:reasons.${reason}.meaning`),
    }
  const basis = words
    ? ('serverText' as const)
    : reading.decidedByCode
      ? ('enhancedCode' as const)
      : ('reason' as const)
  // A cause that passes on its own (a full mailbox) is worth a later try even under a 5xx code.
  const retryClass = REASONS[reason].passes === 'always' ? 4 : reading.parsed?.class
  const retry =
    (reading.decidedByCode || reading.wordsOverCode) && retryClass
      ? msg(`${K}enhanced.classes.c${retryClass}.retry`)
      : texts.retry
  return { ...texts, basis, title, meaning, causes: [], steps: decidedAdvice(reading, reason).steps, retry }
}

/** The advice of the decided reason: the finer reading the code names, else the reason's record. */
function decidedAdvice(reading: Reading, reason: BounceReason): ReturnType<typeof adviceOf> {
  const detail = reading.decidedDetail
  return adviceOf({ id: detail ?? reason, reason, detail: detail !== null, evidence: '' })
}

/** The main texts the codes give (the words' own, for a modern sign-in reply or no code at all). */
function codeTexts(reading: Reading, serverText: readonly ServerTextExplanation[]): MainTexts {
  const { reply, codeClass, enhanced, parsed } = reading
  if (reading.modernSignIn) return modernSignInTexts(reading, serverText)
  if (reply) return replyTexts(reading, `codes.c${reply.code}`, reply)
  if (codeClass) return replyTexts(reading, `classes.${codeClass}`, CLASS_TEXTS[codeClass])
  if (enhanced && parsed) return enhancedTexts(enhanced, parsed.subject, parsed.class)
  return serverTextTexts(serverText)
}

/** The texts of a match: a finer reading's own, a reason's from the bounce namespace. */
function serverTextExplanation(match: WordsMatch): ServerTextExplanation {
  const stem = match.detail ? `${K}details.${match.id}` : `bounce:reasons.${match.id}`
  return {
    id: match.id,
    evidence: match.evidence,
    ...(match.list ? { list: match.list } : {}),
    title: match.list !== undefined ? msg(`${K}listedOn`, { list: match.list }) : msg(`${stem}.title`),
    meaning: msg(`${stem}.meaning`),
  }
}

/** What a match asks for: a finer reading's own advice, else its reason's record. */
function adviceOf(match: WordsMatch): {
  whoActs: readonly WhoActs[]
  relatedChecks: readonly CheckId[]
  remedies: readonly RemedyId[]
  steps: readonly StepId[]
} {
  if (match.detail) return reasonDetail(match.id as ReasonDetailId)
  const record = REASONS[match.reason]
  return { ...record, whoActs: [record.whoActs] }
}

/** True for 4xx, false for 5xx; from the enhanced code's class when there is no reply code. */
function transientOf(reading: Reading): boolean | null {
  if (reading.replyCode !== null) return isTransient(reading.replyCode)
  if (reading.parsed?.class === 4) return true
  if (reading.parsed?.class === 5) return false
  return null
}

function notesOf(reading: Reading, context: ExplainContext): Msg[] {
  const { reply } = reading
  const unfit = seedNotesUnfit(context.company)
  const fitting = (reply?.notes ?? []).filter((note) => !(unfit && OVH_NOTES.includes(note)))
  const notes = fitting.map((note) =>
    note === 'undotted'
      ? msg(`${K}notes.undotted`, { enhanced: reply?.impliedEnhanced ?? '' })
      : msg(`${K}notes.${note}`),
  )
  if (reading.microsoftNotFound) notes.push(msg(`${K}notes.microsoft5110`))
  const { enhanced } = reading
  if (enhanced && !enhanced.registered && !enhanced.implied)
    notes.push(msg(`${K}notes.unregistered`, { code: enhanced.code }))
  if (wordsContradictCode(reading))
    notes.push(msg(`${K}notes.wordsOverCode`, { code: reading.enhanced.code }))
  return notes
}

/** Who acts, the checks to run and the remedies: the server's text first, then the codes. */
function advice(reading: Reading): Pick<CodeExplanation, 'whoActs' | 'relatedChecks' | 'remedies'> {
  const { reply, parsed, enhancedLeads, decidedReason } = reading
  const rules = reading.matches.map(adviceOf)
  if (decidedReason !== null && !reading.matches.some((match) => match.reason === decidedReason))
    rules.push(decidedAdvice(reading, decidedReason))
  const enhancedEntry = parsed ? enhancedCodeDef(parsed.subject, parsed.detail) : undefined
  const enhancedWho = parsed ? (SUBJECT_WHO_ACTS[parsed.subject] ?? []) : []
  const enhancedRemedies = parsed ? enhancedRemediesOf(parsed.subject, parsed.detail) : []
  const classRemedies: RemedyId[] = reading.codeClass === 'transient' ? ['retry-later'] : []
  if (reading.modernSignIn || decidedReason !== null)
    return {
      whoActs: unique(rules.flatMap((rule) => rule.whoActs)),
      relatedChecks: unique(rules.flatMap((rule) => rule.relatedChecks)),
      remedies: unique(rules.flatMap((rule) => rule.remedies)),
    }
  return {
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
  }
}

/**
 * The steps the card shows: the words' own, else the code's without those that only send the person
 * to the blocklists once none listed them (never none left); none that says to send again while the
 * message is still being tried; none that says to wait once the reply was final; none about the
 * mail program under a notice the mail system sent; OVHcloud's control-panel steps only for OVHcloud.
 */
function fittingSteps(
  wordsSteps: readonly StepId[],
  codeSteps: readonly StepId[],
  context: ExplainContext,
): Msg[] {
  const unlisted = context.notListed ? codeSteps.filter((id) => !BLOCKLIST_ADVICE.steps.has(id)) : codeSteps
  const chosen = wordsSteps.length > 0 ? wordsSteps : unlisted.length > 0 ? unlisted : codeSteps
  const kept = chosen
    .filter((id) => !(context.retry === 'warning' && RESEND_STEPS.has(id)))
    .filter((id, _, all) => !(context.fromMailSystem && PROGRAM_STEPS.has(id) && all.length > 1))
    .flatMap((id) => (context.retry === 'permanent' ? (GIVEN_UP_STEPS[id] ?? [id]) : [id]))
  return unique(kept.map((id) => fittingStep(id, context))).map((id) => msg(stepKey(id)))
}

/**
 * The code's likely causes, unless words name the cause ("full or too big" under "inactive"); without
 * the listing once the blocklist check found none.
 */
function fittingCauses(reading: Reading, causes: readonly Msg[], context: ExplainContext): Msg[] {
  if (reading.matches.some((match) => namesCause(match.reason))) return []
  return causes.filter((cause) => !(context.notListed && BLOCKLIST_ADVICE.causes.has(cause.key)))
}

/** A step for the provider: OVHcloud's control-panel steps only when the provider is OVHcloud. */
function fittingStep(id: StepId, context: ExplainContext): StepId {
  return seedStepsFit(context.company) ? id : (OVH_STEPS[id] ?? id)
}

/**
 * Explains what a person brings: a reply code (`550`), an enhanced code (`5.7.1`), a line
 * (`550 5.7.1 <x@y.it>: Recipient address rejected`) or server text alone. A code missing from
 * the tables is explained from its class. Returns null when the input holds none of these.
 * With the provider's company in `context`, steps and notes fit it (OVHcloud's only for OVHcloud).
 */
export function explainCode(input: string, context: ExplainContext = {}): CodeExplanation | null {
  const text = input.slice(0, MAX_INPUT).trim()
  if (text === '') return null
  const reading = read(text, context)
  if (reading.replyCode === null && reading.enhanced === null && reading.matches.length === 0) return null
  const serverText = reading.matches.map(serverTextExplanation)
  const main = mainTexts(reading, serverText)
  const textSteps = reading.matches.flatMap((match) => adviceOf(match).steps)
  return {
    input: text,
    replyCode: reading.replyCode,
    enhancedCode: reading.writtenEnhanced,
    codeClass: reading.codeClass,
    transient: transientOf(reading),
    basis: main.basis,
    source: reading.reply?.source ?? null,
    title: main.title,
    meaning: main.meaning,
    causes: fittingCauses(reading, main.causes, context),
    // The server's own words name the cause more precisely than the code: their steps replace the
    // code's generic ones, which would otherwise say the same in other words.
    steps: fittingSteps(textSteps, main.steps, context),
    retry: main.retry,
    ...advice(reading),
    enhanced: wordsContradictCode(reading) ? null : reading.enhanced,
    serverText,
    notes: notesOf(reading, context),
  }
}
