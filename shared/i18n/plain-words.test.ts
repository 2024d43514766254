import { describe, expect, it } from 'vitest'
import { DECISION_TREE } from '../tree/decision-tree'
import { resources } from './index'

/**
 * Plain words on the person's screens (../shared/GLOSSARY.md, issue 23). The goals are measured on
 * the texts a worried, non-technical person reads; the figures are printed so they can be quoted.
 *
 * Exempt, because only staff read them (they may be technical): the `cli` and `report` namespaces
 * (the report, its evidence, the history, the call view, the shortcuts), `common.cli`,
 * `common.settings` (the support staff's DNS setting), `headers.cli` and `knowledge.cli` but for the
 * four labels the code-explanation card shows. The `knowledge` namespace (reply codes, enhanced
 * codes, recognisers) and `mail-programs` are covered; knowledge's own figures are also printed.
 */
type Lang = 'it' | 'en'
type Text = { path: string; text: string }

const PERSON_NAMESPACES = [
  'common',
  'input',
  'dns',
  'probe',
  'tree',
  'remedy',
  'bounce',
  'discovery',
  'headers',
  'knowledge',
  'mail-programs',
]
const STAFF_PATHS =
  /^(common\.cli|common\.settings|headers\.cli)\.|^knowledge\.cli\.(?!labels\.(causes|steps|whoActs|retry)$)/
/** Texts that show what a server or program literally writes, as an example to recognise. */
const VERBATIM = /\.placeholder$/

function textsOf(node: unknown, path = ''): Text[] {
  if (typeof node === 'string') return [{ path, text: node }]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, child]) => textsOf(child, path ? `${path}.${key}` : key))
}

function personTexts(lang: Lang, namespaces = PERSON_NAMESPACES): Text[] {
  return namespaces
    .flatMap((ns) => textsOf((resources[lang] as Record<string, unknown>)[ns], ns))
    .filter(({ path }) => !STAFF_PATHS.test(path) && !VERBATIM.test(path))
}

const QUOTED = { it: /«([^»]*)»/g, en: /“([^”]*)”/g }

/** The prose of a text: placeholders become one word, quotes (labels, a server's words) are dropped. */
function prose(text: string, lang: Lang): string {
  return text
    .replace(QUOTED[lang], ' etichetta ')
    .replace(/“[^”]*”|"[^"]*"|<[^>]*>/g, ' valore ')
    .replace(/\{\{[^}]*\}\}/g, ' dominio ')
    .replace(/`[^`]*`/g, ' codice ')
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' indirizzo ')
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? []

/** Sentences end at . ! ? followed by a space or the end (not inside numbers like 1.2). */
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}«“{(0-9])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0)

/** Gulpease index: 89 + (300 × sentences − 10 × letters) / words. */
function gulpease(text: string): number {
  const clean = prose(text, 'it')
  const words = wordsOf(clean)
  const letters = words.join('').replace(/[’']/g, '').length
  return 89 + (300 * Math.max(1, sentencesOf(clean).length) - 10 * letters) / words.length
}

/** The glossary's "not" column, and stiff English (GLOSSARY.md, Voice). */
const REFUSED: Record<Lang, readonly [RegExp, string][]> = {
  it: [
    [/\bprovider\b/i, 'fornitore'],
    [/\bblocklist/i, 'blacklist'],
    [/\blist[ae] di blocco\b/i, 'blacklist'],
    [/\bbounce\b/i, 'messaggio tornato indietro'],
    [/\b(questo|il|nel|al|un) rapporto\b(?! DMARC)/i, 'riepilogo'],
    [/\bripeti (le|la) verific|\bricontroll|\bavvia di nuovo|\bripeti il controllo/i, '«Verifica di nuovo»'],
    [/\b(un|il|del|nel) guasto\b|\bdisservizi/i, 'incidente o manutenzione'],
    [/\brimand/i, 'invia di nuovo'],
    [/\bserver di invio\b/i, 'server della posta in uscita (SMTP)'],
    [/\bautenticazione\b/i, 'accesso'],
    [/\bsi diffond|\barriva a tutti\b/i, 'si propaghi'],
    [/\bChi può rimediare\b|\bChi interviene\b/i, 'Chi deve intervenire'],
    [/\bvoi\b|\bvostr[aoie]\b/i, 'tu'],
    [/\bNulla lascia\b|\bFai aprire\b|\bGiro a vuoto\b/i, 'word-for-word copy of English'],
  ],
  en: [
    [/\bbounce[sd]?\b/i, 'returned message'],
    [/\bblacklist/i, 'blocklist'],
    [/\bre-?run the checks|\brun the checks again|(?<!^)\bcheck again\b(?!”)/i, '“Check again”'],
    [/\bWho can fix\b/i, 'Who needs to act'],
    [
      /\b(do|does|did|is|are|was|were|has|have|had|will|would|could|should) not\b|\bcannot\b/i,
      'a contraction',
    ],
  ],
}

/** English words an Italian reader stumbles on (the loanwords the glossary accepts are not listed). */
const ENGLISH_IN_ITALIAN =
  /\b(provider|blocklist|bounce|include|autodiscover|greylisting|resolver|relay|forward|forwarding|selector|mailbox|inbox|default|setup|login|logout|feedback|report|policy|timeout|delivery|sender|warning|alias|token|ticket|wildcard|lookup|hostname|username)\b/i
/** An English word is explained when it stands in brackets after the plain phrase: "(greylisting)". */
const explainedEnglish = (text: string, word: string): boolean =>
  [...text.matchAll(/\(([^()]*)\)/g)].some((match) =>
    (match[1] ?? '').toLowerCase().includes(word.toLowerCase()),
  )

const ACRONYM =
  /\b(SPF|DKIM|DMARC|MX|TTL|TLS|SSL|STARTTLS|SMTP|IMAP|POP3?|DNS|DNSBL|PTR|SRV|MTA-STS|CNAME|TXT|RDAP|IPv4|IPv6|IP|ARC|BIMI|EHLO|HELO|ISPDB|RBL)\b/
/**
 * A text leans on an acronym when the acronym stands on its own: not inside a quoted label, not in
 * brackets after the plain phrase ("dove arriva la posta (record MX)"), not as a placeholder.
 */
function leansOnAcronym(text: string, lang: Lang): boolean {
  return ACRONYM.test(
    text
      .replace(QUOTED[lang], ' ')
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/\bMX (Plan|Logic)\b/g, ' ')
      .replace(/\([^()]*\)/g, ' '),
  )
}

const isRemedyStep = (path: string): boolean => /^remedy\.[^.]+\.steps\.\d+$/.test(path)
const isQuestion = (path: string): boolean =>
  /^tree\.nodes\.[^.]+\.(title|lead|label|answers\..*)$/.test(path)
/** Remedy texts: the remedy cards, and the steps of the code-explanation card (`knowledge.steps`). */
const isRemedyOrQuestion = (path: string): boolean =>
  path.startsWith('remedy.') || path.startsWith('knowledge.steps.') || isQuestion(path)

/** Texts the app shows as a button, a menu, a field or a screen title: what a step may quote. */
const LABEL_PATH =
  /^(common\.(action|menu|language|findings|status)\.|common\.settings\.(open|custom)$|report\.staff\.menu$|tree\.target\.correct$|tree\.nodes\.[^.]+\.(title|answers\.[^.]+\.label|[a-zA-Z]*(Question|Label|Button|button|label))$|tree\.[a-zA-Z]+\.[a-zA-Z]*(Question|Label|Button|button|label|Yes|No|yes|no|title|Title)$|headers\.screen\.|discovery\.(card|compare)\.|input\.domain\.)/

/** Where the outside programs' labels were checked (issue 23); "unverified" says no source was found. */
const SOURCE = {
  msHeadersIt: 'support.microsoft.com/it-it/office/cd039382-dc6e-4264-ac74-c048563d212c',
  msHeadersEn: 'support.microsoft.com/en-us/office/cd039382-dc6e-4264-ac74-c048563d212c',
  ovhHeaders: 'ovh/docs, «Recuperare l’header e il file .eml di un’e-mail» (it-it, 2026-03-06)',
  thunderbirdIt: 'thunderbird/thunderbird-l10n@5d7cde6 it/mail/chrome/messenger/messenger.dtd',
  thunderbirdEn: 'thunderbird/thunderbird-l10n@5d7cde6 en-GB/mail/chrome/messenger/messenger.dtd',
  gmailIt: 'support.google.com/mail/answer/8151?hl=it («In alto, fai clic su Non spam»)',
  gmailEn: 'support.google.com/mail/answer/8151 (“At the top, click Not spam”)',
  msJunkIt:
    'support.microsoft.com/it-it/office/5ae3ea8e-cf41-4fa0-b02a-3b96e21de089; Microsoft 365 docs it-it («non indesiderato»)',
  msJunkEn:
    'support.microsoft.com/en-us/office/5ae3ea8e-cf41-4fa0-b02a-3b96e21de089 (Home › Junk › Not Junk)',
  msRulesIt: 'support.microsoft.com/it-it/office/c24f5dea-9465-4df4-ad17-a50704d66c59',
  msRulesEn: 'support.microsoft.com/en-us/office/c24f5dea-9465-4df4-ad17-a50704d66c59',
  msSignIn: 'the banner of Microsoft’s own sign-in page («Accedi con Microsoft» / “Sign in with Microsoft”)',
  ms365Smtp:
    'Microsoft 365 docs it-it («SMTP autenticato»), learn.microsoft.com authenticated-client-smtp-submission',
  outlook2007En: 'Outlook 2007 Bible, Internet E-mail Settings › Outgoing Server tab',
  glossary: 'GLOSSARY.md',
  unverified: 'unverified: no Italian source found in the stored pages (issue 23 report)',
} as const

/**
 * Labels of other programs quoted in the steps, with where they come from. A step may quote them
 * because the person sees them in that program.
 */
const OUTSIDE_LABELS: Record<Lang, Record<string, string>> = {
  it: {
    'Il server della posta in uscita (SMTP) richiede l’autenticazione': `Outlook, Altre impostazioni › Server della posta in uscita; ${SOURCE.glossary}; ${SOURCE.unverified}`,
    'Accedi con Microsoft': `pagina di accesso di Microsoft; ${SOURCE.msSignIn}`,
    'Accedi con Google': `pagina di accesso di Google; ${SOURCE.unverified}`,
    'SMTP autenticato': `interfaccia di amministrazione di Microsoft 365, Utenti › Posta › Gestisci app di posta elettronica; ${SOURCE.ms365Smtp}`,
    'Posta in uscita': `la cartella dei messaggi in attesa di invio; ${SOURCE.glossary}`,
    'Posta in arrivo': `la cartella dei messaggi ricevuti; ${SOURCE.msJunkIt}; ${SOURCE.thunderbirdIt}`,
    'Non spam': `Gmail, pulsante sopra un messaggio nella cartella Spam; ${SOURCE.gmailIt}`,
    'Non indesiderato': `Outlook, menu Posta indesiderata di un messaggio; ${SOURCE.msJunkIt}`,
    'Mostra originale': `Gmail, menu ⋮ di un messaggio; ${SOURCE.ovhHeaders}`,
    'Intestazioni Internet': `Outlook, File › Proprietà di un messaggio; ${SOURCE.msHeadersIt}`,
    'Visualizza dettagli messaggio': `Outlook sul web e nuovo Outlook, menu … › Vista; ${SOURCE.ovhHeaders}`,
    'Sorgente del messaggio': `Thunderbird, menu Visualizza (pageSourceCmd.label); ${SOURCE.thunderbirdIt}`,
    'Tutte le intestazioni': `Apple Mail, Vista › Messaggio (scorciatoia Maiusc+Cmd+H: ${SOURCE.ovhHeaders}); ${SOURCE.unverified}`,
    '…': 'Spazio Cliente OVHcloud, il pulsante in fondo alla riga di un indirizzo email',
    Spam: `Gmail, la cartella dei messaggi presi per spam; ${SOURCE.gmailIt}`,
    'Posta indesiderata': `Outlook, la cartella e il menu Home › Posta indesiderata; ${SOURCE.msJunkIt}`,
    Regole: `Outlook, menu Home › Regole; ${SOURCE.msRulesIt}`,
    'Gestisci regole e avvisi': `Outlook, Home › Regole › Gestisci regole e avvisi; ${SOURCE.msRulesIt}`,
    Strumenti: `Thunderbird, menu Strumenti (tasksMenu.label); ${SOURCE.thunderbirdIt}`,
    'Filtri messaggi': `Thunderbird, Strumenti › Filtri messaggi (filtersCmd2.label); ${SOURCE.thunderbirdIt}`,
  },
  en: {
    'My outgoing server (SMTP) requires authentication': `Outlook, More Settings › Outgoing Server; ${SOURCE.outlook2007En}`,
    'Sign in with Microsoft': `Microsoft’s sign-in page; ${SOURCE.msSignIn}`,
    'Sign in with Google': `Google’s sign-in page; ${SOURCE.unverified}`,
    'Authenticated SMTP': `Microsoft 365 admin center, Users › Mail › Manage email apps; ${SOURCE.ms365Smtp}`,
    Outbox: `the folder of messages waiting to be sent; ${SOURCE.glossary}`,
    'Not spam': `Gmail, button above a message in the Spam folder; ${SOURCE.gmailEn}`,
    'Not Junk': `Outlook, Home › Junk › Not Junk; ${SOURCE.msJunkEn}`,
    'Show original': `Gmail, the ⋮ menu of a message; ${SOURCE.ovhHeaders}`,
    'Internet headers': `Outlook, File › Properties of a message; ${SOURCE.msHeadersEn}`,
    'View message details': `Outlook on the web, … › View menu of a message; ${SOURCE.msHeadersEn}`,
    'Message Source': `Thunderbird, View menu (pageSourceCmd.label); ${SOURCE.thunderbirdEn}`,
    'All Headers': 'Apple Mail, View › Message › All Headers (Shift+Cmd+H); third-party guides only',
    Spam: `Gmail, the folder of messages taken for spam; ${SOURCE.gmailEn}`,
    'Junk Email': `Outlook, the folder of messages taken for spam; ${SOURCE.msJunkEn}`,
    Junk: `Outlook, Home › Junk menu; ${SOURCE.msJunkEn}`,
    Rules: `Outlook, Home › Rules menu; ${SOURCE.msRulesEn}`,
    'Manage Rules & Alerts': `Outlook, Home › Rules › Manage Rules & Alerts; ${SOURCE.msRulesEn}`,
    Tools: `Thunderbird, Tools menu (tasksMenu.label); ${SOURCE.thunderbirdEn}`,
    'Message Filters': `Thunderbird, Tools › Message Filters (filtersCmd2.label); ${SOURCE.thunderbirdEn}`,
  },
}

/** A quoted value the person types or finds in a DNS panel or a header (v=spf1, include:, ~all), not a label. */
const isTypedValue = (quoted: string): boolean => /=|:$|^[~-]all$/.test(quoted)

function appLabels(lang: Lang): Set<string> {
  return new Set(
    textsOf(resources[lang])
      .filter(({ path }) => LABEL_PATH.test(path))
      .map(({ text }) => text),
  )
}

function quotedLabels(text: string, lang: Lang): string[] {
  return [...text.matchAll(QUOTED[lang])]
    .map((match) => match[1] ?? '')
    .filter((label) => !label.includes('{{') && !isTypedValue(label))
}

function measure(lang: Lang, namespaces = PERSON_NAMESPACES) {
  const texts = personTexts(lang, namespaces)
  const refused = texts.flatMap(({ path, text }) =>
    REFUSED[lang]
      .filter(([pattern]) => pattern.test(prose(text, lang)))
      .map(([, use]) => `${path}: use ${use}`),
  )
  const labels = appLabels(lang)
  const unknownLabels = texts.flatMap(({ path, text }) =>
    quotedLabels(text, lang)
      .filter((label) => !labels.has(label) && !(label in OUTSIDE_LABELS[lang]))
      .map((label) => `${path}: ${label}`),
  )
  const acronymTexts = texts.filter(({ text }) => leansOnAcronym(text, lang))
  const acronymWhereNotAllowed = acronymTexts
    .filter(({ path }) => isQuestion(path) || /^remedy\.[^.]+\.(title|steps\.0)$/.test(path))
    .map(({ path }) => path)
  return { texts, refused, unknownLabels, acronymTexts, acronymWhereNotAllowed }
}

function measureItalian(namespaces = PERSON_NAMESPACES) {
  const texts = personTexts('it', namespaces)
  const longSentences = texts.flatMap(({ path, text }) =>
    sentencesOf(prose(text, 'it'))
      .filter((sentence) => wordsOf(sentence).length > 25)
      .map((sentence) => `${path} (${wordsOf(sentence).length}): ${sentence}`),
  )
  const scored = texts
    .filter(({ path, text }) => isRemedyOrQuestion(path) && wordsOf(prose(text, 'it')).length >= 10)
    .map(({ path, text }) => ({ path, score: gulpease(text) }))
  const mean = scored.reduce((sum, { score }) => sum + score, 0) / scored.length
  const hard = scored.filter(({ score }) => score < 60)
  const english = texts.flatMap(({ path, text }) => {
    const found = prose(text, 'it').match(new RegExp(ENGLISH_IN_ITALIAN.source, 'gi')) ?? []
    return found.map((word) => ({ path, word, explained: explainedEnglish(text, word) }))
  })
  return { longSentences, scored, mean, hard, english }
}

/** Italian sentences over 25 words that stay, with why (goal: at most 5). */
const LONG_SENTENCES_KEPT: readonly string[] = []

const report = (lang: Lang, namespaces?: string[]) => {
  const all = measure(lang, namespaces)
  const figures: Record<string, number | string> = {
    texts: all.texts.length,
    refusedWords: all.refused.length,
    unknownQuotedLabels: all.unknownLabels.length,
    acronymLeaningTexts: all.acronymTexts.length,
    acronymInQuestionTitleFirstStep: all.acronymWhereNotAllowed.length,
  }
  if (lang === 'it') {
    const italian = measureItalian(namespaces)
    Object.assign(figures, {
      sentencesOver25Words: italian.longSentences.length,
      gulpeaseTexts: italian.scored.length,
      gulpeaseMean: italian.mean.toFixed(1),
      gulpeaseUnder60: italian.hard.length,
      englishWordsInItalian: italian.english.length,
    })
  }
  return figures
}

describe('plain words on the person’s screens (GLOSSARY.md)', () => {
  it('prints the measured figures', () => {
    for (const lang of ['it', 'en'] as const) {
      console.log(`plain words ${lang}:`, JSON.stringify(report(lang)))
      console.log(`plain words ${lang}, knowledge (issue 21):`, JSON.stringify(report(lang, ['knowledge'])))
    }
    if (process.env.PLAIN_WORDS_DETAIL) {
      const italian = measureItalian()
      console.log(italian.longSentences.join('\n'))
      console.log(italian.hard.map(({ path, score }) => `${score.toFixed(0)} ${path}`).join('\n'))
      console.log(
        italian.english.map(({ path, word, explained }) => `${path}: ${word} ${explained}`).join('\n'),
      )
      for (const lang of ['it', 'en'] as const) {
        const all = measure(lang)
        console.log([...all.refused, ...all.unknownLabels, ...all.acronymWhereNotAllowed].join('\n'))
        console.log(all.acronymTexts.map(({ path }) => `acronym ${lang} ${path}`).join('\n'))
      }
    }
  })

  for (const lang of ['it', 'en'] as const) {
    it(`${lang}: uses none of the glossary's refused words`, () => {
      expect(measure(lang).refused).toEqual([])
    })

    it(`${lang}: quotes only labels the app or a named program shows`, () => {
      expect(measure(lang).unknownLabels).toEqual([])
    })

    it(`${lang}: lists only outside labels a text quotes`, () => {
      const quoted = new Set(personTexts(lang).flatMap(({ text }) => quotedLabels(text, lang)))
      expect(Object.keys(OUTSIDE_LABELS[lang]).filter((label) => !quoted.has(label))).toEqual([])
    })

    it(`${lang}: leans on an acronym in at most 150 texts, never in a question, remedy title or first step`, () => {
      const { acronymTexts, acronymWhereNotAllowed } = measure(lang)
      expect(acronymWhereNotAllowed).toEqual([])
      expect(acronymTexts.length).toBeLessThanOrEqual(150)
    })
  }

  it('it: has no sentence over 25 words, but for the few listed', () => {
    const { longSentences } = measureItalian()
    expect(
      longSentences.filter((line) => !LONG_SENTENCES_KEPT.some((kept) => line.startsWith(kept))),
    ).toEqual([])
    expect(LONG_SENTENCES_KEPT.length).toBeLessThanOrEqual(5)
  })

  it('it: reads easily (Gulpease mean ≥ 70 on remedy and question texts of ten words or more, ≤ 30 under 60)', () => {
    const { mean, hard } = measureItalian()
    expect(mean).toBeGreaterThanOrEqual(70)
    expect(hard.map(({ path, score }) => `${path}: ${score.toFixed(0)}`).length).toBeLessThanOrEqual(30)
  })

  it('it: no step of the code-explanation card reads under Gulpease 60', () => {
    const { hard } = measureItalian(['knowledge'])
    expect(hard.map(({ path, score }) => `${path}: ${score.toFixed(0)}`)).toEqual([])
  })

  it('it: leaves at most 5 English words in Italian texts, each explained', () => {
    const { english } = measureItalian()
    expect(english.length).toBeLessThanOrEqual(5)
    expect(english.filter(({ explained }) => !explained)).toEqual([])
  })

  it('names the re-run button by its label in both languages, wherever it stands', () => {
    for (const [lang, label] of [
      ['it', 'Verifica di nuovo'],
      ['en', 'Check again'],
    ] as const) {
      expect(resources[lang].common.findings.runAgain).toBe(label)
      expect(resources[lang].tree.recheck.button).toBe(label)
      expect(resources[lang].report.history.runAgain).toBe(label)
    }
  })

  it('staff texts, though exempt from plain words, quote only labels the app shows', () => {
    for (const lang of ['it', 'en'] as const) {
      const labels = appLabels(lang)
      const staffLabels = new Set(textsOf(resources[lang].report).map(({ text }) => text))
      const unknown = textsOf(resources[lang].report, 'report').flatMap(({ path, text }) =>
        quotedLabels(text, lang)
          .filter((label) => !labels.has(label) && !staffLabels.has(label))
          .map((label) => `${path}: ${label}`),
      )
      expect(unknown, lang).toEqual([])
    }
  })

  it('sends to the re-run button only from the screens that show it', () => {
    const withButton = new Set<string>(
      Object.values(DECISION_TREE.nodes).flatMap((node) =>
        node.kind === 'remedy' && node.recheck ? [node.id] : [],
      ),
    )
    for (const lang of ['it', 'en'] as const) {
      const label = resources[lang].tree.recheck.button
      const pointing = personTexts(lang, ['remedy'])
        .filter(({ text }) => quotedLabels(text, lang).includes(label))
        .map(({ path }) => path.split('.')[1] ?? '')
      expect(
        pointing.filter((id) => !withButton.has(id)),
        lang,
      ).toEqual([])
      expect(pointing.length, lang).toBeGreaterThan(0)
    }
  })

  it('splits no sentence over two remedy steps: each step starts a sentence and ends one', () => {
    for (const lang of ['it', 'en'] as const) {
      const broken = personTexts(lang, ['remedy'])
        .filter(({ path }) => isRemedyStep(path))
        .filter(({ text }) => !/^[\p{Lu}«“{0-9]/u.test(text) || !/([.!?»”)]|\}\}|=\S*)$/.test(text.trim()))
        .map(({ path, text }) => `${path}: ${text}`)
      expect(broken, lang).toEqual([])
    }
  })
})
