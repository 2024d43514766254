/**
 * Every reply code's record, in every language, checked once: its texts exist, its causes are as many
 * as the record says, its steps are in the pool, its remedies exist. The step pool holds only steps
 * that a class, a reply code, an enhanced-code subject, a reason or a finer reading names.
 */
import { describe, expect, it } from 'vitest'
import { REASON_DETAILS } from '../bounce/reason-details'
import { REASONS } from '../bounce/reasons'
import { createI18n, LANGUAGES, resources } from '../i18n'
import { CLASS_TEXTS, GIVEN_UP_STEPS, OVH_STEPS, SUBJECT_STEPS } from './code-texts'
import { explainCode } from '../bounce/explain'
import { isRemedyId, remedyKeys } from './remedies'
import { REPLY_CODES } from './reply-codes'

function at(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root)
}

function causesIn(lang: (typeof LANGUAGES)[number], stem: string): number {
  const causes = at(resources[lang].knowledge, `${stem}.causes`)
  return Array.isArray(causes) ? causes.length : 0
}

describe('every reply code’s record, in every language', () => {
  for (const lang of LANGUAGES)
    it(`explains every listed code in ${lang} with its own texts, steps and remedies`, () => {
      const t = createI18n(lang).t
      for (const record of REPLY_CODES) {
        const { code } = record
        const explanation = explainCode(String(code))
        expect(explanation?.replyCode, `${code}`).toBe(code)
        expect(explanation?.basis, `${code}`).toBe('replyCode')
        for (const message of [explanation?.title, explanation?.meaning, explanation?.retry])
          expect(t(message?.key ?? 'missing'), `${lang} ${code}`).not.toBe(message?.key)
        expect(causesIn(lang, `codes.c${code}`), `${lang} ${code} causes`).toBe(record.causes)
        expect(explanation?.causes.length, `${code}`).toBe(record.causes)
        expect(explanation?.steps.length, `${code}`).toBeGreaterThan(0)
        for (const step of explanation?.steps ?? []) expect(t(step.key), `${lang} ${code}`).not.toBe(step.key)
        const digit = Math.floor(code / 100)
        expect(explanation?.transient, `${code}`).toBe(digit === 4 ? true : digit === 5 ? false : null)
        for (const remedy of explanation?.remedies ?? []) {
          expect(isRemedyId(remedy), `${code} ${remedy}`).toBe(true)
          expect(t(remedyKeys(remedy).title)).not.toBe(remedyKeys(remedy).title)
        }
        if (digit >= 4) expect(explanation?.whoActs.length, `${code}`).toBeGreaterThan(0)
      }
    })

  it('counts as many causes for each class as every language writes', () => {
    for (const lang of LANGUAGES)
      for (const [name, entry] of Object.entries(CLASS_TEXTS))
        expect(causesIn(lang, `classes.${name}`), `${lang} ${name}`).toBe(entry.causes)
  })

  it('names only steps of the pool, and every step of the pool is used', () => {
    const used = new Set([
      ...Object.values(CLASS_TEXTS).flatMap((entry) => entry.steps),
      ...REPLY_CODES.flatMap((record) => record.steps),
      ...Object.values(SUBJECT_STEPS).flat(),
      ...Object.values(REASONS).flatMap((record) => record.steps),
      ...REASON_DETAILS.flatMap((detail) => detail.steps),
      ...Object.values(OVH_STEPS),
      ...Object.values(GIVEN_UP_STEPS).flat(),
    ])
    for (const lang of LANGUAGES)
      expect([...used].sort(), lang).toEqual(Object.keys(resources[lang].knowledge.steps).sort())
  })
})
