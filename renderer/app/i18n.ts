import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { I18N_OPTIONS, type Language } from '../../shared/i18n'

/** Starts i18next for React in the given language; every text comes from shared/i18n. */
export function startI18n(language: Language) {
  void i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: language, initAsync: false })
  return i18next
}
