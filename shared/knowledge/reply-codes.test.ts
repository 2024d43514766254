import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { explainCode } from '../bounce/explain'
import { mailProvider } from './provider-catalogue'
import { panelTextParams } from './provider-identity'
import { REPLY_CODES, replyCodeDef } from './reply-codes'

const LISTED = [
  101, 111, 211, 214, 220, 221, 250, 251, 252, 354, 420, 421, 422, 431, 432, 441, 442, 446, 447, 449, 450,
  451, 452, 455, 471, 500, 501, 502, 503, 504, 510, 511, 512, 513, 523, 530, 534, 535, 538, 541, 550, 551,
  552, 553, 554, 555, 556,
]

describe('reply codes', () => {
  it('lists every code of the guides plus 556, 534 and 538, and nothing else', () => {
    expect(REPLY_CODES.map((entry) => entry.code)).toEqual(LISTED)
  })

  it('sends each code to the checks the guides call for', () => {
    expect(replyCodeDef(554)?.relatedChecks).toContain('dns.dnsbl')
    expect(replyCodeDef(450)?.relatedChecks).toContain('dns.dnsbl')
    expect(replyCodeDef(550)?.relatedChecks).toContain('dns.mx')
    expect(replyCodeDef(553)?.relatedChecks).toContain('dns.mx')
    expect(replyCodeDef(535)?.relatedChecks).toEqual(['smtp.auth', 'mailbox.auth'])
    expect(replyCodeDef(556)?.relatedChecks).toEqual(['dns.mx'])
  })

  it('gives the facts of the provider in hand, and says what to ask when none is', () => {
    const en = createI18n('en').t
    const it = createI18n('it').t
    const ovh = mailProvider('ovh-mxplan')
    const notes = (t: typeof en, provider: typeof ovh | null) =>
      explainCode('555')
        ?.notes.map((note) =>
          t(
            note.key,
            panelTextParams(provider, (key, params) => t(key, params)),
          ),
        )
        .join(' ')
    expect(notes(en, ovh)).toContain('200 messages an hour per account')
    expect(notes(en, ovh)).toContain('300 an hour per IP')
    expect(notes(it, ovh)).toContain('200 messaggi all’ora per casella')
    expect(notes(en, null)).toContain('ask your provider what its sending limit is')
    expect(notes(en, null)).not.toContain('200')
    expect(
      explainCode('420')
        ?.notes.map((note) => en(note.key))
        .join(' '),
    ).toContain('GroupWise')
    expect(
      explainCode('449')
        ?.notes.map((note) => en(note.key))
        .join(' '),
    ).toContain('Exchange')
    expect(
      explainCode('432')
        ?.notes.map((note) => en(note.key))
        .join(' '),
    ).toContain('RFC 4954')
  })

  it('reads codes no RFC defines as the enhanced code they spell, with a source note', () => {
    const explanation = explainCode('511')
    expect(explanation?.source).toBe('none')
    expect(explanation?.enhanced?.code).toBe('5.1.1')
    expect(explanation?.enhanced?.implied).toBe(true)
    expect(explanation?.enhancedCode).toBeNull()
    const note = explanation?.notes[0]
    expect(createI18n('en').t(note?.key ?? '', note?.params ?? {})).toContain('5.1.1')
  })

  it('explains 101 and 111 as connection errors, not server replies', () => {
    expect(explainCode('111')?.codeClass).toBe('connection')
    expect(explainCode('111')?.notes[0]?.key).toBe('knowledge:notes.notSmtp')
  })
})
