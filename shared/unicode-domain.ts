/** RFC 3492 parameters of Punycode as IDNA uses it. */
const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
/** A DNS label is at most 63 characters; anything longer is left alone. */
const LABEL_MAX = 63

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1
  scaled += Math.floor(scaled / points)
  let k = 0
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW))
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22
  if (code >= 65 && code <= 90) return code - 65
  if (code >= 97 && code <= 122) return code - 97
  return BASE
}

/** Decodes one Punycode string (RFC 3492 §6.2); null when it is not valid Punycode. */
function decodePunycode(input: string): string | null {
  const end = input.lastIndexOf('-')
  const output = [...(end > 0 ? input.slice(0, end) : '')].map((char) => char.codePointAt(0) ?? 0)
  let n = INITIAL_N
  let bias = INITIAL_BIAS
  let i = 0
  for (let index = end > 0 ? end + 1 : 0; index < input.length;) {
    const oldI = i
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null
      const digit = digitOf(input.charCodeAt(index++))
      if (digit >= BASE) return null
      i += digit * w
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (digit < t) break
      w *= BASE - t
      if (i > 0x10ffff * (output.length + 1)) return null
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0)
    n += Math.floor(i / (output.length + 1))
    i %= output.length + 1
    if (n > 0x10ffff) return null
    output.splice(i++, 0, n)
  }
  return String.fromCodePoint(...output)
}

/** A domain name with each `xn--` label shown in Unicode (labels that do not decode stay as they are). */
export function unicodeDomain(domain: string): string {
  return domain
    .split('.')
    .map((label) => {
      if (!/^xn--./i.test(label) || label.length > LABEL_MAX) return label
      return decodePunycode(label.slice(4).toLowerCase()) || label
    })
    .join('.')
}

/** Text with every `xn--` domain label in it shown in Unicode, for the person's screens. */
export function withUnicodeDomains(text: string): string {
  return text.replace(/\bxn--[a-z0-9-]{1,59}\b/gi, (label) => unicodeDomain(label))
}

/**
 * A message's parameters as the person's screens show them: every `xn--` label in Unicode, except
 * in a message that names both forms on purpose (it has a `domainUnicode` parameter).
 */
export function displayParams(
  params: Readonly<Record<string, string | number>> = {},
): Record<string, string | number> {
  if ('domainUnicode' in params) return { ...params }
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' ? withUnicodeDomains(value) : value,
    ]),
  )
}
