/**
 * Dates as mail servers write them (RFC 5322 section 3.3, with the obsolete forms: two-digit
 * years, named zones, seconds left out), read the same way in Node and in the browser.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** Offsets of the named zones RFC 5322 keeps (obsolete) and a few that servers still write. */
const NAMED_ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  BST: 60,
}

const DATE_PATTERN =
  /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([+-]\d{4}|[A-Za-z]{1,5}\b)?/

/** The most of a header value the date reader looks at (dates sit at its end). */
const DATE_TAIL_CHARS = 200

/**
 * Reads the date at the end of a header value (`Tue, 02 Apr 2024 16:36:07 +0200 (CEST)`), as ms
 * since the epoch; null when there is none or it is impossible (31 February, 25 o'clock).
 */
export function parseMailDate(text: string): number | null {
  const match = DATE_PATTERN.exec(text.slice(-DATE_TAIL_CHARS))
  if (!match) return null
  const [, day, monthName, yearText, hour, minute, second, zone] = match
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase())
  if (month === -1) return null
  let year = Number(yearText)
  if ((yearText ?? '').length === 2) year += year < 50 ? 2000 : 1900
  else if ((yearText ?? '').length === 3) year += 1900
  const parts = [Number(day), Number(hour), Number(minute), Number(second ?? 0)] as const
  if (parts[0] < 1 || parts[0] > 31 || parts[1] > 23 || parts[2] > 59 || parts[3] > 60) return null
  const utc = Date.UTC(year, month, parts[0], parts[1], parts[2], Math.min(parts[3], 59))
  if (new Date(utc).getUTCDate() !== parts[0]) return null
  return utc - zoneMinutes(zone) * 60_000
}

function zoneMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3])
    return numeric[1] === '-' ? -minutes : minutes
  }
  return NAMED_ZONES[zone.toUpperCase()] ?? 0
}
