/**
 * A message file's bytes as the text the readers take. A file in UTF-8 (or plain ASCII) is read as
 * it is. A message with 8-bit text in another charset (an older server's notice in ISO-8859-1, a
 * Japanese carrier's in Shift_JIS) is read part by part, each in the charset it declares, and each
 * such part is then labelled UTF-8: the MIME reader downstream takes text, so without this it would
 * see replacement marks where "è" was, and miss the words that name the cause.
 * Written here because no library rewrites a whole message into one charset while keeping its
 * structure: postal-mime decodes each part right, but gives back parts, not the message.
 */

/** How deep parts inside parts are followed, and how many parts are converted at most. */
const NESTING_MAX = 8
const PARTS_MAX = 500

/** Labels that mean UTF-8 or its ASCII subset: such a part is read as UTF-8 when it is valid. */
const UTF8_LABELS = /^(?:utf-?8|us-ascii|ascii)$/i

/**
 * What Windows-1252 puts at 0x80–0x9F (curly quotes, dashes, the euro). Node's own decoder reads
 * these bytes as control characters, so the app decodes this charset itself, the same everywhere.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]

/** The bytes of a message file as text, in UTF-8 whatever charsets its parts were written in. */
export function messageBytesAsText(bytes: Uint8Array): string {
  return decoded(bytes, 'utf-8', true) ?? convertEntity(binaryString(bytes), 0, { parts: 0 })
}

/** One entity (a message or a part): its header block, then its body converted by its type. */
function convertEntity(raw: string, depth: number, seen: { parts: number }): string {
  const blank = /\r?\n\r?\n/.exec(raw)
  if (blank === null) return decodeText(raw, null)
  const bodyStart = blank.index + blank[0].length
  const head = decodeText(raw.slice(0, bodyStart), null)
  const body = raw.slice(bodyStart)
  const fields = contentFields(head)
  if (depth >= NESTING_MAX || ++seen.parts > PARTS_MAX) return head + decodeText(body, null)
  if (fields.boundary !== null && fields.type.startsWith('multipart/'))
    return head + convertMultipart(body, fields.boundary, depth + 1, seen)
  if (fields.type === 'message/rfc822' || fields.type === 'message/global')
    return head + convertEntity(body, depth + 1, seen)
  if (fields.encoded) return head + decodeText(body, null)
  return labelledUtf8(head) + decodeText(body, fields.charset)
}

/** A multipart body: its delimiter lines kept, each part between them converted on its own. */
function convertMultipart(body: string, boundary: string, depth: number, seen: { parts: number }): string {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pieces = `\n${body}`.split(new RegExp(`(\\r?\\n--${escaped}(?:--)?)`))
  const converted = pieces.map((piece, index) => {
    if (index % 2 === 1) return piece
    const outside = index === 0 || index === pieces.length - 1 || pieces[index - 1]?.endsWith('--')
    if (outside) return decodeText(piece, null)
    const padding = /^[ \t]*\r?\n/.exec(piece)?.[0] ?? ''
    return padding + convertEntity(piece.slice(padding.length), depth, seen)
  })
  return converted.join('').slice(1)
}

interface ContentFields {
  type: string
  charset: string | null
  boundary: string | null
  /** Base64 or quoted-printable: the body is ASCII and decoded downstream by its charset. */
  encoded: boolean
}

/** The fields of a header block that say how its body is written. */
function contentFields(head: string): ContentFields {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const contentType = /^content-type:[ \t]*([^\r\n]*)/im.exec(unfolded)?.[1] ?? 'text/plain'
  const param = (name: string): string | null => {
    const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(contentType)
    return match ? (match[1] ?? match[2] ?? null) : null
  }
  const encoding = /^content-transfer-encoding:[ \t]*([^\s;]+)/im.exec(unfolded)?.[1] ?? ''
  return {
    type: (/^[^;\s]+/.exec(contentType)?.[0] ?? 'text/plain').toLowerCase(),
    charset: param('charset'),
    boundary: param('boundary'),
    encoded: /^(?:base64|quoted-printable)$/i.test(encoding),
  }
}

/** The header block with its declared charset turned into UTF-8, as its body now is. */
function labelledUtf8(head: string): string {
  return head.replace(/(;\s*charset\s*=\s*)(?:"[^"]*"|[^;\s]+)/i, '$1utf-8')
}

/**
 * Text in the declared charset when the bytes fit it; else in a charset such bytes are known to be
 * written in under that label (an "ISO-2022-JP" part sent as 8-bit EUC-JP); else UTF-8 when valid;
 * else the declared charset with marks where bytes do not fit; else Windows-1252.
 */
function decodeText(binary: string, charset: string | null): string {
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  const declared = charset === null || UTF8_LABELS.test(charset) ? [] : [charset]
  const relatives = RELATIVES.find(([label]) => label.test(charset ?? ''))?.[1] ?? []
  for (const label of [...declared, ...relatives, 'utf-8']) {
    const text = decoded(bytes, label, true)
    if (text !== null) return text
  }
  return (declared[0] ? decoded(bytes, declared[0], false) : null) ?? windows1252(bytes)
}

/** The 8-bit charsets a 7-bit label's text turns out to be written in (Japanese mail, mostly). */
const RELATIVES: Array<[RegExp, string[]]> = [
  [/^iso-2022-jp/i, ['euc-jp', 'shift_jis']],
  [/^iso-2022-kr/i, ['euc-kr']],
  [/^(?:iso-2022-cn|hz-gb-2312)/i, ['gb18030']],
]

/** The bytes in a charset the runtime knows; null for an unknown label, or bytes that do not fit when `fatal`. */
function decoded(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal })
    return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes)
  } catch {
    return null
  }
}

/** Windows-1252 (what the labels ISO-8859-1, Latin-1 and ASCII mean in mail, as in browsers). */
function windows1252(bytes: Uint8Array): string {
  return fromCodes(Array.from(bytes, (byte) => WINDOWS_1252_HIGH[byte - 0x80] ?? byte))
}

/** One character per byte, so the structure can be read with text tools and the bytes taken back. */
function binaryString(bytes: Uint8Array): string {
  return fromCodes(bytes)
}

/** A string of character codes, built in slices so a large file does not overflow the call stack. */
function fromCodes(codes: Uint8Array | number[]): string {
  const chunks: string[] = []
  for (let start = 0; start < codes.length; start += 8192)
    chunks.push(String.fromCharCode(...codes.slice(start, start + 8192)))
  return chunks.join('')
}
