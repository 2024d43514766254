/** Control characters and bidi overrides: C0 (but tab and line feed), DEL, C1, U+202A–E, U+2066–9. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text the CLI prints, made safe for a terminal: what came from outside (bounces, DNS records such
 * as a DMARC `rua`, server replies, file names) can carry escape sequences that move the cursor,
 * rewrite the screen or the window title. Every such character is shown as a visible `\uXXXX`
 * escape instead, which also keeps JSON output valid (the escape is JSON's own).
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
