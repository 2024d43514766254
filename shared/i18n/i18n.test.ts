import { describe, expect, it } from 'vitest'
import { REMEDIES, REMEDY_IDS } from '../knowledge/remedies'
import { CHECK_IDS, checkNameKey } from '../report'
import { createI18n, pickLanguage, resources } from './index'

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
  return [prefix]
}

describe('i18n', () => {
  it('has the same texts in Italian and English, in every namespace', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      expect(keyPaths(resources.it[ns]).sort(), ns).toEqual(keyPaths(resources.en[ns]).sort())
    }
  })

  it('has no empty text', () => {
    for (const lang of ['it', 'en'] as const) {
      const empty = keyPaths(resources[lang]).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources[lang])
        return typeof value === 'string' && value.trim() === ''
      })
      expect(empty, lang).toEqual([])
    }
  })

  it('has each remedy of the catalogue, with as many steps as the catalogue says, in every language', () => {
    for (const lang of ['it', 'en'] as const) {
      expect(Object.keys(resources[lang].remedy).sort(), lang).toEqual([...REMEDY_IDS].sort())
      for (const id of REMEDY_IDS) {
        const texts: { steps: readonly string[]; summary?: string } = resources[lang].remedy[id]
        expect(texts.steps.length, `${lang} ${id}`).toBe(REMEDIES[id].steps)
        expect(texts.summary !== undefined, `${lang} ${id} summary`).toBe('summary' in REMEDIES[id])
      }
    }
  })

  it('picks Italian for an Italian locale and English otherwise', () => {
    expect(pickLanguage('it-IT')).toBe('it')
    expect(pickLanguage('it')).toBe('it')
    expect(pickLanguage('de-DE')).toBe('en')
    expect(pickLanguage(undefined)).toBe('en')
  })

  it('renders a message with its parameters in each language', () => {
    expect(createI18n('en').t('input:error.too-long', { max: 254 })).toContain('254')
    expect(createI18n('it').t('common:step.indicator', { current: 2 })).toBe('Passo 2')
  })

  it('names every check in plain words, in both languages', () => {
    for (const lang of ['it', 'en'] as const) {
      const i18n = createI18n(lang)
      expect(
        CHECK_IDS.filter((id) => !i18n.exists(checkNameKey(id))),
        lang,
      ).toEqual([])
    }
  })
})
