import { describe, expect, it } from 'vitest'
import { createI18n, LANGUAGES } from '../i18n'
import { PROVIDER_CHANGES } from './provider-changes'
import { mailProvider } from './provider-catalogue'
import { providerChanges } from './provider-identity'

const say = (lang: 'en' | 'it', id: string, day: string) =>
  providerChanges(mailProvider(id) ?? null, new Date(`${day}T09:00:00Z`)).map((note) =>
    createI18n(lang).t(note.key, note.params),
  )

describe('dated provider changes, as data with their date and source', () => {
  it('cites the provider’s own page for each change', () => {
    for (const change of PROVIDER_CHANGES) expect(change.source, change.id).toMatch(/^https:\/\//)
    expect(PROVIDER_CHANGES.find((change) => change.id === 'm365-smtp-basic-auth')?.source).toContain(
      'techcommunity.microsoft.com',
    )
    expect(PROVIDER_CHANGES.find((change) => change.id === 'aruba-pec-dedicated-password')?.source).toContain(
      'guide.pec.it',
    )
  })

  it('warns a Microsoft 365 user before the end of password sign-in for sending, and names 550 5.7.30 after it', () => {
    expect(say('en', 'microsoft365', '2026-12-06')).toEqual([
      expect.stringContaining('From 2026-12-31 Microsoft turns off password sign-in for sending mail'),
    ])
    expect(say('en', 'microsoft365', '2027-01-15')).toEqual([expect.stringContaining('550 5.7.30')])
    expect(say('it', 'microsoft365', '2027-01-15')).toEqual([expect.stringContaining('550 5.7.30')])
  })

  it('tells an Aruba PEC user about the dedicated password, whatever the day', () => {
    for (const lang of LANGUAGES)
      for (const day of ['2020-01-01', '2030-01-01'])
        expect(say(lang, 'aruba-pec', day)).toEqual([expect.stringMatching(/Webmail PEC/)])
  })

  it('says nothing of another provider’s changes, nor when the provider is unknown', () => {
    expect(say('en', 'aruba', '2027-01-15')).toEqual([])
    expect(say('en', 'gmail', '2027-01-15')).toEqual([])
    expect(providerChanges(null, new Date('2027-01-15'))).toEqual([])
  })
})
