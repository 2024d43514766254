import { describe, expect, it } from 'vitest'
import { LANGUAGES, resources } from '../i18n'
import {
  CLASS_TEXTS,
  REPLY_CODE_TEXTS,
  OVH_STEPS,
  SERVER_TEXT_STEPS,
  SUBJECT_STEPS,
  type EntryTexts,
} from './code-texts'
import { REPLY_CODES } from './reply-codes'
import { SERVER_TEXT_RULES } from './server-text'

const entries: [string, EntryTexts][] = [
  ...Object.entries(CLASS_TEXTS).map(([name, entry]): [string, EntryTexts] => [`classes.${name}`, entry]),
  ...Object.entries(REPLY_CODE_TEXTS).map(([code, entry]): [string, EntryTexts] => [`codes.c${code}`, entry]),
]

function at(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root)
}

describe('the shape of the explanations’ texts', () => {
  it('has the causes and steps of every listed reply code, and of no other', () => {
    expect(Object.keys(REPLY_CODE_TEXTS).map(Number).sort()).toEqual(
      REPLY_CODES.map((def) => def.code).sort(),
    )
    expect(Object.keys(SERVER_TEXT_STEPS).sort()).toEqual(SERVER_TEXT_RULES.map((rule) => rule.id).sort())
  })

  it('counts as many causes as every language writes', () => {
    for (const lang of LANGUAGES)
      for (const [stem, entry] of entries) {
        const causes = at(resources[lang].knowledge, `${stem}.causes`)
        expect(Array.isArray(causes) ? causes.length : 0, `${lang} ${stem}`).toBe(entry.causes)
      }
  })

  it('names only steps of the pool, and every step of the pool is used', () => {
    const used = new Set([
      ...entries.flatMap(([, entry]) => entry.steps),
      ...Object.values(SUBJECT_STEPS).flat(),
      ...Object.values(SERVER_TEXT_STEPS).flat(),
      ...Object.values(OVH_STEPS),
    ])
    for (const lang of LANGUAGES)
      expect([...used].sort(), lang).toEqual(Object.keys(resources[lang].knowledge.steps).sort())
  })
})
