import { describe, expect, it } from 'vitest'
import { resources } from './index'

/** Every text of a resource tree by its path (array elements as `path.0`). */
function textsOf(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, child]) => textsOf(child, path ? `${path}.${key}` : key))
}

/**
 * The prose of a text: without placeholders, quoted or code parts, command-line flags and
 * addresses, which are data or what a server or program literally says, not a sentence of ours.
 */
function proseOf(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/`[^`]*`|«[^»]*»|“[^”]*”|"[^"]*"/g, ' ')
    .replace(/--[a-z-]+/g, ' ')
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
}

/** Lower-case words that exist in one language only, so they betray a sentence left untranslated. */
const FOREIGN: Record<'it' | 'en', readonly string[]> = {
  it: ['the', 'and', 'your', 'you', 'with', 'please', 'network', 'not', 'of', 'this', 'which', 'is'],
  en: ['il', 'della', 'che', 'posta', 'dominio', 'sono', 'anche', 'oppure', 'questo', 'nella', 'verifica'],
}

/** Texts that show what a server or a program literally writes, as an example to recognise. */
const isVerbatimExample = (path: string): boolean => path.endsWith('.placeholder')

describe('texts', () => {
  for (const lang of ['it', 'en'] as const)
    it(`leaves no ${lang === 'it' ? 'English' : 'Italian'} word in a ${lang} sentence`, () => {
      const leftovers = textsOf(resources[lang])
        .filter(([path]) => !isVerbatimExample(path))
        .flatMap(([path, text]) => {
          const words = new Set(proseOf(text).match(/\p{Ll}+/gu) ?? [])
          const foreign = FOREIGN[lang].filter((word) => words.has(word))
          return foreign.length > 0 ? [`${path}: ${foreign.join(', ')} in “${text}”`] : []
        })
      expect(leftovers).toEqual([])
    })
})
