/**
 * The bounce reader's entry bound: whatever is pasted or read, the parsers see at most
 * MAX_BOUNCE_CHARS characters and MAX_BOUNCE_LINES lines, with runs of blank lines collapsed to
 * one. The MIME parser's cost is per line (each line becomes a part of a Blob), so a character cap
 * alone let 5 MiB of newlines or of empty MIME parts take minutes and gigabytes. Boundary lines are
 * capped too (each opens a MIME part). Real bounces are
 * a few hundred lines; what is cut is the tail (usually the returned message's body) and the
 * result says it was cut.
 */
import { MAX_BOUNCE_CHARS } from '../protocol'

export { MAX_BOUNCE_CHARS }
/** The most lines the reader takes, after collapsing blank runs. */
export const MAX_BOUNCE_LINES = 10_000
/** The most lines starting with `--` (MIME boundaries, each opening a part) the reader takes. */
export const MAX_BOUNCE_BOUNDARIES = 500

/** What the parsers read, and whether anything of the input was left out to get it. */
export interface BoundedBounce {
  text: string
  truncated: boolean
}

/** True when the line `text.slice(start, end)` holds only spaces, tabs and a CR. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false
  }
  return true
}

/** The text with a lone CR (classic Mac OS line ends, kept in some exports) turned into a line feed. */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

/**
 * Bounds a bounce before any parser sees it, in one linear pass: keeps the first MAX_BOUNCE_CHARS
 * characters, drops blank lines that follow a blank line (one blank line is all MIME and the
 * layouts need as a separator), and stops after MAX_BOUNCE_LINES lines or MAX_BOUNCE_BOUNDARIES
 * boundary lines.
 */
export function boundedBounceInput(input: string): BoundedBounce {
  const text = withLineFeeds(input.length > MAX_BOUNCE_CHARS ? input.slice(0, MAX_BOUNCE_CHARS) : input)
  const kept: string[] = []
  let collapsed = false
  let previousBlank = false
  let boundaries = 0
  let start = 0
  let cutLines = false
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (text.startsWith('--', start)) boundaries++
    if (kept.length >= MAX_BOUNCE_LINES || boundaries > MAX_BOUNCE_BOUNDARIES) {
      cutLines = true
      break
    }
    const blank = isBlank(text, start, end)
    if (blank && previousBlank) collapsed = true
    else kept.push(text.slice(start, end))
    previousBlank = blank
    if (newline === -1) break
    start = newline + 1
  }
  return {
    text: collapsed || cutLines ? kept.join('\n') : text,
    truncated: text.length < input.length || cutLines,
  }
}
