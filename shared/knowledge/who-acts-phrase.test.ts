import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n'
import { whoActsKey } from './remedies'
import { whoActsPhrase } from './who-acts-phrase'

describe('whoActsPhrase', () => {
  it('joins the people who act the way each language does, with no capital after the first', () => {
    for (const [lang, expected] of [
      ['it', 'Tu, il tuo fornitore di posta e il destinatario'],
      ['en', 'You, your email provider, and the recipient'],
    ] as const) {
      const { t } = createI18n(lang)
      const names = (['you', 'provider', 'recipient'] as const).map((who) => t(whoActsKey(who)))
      expect(whoActsPhrase(names, lang)).toBe(expected)
    }
    expect(whoActsPhrase(['Tu', 'Il tuo fornitore di posta'], 'it')).toBe('Tu e il tuo fornitore di posta')
    expect(whoActsPhrase(['Il destinatario'], 'it')).toBe('Il destinatario')
  })
})
