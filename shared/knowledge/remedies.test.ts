import { describe, expect, it } from 'vitest'
import { isAllowedExternalLink } from '../external-links'
import { createI18n, LANGUAGES } from '../i18n'
import { MAIL_PROVIDERS } from './provider-catalogue'
import { providerLinks } from './provider-identity'
import { LINK_URLS, REMEDY_IDS, remedyDef, remedyLinks, whoActsKey } from './remedies'

describe('the remedy catalogue', () => {
  it('links only to pages the app may open in the browser', () => {
    expect(Object.values(LINK_URLS).filter((url) => !isAllowedExternalLink(url))).toEqual([])
    for (const provider of [...MAIL_PROVIDERS, null])
      for (const id of REMEDY_IDS)
        expect(providerLinks(remedyLinks(id), provider).every(isAllowedExternalLink), id).toBe(true)
  })

  it('names who acts for every remedy in every language', () => {
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang)
      const unnamed = REMEDY_IDS.filter((id) => !i18n.exists(whoActsKey(remedyDef(id).whoActs)))
      expect(unnamed, lang).toEqual([])
    }
  })
})
