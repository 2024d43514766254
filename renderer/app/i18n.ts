import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/protocol/languages'
import { I18N_BASE_OPTIONS } from '../../shared/i18n/options'

const loaders: Record<Language, () => Promise<{ default: Record<string, object> }>> = {
  en: () => import('../../shared/i18n/en/index'),
  it: () => import('../../shared/i18n/it/index'),
}

/** Loads one language's texts into i18next (once); the other language waits until it is chosen. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return
  const texts = (await loaders[language]()).default
  for (const [namespace, bundle] of Object.entries(texts))
    i18next.addResourceBundle(language, namespace, bundle)
}

/** Starts i18next for React with the texts of the given language; every text comes from shared/i18n. */
export async function startI18n(language: Language) {
  await i18next.use(initReactI18next).init({ ...I18N_BASE_OPTIONS, lng: language, resources: {} })
  await loadLanguage(language)
  return i18next
}
