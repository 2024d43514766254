import { describe, expect, it } from 'vitest'
import { TEXT_FACTS } from '../knowledge/facts'
import { REMEDIES, REMEDY_IDS } from '../knowledge/remedies'
import { CHECK_IDS, checkNameKey } from '../report'
import { createI18n, LANGUAGES, pickLanguage, resources } from './index'

/** Every text of a resource tree by its path (array elements as `path.0`), with its placeholders. */
function texts(value: unknown, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      found.set(path, [...node.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort())
      return
    }
    if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key)
  }
  walk(value, prefix)
  return found
}

function keyPaths(value: unknown): string[] {
  return [...texts(value).keys()]
}

describe('i18n', () => {
  it('has the same texts in every language: same keys, same array lengths, same placeholders', () => {
    const english = texts(resources.en)
    for (const lang of LANGUAGES) {
      const other = texts(resources[lang])
      expect([...other.keys()].sort(), lang).toEqual([...english.keys()].sort())
      for (const [path, placeholders] of english)
        expect(other.get(path), `${lang} ${path}`).toEqual(placeholders)
    }
  })

  it('quotes only facts the provider data holds', () => {
    const facts: Record<string, unknown> = TEXT_FACTS
    for (const lang of LANGUAGES)
      for (const [path, placeholders] of texts(resources[lang]))
        for (const name of placeholders.filter((placeholder) => placeholder.includes('.'))) {
          const value = name
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], facts)
          expect(['string', 'number'], `${lang} ${path}: {{${name}}}`).toContain(typeof value)
        }
  })

  it('types no port number in words: texts quote {{ports.…}}', () => {
    const numbers = new RegExp(`\\b(${Object.values(TEXT_FACTS.ports).join('|')})\\b`)
    for (const lang of LANGUAGES) {
      const typed = keyPaths(resources[lang]).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources[lang])
        return typeof value === 'string' && numbers.test(value.replace(/\{\{[^}]*\}\}/g, ''))
      })
      expect(typed, lang).toEqual([])
    }
  })

  it('names no control panel’s places in remedy steps: they come as {{panel.…}} parameters', () => {
    for (const lang of LANGUAGES) {
      const remedy = resources[lang].remedy
      const named = keyPaths(remedy).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], remedy)
        return typeof value === 'string' && /Web Cloud|OVHcloud: (?!\{\{)/.test(value)
      })
      expect(named, lang).toEqual([])
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

  it('names a domain check for whose domain it looks at: never “your domain” for the recipient’s', () => {
    for (const lang of ['it', 'en'] as const) {
      const i18n = createI18n(lang)
      const forRecipient = CHECK_IDS.map((id) => checkNameKey(id, 'recipient'))
      expect(
        forRecipient.filter((key) => !i18n.exists(key)),
        lang,
      ).toEqual([])
      expect(i18n.t(checkNameKey('dns.mx', 'recipient'))).not.toBe(i18n.t(checkNameKey('dns.mx')))
    }
    const en = createI18n('en')
    expect(en.t(checkNameKey('dns.mx', 'recipient'))).toContain('recipient’s domain')
    expect(en.t(checkNameKey('dns.mx', 'any'))).not.toContain('your')
  })
})
