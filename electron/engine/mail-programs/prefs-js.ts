/**
 * A bounded reader of Mozilla's prefs.js: only `user_pref("name", value);` lines, only the mail
 * account prefs, never a pref whose name speaks of a password, token or secret (its value is not
 * even decoded). Lines over MAX_PREF_LINE characters and prefs past MAX_PREFS are left out.
 */

/** The longest line read; longer lines are skipped unread. */
export const MAX_PREF_LINE = 8192
/** The most prefs kept from one file. */
export const MAX_PREFS = 20_000

/** The pref names the account readers need. */
const WANTED =
  /^mail\.(?:account|server|identity|smtpserver|outgoingserver)\.|^mail\.(?:accountmanager\.accounts|smtpservers|outgoingservers|smtp\.defaultserver)$/
/** Names never read: whatever holds or hints at a credential. */
const SECRET = /pass|token|secret|cred|oauth|cookie|key$|signon|login/i

const LINE = /^\s*user_pref\(\s*"((?:[^"\\]|\\.){1,512})"\s*,\s*(.*?)\s*\)\s*;\s*$/

/** A pref's value: a string, an integer or a boolean. */
export type PrefValue = string | number | boolean

function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16))
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[code] ?? code
  })
}

function parseValue(raw: string): PrefValue | undefined {
  if (raw === 'true') return true
  if (raw === 'false') return false
  if (/^-?\d{1,10}$/.test(raw)) return Number(raw)
  const string = /^"((?:[^"\\]|\\.)*)"$/.exec(raw)
  return string ? unescape(string[1] ?? '') : undefined
}

/** The mail account prefs of a prefs.js text, by name (credentials never among them). */
export function parsePrefsJs(text: string): Map<string, PrefValue> {
  const prefs = new Map<string, PrefValue>()
  for (const line of text.split('\n')) {
    if (prefs.size >= MAX_PREFS) break
    if (line.length > MAX_PREF_LINE || !line.includes('user_pref')) continue
    const match = LINE.exec(line)
    if (!match) continue
    const name = unescape(match[1] ?? '')
    if (!WANTED.test(name) || SECRET.test(name.replace(/^mail\.\w+\.[^.]+\./, ''))) continue
    const value = parseValue(match[2] ?? '')
    if (value !== undefined) prefs.set(name, value)
  }
  return prefs
}
