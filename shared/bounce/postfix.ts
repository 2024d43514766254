import type { LayoutFields, LayoutParser } from './types'
import { cleanToken, joinWrapped } from './text-scan'

/** Postfix's bounce template names "the mail system" or "the <name> program"; operators rename the program. */
const REPORTER =
  /^This is the (?:mail system|(?!qmail)[A-Za-z][A-Za-z0-9-]{0,40} program) at host ([A-Za-z0-9.-]{1,253})/i
/** The template's opening, whatever the program's name (bounce_template.c, older and newer wording). */
const TEMPLATE =
  /this is the (?:mail system|(?!qmail)[a-z][a-z0-9-]{0,40} program) at host [a-z0-9.-]{1,253}\.\s+i'm sorry to have to inform you that (?:the|your) message/
const RECIPIENT_LINE = /^<([^<>\s]{1,320})>(?: \(expanded from <[^<>\s]{1,320}>\))?: (.{1,2000})$/
const HOST_SAID = /\bhost ([A-Za-z0-9.-]{1,253})\[([0-9A-Fa-f.:]{2,45})\] said: (.{1,2000})$/
const CONNECT_TO = /\bconnect to ([A-Za-z0-9.-]{1,253})\[([0-9A-Fa-f.:]{2,45})\]/
const IN_REPLY_TO = / ?\(in reply to [A-Za-z /]{1,40} command\)$/

/** A recipient's paragraph pasted alone, without the template around it: `<rcpt>: host mx[ip] said: …`, maybe indented as a quote. */
const PASTED_PARAGRAPH =
  /^[ \t]{0,4}<[^<>\s]{1,320}>(?: \(expanded from <[^<>\s]{1,320}>\))?: host [a-z0-9.-]{1,253}\[[0-9a-f.:]{2,45}\] said: /m

const MAX_ENTRIES = 50

/** How many lines a reply pasted without Postfix's indentation may run over before its "(in reply to …)". */
const MAX_UNINDENTED = 6
/** A remote reply that stops after its codes, its words on the next lines. */
const CUT_AFTER_CODES = /said: [45][0-9][0-9](?:[ -][45]\.[0-9]{1,3}\.[0-9]{1,3})?$/

/**
 * The lines of one `<rcpt>: …` paragraph: the indented ones after it or, where a paste lost the
 * indentation of a remote reply, the lines up to the "(in reply to … command)" that ends it, or to
 * the end of the paragraph when the reply stops after its codes ("said: 550 5.7.0").
 */
function paragraphLines(lines: string[], index: number, first: string): string[] {
  const paragraph = [first]
  let next = index + 1
  for (; next < lines.length && /^[ \t]+\S/.test(lines[next] ?? ''); next++) paragraph.push(lines[next] ?? '')
  const joined = joinWrapped(paragraph)
  if (!HOST_SAID.test(joined) || IN_REPLY_TO.test(paragraph.at(-1) ?? '')) return paragraph
  const rest = lines.slice(next, next + MAX_UNINDENTED)
  const stop = rest.findIndex((line) => line.trim() === '' || RECIPIENT_LINE.test(line))
  const own = stop < 0 ? rest : rest.slice(0, stop)
  const end = own.findIndex((line) => IN_REPLY_TO.test(line.trimEnd()))
  if (end >= 0) return [...paragraph, ...own.slice(0, end + 1)]
  return CUT_AFTER_CODES.test(joined) ? [...paragraph, ...own] : paragraph
}

/** Reads one `<rcpt>: …` paragraph: the remote host and what it said, or Postfix's own text. */
function readParagraph(lines: string[], index: number, recipient: string, first: string): LayoutFields {
  const text = joinWrapped(paragraphLines(lines, index, first))
  const said = HOST_SAID.exec(text)
  if (said?.[1])
    return { recipient, remoteMta: said[1], diagnostic: (said[3] ?? '').replace(IN_REPLY_TO, '') }
  const connect = CONNECT_TO.exec(text)
  return { recipient, ...(connect?.[1] ? { remoteMta: connect[1] } : {}), diagnostic: text }
}

/** Every `<rcpt>: …` paragraph of the lines, from `start` on. */
function paragraphsOf(lines: string[], start = 0): LayoutFields[] {
  const entries: LayoutFields[] = []
  for (let index = start; index < lines.length && entries.length < MAX_ENTRIES; index++) {
    const recipient = RECIPIENT_LINE.exec(lines[index] ?? '')
    if (recipient?.[1]) entries.push(readParagraph(lines, index, recipient[1], recipient[2] ?? ''))
  }
  return entries
}

/**
 * The paragraphs of a notice pasted as a quote, every line indented alike ("  <a@x>: host … said:
 * 550" then "    5.1.1 …"): read with that indentation taken off.
 */
function quotedParagraphs(lines: string[]): LayoutFields[] {
  const start = lines.findIndex((line) => PASTED_PARAGRAPH.test(line))
  const indent = /^[ \t]*/.exec(lines[start] ?? '')?.[0] ?? ''
  if (start < 0 || indent === '') return []
  const dedented = lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
  return paragraphsOf(dedented, start)
}

/** Postfix: "This is the mail system at host …" and a `<rcpt>: host mx[ip] said: 550 …` paragraph per recipient. */
export const postfixParser: LayoutParser = {
  format: 'postfix',
  detects: (lower) =>
    lower.includes('this is the mail system at host') ||
    lower.includes('this is the postfix program at host') ||
    TEMPLATE.test(lower.slice(0, 65_536)) ||
    PASTED_PARAGRAPH.test(lower.slice(0, 65_536)),
  parse(lines) {
    const reporter = REPORTER.exec(lines.find((line) => REPORTER.test(line)) ?? '')?.[1]
    const reportingMta = reporter ? cleanToken(reporter) : undefined
    const found = paragraphsOf(lines)
    const [first = {}, ...others] = found.length > 0 ? found : quotedParagraphs(lines)
    return {
      ...first,
      ...(reportingMta ? { reportingMta } : {}),
      ...(others.length > 0 ? { others } : {}),
    }
  },
}
